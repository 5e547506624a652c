# Special methods are looked up on the dynamic class, as in CPython: a
# subclass that adds __str__, __eq__, __hash__ or __len__ which its base
# lacks is reached through base-typed values (print, str, f-strings, ==,
# !=, `in`, sets, dict keys, truth), and the base keeps the default
# behaviour (str is repr, identity ==, identity hash, truthy).  == tries a
# subclass's __eq__ first when the right operand's class derives from the
# left one's, as CPython does.
from __future__ import annotations

import sys


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Shape({self.name!r})"


class Square(Shape):
    side: int

    def __init__(self, side: int) -> None:
        super().__init__("square")
        self.side = side

    def __str__(self) -> str:
        return f"<square {self.side}>"

    def __eq__(self, other: Shape) -> bool:
        print("  Square.__eq__", repr(self), repr(other))
        return isinstance(other, Square) and self.side == other.side

    def __hash__(self) -> int:
        return self.side

    def __len__(self) -> int:
        return self.side


class Tiny(Square):
    def __repr__(self) -> str:
        return f"Tiny({self.side})"


class Point:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: Point) -> bool:
        print("  Point.__eq__", self.x, other.x)
        return self.x == other.x

    def __hash__(self) -> int:
        return self.x

    def __repr__(self) -> str:
        return f"P{self.x}"


class Point3(Point):
    def __eq__(self, other: Point) -> bool:
        print("  Point3.__eq__", self.x, other.x)
        return isinstance(other, Point3) and self.x == other.x


def show(s: Shape) -> str:
    return f"{s} {s!r} {str(s)} {repr(s)} [{s}]"


def truth(s: Shape) -> str:
    return "true" if s else "false"


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Shape("blob"), Square(2), Tiny(0), Square(2)]
    for s in shapes:
        print(show(s), truth(s), bool(s), not s)
    print(shapes)
    print("eq:")
    a, b, c, d = shapes[0], shapes[1], shapes[2], shapes[3]
    print(a == a, a == b, b == a, b == d, b != d, c == a, a != c)
    print("in:")
    print(d in shapes[:1], shapes.index(d), shapes.count(b))
    print("set and dict:")
    print(len(set(shapes)), len({b, d, a}))
    seen: dict[Shape, int] = {}
    for s in shapes:
        seen[s] = seen.get(s, 0) + 1
    print(seen)
    print("points:")
    p: Point = Point(1)
    q: Point = Point3(1)
    print(p == q)
    print(q == p)
    print(q == Point3(1), p != q)
    print([p] == [q], (p, 1) == (q, 1), q in [p], p in [q])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Shape('blob') Shape('blob') Shape('blob') Shape('blob') [Shape('blob')] true True False
# expect: <square 2> Shape('square') <square 2> Shape('square') [<square 2>] true True False
# expect: <square 0> Tiny(0) <square 0> Tiny(0) [<square 0>] false False True
# expect: <square 2> Shape('square') <square 2> Shape('square') [<square 2>] true True False
# expect: [Shape('blob'), Shape('square'), Tiny(0), Shape('square')]
# expect: eq:
# expect:   Square.__eq__ Shape('square') Shape('blob')
# expect:   Square.__eq__ Shape('square') Shape('blob')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect:   Square.__eq__ Tiny(0) Shape('blob')
# expect:   Square.__eq__ Tiny(0) Shape('blob')
# expect: True False False True False False True
# expect: in:
# expect:   Square.__eq__ Shape('square') Shape('blob')
# expect:   Square.__eq__ Shape('square') Shape('blob')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect:   Square.__eq__ Shape('square') Shape('blob')
# expect:   Square.__eq__ Tiny(0) Shape('square')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect: False 1 2
# expect: set and dict:
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect: 3 2
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect:   Square.__eq__ Shape('square') Shape('square')
# expect: {Shape('blob'): 1, Shape('square'): 2, Tiny(0): 1}
# expect: points:
# expect:   Point3.__eq__ 1 1
# expect: False
# expect:   Point3.__eq__ 1 1
# expect: False
# expect:   Point3.__eq__ 1 1
# expect:   Point3.__eq__ 1 1
# expect: True True
# expect:   Point3.__eq__ 1 1
# expect:   Point3.__eq__ 1 1
# expect:   Point3.__eq__ 1 1
# expect:   Point3.__eq__ 1 1
# expect: False False False False
