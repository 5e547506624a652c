# bool() of every type; ord() and chr() including non-ASCII code points.
import sys


def main(argv: list[str]) -> int:
    no_list: list[int] = []
    print(bool(0), bool(-1), bool(0.0), bool(0.1), bool(""), bool("0"), bool(no_list), bool([0]))
    print(bool(True), bool(None), bool({"": 0}), bool((0,)))
    print(ord("A"), ord("a"), ord("0"), ord(" "), ord("~"), ord("\n"))
    print(chr(65), chr(97), chr(48), repr(chr(0)), chr(233), chr(0x4e2d), chr(0x10FFFF) == "\U0010ffff")
    print("".join(chr(ord(c) + 1) for c in "HAL"))
    print([ord(c) - ord("a") for c in "abcz"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: False True False True False True False True
# expect: True False True True
# expect: 65 97 48 32 126 10
# expect: A a 0 '\x00' é 中 True
# expect: IBM
# expect: [0, 1, 2, 25]
