# Final is only allowed as the outermost annotation of a field or global.
import sys
from typing import Final

LIMIT: Final[int] = 10


def f(x: list[Final[int]]) -> None:
    pass


def g() -> None:
    global LIMIT
    LIMIT = 11


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:15: 'Final' is only allowed as the outermost annotation of a field or global
# expect error: 14:5: cannot assign to final global 'LIMIT'
