# Formatting that rtrans rejects at translation time: what CPython would
# raise for a literal format string, and what rtrans cannot keep exact.
import sys


def side() -> int:
    return 1


def f(fmt: str, x: int) -> None:
    print("{0} {}".format(1, 2))
    print("{} {}".format(1))
    print("{name}".format(nom=1))
    print("a } b".format())
    print("%d %d" % (1,))
    print("%d" % (1, 2))
    print("%d" % "x")
    print("%x" % 2.5)
    print("%q" % 3)
    print("%*d" % (3, 4))
    print("{1} {0}".format(side(), side()))
    print(fmt % x)
    print("{!a}".format(x))
    print("%.2d" % x)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 11:11: cannot switch from manual field specification to automatic field numbering
# expect error: 12:11: Replacement index 1 out of range for positional args tuple
# expect error: 13:11: no keyword argument 'name' for the format string (KeyError under CPython)
# expect error: 14:11: Single '}' encountered in format string
# expect error: 15:11: not enough arguments for format string
# expect error: 16:16: not all arguments converted during string formatting
# expect error: 17:18: %d format: a real number is required, not str
# expect error: 18:18: %x format: an integer is required, not float
# expect error: 19:11: unsupported format character 'q' (0x71) at index 1
# expect error: 20:11: '*' widths in '%' formatting are not supported; use an f-string with a nested field (f"{x:{width}}")
# expect error: 21:11: this argument would be evaluated out of order: rtrans evaluates a formatting argument where it is used; assign it to a variable first
# expect error: 22:15: '%' formatting needs a literal format string ("%d" % n); for a format computed at run time, use format(value, spec)
# expect error: 23:11: the '!a' conversion is not supported
# expect error: 24:11: a precision with '%d' is not supported; use an f-string
