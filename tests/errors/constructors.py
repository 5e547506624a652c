# Constructing objects.
import sys


class Empty:
    pass


class Point:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


def f() -> None:
    e = Empty(1)
    p = Point()
    q = Point("a")
    r = Point(1, 2)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 17:9: Empty() takes no arguments
# expect error: 18:9: Point() missing required argument 'x'
# expect error: 19:15: argument 1 of 'Point' has type 'str', expected 'int'
# expect error: 20:18: Point() takes 1 argument but 2 were given
