# %-formatting, str.format fields and specs, f-string forms
print("%s|%r|%d|%5.2f|%-6s|%06d|%x|%X|%o|%e|%g|%%|%c" % ("s", "r", 42, 3.14159, "ab", -42, 255, 255, 8, 12345.678, 0.00001, 65))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef", "%+d % d" % (5, 5))
print("%s" % (1,), "%s %s" % ("a", "b"), "%s" % [1, 2], "%i" % 3.9, "%5s" % None)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%z", 1), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{x}-{y[0]}-{z.real}".format(x=1, y=[2], z=3j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:,}|{:_}|{:+.2e}".format("r", "l", "c", "s", 3.14159, 1234567, 1234567, 12345.6789))
print("{:b} {:o} {:#x} {:#X} {:c} {:%} {:.1%} {:g} {:n}".format(10, 10, 255, 255, 97, 0.25, 0.125, 1e20, 1000))
print("{0!r} {0!s} {0!a}".format("é"), "{{literal}}".format(), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
w = 7
name = "Ada"
print(f"{name!r:>10} {w:#06b} {w * 2 = } {name=} {3.0:.0f} {'nested ' + f'{w}'}")
print(f"{'{'}{1}{'}'}", f"{w:{'>'}{w}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{w!s:>3}")
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(1e-7, "f"), format(float("inf"), "10"), format(True, ">5"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError", e)
try:
    format(1, "s")
except ValueError as e:
    print(e)
print("x".center(7, "-"), "7".zfill(4), "-7".zfill(4), "a\tb".expandtabs(4), "abc".ljust(5) + "|")
print("Hello".translate(str.maketrans("lo", "01", "H")), "a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
