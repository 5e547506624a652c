# ** and pow() for int and float operands.
import sys


def main(argv: list[str]) -> int:
    print(2 ** 62, 7 ** 5, 1 ** 100, (-1) ** 101, 0 ** 5)
    print(2.0 ** 3, 2 ** 0.5, 9 ** 0.5, 4.0 ** -1, (-8.0) ** 2)
    print(pow(3, 4), pow(2.0, 10), pow(10, 2), pow(2, -1.0))
    base = 3
    e = 13
    print(base ** e, base ** e % 1000)
    x = 5
    x **= 2
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 4611686018427387904 16807 1 -1 0
# expect: 8.0 1.4142135623730951 3.0 0.25 64.0
# expect: 81 1024.0 100 0.5
# expect: 1594323 323
# expect: 25
