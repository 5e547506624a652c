# __str__ and __repr__: used by print, str(), repr(), f-strings, and by
# containers (which print their items' repr).
import sys


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Tag:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "<" + self.name + ">"


def main(argv: list[str]) -> int:
    p = Point(1, 2)
    print(p)
    print(str(p), repr(p))
    print(f"{p} {p!r} {p!s}")
    print([p, Point(3, 4)])
    print({"origin": Point(0, 0)})
    print((p,))
    t = Tag("b")
    print(t, str(t), repr(t), [t])
    print("tag=" + str(t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: (1, 2)
# expect: (1, 2) Point(1, 2)
# expect: (1, 2) Point(1, 2) (1, 2)
# expect: [Point(1, 2), Point(3, 4)]
# expect: {'origin': Point(0, 0)}
# expect: (Point(1, 2),)
# expect: <b> <b> <b> [<b>]
# expect: tag=<b>
