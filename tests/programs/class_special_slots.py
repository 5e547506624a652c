# Special methods resolved per run-time class through the hierarchy's
# vtable slots (passes/lower_special.c): truth, hash, str, == and != from
# either side, and which operand's method goes first, with methods that
# only some subclasses define.
from __future__ import annotations

import sys
from dataclasses import dataclass


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Shape({self.name!r})"


class Empty(Shape):
    def __len__(self) -> int:
        return 0


class Flagged(Shape):
    on: bool

    def __init__(self, name: str, on: bool) -> None:
        super().__init__(name)
        self.on = on

    def __bool__(self) -> bool:
        return self.on

    def __str__(self) -> str:
        return f"<{self.name}:{'on' if self.on else 'off'}>"


class Named(Shape):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return self.name == other.name

    def __hash__(self) -> int:
        return hash(self.name)


class Strict(Named):
    def __ne__(self, other: object) -> bool:
        print("Strict.__ne__")
        return not self.__eq_names(other)

    def __eq_names(self, other: object) -> bool:
        return isinstance(other, Shape) and self.name == other.name


class Loose(Shape):
    def __eq__(self, other: Shape) -> bool:
        print("Loose.__eq__", self.name, other.name)
        return True


class Unhashable(Shape):
    def __eq__(self, other: object) -> bool:
        return self is other


class Money:
    cents: int

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money) -> Money:
        print("Money.__add__")
        return Money(self.cents + other.cents)

    def __radd__(self, other: Money) -> Money:
        print("Money.__radd__")
        return Money(self.cents + other.cents)

    def __lt__(self, other: Money) -> bool:
        print("Money.__lt__")
        return self.cents < other.cents

    def __gt__(self, other: Money) -> bool:
        print("Money.__gt__")
        return self.cents > other.cents


class Euro(Money):
    def __radd__(self, other: Money) -> Money:
        print("Euro.__radd__")
        return Euro(self.cents + other.cents)

    def __gt__(self, other: Money) -> bool:
        print("Euro.__gt__")
        return self.cents > other.cents


class Cent(Euro):
    pass


@dataclass
class Box:
    label: str
    content: Shape


def truth(shapes: list[Shape]) -> None:
    print([bool(s) for s in shapes], ["yes" if s else "no" for s in shapes])


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Shape("a"), Empty("e"), Flagged("f", False), Flagged("g", True)]
    truth(shapes)
    print([str(s) for s in shapes], shapes)
    a: Shape = Named("x")
    b: Shape = Strict("x")
    c: Shape = Shape("x")
    d: Shape = Loose("y")
    print(a == b, b == a, a != b, b != a, a == c, c == a, c == c, a != c)
    print(d == a, a == d, c == d, d != c)
    print(a in [c, b], c in [c], [a, c] == [b, c], (a, 1) == (b, 1), (c, 1) == (Shape("x"), 1))
    table: dict[Shape, int] = {a: 1, c: 2}
    print(table.get(b, 0), table.get(Named("x"), 0), table.get(Shape("x"), 0), len({a, b}))
    u: Shape = Unhashable("u")
    try:
        table[u] = 3
    except TypeError as e:
        print("TypeError:", e)
    print(hash(c) == hash(c), u == u, u != u)
    m: Money = Money(100)
    e: Money = Euro(50)
    k: Money = Cent(7)
    print((m + e).cents, (e + m).cents, (m + k).cents, (k + e).cents)
    print(m < e, e < m, m > k, k < m, e < k)
    total: Money = Money(0)
    for x in [m, e, k]:
        total += x
    print(total.cents)
    print(Box("b", Flagged("h", True)), Box("c", Shape("s")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [True, False, False, True] ['yes', 'no', 'no', 'yes']
# expect: ["Shape('a')", "Shape('e')", '<f:off>', '<g:on>'] [Shape('a'), Shape('e'), Shape('f'), Shape('g')]
# expect: Strict.__ne__
# expect: Strict.__ne__
# expect: True True False False True True True False
# expect: Loose.__eq__ y x
# expect: Loose.__eq__ y x
# expect: Loose.__eq__ y x
# expect: True False True False
# expect: True True True True False
# expect: 1 1 0 1
# expect: TypeError: unhashable type: 'Unhashable'
# expect: True True False
# expect: Euro.__radd__
# expect: Money.__add__
# expect: Euro.__radd__
# expect: Money.__add__
# expect: 150 150 107 57
# expect: Euro.__gt__
# expect: Money.__lt__
# expect: Money.__lt__
# expect: Money.__lt__
# expect: Euro.__gt__
# expect: False True True True False
# expect: Money.__add__
# expect: Euro.__radd__
# expect: Money.__add__
# expect: 157
# expect: Box(label='b', content=Shape('h')) Box(label='c', content=Shape('s'))
