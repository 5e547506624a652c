# Big integers at the edges of the 30-bit digits: products by one digit
# whose top digit carries out or just does not, sums and differences
# whose carry or borrow runs through every digit, shifts by multiples of
# the digit size and around them, divisions whose dividend grows a digit
# when normalised; every sign, and zero.  Each group prints a few values
# and a checksum of all of its results.
DIGIT = 1 << 30


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v) + v.bit_length()) % (1 << 61)
    return h


def tops(ndigits):
    """Numbers of ndigits digits whose top digit is near 0 or the mask."""
    low = DIGIT ** (ndigits - 1)
    out = []
    for top in (1, 2, DIGIT // 2 - 1, DIGIT // 2, DIGIT - 2, DIGIT - 1):
        for rest in (0, 1, low - 1, low // 3):
            out.append(top * low + rest)
    return out


MULTIPLIERS = [1, 2, 3, 10, 4095, 4096, DIGIT // 2 - 1, DIGIT // 2,
               DIGIT - 1]
SIZES = [2, 3, 4, 7]

products = []
for n in SIZES:
    for a in tops(n):
        for f in MULTIPLIERS:
            for sa in (1, -1):
                for sf in (1, -1):
                    products.append((sa * a) * (sf * f))
                    products.append((sf * f) * (sa * a) + sf)
print("mul", len(products), checksum(products), products[7], products[-1])

sums = []
for n in SIZES:
    for a in tops(n):
        for b in tops(n) + tops(max(2, n - 1)) + [0, 1, DIGIT - 1]:
            sums.append(a + b)
            sums.append(a - b)
            sums.append(b - a)
            sums.append(-a - b)
print("add", len(sums), checksum(sums), sums[3], sums[-2])

ones = [(1 << (30 * k)) - 1 for k in range(1, 9)]
runs = []
for x in ones:
    runs.append(x + 1)
    runs.append(-x - 1)
    runs.append((x + 1) - 1)
    runs.append(x * (DIGIT - 1) + x)
    runs.append(x * x)
print("runs", checksum(runs), runs[-1] % 1000000007, [r.bit_length() for r in runs[:10]])

shifts = []
for a in tops(3) + [1, 3, DIGIT - 1]:
    for s in list(range(0, 64)) + [89, 90, 91, 119, 120, 121, 300, 3000]:
        for sa in (1, -1):
            shifts.append((sa * a) << s)
            shifts.append((sa * a) >> s)
            shifts.append(((sa * a) << s) >> s)
print("shift", len(shifts), checksum(shifts), shifts[5], shifts[-3].bit_length())

quotients = []
for n in (2, 3, 5):
    for a in tops(n + 2):
        for b in tops(n):
            for sa in (1, -1):
                for sb in (1, -1):
                    q, r = divmod(sa * a, sb * b)
                    quotients.append(q)
                    quotients.append(r)
                    quotients.append((sa * a) // (sb * b))
print("div", len(quotients), checksum(quotients), quotients[4], quotients[-1])

zero = [0 * x for x in ones] + [x - x for x in ones] + [x * 0 + 0 for x in ones]
print("zero", set(zero), [type(z).__name__ for z in zero[:2]],
      0 << 1000, -(1 << 100) >> 1000, (1 << 100) >> 1000)
