# Optional values of every allowed kind: callables, tuples, lists, dicts,
# strings and classes; narrowing each before use.
from __future__ import annotations

import sys
from typing import Callable, Optional


class Cfg:
    name: str
    hook: Callable[[int], int] | None
    span: tuple[int, int] | None
    extra: Optional[dict[str, int]]

    def __init__(self, name: str) -> None:
        self.name = name
        self.hook = None
        self.span = None
        self.extra = None


def triple(x: int) -> int:
    return x * 3


def apply(c: Cfg, v: int) -> int:
    h = c.hook
    if h is not None:
        return h(v)
    return v


def width(c: Cfg) -> int:
    s = c.span
    if s is None:
        return 0
    lo, hi = s
    return hi - lo


def main(argv: list[str]) -> int:
    c = Cfg("c")
    print(apply(c, 5), width(c), c.extra is None)
    c.hook = triple
    c.span = (3, 10)
    c.extra = {"k": 1}
    print(apply(c, 5), width(c))
    e = c.extra
    if e:
        print(sorted(e.items()))
    f: Callable[[int], int] | None = None
    print(f is None)
    f = triple
    if f is not None:
        print(f(2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 5 0 True
# expect: 15 7
# expect: [('k', 1)]
# expect: True
# expect: 6
