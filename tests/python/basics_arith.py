# Integer and float arithmetic: operators, precedence, floor division and
# modulo signs, true division, powers, bit operations, comparisons.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 10, 2 ** -1, -2 ** 2)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(7 / 2, 1 / 3, 2 / 1, 10 / 4)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(0xff, 0o17, 0b101, 1_000_000, 1e3, 1.5e-3, .5, 5.)
print(6 & 3, 6 | 3, 6 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 1)
print(True + True, True * 3, False - 1, True & False, True | False)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, 2 != 2, 3 >= 3.5)
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))
print(int(3.99), int(-3.99), int("42"), int("  -17 "), int("ff", 16), int("0x1f", 0))
print(float("1.5"), float(" -2 "), float("inf"), float("-inf"), float("1e5"))
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("bca"), sum([1, 2, 3]))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 18)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 50
print(x)
print(0.1 + 0.2, 1e16, 1e-7, 123456789.123, 3.0, -0.0, 2.5e-320)
print(hex(255), oct(8), bin(5), hex(-16), bin(0))
