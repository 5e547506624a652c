# functools.lru_cache and functools.cache on module functions: recursive
# calls go through the cache, a bounded cache evicts the least recently
# used entry (which calls run again shows in their output), against CPython.
import functools
import sys
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=2)
def noisy(x: int) -> str:
    print("  computing", x)
    return str(x) * 2


@functools.lru_cache
def pair(a: int, b: str) -> tuple[int, str]:
    print("  pair", a, b)
    return (a * 2, b + b)


@cache
def answer() -> int:
    print("  answer")
    return 42


@lru_cache(0)
def uncached(s: str) -> int:
    print("  uncached", s)
    return len(s)


@lru_cache()
def grid_paths(cell: tuple[int, int]) -> int:
    r, c = cell
    if r == 0 or c == 0:
        return 1
    return grid_paths((r - 1, c)) + grid_paths((r, c - 1))


@lru_cache(maxsize=None)
def failing(n: int) -> int:
    print("  failing", n)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


def main(argv: list[str]) -> int:
    print(fib(90), fib(50))
    for x in [1, 2, 1, 3, 1, 2, 4, 2]:
        print(x, noisy(x))
    print(pair(1, "a"), pair(1, "a"), pair(2, "a"), answer(), answer())
    print(uncached("ab"), uncached("ab"), grid_paths((16, 16)))
    for n in [3, -1, 3, -1]:
        try:
            print(failing(n))
        except ValueError as e:
            print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2880067194370816120 12586269025
# expect:   computing 1
# expect: 1 11
# expect:   computing 2
# expect: 2 22
# expect: 1 11
# expect:   computing 3
# expect: 3 33
# expect: 1 11
# expect:   computing 2
# expect: 2 22
# expect:   computing 4
# expect: 4 44
# expect: 2 22
# expect:   pair 1 a
# expect:   pair 2 a
# expect:   answer
# expect: (2, 'aa') (2, 'aa') (4, 'aa') 42 42
# expect:   uncached ab
# expect:   uncached ab
# expect: 2 2 601080390
# expect:   failing 3
# expect: 3
# expect:   failing -1
# expect: ValueError negative: -1
# expect: 3
# expect:   failing -1
# expect: ValueError negative: -1
