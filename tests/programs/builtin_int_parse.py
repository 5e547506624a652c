# int(): from strings (whitespace, signs, underscores), with a base, from
# floats (truncation) and bools.
import sys


def main(argv: list[str]) -> int:
    print(int("42"), int(" -17 "), int("+8"), int("0"), int("-0"), int("1_000"))
    print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("101", 2), int("0b11", 2))
    print(int("777", 8), int("0o17", 8), int("z", 36), int("Zz", 36), int("10", 3))
    print(int(3.9), int(-3.9), int(0.5), int(1e10), int(True), int(False))
    print(int("  12\n"), int("\t7"), int("9223372036854775807"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 42 -17 8 0 0 1000
# expect: 255 255 31 5 3
# expect: 511 15 35 1295 3
# expect: 3 -3 0 10000000000 1 0
# expect: 12 7 9223372036854775807
