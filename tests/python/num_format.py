# Number formatting: repr and str of floats, format specs of int and
# float (align, sign, width, grouping, precision, types), %-formatting.
vals = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e22, 1e-5, 123456789.0,
        1.5e300, 5e-324, float("nan"), float("inf"), -float("inf"), 100.0]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3f}", f"{v:e}", f"{v:10.4g}|")
for n in [0, 7, -42, 1234567, 255]:
    print(f"{n:5}|{n:<5}|{n:^7}|{n:+d}|{n:,}|{n:_}|{n:x}|{n:#o}|{n:08b}|{n:e}|{n:%}")
print(f"{3.14159:+.2f} {0.5:.0%} {12345.6789:,.2f} {-1.5:010.3f} {1e6:.2e}")
print("%.3g|%10.2f|%-10d|%+i|%5s|%-5s|%x" % (0.000123456, 3.14159, 7, 5, "ab", "cd", 3054))
print(format(1234.5, ",.1f"), format(0.000001, "g"), format(123, "c") if False else "")
print(round(1.23456, 2), round(-1.5), round(2.5), round(0.125, 2), round(1e15))
print(1e16 + 1, 2 ** 53 + 1.0, 0.1 * 3, 9007199254740992 / 1)
print(int(1e15), int(-1e15), float(2 ** 53), 10 / 3, 7.0 // 2)
print(str(12.0), str(1e100), 1e-4, 0.0001, 1e-3, 123e-2)
