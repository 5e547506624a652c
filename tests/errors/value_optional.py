# `int | None`, `float | None` and `bool | None` are values that may be
# None: using one as a number needs a test first, as mypy requires (CPython
# would raise TypeError on None).
import sys
from typing import Optional


class Box:
    def __init__(self) -> None:
        self.n: int | None = None


def f(x: float | None, flag: Optional[bool], b: Box) -> str:
    y = x + 1.0
    z = -x
    if x < 2.0:
        pass
    s = f"{x:.2f}"
    t = x.is_integer()
    if b.n is not None:
        return str(b.n + 1)
    return "none"


def g(n: int | None) -> int:
    if n is None:
        return n
    return n


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 14:11: unsupported operand types for +: 'float | None' and 'float'
# expect error: 15:9: bad operand type for unary -: 'float | None'
# expect error: 16:10: '<' is not supported between 'float | None' and 'float'
# expect error: 18:12: 'float | None' may be None, which has no format '.2f': check 'is not None' first
# expect error: 19:11: 'float | None' may be None: check 'is not None' before using '.is_integer'
# expect error: 27:16: incompatible return value: expected 'int', got 'int | None'
