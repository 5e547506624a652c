# str.format with the whole format-spec mini-language, format() with a
# spec computed at run time, nested replacement fields in specs.
import sys


class Item:
    name: str
    price: float

    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price

    def __str__(self) -> str:
        return f"<{self.name}>"


def counter() -> int:
    global CALLS
    CALLS += 1
    return CALLS


CALLS = 0


def main(argv: list[str]) -> int:
    name = "pi"
    print("{} {:>8.3f} {name} {!r} {:,}".format("a", 3.14159, "b", 1234567, name="x"))
    print("{0} {1} {0}".format(name, 2), "{1}{0}".format("a", "b"))
    print("{:<6}|{:^6}|{:>6}|{:*^9}|{:=+8}".format("l", "c", "r", "mid", 42))
    print("{:08.3f} {:e} {:.2%} {:g} {:_} {:#b} {:#o} {:#x} {:X}".format(-3.14159, 1234.5, 0.4567, 1e-7, 10**9, 5, 64, 255, 48879))
    print("{:+d} {: d} {:d} {:c} {:n}".format(5, 5, -5, 9731, 1234))
    print("{!s:>5}|{!r:<8}|{:5}|{:<5}|".format(12, "q", True, None if False else "n"))
    it = Item("bolt", 0.25)
    print("{0.name} costs {0.price:.2f} ({0})".format(it), "{.name!r}".format(it))
    xs = [10, 20, 30]
    d = {"k": "v", "n": "m"}
    print("{0[1]} {0[2]} {1[k]} {1[n]}".format(xs, d))
    print("{{literal}} {{{}}}".format(7), "{}".format(""), "no fields".format())
    w = 10
    p = 3
    print("{:{}}|{:>{w}}|{:{}.{}f}|".format("ab", 6, "cd", 3.14159, w, p, w=8))
    print("[{:{fill}{align}{width}}]".format("x", fill="-", align="^", width=7))
    x = 2.718281828
    print(f"{x:{w}.{p}f}|{x:<{w}}|{name:{'>'}{w}}|{42:{'0'}{p + 2}d}")
    for spec in ["", "10", "<10", "^10.3", ".2f", "+.1e", "08.2f", ",.2f", "_", "%"]:
        print(repr(format(1234.5678, spec)), end=" ")
    print()
    for spec in ["", "5", "05d", "x", "#x", ",", "+", "^7", "c", "b"]:
        print(repr(format(65, spec)), end=" ")
    print()
    print(format("text", "*>10"), format(True), format(3.0), format(None), format([1]), format(it))
    print("{} {} {}".format(counter(), counter(), counter()), CALLS)
    for spec in ["q", ".f", "10.2q", "=5", ",s", "<<<", "+s"]:
        try:
            print(format(3, spec) if spec != "+s" and spec != ",s" else format("s", spec))
        except ValueError as e:
            print("ValueError", e)
    for spec in ["d", ">5"]:
        try:
            print(format(it, spec))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(format([1, 2], spec))
        except TypeError as e:
            print("TypeError", e)
    try:
        print("{:d}".format(2.5))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(f"{it:>5}")
    except TypeError as e:
        print("TypeError", e)
    bad = "x"
    try:
        print("{:{}}".format(5, bad))
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a    3.142 x 'b' 1,234,567
# expect: pi 2 pi ba
# expect: l     |  c   |     r|***mid***|+     42
# expect: -003.142 1.234500e+03 45.67% 1e-07 1_000_000_000 0b101 0o100 0xff BEEF
# expect: +5  5 -5 ☃ 1234
# expect:    12|'q'     |    1|n    |
# expect: bolt costs 0.25 (<bolt>) 'bolt'
# expect: 20 30 v m
# expect: {literal} {7}  no fields
# expect: ab    |      cd|     3.142|
# expect: [---x---]
# expect:      2.718|2.718281828|        pi|00042
# expect: '1234.5678' ' 1234.5678' '1234.5678 ' ' 1.23e+03 ' '1234.57' '+1.2e+03' '01234.57' '1,234.57' '1_234.5678' '123456.780000%' 
# expect: '65' '   65' '00065' '41' '0x41' '65' '+65' '  65   ' 'A' '1000001' 
# expect: ******text True 3.0 None [1] <bolt>
# expect: 1 2 3 3
# expect: ValueError Unknown format code 'q' for object of type 'int'
# expect: ValueError Format specifier missing precision
# expect: ValueError Unknown format code 'q' for object of type 'int'
# expect:     3
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError Unknown format code '<' for object of type 'int'
# expect: ValueError Sign not allowed in string format specifier
# expect: TypeError unsupported format string passed to Item.__format__
# expect: TypeError unsupported format string passed to list.__format__
# expect: TypeError unsupported format string passed to Item.__format__
# expect: TypeError unsupported format string passed to list.__format__
# expect: ValueError Unknown format code 'd' for object of type 'float'
# expect: TypeError unsupported format string passed to Item.__format__
# expect: 5
