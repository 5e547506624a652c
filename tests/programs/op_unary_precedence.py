# Unary operators and operator precedence as in Python.
import sys


def main(argv: list[str]) -> int:
    x = 5
    print(-x, +x, - -x, ~x, -(-x), not x)
    print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2.0 ** -1)
    print(10 - 4 - 3, 100 // 10 // 3, 2 ** 3 ** 2, 17 % 5 * 2)
    print(1 + 2 << 3, 1 | 2 & 3, 8 >> 1 + 1, 5 & 3 == 1)
    print(not 1 == 2, -2 < -1 < 0, 1 + 2 == 3 and 4 > 3)
    y = 2.5
    print(-y, +y, -y * 2, -(y - 3.5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: -5 5 5 -6 5 False
# expect: 14 20 18 -9 0.5
# expect: 3 3 512 4
# expect: 24 3 2 True
# expect: True True True
# expect: -2.5 2.5 -5.0 1.0
