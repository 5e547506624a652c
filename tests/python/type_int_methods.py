# int methods and conversions
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("0o17", 8), int(" 7\n"))
for bad in ["", "1.5", "0x", "12a", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2)
print(pow(3, 4), pow(3, 4, 5), pow(2, -1), pow(3, -1, 7), pow(-2, 3), 2 ** -2)
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2), round(15, -1))
print(abs(-5), -(-5), +5, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, 10 >> 1)
print(True + True, True * 10, False - 1, isinstance(True, int), bool(0), bool(-1))
print((5).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator, (5).as_integer_ratio())
print(int.__name__, (7).__index__(), hex(255), oct(8), bin(-5), hex(-0), format(255, "#x"))
print(max(2**64, 3), min(-2**64, 0), sum([2**62, 2**62, 2**62]))
print(hash(1) == hash(1.0), hash(-1), hash(2**61 - 1), hash(2**61), 1 == 1.0, 2**53 + 1 == float(2**53 + 1))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
print(int.from_bytes(bytes([1, 2, 3]), "big"), (0).to_bytes(0, "big"))
