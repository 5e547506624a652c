# TypeError from ord() of a string that is not one character.
import sys


def main(argv: list[str]) -> int:
    for s in ["a", "ab", ""]:
        try:
            print(ord(s))
        except TypeError as e:
            print("TypeError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 97
# expect: TypeError: ord() expected a character, but string of length 2 found
# expect: TypeError: ord() expected a character, but string of length 0 found
