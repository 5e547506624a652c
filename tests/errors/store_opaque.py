# Library objects that cannot be stored in variables.
import sys


def f() -> None:
    r = range(3)
    e = enumerate([1])
    m = sys
    k = len


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:5: 'range[int]' cannot be stored in a variable
# expect error: 7:5: 'enumerate[tuple[int, int]]' cannot be stored in a variable
# expect error: 8:5: module 'sys' cannot be stored in a variable
# expect error: 9:5: builtin 'len' cannot be stored in a variable without a type: annotate the variable with the Callable type it has there (f: Callable[[...], ...])
