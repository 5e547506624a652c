# TypeVar, Generic and Array are prelude-only.
import sys
from typing import TypeVar

T = TypeVar("T")


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 3:20: 'typing.TypeVar' is not supported
# expect error: 5:5: name 'TypeVar' is not defined
