# An or-pattern whose alternatives bind one name with different types:
# every alternative must bind it (CPython), so the advice is to match them
# in separate cases, not to rename one.
import sys


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r: float) -> None:
        self.r = r


class Square(Shape):
    __match_args__ = ("side",)

    def __init__(self, side: int) -> None:
        self.side = side


def size(s: Shape) -> str:
    match s:
        case Circle(x) | Square(x):
            return str(x)
        case _:
            return "?"


def which(s: Shape) -> str:
    match s:
        case (Circle() as hit) | (Square() as hit):
            return "hit"
        case _:
            return "?"


def earlier(t: tuple[int, int]) -> str:
    x = "s"
    match t:
        case (x, 0) | (0, x):
            return "z"
        case _:
            return x


def main(argv: list[str]) -> int:
    print(size(Circle(1.5)), which(Square(2)), earlier((1, 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 27:33: the alternatives of this or-pattern bind 'x' to 'float' and to 'int': a variable has one type; match the alternatives in separate cases, or declare 'x: float | int' before the match
# expect error: 35:35: the alternatives of this or-pattern bind 'hit' to 'Circle' and to 'Square': a variable has one type; match the alternatives in separate cases, or declare 'hit: Shape' before the match
# expect error: 44:15: 'x' is assigned 'str' on line 42 and 'int' here, and a later use may see either: give the 'int' value another name
# expect error: 44:27: 'x' is assigned 'str' on line 42 and 'int' here, and a later use may see either: give the 'int' value another name
