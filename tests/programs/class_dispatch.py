# Operator dispatch as CPython does it: reflected methods, subclasses
# first, NotImplemented, == and != defaults, TypeError fallbacks.
from __future__ import annotations
import sys


class Money:
    cents: int

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money) -> Money:
        print("  Money.__add__")
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> Money:
        print("  Money.__radd__")
        return Money(self.cents + other)

    def __mul__(self, k: int) -> Money:
        return Money(self.cents * k)

    def __rmul__(self, k: int) -> Money:
        return Money(self.cents * k)

    def __eq__(self, other: object) -> bool:
        print("  Money.__eq__")
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other: Money) -> bool:
        print("  Money.__lt__")
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Tagged(Money):
    def __add__(self, other: Money) -> Money:
        print("  Tagged.__add__")
        return Tagged(self.cents + other.cents + 1000)

    def __eq__(self, other: object) -> bool:
        print("  Tagged.__eq__")
        if not isinstance(other, Tagged):
            return NotImplemented
        return self.cents == other.cents

    def __gt__(self, other: Money) -> bool:
        print("  Tagged.__gt__")
        return self.cents > other.cents

    def __repr__(self) -> str:
        return f"Tagged({self.cents})"


class Plain:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


class OnlyEq:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other: object) -> bool:
        print("  OnlyEq.__eq__")
        return isinstance(other, OnlyEq) and other.n == self.n


class Base:
    pass


class Leaf(Base):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        print("  Leaf.__eq__")
        if isinstance(other, Leaf):
            return self.v == other.v
        return NotImplemented


class Meters:
    m: int

    def __init__(self, m: int) -> None:
        self.m = m

    def __add__(self, other: object) -> Meters:
        if isinstance(other, Meters):
            return Meters(self.m + other.m)
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Meters):
            return self.m < other.m
        return NotImplemented


class Feet(Meters):
    pass


def show(label: str, x: bool) -> None:
    print(label, x)


def main(argv: list[str]) -> int:
    a = Money(5)
    t = Tagged(7)
    print(3 + a)
    print(a * 2, 2 * a)
    print(t + a)
    print(0 + a + a + t)
    show("a == a", a == a)
    show("a == t", a == t)
    show("t == a", t == a)
    show("a != t", a != t)
    show("a < t", a < t)
    show("t > a", t > a)
    m: Money = Tagged(1)
    show("a == m", a == m)
    p = Plain(1)
    q = Plain(1)
    show("p == q", p == q)
    show("p == p", p == p)
    show("p != q", p != q)
    e1 = OnlyEq(2)
    e2 = OnlyEq(2)
    show("e1 == e2", e1 == e2)
    show("e1 != e2", e1 != e2)
    show("e1 == p", e1 == p)
    show("p == e1", p == e1)
    show("a == 5", a == 5)
    show("'x' == a", "x" == a)
    b1: Base = Leaf(3)
    b2: Base = Leaf(3)
    b3: Base = Base()
    show("b1 == b2", b1 == b2)
    show("b1 != b2", b1 != b2)
    show("b1 == b3", b1 == b3)
    show("b3 == b1", b3 == b1)
    show("b3 == b3", b3 == b3)
    print([b1, b3].index(b2), b2 in [b3, b1])
    print((Meters(1) + Meters(2)).m, (Meters(1) + Feet(5)).m, Meters(1) < Feet(2))
    try:
        print((Meters(2) + Plain(1)).m)
    except TypeError as err:
        print("TypeError:", err)
    try:
        print(Meters(1) < Plain(2))
    except TypeError as err:
        print("TypeError:", err)
    f: Meters = Feet(3)
    try:
        print(f < p)
    except TypeError as err:
        print("TypeError:", err)
    return 0


def _unused(a: Money) -> bool:
    return a < a


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect:   Money.__radd__
# expect: Money(8)
# expect: Money(10) Money(10)
# expect:   Tagged.__add__
# expect: Tagged(1012)
# expect:   Money.__radd__
# expect:   Money.__add__
# expect:   Money.__add__
# expect: Money(17)
# expect:   Money.__eq__
# expect: a == a True
# expect:   Tagged.__eq__
# expect:   Money.__eq__
# expect: a == t False
# expect:   Tagged.__eq__
# expect:   Money.__eq__
# expect: t == a False
# expect:   Tagged.__eq__
# expect:   Money.__eq__
# expect: a != t True
# expect:   Tagged.__gt__
# expect: a < t True
# expect:   Tagged.__gt__
# expect: t > a True
# expect:   Tagged.__eq__
# expect:   Money.__eq__
# expect: a == m False
# expect: p == q False
# expect: p == p True
# expect: p != q True
# expect:   OnlyEq.__eq__
# expect: e1 == e2 True
# expect:   OnlyEq.__eq__
# expect: e1 != e2 False
# expect:   OnlyEq.__eq__
# expect: e1 == p False
# expect:   OnlyEq.__eq__
# expect: p == e1 False
# expect:   Money.__eq__
# expect: a == 5 False
# expect:   Money.__eq__
# expect: 'x' == a False
# expect:   Leaf.__eq__
# expect: b1 == b2 True
# expect:   Leaf.__eq__
# expect: b1 != b2 False
# expect:   Leaf.__eq__
# expect: b1 == b3 False
# expect:   Leaf.__eq__
# expect: b3 == b1 False
# expect: b3 == b3 True
# expect:   Leaf.__eq__
# expect:   Leaf.__eq__
# expect:   Leaf.__eq__
# expect: 0 True
# expect: 3 6 True
# expect: TypeError: unsupported operand type(s) for +: 'Meters' and 'Plain'
# expect: TypeError: '<' not supported between instances of 'Meters' and 'Plain'
# expect: TypeError: '<' not supported between instances of 'Feet' and 'Plain'
