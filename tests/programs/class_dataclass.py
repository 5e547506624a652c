# @dataclass: generated __init__ (defaults, default_factory), __repr__,
# __eq__ (also between subclasses of a base without __eq__), order=True,
# frozen=True hashing, __match_args__.
from __future__ import annotations
import sys
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = ""


@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    weight: float = 1.0
    tag: str = field(default="n", repr=False, compare=False)

    def total(self) -> float:
        return self.weight + sum([c.total() for c in self.children], 0.0)


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Add(Expr):
    left: Expr
    right: Expr


def main(argv: list[str]) -> int:
    p = Point(1, 2)
    print(p, Point(3), Point(y=5, x=4))
    print(p == Point(1, 2), p != Point(1, 3), p == Point(2, 2))
    p.x = 10
    print(p, repr(p))
    v1 = Version(1, 2)
    v2 = Version(1, 10, "beta")
    print(v1 < v2, v1 <= v1, v2 > v1, v1 >= v2, sorted([v2, v1, Version(0)]))
    print(hash(v1) == hash(Version(1, 2)), {v1: "a", Version(1, 2): "b"})
    n = Node("root", [Node("a"), Node("b", weight=2.5)])
    print(n)
    print(n.total(), Node("x") == Node("x", tag="other"))
    e1 = Add(Num(1), Add(Num(2), Num(3)))
    e2 = Add(Num(1), Add(Num(2), Num(3)))
    print(e1 == e2, e1 == Add(Num(1), Num(5)), e1)
    print(Point.__match_args__, Version.__match_args__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Point(x=1, y=2) Point(x=3, y=0) Point(x=4, y=5)
# expect: True True False
# expect: Point(x=10, y=2) Point(x=10, y=2)
# expect: True True True False [Version(major=0, minor=0, label=''), Version(major=1, minor=2, label=''), Version(major=1, minor=10, label='beta')]
# expect: True {Version(major=1, minor=2, label=''): 'b'}
# expect: Node(name='root', children=[Node(name='a', children=[], weight=1.0), Node(name='b', children=[], weight=2.5)], weight=1.0)
# expect: 4.5 True
# expect: True False Add(left=Num(value=1), right=Add(left=Num(value=2), right=Num(value=3)))
# expect: ('x', 'y') ('major', 'minor', 'label')
