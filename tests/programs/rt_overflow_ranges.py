# Overflow checks next to the facts passes/ranges.c proves additions
# safe from: each addition here is one the ranges cannot bound (a bound
# off by one, a fact lost on a path, a loop counter), so it must still
# raise OverflowError, caught and printed.
import sys

# cpython: skip 64-bit overflow (CPython computes a big int)

BIG = 9223372036854775807


def shifted(w: int) -> str:
    x = w >> 1          # in [-2**62, 2**62 - 1]
    y = x + x           # fits
    try:
        return str(y + 2)   # 2**63 when w is BIG
    except OverflowError:
        return "OverflowError " + str(y)


def masked(v: int) -> str:
    m = v & BIG         # in [0, BIG]
    try:
        return str(m + 1)
    except OverflowError:
        return "OverflowError"


def below(n: int) -> str:
    if n < 100:
        up = n + 1      # fits: n <= 99
        try:
            return str(up) + " " + str(n - 1)   # n may be the smallest int
        except OverflowError:
            return str(up) + " OverflowError"
    return "big"


def modulo(n: int) -> str:
    k = n % 1000        # in [0, 999]
    try:
        return str(k + (BIG - 998))
    except OverflowError:
        return "OverflowError " + str(k)


def after_index(lst: list[int], i: int) -> str:
    try:
        print(lst[i])
    except IndexError:
        pass
    try:
        return str(i + i)   # a failed index proves nothing
    except OverflowError:
        return "OverflowError"


def counter() -> str:
    i = 0
    n = 0
    try:
        while True:
            i += 1 << 60
            n += 1
    except OverflowError:
        return "OverflowError after " + str(n)


def equal(n: int) -> str:
    if n == 5:
        return str(n + (BIG - 5))
    try:
        return str(n + (BIG - 5))
    except OverflowError:
        return "OverflowError"


def main(argv: list[str]) -> int:
    print(shifted(BIG), shifted(BIG - 4), shifted(-BIG - 1))
    print(masked(BIG), masked(-1), masked(41))
    print(below(99), below(-BIG - 1), below(-BIG), below(100))
    print(modulo(997), modulo(998), modulo(-1), modulo(1000))
    print(after_index([1, 2, 3], 1), after_index([1, 2, 3], -3))
    print(after_index([1, 2, 3], 1 << 62), after_index([1, 2, 3], -(1 << 62)))
    print(counter())
    print(equal(5), equal(6), equal(-BIG))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: OverflowError 9223372036854775806 9223372036854775804 -9223372036854775806
# expect: OverflowError OverflowError 42
# expect: 100 98 -9223372036854775807 OverflowError -9223372036854775806 -9223372036854775808 big
# expect: 9223372036854775806 9223372036854775807 OverflowError 999 9223372036854774809
# expect: 2
# expect: 1
# expect: 2 -6
# expect: OverflowError -9223372036854775808
# expect: OverflowError after 7
# expect: 9223372036854775807 OverflowError -5
