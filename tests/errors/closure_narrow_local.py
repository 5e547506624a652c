# A local narrowed where a lambda is made, but assigned again later (or in
# a loop around the lambda): the lambda sees the later value when called,
# so it keeps the declared type 'int | None'.
import sys
from typing import Callable, Optional


def later(v: Optional[int]) -> Callable[[], int]:
    x = v
    if x is not None:
        f = lambda: x + 1
        x = None
        return f
    return lambda: 0


def in_loop(vs: list[Optional[int]]) -> list[Callable[[], int]]:
    out: list[Callable[[], int]] = []
    for v in vs:
        y = v
        if y is not None:
            out.append(lambda: y * 2)
    return out


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 11:23: unsupported operand types for +: 'int | None' and 'int'
# expect error: 22:34: unsupported operand types for *: 'int | None' and 'int'
