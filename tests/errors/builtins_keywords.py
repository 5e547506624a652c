# Builtins that take no keyword arguments, and keywords they do not know.
import sys


def f(xs: list[int]) -> None:
    print(len(xs, key=1))
    print(sorted(xs, cmp=1))
    print(tuple())
    print(super())
    xs.sort(1)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:19: len() takes no keyword arguments
# expect error: 7:22: sorted() got an unexpected keyword argument 'cmp'
# expect error: 8:11: cannot infer the item type of an empty tuple(); annotate the variable (t: tuple[int, ...] = tuple())
# expect error: 9:11: super() is only supported as super().method(...)
# expect error: 10:13: argument 1 of 'sort' has type 'int', expected 'bool'
