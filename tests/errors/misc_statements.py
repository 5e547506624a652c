# Statements and expressions outside the language.
import sys


def f(xs: list[int]) -> None:
    del xs
    print(*xs)
    x = xs[1:2:3, 4]
    global_var = 1
    del global_var


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:9: 'del' is only supported on items and slices (del d[k], del lst[i:j])
# expect error: 8:12: a slice is only allowed as the whole index of a subscript
# expect error: 10:9: 'del' is only supported on items and slices (del d[k], del lst[i:j])
