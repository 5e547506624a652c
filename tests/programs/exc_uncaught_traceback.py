# The traceback of an uncaught exception names every frame's function,
# innermost call last.
import sys


def innermost(xs: list[int]) -> int:
    return xs[5]


def middle(xs: list[int]) -> int:
    return innermost(xs) + 1


def outer() -> int:
    return middle([1, 2])


def main(argv: list[str]) -> int:
    print("start")
    print(outer())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: IndexError: list index out of range
# expect-stderr: Traceback (most recent call last):
# expect-stderr: exc_uncaught_traceback.py", line 7, in innermost
# expect-stderr: exc_uncaught_traceback.py", line 11, in middle
# expect-stderr: exc_uncaught_traceback.py", line 15, in outer
# expect-stderr: exc_uncaught_traceback.py", line 20, in main

# expect: start
# expect-exit: 1
