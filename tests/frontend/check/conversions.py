# Numeric promotion with explicit conversions, containers, calls with
# defaults and keywords, method resolution, f-strings.
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
    total: float = n
    print(scale(n, offset=flag), total / 3, 7 // 2, 2 ** 3)
    c = Counter()
    c.add("a")
    c.add("b", n=3)
    words = sorted(c.counts.keys())
    pairs = [(w, c.counts[w]) for w in words]
    print(f"{len(pairs)} {pairs!r} {total:.2f}", max(1, 2.5), abs(-3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
