# Comparisons.
import sys


class P:
    pass


class Q:
    def __lt__(self, other: Q) -> bool:
        return False


def f(a: int, s: str, p: P, q: Q, o: str | None) -> None:
    print(a < s)
    print(p < p)
    print(q <= q)
    print(a is 1)
    print(o < s)
    print(3 in a)
    print(None == None)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

