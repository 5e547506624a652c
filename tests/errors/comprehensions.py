# Comprehension targets and iterables.
import sys


def f(xs: list[int]) -> None:
    a = [x for x in 5]
    b = [1 for y.z in xs]
    c = [p for p, q in xs]
    d = [None for _ in xs]
    e = (None for x in xs)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:21: 'int' is not iterable
# expect error: 7:16: a comprehension variable must be a name or a tuple of names
# expect error: 8:16: cannot unpack 'int' into 2 targets
# expect error: 9:10: cannot infer the item type from None
# expect error: 10:10: cannot infer the item type from None
