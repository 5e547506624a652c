# Set operators | & - and their results (printed sorted, since CPython's
# set order is not insertion order).
import sys


def show(s: set[int]) -> str:
    return str(sorted(s))


def main(argv: list[str]) -> int:
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(show(a | b), show(a & b), show(a - b), show(b - a))
    c = a
    c |= {9}
    print(show(a), c is a)
    d = {1, 2}
    d &= {2, 3}
    print(show(d))
    e = {1, 2, 3}
    e -= {1}
    print(show(e))
    words = {"x", "y"} | {"z"}
    print(sorted(words), len(words & {"x", "q"}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1, 2, 3, 4, 5] [3, 4] [1, 2] [5]
# expect: [1, 2, 3, 4, 9] True
# expect: [2]
# expect: [2, 3]
# expect: ['x', 'y', 'z'] 1
