# A value `a or b`, `x if c else y`, min(a, b) or max(a, b) is one of its
# operands, kept as it is in CPython: the number types must agree.  sum()
# of floats needs a float start, which an empty iterable sums to.
import sys


def f(n: int, x: float, flag: bool, xs: list[float], words: list[str]) -> None:
    a = n or 0.5
    b = x if flag else 0
    c = flag and n
    print(a, b, c, min(1, x), max(x, n, 2.0))
    print(sum(xs), sum(xs, 0), sum([n, n], True), sum(words, ""))
    print(sum([[n]], [1.5]))


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:9: the operands of 'and'/'or' have different types 'int' and 'float': write float(n) (CPython would keep the int)
# expect error: 9:24: the branches of 'if'/'else' have different types 'float' and 'int': write 0.0 (CPython would keep the int)
# expect error: 10:9: the operands of 'and'/'or' have different types 'bool' and 'int': write int(flag) (CPython would keep the bool)
# expect error: 11:24: min() arguments have different types 'int' and 'float': write 1.0 (CPython would keep the int)
# expect error: 11:38: max() arguments have different types 'float' and 'int': write float(n) (CPython would keep the int)
# expect error: 12:11: sum() of 'list[float]' needs a float start value: write sum(..., 0.0) (CPython returns the int 0 for an empty iterable)
# expect error: 12:28: sum() start has type 'int', expected 'float': write 0.0 (CPython would keep the int)
# expect error: 12:44: sum() start has type 'bool', expected 'int' or 'float': write 1 (CPython would keep the bool)
# expect error: 12:51: sum() can't sum strings: use ''.join(...)
# expect error: 13:23: item has type 'float', expected 'int'
