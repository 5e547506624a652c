# An override may return a subclass of the base method's return type;
# subclass instances are accepted where the base is expected.
from __future__ import annotations

import sys


class Expr:
    def simplify(self) -> Expr:
        return self

    def show(self) -> str:
        return "?"


class Num(Expr):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def simplify(self) -> Num:
        return self

    def show(self) -> str:
        return str(self.v)


class Add(Expr):
    a: Expr
    b: Expr

    def __init__(self, a: Expr, b: Expr) -> None:
        self.a = a
        self.b = b

    def simplify(self) -> Expr:
        x = self.a.simplify()
        y = self.b.simplify()
        if isinstance(x, Num) and isinstance(y, Num):
            return Num(x.v + y.v)
        return Add(x, y)

    def show(self) -> str:
        return f"({self.a.show()} + {self.b.show()})"


def main(argv: list[str]) -> int:
    e: Expr = Add(Num(1), Add(Num(2), Num(3)))
    print(e.show(), "=>", e.simplify().show())
    n = Num(5).simplify()
    print(n.v)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: (1 + (2 + 3)) => 6
# expect: 5
