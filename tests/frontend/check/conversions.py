# Numeric promotion with explicit conversions where CPython computes the
# wider number itself (arithmetic, comparisons, prelude parameters of a
# fixed number type, abs and divmod of a bool), containers, calls with
# defaults and keywords, method resolution, f-strings.
import math
import sys


def scale(x: float, factor: float = 2.0, offset: int = 0) -> float:
    return x * factor + offset


class Counter:
    counts: dict[str, int]

    def __init__(self) -> None:
        self.counts = {}

    def add(self, word: str, n: int = 1) -> None:
        self.counts[word] = self.counts.get(word, 0) + n


def main(argv: list[str]) -> int:
    flag = True
    n = flag + 1
    total: float = n * 1.0
    print(scale(float(n), offset=int(flag)), total / 3, 7 // 2, 2 ** 3, n < 2.5)
    print(math.sqrt(n), divmod(7, 2.0), divmod(flag, 2), abs(flag), round(n, 1))
    c = Counter()
    c.add("a")
    c.add("b", n=3)
    words = sorted(c.counts.keys())
    pairs = [(w, c.counts[w]) for w in words]
    print(f"{len(pairs)} {pairs!r} {total:.2f}", max(1, 3), abs(-3), sum(range(4), 0.5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
