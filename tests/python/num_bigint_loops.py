# The digit loops of big-integer arithmetic at every operand length from
# 1 to 14 digits of 30 bits (odd and even counts: the product by one digit
# takes two digits a step, the odd one last) and a few long ones: products
# by one digit whose carry runs through every digit or stops at the top,
# sums and differences of operands of different lengths whose carry or
# borrow crosses every digit, schoolbook and squaring products, and
# divisions by divisors of two digits and more (quotient digit estimates
# one too large).  Every sign and zero; each group prints a checksum of its
# results and a few of them.
DIGIT = 1 << 30


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % 2305843009213693951
    return h


def operands():
    ops = [0]
    for n in list(range(1, 15)) + [40, 41, 81, 170]:
        top = DIGIT ** n
        ops += [top - 1, top // 2 + 1, top // 3, (top - 1) // 7 * 5]
    return ops + [-x for x in ops if x]


OPS = operands()
FACTORS = [0, 1, 2, 3, 7, 10, DIGIT - 1, DIGIT // 2, DIGIT - 2, DIGIT // 3]
FACTORS = FACTORS + [-f for f in FACTORS if f]

products = [a * f for a in OPS for f in FACTORS]
products += [f * a + f for a in OPS for f in FACTORS]
print("by one digit", len(products), checksum(products))
print(" ", (DIGIT ** 13 - 1) * (DIGIT - 1), -(DIGIT ** 4 // 2 + 1) * 3)

sums = []
for a in OPS:
    for b in OPS[::5]:
        sums += [a + b, a - b, b - a, a + b + 1, a - b - 1]
print("sums", len(sums), checksum(sums))
print(" ", DIGIT ** 11 - 1 + 1, DIGIT ** 12 - (DIGIT ** 5 - 1) - 1)

prods = []
for a in OPS[::3]:
    for b in OPS[::7]:
        prods.append(a * b)
    prods.append(a * a)
print("products", len(prods), checksum(prods))
print(" ", (DIGIT ** 9 - 1) ** 2 % 1000000007)

quots = []
for a in OPS[::2]:
    for b in OPS[::9]:
        if b and abs(b) >= DIGIT:
            quots += [a // b, a % b, (a * 3 + 1) // b]
print("divisions", len(quots), checksum(quots))
print(" ", (DIGIT ** 7 - 1) // (DIGIT ** 2 // 2 + 1), (DIGIT ** 7) % (DIGIT ** 3 - 1))

# Gibbons' spigot: the mix pidigits runs (small factors, exact divisions).
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 60:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                            (q * (7 * k + 2) + r * l) // (t * l), l + 2)
print("pi", "".join(map(str, digits)))
