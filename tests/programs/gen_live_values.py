# Values a generator keeps across several yields in a row (what a later
# resume point needs must survive the earlier ones), in loops, in try
# blocks and across yield from.
import sys
from typing import Iterator


def bursts(xs: list[int], width: int) -> Iterator[str]:
    total = 0
    label = "burst"
    i = 0
    while i < len(xs):
        yield f"{label} {i}"
        yield "-"
        yield "-"
        total += xs[i] * width
        i += 1
    yield f"total {total} over {len(xs)}"


def mixed(n: int) -> Iterator[float]:
    scale = 0.5
    flag = n > 2
    name = "m" * n
    for k in range(n):
        try:
            yield k * scale
            yield -1.0
        finally:
            scale += 0.25
    yield float(len(name)) if flag else 0.0


def outer(n: int) -> Iterator[str]:
    prefix = "o"
    for i in range(n):
        yield from bursts([i, i + 1], 2)
        yield prefix + str(i)


def main(argv: list[str]) -> int:
    print(list(bursts([1, 2, 3], 10)))
    print(list(mixed(3)))
    print(list(outer(2)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['burst 0', '-', '-', 'burst 1', '-', '-', 'burst 2', '-', '-', 'total 60 over 3']
# expect: [0.0, -1.0, 0.75, -1.0, 2.0, -1.0, 3.0]
# expect: ['burst 0', '-', '-', 'burst 1', '-', '-', 'total 2 over 2', 'o0', 'burst 0', '-', '-', 'burst 1', '-', '-', 'total 6 over 2', 'o1']
