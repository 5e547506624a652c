# == between objects of sibling classes: when the left one's class has no
# __eq__, CPython asks the right one's (reflected), so a value of a class
# without __eq__ still reaches a sibling's __eq__.  Truth of a subclass
# with __len__ through a value typed with that subclass.
from __future__ import annotations

import sys


class Shape:
    def __repr__(self) -> str:
        return "Shape"


class Square(Shape):
    def __eq__(self, other: Shape) -> bool:
        print("  Square.__eq__", self, other)
        return False


class Blob(Shape):
    def __len__(self) -> int:
        return 0


def main(argv: list[str]) -> int:
    b = Blob()
    s: Shape = Square()
    o: Blob | None = b
    print(b == s, s == b, b != s, o == s, b == b)
    shapes: list[Shape] = [s]
    print(b in shapes, shapes.count(b), shapes.count(s))
    if not b:
        print("empty blob")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect:   Square.__eq__ Shape Shape
# expect:   Square.__eq__ Shape Shape
# expect:   Square.__eq__ Shape Shape
# expect:   Square.__eq__ Shape Shape
# expect: False False True False True
# expect:   Square.__eq__ Shape Shape
# expect:   Square.__eq__ Shape Shape
# expect: False 0 1
# expect: empty blob
