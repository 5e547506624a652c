# A value yielded again after a resume must survive the suspension: here
# parameters (never assigned, kept in their frame field) and a local
# yielded in a loop.  A yield's own use of its value was dropped from the
# liveness across resume points, so from the second item on the frame
# yielded 0.
import sys
from typing import Iterator


def side(x: str) -> None:
    pass


def producer(name: str, n: int, gap: int) -> Iterator[int]:
    for i in range(n):
        side(f"{name}{i}")
        yield gap


def repeat(word: str, n: int) -> Iterator[str]:
    for _ in range(n):
        yield word


def constant_local(n: int) -> Iterator[float]:
    c = n * 1.5
    while n > 0:
        n -= 1
        yield c


def two_yields(a: int, b: int) -> Iterator[int]:
    for _ in range(2):
        yield a
        yield b


def main(argv: list[str]) -> int:
    print(list(producer("f", 4, 2)), list(repeat("ab", 3)))
    print(list(constant_local(3)), list(two_yields(7, 9)))
    g = producer("g", 3, 5)
    print(next(g), next(g), next(g), next(g, -1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [2, 2, 2, 2] ['ab', 'ab', 'ab']
# expect: [4.5, 4.5, 4.5] [7, 9, 7, 9]
# expect: 5 5 5 -1
