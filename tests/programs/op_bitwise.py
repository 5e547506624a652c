# Bitwise operators on int and bool, with negative numbers and shifts.
import sys


def main(argv: list[str]) -> int:
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(-12 & 7, -12 | 7, -12 ^ 7, -1 & 0xFF)
    print(1 << 10, 1 << 62, 1024 >> 3, -1024 >> 3, -1 >> 10, 5 >> 10)
    print(True & True, True | False, False ^ True, ~True)
    mask = 0
    for bit in [0, 3, 5]:
        mask |= 1 << bit
    print(mask, mask & 8, (mask >> 3) & 1)
    print(0xFF & ~0x0F, 6 & 3 | 8, 1 | 2 ^ 3 & 4)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 8 14 6 -13 -1 0
# expect: 4 -9 -13 255
# expect: 1024 4611686018427387904 128 -128 -1 0
# expect: True True True -2
# expect: 41 8 1
# expect: 240 10 3
