# float: repr/str, arithmetic, special values, methods, formatting
vals = [0.1, 1/3, 2.5, -0.0, 1e16, 1.5e-7, 123456789.125, 1e22, 5e-324, 1.7976931348623157e308, 100.0, 3.0e-5]
for v in vals:
    print(repr(v), str(v), v.is_integer(), round(v, 2), int(v) if abs(v) < 1e300 else "big")
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, float("-Infinity"))
print(0.1 + 0.2, 1.1 * 3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 2.0 ** 0.5, (-8.0) ** (1 / 3))
print(float("1_000.5"), float(" 3.25 "), float("1e3"), float(7), float("-nan"), float(".5"), float("5."))
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.75).__trunc__(), (3.7).__floor__(), (-3.2).__ceil__())
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3), round(1e20), round(2.5, 0))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e300) == hash(1e300))
for bad in ["abc", "", "1.2.3", "0x1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for f in [lambda: 1.0 / 0, lambda: 1.0 % 0.0, lambda: 1e308 ** 2, lambda: int(inf), lambda: int(nan), lambda: (-1.0) ** 0.5 + 0]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1e100 == 10 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1, 1 < 1.5, 10 ** 400 > 1e308, float(10 ** 300))
print(max(1, 2.0), min(-0.0, 0.0), abs(-2.5), sum([0.1] * 10), 3 * 0.1 == 0.3)
print(f"{1/3:.5f} {2.5:e} {1234567.891:,.2f} {0.25:%} {1e-7:g} {12345.678:10.1f}| {3.0:+.0f} {1.5:_>8} {float('nan'):f} {-inf:e}")
print(format(1e16, ""), format(123.456, "g"), format(0.0001, ".2g"), format(1234.5, ".3e"), format(2/3, ".15g"), format(1.0, "#g"))
