# isinstance narrows a local to a subclass; a tuple of classes narrows to
# their closest common base.
from __future__ import annotations

import sys


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Dot(Shape):
    pass


def describe(s: Shape) -> str:
    if isinstance(s, Square):
        return f"square side {s.side}"
    elif isinstance(s, Circle):
        return f"circle radius {s.r}"
    return "shape"


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Square(2.0), Circle(1.5), Dot()]
    for s in shapes:
        print(describe(s), s.area())
    for s in shapes:
        if isinstance(s, (Square, Circle)):
            print("round or square", s.area())
        else:
            print("other")
    maybe: Shape | None = Square(1.0)
    if isinstance(maybe, Square):
        print("narrowed from optional", maybe.side)
    print(isinstance(shapes[2], Dot), isinstance(shapes[2], Square))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: square side 2.0 4.0
# expect: circle radius 1.5 6.75
# expect: shape 0.0
# expect: round or square 4.0
# expect: round or square 6.75
# expect: other
# expect: narrowed from optional 1.0
# expect: True False
