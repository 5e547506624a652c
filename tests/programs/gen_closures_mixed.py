# Generators and closures nested in each other: generator methods taking
# lambdas, closures inside generators, generator factories, generator
# expressions inside generators.
import sys
from typing import Callable, Iterator


class Doc:
    words: list[str]

    def __init__(self, text: str) -> None:
        self.words = text.split()

    def matching(self, pred: Callable[[str], bool]) -> Iterator[str]:
        for w in self.words:
            if pred(w):
                yield w

    def long_words(self, n: int) -> Iterator[str]:
        yield from self.matching(lambda w: len(w) > n)

    def numbered(self) -> Iterator[tuple[int, str]]:
        count = 0

        def bump() -> int:
            nonlocal count
            count += 1
            return count

        for w in self.words:
            yield bump(), w
        yield count, "done"


def gen_factory(k: int) -> Callable[[int], Iterator[int]]:
    def gen(n: int) -> Iterator[int]:
        for i in range(n):
            yield i * k
    return gen


def outer_gen(limit: int) -> Iterator[list[int]]:
    base = 10
    for i in range(limit):
        row = (base + j for j in range(i))
        yield list(row)
        base += 100


def main(argv: list[str]) -> int:
    d = Doc("a quick brown fox jumps over the lazy dog")
    print(list(d.long_words(3)), list(d.numbered())[-2:])
    g3 = gen_factory(3)
    print(list(g3(4)), sum(gen_factory(2)(5)))
    print(list(outer_gen(4)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['quick', 'brown', 'jumps', 'over', 'lazy'] [(9, 'dog'), (9, 'done')]
# expect: [0, 3, 6, 9] 20
# expect: [[], [110], [210, 211], [310, 311, 312]]
