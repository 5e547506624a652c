# Integer literals in every base, with underscores, and their printed forms.
import sys


def main(argv: list[str]) -> int:
    print(42, 0x2a, 0o52, 0b101010, 1_000_000)
    print(0X2A, 0O52, 0B101010, 0xdead_beef, 0b1111_0000)
    print(0, 00, 0_0, -0, +7)
    print(9223372036854775807)
    print(-9223372036854775807 - 1)
    print(0x7fffffffffffffff == 9223372036854775807)
    big = 1_234_567_890_123
    print(big, big // 1_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 42 42 42 42 1000000
# expect: 42 42 42 3735928559 240
# expect: 0 0 0 0 7
# expect: 9223372036854775807
# expect: -9223372036854775808
# expect: True
# expect: 1234567890123 1234567890
