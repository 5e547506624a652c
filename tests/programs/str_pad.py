# ljust, rjust, center (with fill characters, odd padding), zfill (with
# signs).
import sys


def main(argv: list[str]) -> int:
    print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".center(5) + "]")
    print("[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(2) + "]")
    print("ab".ljust(5, "."), "ab".rjust(5, "*"), "ab".center(7, "-"), "a".center(4, "="))
    print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
    for name, n in [("x", 1), ("longer", 100)]:
        print(name.ljust(8) + str(n).rjust(5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [ab   ] [   ab] [  ab ]
# expect: [  ab  ] [ abc  ] [abc]
# expect: ab... ***ab ---ab-- =a==
# expect: 00042 -0042 +007 abc 000
# expect: x           1
# expect: longer    100
