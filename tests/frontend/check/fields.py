# Immutable-field inference and template instances (see check_unit.c).
import sys
from typing import Final


class Point:
    x: int
    y: int
    tag: Final[str]
    moves: int = 0

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
        self.tag = "p"

    def move(self, dx: int) -> None:
        self.x += dx
        self.moves += 1


class Point3(Point):
    z: int

    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z
        self.y = 0


def main(argv: list[str]) -> int:
    a = [1, 2, 3]
    b: list[int] = []
    c = [[1], [2]]
    d = {1: [3]}
    p = Point3(1, 2, 3)
    p.move(1)
    print(len(a) + len(b) + len(c) + len(d), p.x, p.y, p.z, p.tag)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
