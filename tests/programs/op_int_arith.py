# Integer arithmetic with Python's floor division and modulo signs.
import sys


def main(argv: list[str]) -> int:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (0, 5), (1, 7)]
    for a, b in pairs:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
    print(2 ** 10, (-2) ** 3, 3 ** 0, 0 ** 0, 10 ** 18)
    print(-2 ** 2, (-2) ** 2)
    print(17 // 5 * 5 + 17 % 5)
    big = 3037000499
    print(big * big)
    print(-9223372036854775807 // 2, -9223372036854775807 % 1000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 7 2 9 5 14 3 1 (3, 1)
# expect: -7 2 -5 -9 -14 -4 1 (-4, 1)
# expect: 7 -2 5 9 -14 -4 -1 (-4, -1)
# expect: -7 -2 -9 -5 14 3 -1 (3, -1)
# expect: 6 3 9 3 18 2 0 (2, 0)
# expect: 0 5 5 -5 0 0 0 (0, 0)
# expect: 1 7 8 -6 7 0 1 (0, 1)
# expect: 1024 -8 1 1 1000000000000000000
# expect: -4 4
# expect: 17
# expect: 9223372030926249001
# expect: -4611686018427387904 193
