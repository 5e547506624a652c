# Generators abandoned before their end, while suspended in loops, in try
# blocks, holding lists and each other: the frames are garbage like any
# object (no leak, no crash), and every live one goes on where it stopped.
import sys
from typing import Iterator


def window(n: int) -> Iterator[list[int]]:
    data = [i for i in range(n)]
    while True:
        try:
            yield data
        except ValueError:
            pass
        data = data[1:] + [len(data) + data[0]]


def chain(prev: Iterator[int] | None, step: int) -> Iterator[int]:
    k = 0
    while True:
        if prev is not None:
            k += next(prev)
        k += step
        yield k


def main(argv: list[str]) -> int:
    checksum = 0
    for r in range(3000):
        g = window(40)
        checksum += sum(next(g))
        checksum += next(g)[-1]
    kept: list[Iterator[list[int]]] = []
    for r in range(200):
        g = window(10 + r % 7)
        next(g)
        kept.append(g)
    for g in kept[::37]:
        checksum += sum(next(g))
    print(checksum)
    top: Iterator[int] | None = None
    for depth in range(50):
        top = chain(top, depth)
    assert top is not None
    print([next(top) for _ in range(3)])
    for r in range(2000):
        c = chain(chain(None, 1), r)
        next(c)
    total = 0
    for x in chain(None, 2):
        if x > 1000:
            break
        total += x
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2460531
# expect: [1225, 22050, 292775]
# expect: 250500
