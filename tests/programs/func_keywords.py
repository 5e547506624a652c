# Calls with keyword arguments, in any order, mixed with positional ones,
# on functions, methods and constructors.
import sys


def box(width: int, height: int = 1, fill: str = "#") -> str:
    return "\n".join([fill * width for _ in range(height)])


class Rect:
    w: int
    h: int

    def __init__(self, w: int, h: int = 2) -> None:
        self.w = w
        self.h = h

    def scaled(self, by: int = 2, extra: int = 0) -> int:
        return self.w * self.h * by + extra


def main(argv: list[str]) -> int:
    print(box(3))
    print(box(2, fill="*", height=2))
    print(box(height=1, width=4, fill="="))
    r = Rect(h=3, w=4)
    print(r.w, r.h, r.scaled(), r.scaled(extra=1), r.scaled(extra=5, by=1))
    print(Rect(5).h)
    print(sorted([3, 1, 2], reverse=True))
    print("a", "b", sep="-", end="!\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ###
# expect: **
# expect: **
# expect: ====
# expect: 4 3 24 25 17
# expect: 2
# expect: [3, 2, 1]
# expect: a-b!
