# Big integers: results beyond 64 bits, mixed arithmetic, division and
# modulo signs, powers, shifts, bit operations, comparisons with floats,
# conversions, hashing, formatting, the 4300-digit limit.
a = 2 ** 64
b = -3 ** 41
print(a, b, a + 1, a * a, a - a, type(a * a).__name__)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(a, -12345), a / 3, (a * 3) // 3 == a)
print(9223372036854775807 + 1, -9223372036854775808 - 1, -(-9223372036854775808))
print(2 ** 100, 3 ** 80 % 1000007, pow(7, 222, 10 ** 30), pow(2, -1, 10 ** 20 + 1))
print(1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3, 12345678901234567890 & 0xFFFF)
print((1 << 80) | 1, (1 << 80) ^ ((1 << 80) - 1), ~(1 << 70), -(1 << 70) & 0xFF)
print(a == 2.0 ** 64, a < 1.9e19, a > 1.8e19, 2 ** 1000 > 1e300, 2 ** 1030 > float("inf"))
print(hash(2 ** 70) == hash(2.0 ** 70), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(10 ** 30))
print(int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16), int("1" * 40, 2))
print(float(2 ** 80), int(1e25), int(-3.5e20), round(10 ** 25 + 7, -3))
print(f"{2 ** 70:,}", f"{-(2 ** 70):>30}", f"{2 ** 70:x}", f"{2 ** 70:#b}"[:20], format(10 ** 20, "e"))
print(hex(2 ** 70), oct(-(2 ** 66)), bin(2 ** 65), (2 ** 70).bit_length(), abs(-(10 ** 20)))
print(sum([2 ** 62] * 4), max(2 ** 70, 2 ** 71), sorted([10 ** 20, 5, -10 ** 19]))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), str(fact)[::7])
print({2 ** 65: "big"}[2 ** 65], 2 ** 65 in {2 ** 65}, [2 ** 64].index(2 ** 64))
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(e)
print(len(str(10 ** 4000)), x % 97, (x + 1) // (x // 1000))
