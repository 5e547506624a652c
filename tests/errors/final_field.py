import sys
# expect error: 12:5: cannot assign to final field 'x' outside P.__init__
from typing import Final

class P:
    x: Final[int]

    def __init__(self) -> None:
        self.x = 1

def f(p: P) -> None:
    p.x = 2


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
