# Locals (not only parameters) narrowed where a lambda or nested function
# is made keep their narrowed type inside it when no assignment to them can
# run afterwards (none later in the function, none in a loop around the
# closure): `is not None` and isinstance, read by lambdas and defs, called
# after the function that made them returned.
import sys
from typing import Callable, Optional


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def find(xs: list[int], v: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def offset_by_index(xs: list[int]) -> Callable[[int], int]:
    at = find(xs, 3)
    if at is None:
        return lambda k: k
    return lambda k: k + at


def shout_last_big(xs: list[int]) -> Callable[[], str]:
    name: Optional[str] = None
    for x in xs:
        if x > 2:
            name = str(x) + "!"
    if name is not None:
        def show() -> str:
            return name.upper() * 2
        return show
    return lambda: "none"


def side_reader(shapes: list[Shape]) -> list[Callable[[], float]]:
    out: list[Callable[[], float]] = []
    first = shapes[0]
    if isinstance(first, Square):
        out.append(lambda: first.side)
    for s in shapes:
        out.append(lambda: s.area())    # s is rebound by the loop: not narrowed, not needed
    return out


def main(argv: list[str]) -> int:
    print(offset_by_index([1, 3])(10), offset_by_index([1])(10))
    print(shout_last_big([1, 5, 4])(), shout_last_big([])())
    readers = side_reader([Square(2.0), Shape(), Square(3.0)])
    print([r() for r in readers])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 11 10
# expect: 4!4! none
# expect: [2.0, 9.0, 9.0, 9.0]
