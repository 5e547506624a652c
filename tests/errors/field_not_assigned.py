import sys
# expect error: 7:5: '__init__' of 'C' does not assign field 'name' on every path

class C:
    name: str

    def __init__(self, flag: bool) -> None:
        if flag:
            self.name = "a"


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
