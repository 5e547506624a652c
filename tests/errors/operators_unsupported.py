# Operators on types that do not support them.
import sys


def f(a: int, s: str, l: list[int]) -> None:
    print(a + s)
    print(-s)
    print(~2.5)
    print(s % a)
    print(a @ a)
    print(l - l)
    print(not l, s * 2.0)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:13: unsupported operand types for +: 'int' and 'str'
# expect error: 7:11: bad operand type for unary -: 'str'
# expect error: 8:11: bad operand type for unary ~: 'float'
# expect error: 9:13: '%' formatting needs a literal format string ("%d" % n); for a format computed at run time, use format(value, spec)
# expect error: 10:13: the '@' operator is not supported
# expect error: 11:13: unsupported operand types for -: 'list[int]' and 'list[int]'
# expect error: 12:20: unsupported operand types for *: 'str' and 'float'
