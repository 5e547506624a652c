# Builtins called with the wrong number of arguments.
import sys


def f(xs: list[int]) -> None:
    print(len())
    print(len(xs, xs))
    print(range())
    print(range(1, 2, 3, 4))
    print(min())
    print(zip(xs))
    print(isinstance(xs))
    print(abs(1, 2))


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:11: len() takes 1 argument (0 given)
# expect error: 7:11: len() takes 1 argument (2 given)
# expect error: 8:11: range() takes 1 to 3 arguments (0 given)
# expect error: 9:11: range() takes 1 to 3 arguments (4 given)
# expect error: 10:11: min() expects at least one argument
# expect error: 11:11: zip() needs at least two iterables
# expect error: 12:11: isinstance() takes 2 arguments (1 given)
# expect error: 13:11: abs() takes 1 argument (2 given)
