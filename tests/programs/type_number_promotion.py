# Where CPython itself computes the wider number, rtrans converts too:
# arithmetic, comparisons, in, format specs, library parameters of a
# fixed number type, abs/divmod of bools and ints, sum with a start of
# another number type.  (Where a number is kept, it must already have
# the expected type: tests/errors/widen_*.py.)
import math
import sys
import time


def main(argv: list[str]) -> int:
    n = 3
    b = True
    print(f"{n:.2f} {b:5d} {n:e}", math.sqrt(n), math.floor(n), round(n), round(2.5), abs(b), abs(-n))
    print(divmod(7, 2), divmod(7.5, 2), divmod(b, 2), divmod(-7, 2.0), math.pow(n, 2), n / 2, b + 0.5)
    time.sleep(0)
    print(sum([b, b, False]), sum([1, 2], 0.5), sum([[1], [2]], [0]), 1 in [1.0, 2.0], n < 3.5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3.00     1 3.000000e+00 1.7320508075688772 3 3 2 1 3
# expect: (3, 1) (3.0, 1.5) (0, 1) (-4.0, 1.0) 9.0 1.5 1.5
# expect: 2 3.5 [0, 1, 2] True True
