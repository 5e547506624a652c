# Calling function values.
import sys
from typing import Callable


def twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x), 1) + f(x=x) + f("a")


def g() -> None:
    n = 3
    n(1)
    "abc"()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:12: the function value takes 1 arguments but 2 were given
# expect error: 7:25: keyword arguments cannot be passed through a Callable
# expect error: 7:36: argument 1 has type 'str', expected 'int'
# expect error: 12:5: 'int' is not callable
# expect error: 13:5: 'str' is not callable
