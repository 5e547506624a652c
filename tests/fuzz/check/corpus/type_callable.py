# Function values: module functions and bound methods stored in variables,
# lists and dicts, passed as arguments, compared with themselves.
from __future__ import annotations

import sys
from typing import Callable


def add(a: int, b: int) -> int:
    return a + b


def mul(a: int, b: int) -> int:
    return a * b


def apply(f: Callable[[int, int], int], x: int, y: int) -> int:
    return f(x, y)


class Scaler:
    factor: int

    def __init__(self, factor: int) -> None:
        self.factor = factor

    def scale(self, x: int) -> int:
        return x * self.factor


def map_all(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


def shout() -> str:
    return "hey"


def main(argv: list[str]) -> int:
    print(apply(add, 3, 4), apply(mul, 3, 4))
    ops: dict[str, Callable[[int, int], int]] = {"+": add, "*": mul}
    for name in ["+", "*"]:
        print(name, ops[name](6, 7))
    s = Scaler(3)
    f = s.scale
    print(f(5), map_all(s.scale, [1, 2, 3]))
    fs = [add, mul, add]
    print([g(2, 5) for g in fs])
    print(fs[0] == add, fs[0] == fs[2], fs[0] == fs[1])
    h: Callable[[], str] = shout
    print(h())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 7 12
# expect: + 13
# expect: * 42
# expect: 15 [3, 6, 9]
# expect: [7, 10, 7]
# expect: True True False
# expect: hey
