# '%' formatting of a literal format string: flags, width, precision, every
# type, a single operand, a tuple variable, %(key)s with a dict.
import sys


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def main(argv: list[str]) -> int:
    name = "widget"
    price = 3.14159
    qty = 42
    print("%-10s|%5.2f|%x|%r|%d%%" % (name, price, qty, name, qty))
    print("%s" % name, "%d items" % qty, "%5d|%-5d|%05d|%+d|% d" % (qty, qty, qty, qty, qty))
    print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
    print("%e %E %.3e %g %G %.2g %10.4f %-10.1f|" % (12345.678, 0.00012, 1.5, 1e-5, 1e20, 123.0, 2.5, -2.5))
    print("%f %d %i %u" % (3, 3.99, -3.99, True))
    print("%s %s %s %r %r" % (None, [1, 2], (3, "a"), "it's", 2.0))
    print("%c%c%c %5c|%-3c|" % (72, 105, 33, 65, 66))
    print("%.3s|%10.2s|%-6s|%6s" % ("abcdef", "xyz", "ab", "ab"))
    print("%s" % Point(1, 2), "%r and %s" % (Point(3, 4), Point(5, 6)))
    print("100%% sure" % (), "%%d" % ())
    t = (1, "two", 3.0)
    print("%d-%s-%.1f" % t)
    single = (7,)
    print("[%s]" % single)
    d = {"name": "bolt", "count": "12"}
    print("%(name)s x %(count)s (%(name)r)" % {"name": "nut", "count": "3"})
    print("%(name)-8s|%(count)4s" % d)
    m = {"a": 1, "b": 2}
    print("%(a)d+%(b)d=%(a)03d" % m, "%s" % m)
    rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
    for fruit, cost, n in rows:
        print("%-12s %6.2f x %3d = %8.3f" % (fruit, cost, n, cost * n))
    width = "%%%ds" % 6
    print(repr(width))
    print("%5s|%-5s|%5s" % (True, False, None))
    print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.05))
    print("%s %s" % (float("inf"), -0.0), "%f %e" % (float("nan"), float("-inf")))
    try:
        print("%d" % float("inf"))
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print("%c" % 1114112)
    except OverflowError as e:
        print("OverflowError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: widget    | 3.14|2a|'widget'|42%
# expect: widget 42 items    42|42   |00042|+42| 42
# expect: ff FF 10 0xff 0XFF 0o10 0000beef
# expect: 1.234568e+04 1.200000E-04 1.500e+00 1e-05 1E+20 1.2e+02     2.5000 -2.5      |
# expect: 3.000000 3 -3 1
# expect: None [1, 2] (3, 'a') "it's" 2.0
# expect: Hi!     A|B  |
# expect: abc|        xy|ab    |    ab
# expect: Point(1, 2) Point(3, 4) and Point(5, 6)
# expect: 100% sure %d
# expect: 1-two-3.0
# expect: [7]
# expect: nut x 3 ('nut')
# expect: bolt    |  12
# expect: 1+2=001 {'a': 1, 'b': 2}
# expect: apple          1.50 x   3 =    4.500
# expect: kiwi           0.25 x  12 =    3.000
# expect: watermelon     4.00 x   1 =    4.000
# expect: '%6s'
# expect:  True|False| None
# expect: 0 2 2 0.1
# expect: inf -0.0 nan -inf
# expect: OverflowError cannot convert float infinity to integer
# expect: OverflowError %c arg not in range(0x110000)
