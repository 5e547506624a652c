# Ints around the 64- and 128-bit edges, every sign: the products of two
# 64-bit ints (computed from their digits, not through big operands),
# sums and differences that just overflow 64 bits, masks with
# 0xFFFF_FFFF_FFFF_FFFF back to small ints, % by small ints, shifts across
# 63/64/127/128 bits, and a 64-bit linear congruential generator.  Each
# group prints a checksum of all its results and a few of them.
M64 = 0xFFFF_FFFF_FFFF_FFFF
EDGES = [0, 1, 2, 3, 7, (1 << 30) - 1, 1 << 30, (1 << 31) - 1, 1 << 31,
         (1 << 32) - 1, 1 << 32, 3037000499, 3037000500, (1 << 60) - 1,
         1 << 60, (1 << 62) + 1, (1 << 63) - 2, (1 << 63) - 1, 1 << 63,
         (1 << 63) + 1, M64 - 1, M64, 1 << 64, (1 << 64) + 1,
         (1 << 127) - 1, 1 << 127, (1 << 128) - 1, 1 << 128,
         6364136223846793005, 1442695040888963407]
EDGES = EDGES + [-x for x in EDGES if x]


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % 2305843009213693951
    return h


def lcg_values(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & M64
        out.append(x)
    return out


def randoms():
    """Values of 1 to 130 bits, both signs, from the generator."""
    out = []
    bits = lcg_values(80, 99)
    for i, x in enumerate(bits):
        width = 1 + (x >> 40) % 130
        v = ((x << 64) | bits[i - 1]) >> (128 - width) if width < 128 \
            else (x << (width - 64)) ^ bits[i - 1]
        out.append(-v if i % 3 == 0 else v)
    return out


def binary_group(name, values, fn):
    results = []
    for a in values:
        for b in values:
            results.append(fn(a, b))
    print(name, len(results), checksum(results), results[37], results[-5])


def divisions(values):
    results = []
    for a in values:
        for b in values:
            if b:
                q, r = divmod(a, b)
                results += [a // b, a % b, q, r]
                assert q * b + r == a
    print("div", len(results), checksum(results), results[101], results[-3])


def small_moduli(values):
    results = []
    for a in values:
        for m in [1, 2, 3, 10, 65521, 4294967291, -7, -4294967291, M64 >> 1]:
            results += [a % m, a // m]
    print("mod small", len(results), checksum(results), results[40], results[-1])


def shifts(values):
    results = []
    for a in values:
        for n in [0, 1, 31, 32, 33, 62, 63, 64, 65, 126, 127, 128, 129, 200]:
            results += [a << n, a >> n, (a << n) & M64, (a >> n) & 0xFFFFFFFF]
    print("shift", len(results), checksum(results), results[77], results[-2])


def unary(values):
    results = []
    for a in values:
        results += [-a, ~a, abs(a), a & M64, a | M64, a ^ M64, a * a, a ** 2]
    print("unary", len(results), checksum(results), results[13], results[-4])


def compare(values):
    results = []
    for a in values:
        for b in values:
            results.append((a < b) + 2 * (a == b) + 4 * (a >= b))
    print("cmp", len(results), checksum(results), sum(results))


def lcg_digest(n):
    """mt_quicksort's generator and digest."""
    data = [x >> 32 for x in lcg_values(n, 12345)]
    digest = 0
    for i, x in enumerate(data):
        digest = (digest + (i + 1) * x) % 4294967291
    print("lcg", n, min(data), max(data), digest, type(data[0]).__name__)


values = EDGES + randoms()
binary_group("add", values, lambda a, b: a + b)
binary_group("sub", values, lambda a, b: a - b)
binary_group("mul", values, lambda a, b: a * b)
binary_group("and", values, lambda a, b: a & b)
binary_group("or", values, lambda a, b: a | b)
binary_group("xor", values, lambda a, b: a ^ b)
binary_group("muladd", values, lambda a, b: (a * b + 1442695040888963407) & M64)
divisions(values)
small_moduli(values)
shifts(values)
unary(values)
compare(values)
lcg_digest(5000)
x = -9223372036854775808
print(x * -1, -1 * x, x * x, x * 2, x - 1, x + x, -x, x // -1, x % -1,
      9223372036854775807 + 1, 9223372036854775807 * 2, 3037000500 * 3037000500,
      -3037000500 * 3037000500, 3037000499 * 3037000499)
print(type(x * -1).__name__, type((x * -1) & M64).__name__, (x * -1) - 1,
      ((1 << 64) - 1) * ((1 << 64) - 1), ((1 << 64) - 1) * -((1 << 64) - 1))
big = (1 << 64) + 12345
print(big * -big, -big * big, (-big) * (-big), big * big, big ** 2, (-big) ** 3)
