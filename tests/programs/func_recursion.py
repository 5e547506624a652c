# Recursion: direct, mutual, and moderately deep (well within CPython's
# default limit).
import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def permutations(items: list[int]) -> list[list[int]]:
    if len(items) <= 1:
        return [items[:]]
    out: list[list[int]] = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def main(argv: list[str]) -> int:
    print([fib(i) for i in range(15)])
    print(is_even(10), is_odd(7), is_even(7))
    print(ackermann(2, 3))
    print(depth(800))
    print(permutations([1, 2, 3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# expect: True True False
# expect: 9
# expect: 800
# expect: [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
