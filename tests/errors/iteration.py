# What a for loop can iterate over.
import sys


class Bag:
    pass


def f(b: Bag, t: tuple[int, str], n: int) -> None:
    for x in b:
        pass
    for y in t:
        pass
    for z in n:
        pass
    for p, q in [1, 2]:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:14: 'Bag' is not iterable
# expect error: 12:14: iterating over a tuple of mixed types is not supported
# expect error: 14:14: 'int' is not iterable
# expect error: 16:9: cannot unpack 'int'
