# divmod on ints and floats; round() half to even, with ndigits, negative
# ndigits; pow with two arguments.
import sys


def main(argv: list[str]) -> int:
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
    q, r = divmod(100, 7)
    print(q, r)
    print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.6), round(-2.6))
    print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-3.14159, 3))
    print(round(1234.5678, -2), round(0.0), round(7), round(15, -1), round(25, -1))
    print(round(1e16), round(0.1 + 0.2, 10))
    print(pow(2, 8), pow(-3, 3), pow(2.5, 2), pow(4, 0.5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: (3, 2) (-4, 3) (-4, -3) (3.0, 1.5) (-4.0, 0.5)
# expect: 14 2
# expect: 0 2 2 0 -2 3 -3
# expect: 3.14 2.67 1.0 -3.142
# expect: 1200.0 0 7 20 20
# expect: 10000000000000000 0.3
# expect: 256 -27 6.25 2.0
