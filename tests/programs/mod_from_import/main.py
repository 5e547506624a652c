# `from shapes import ...`: imported classes, functions and constants used
# by their bare names; a local subclass of an imported class.
import sys

from shapes import UNIT, Shape, Square, total_area


class Unit(Square):
    def __init__(self) -> None:
        super().__init__(UNIT)

    def name(self) -> str:
        return "unit"


def main(argv: list[str]) -> int:
    items: list[Shape] = [Square(2.0), Unit(), Square(0.5)]
    for s in items:
        print(s.name(), s.area())
    print(total_area(items))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: square 4.0
# expect: unit 1.0
# expect: square 0.25
# expect: 5.25
