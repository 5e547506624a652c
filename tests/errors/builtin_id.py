# id() of immutable values: CPython may or may not share equal ones.
import sys


def main(argv: list[str]) -> int:
    print(id("a") == id("a"), id(3), id((1, 2)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect error: 6:14: id() of 'str' is not supported: CPython may or may not share equal immutable values; compare with ==
# expect error: 6:25: id() of 'str' is not supported: CPython may or may not share equal immutable values; compare with ==
# expect error: 6:34: id() of 'int' is not supported: CPython may or may not share equal immutable values; compare with ==
# expect error: 6:41: id() of 'tuple[int, int]' is not supported: CPython may or may not share equal immutable values; compare with ==
