# 64-bit overflow on *, -, **, <<, unary minus and abs of the smallest
# int, and augmented assignment, each caught.
import sys

# cpython: skip 64-bit overflow (CPython computes a big int)


def attempt(n: int) -> str:
    big = 9223372036854775807
    small = -big - 1
    try:
        if n == 0:
            return str(big * 2)
        if n == 1:
            return str(small - 1)
        if n == 2:
            return str(3 ** 40)
        if n == 3:
            return str(1 << 63)
        if n == 4:
            return str(-small)
        if n == 5:
            return str(abs(small))
        if n == 6:
            x = big
            x += 1
            return str(x)
        if n == 7:
            return str(small // -1)
        return str(big + small)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def main(argv: list[str]) -> int:
    for n in range(9):
        print(n, attempt(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: 0 OverflowError: integer overflow
# expect: 1 OverflowError: integer overflow
# expect: 2 OverflowError: integer overflow
# expect: 3 OverflowError: integer overflow
# expect: 4 OverflowError: integer overflow
# expect: 5 OverflowError: integer overflow
# expect: 6 OverflowError: integer overflow
# expect: 7 OverflowError: integer overflow
# expect: 8 -1
