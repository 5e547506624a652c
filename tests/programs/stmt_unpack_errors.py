# Unpacking a list of the wrong length raises ValueError with CPython's
# messages.
import sys


def split_pair(xs: list[int]) -> str:
    try:
        a, b = xs
        return f"ok {a} {b}"
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    print(split_pair([1, 2]))
    print(split_pair([1, 2, 3]))
    print(split_pair([1]))
    print(split_pair([]))
    try:
        x, y, z = [1, 2]
        print(x, y, z)
    except ValueError as e:
        print("ValueError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ok 1 2
# expect: ValueError: too many values to unpack (expected 2)
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect: ValueError: not enough values to unpack (expected 2, got 0)
# expect: ValueError: not enough values to unpack (expected 3, got 2)
