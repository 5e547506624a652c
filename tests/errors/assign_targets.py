# What can be assigned to.
import sys


def helper() -> int:
    return 0


helper = 3


def f(t: tuple[int, int], lst: list[int]) -> None:
    a, b, c = t
    p, q = 5
    [u, v] = lst
    *rest, last = t


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:1: cannot assign to 'helper': it is a function
# expect error: 13:5: cannot unpack a tuple of 2 items into 3 targets
# expect error: 14:5: cannot unpack 'int'
# expect error: 16:5: a starred target needs a list to unpack, not 'tuple[int, int]': write list(...) around the value
