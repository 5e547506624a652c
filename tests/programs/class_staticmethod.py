# @staticmethod called through the class and through an instance.
import sys


class MathUtil:
    base: int

    def __init__(self, base: int) -> None:
        self.base = base

    @staticmethod
    def square(x: int) -> int:
        return x * x

    @staticmethod
    def join(parts: list[str], sep: str = ",") -> str:
        return sep.join(parts)

    def offset_square(self, x: int) -> int:
        return MathUtil.square(x) + self.base


def main(argv: list[str]) -> int:
    print(MathUtil.square(7))
    m = MathUtil(100)
    print(m.square(3), m.offset_square(3))
    print(MathUtil.join(["a", "b"]), m.join(["c", "d"], sep="+"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 49
# expect: 9 109
# expect: a,b c+d
