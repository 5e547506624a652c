# Fields are declared in the class body with constant defaults.
import sys


class C:
    n: int = len("abc")
    m: int

    def __init__(self) -> None:
        self.m: int = 0
        self.z = 1


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:14: field defaults must be constants
# expect error: 10:9: fields are declared in the class body, not in methods
# expect error: 11:14: 'C' has no field 'z'
