# int: arithmetic, division/modulo signs, bit ops, conversions, methods
vals = [7, -7, 0, 2**62, -2**63, 123456789]
for a in vals:
    for b in [3, -3, 1, 2**31]:
        print(a // b, a % b, divmod(a, b), a * b, a - b, -a, a & b, a | b, a ^ b, end=" | ")
    print()
print(2 ** 10, 2 ** -1, (-2) ** 3, 10 ** 0, pow(3, 4, 5), pow(3, -1, 7), 0 ** 0)
print(int("42"), int(" -17 "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("z", 36), int("1_000"))
print(int(3.99), int(-3.99), int(True), int("0o17", 8), int(1e18))
print(hex(255), oct(8), bin(-5), hex(-0), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (-1).bit_length(), (0b1011).bit_count(), abs(-9), (5).conjugate(), (7).real, (7).imag)
print(1 << 70, (1 << 70) >> 68, -1 >> 5, 5 << 0, ~5, ~-1)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-5, 1))
print(int.__name__, isinstance(True, int), True + True, 3 == 3.0, hash(-1), hash(2**61), hash(-2))
for bad in ["abc", "", "1.5", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for e in [lambda: 1 // 0, lambda: 5 % 0, lambda: divmod(1, 0), lambda: 1 << -1, lambda: pow(2, -1, 4), lambda: int("5", 99)]:
    try:
        e()
    except (ZeroDivisionError, ValueError) as x:
        print(type(x).__name__, x)
print(7 .__add__(1), (7).__rsub__(10), int.__add__(1, 2), (5).__truediv__(2), 5 .__eq__("x"))
print(sum(range(101)), max(3, 9, 2), min([4, -1]), 17 / 4, -17 / 4, 1 / 3)
