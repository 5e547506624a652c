# An uncaught IndexError from a list read.
import sys


def main(argv: list[str]) -> int:
    xs = [10, 20]
    print(xs[1])
    print(xs[len(xs)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 20
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
