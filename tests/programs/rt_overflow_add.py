# 64-bit overflow on addition raises OverflowError (uncaught here).
import sys

# cpython: skip 64-bit overflow (CPython computes a big int)


def main(argv: list[str]) -> int:
    x = 2 ** 62
    print(x)
    y = x + x
    print(y)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: 4611686018427387904
# expect-exit: 1
# expect-stderr: OverflowError: integer overflow
