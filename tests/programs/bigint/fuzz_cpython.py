#!/usr/bin/env python3
"""Opt-in random differential test of examples/python/bigint.py under CPython.

    python3 tests/programs/bigint/fuzz_cpython.py [SEED [ROUNDS]]

Heavier than main.py (the corpus test, which also runs translated): random
operands up to 5000 bits with runs of ones and zeros, every function
against CPython's int, plus float rounding sweeps (every power of two up to
2**1100 and neighbours, exact halfway quotients from subnormal to overflow),
random int() literals in every base, and gcd on numbers with large common
factors.  Prints "ok" or stops at the first difference.  Takes about a
minute with the defaults.
"""
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# bigint.py imports rtrans (intmask): the language's prelude under CPython
sys.path.insert(1, os.path.join(HERE, "..", "..", "..", "runtime", "prelude"))
from bigint import *  # noqa: E402,F403  (the module under test)


def B(x):
    if random.random() < 0.5 and -2 ** 63 <= x < 2 ** 63:
        return big_from_int(x)
    return big_from_str(hex(x), 16)


def V(b):
    """The int value of a BigInt, checking its invariants."""
    assert not b.digits or b.digits[-1] != 0, "high zero digit"
    assert all(0 <= d < 2 ** 30 for d in b.digits)
    assert not (b.neg and not b.digits), "negative zero"
    v = 0
    for d in reversed(b.digits):
        v = (v << 30) | d
    return -v if b.neg else v


def outcome(f, *args):
    try:
        r = f(*args)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)
    if isinstance(r, BigInt):
        return V(r)
    if isinstance(r, float):
        return (r, math.copysign(1.0, r))
    if isinstance(r, tuple):
        return tuple(V(x) for x in r)
    return r


def same(expected, f, *args):
    got = outcome(f, *args)
    if isinstance(expected, float):
        expected = (expected, math.copysign(1.0, expected))
    assert got == expected, (f.__name__, args, expected, got)


def native(f, *args):
    try:
        return f(*args)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def rnd():
    if random.random() < 0.1:
        return random.choice([0, 1, -1, 2 ** 30 - 1, -(2 ** 30 - 1), 2 ** 30, 2 ** 63,
                              -2 ** 63, 2 ** 63 - 1, 2 ** 64, -2 ** 64, 2 ** 60, 2 ** 61 - 1])
    bits = random.randint(1, random.choice([5, 30, 31, 60, 63, 64, 65, 200, 1000, 3000, 5000]))
    x = random.getrandbits(bits)
    if random.random() < 0.3:
        x = (1 << bits) - 1 - random.getrandbits(random.randint(1, max(1, bits // 3)))
    if random.random() < 0.2:
        x <<= random.randint(0, 100)
    return -x if random.random() < 0.5 else x


def round_of_operations():
    a, b, m = rnd(), rnd(), rnd()
    A, Bb = B(a), B(b)
    assert V(A) == a
    same(a + b, big_add, A, Bb)
    same(a - b, big_sub, A, Bb)
    same(a * b, big_mul, A, Bb)
    same(a * a, big_mul, A, A)
    same((a > b) - (a < b), big_cmp, A, Bb)
    same(native(divmod, a, b), big_divmod, A, Bb)
    same(native(lambda: a // b), big_floordiv, A, Bb)
    same(native(lambda: a % b), big_mod, A, Bb)
    same(native(lambda: a / b), big_truediv, A, Bb)
    if b:
        same((a, 0), big_divmod, B(a * b), Bb)
    same(a & b, big_and, A, Bb)
    same(a | b, big_or, A, Bb)
    same(a ^ b, big_xor, A, Bb)
    same(~a, big_invert, A)
    same(-a, big_neg, A)
    same(abs(a), big_abs, A)
    for n in [0, 1, 29, 30, 31, 60, 61, 1000, random.randint(0, 300)]:
        same(a << n, big_lshift, A, n)
        same(a >> n, big_rshift, A, n)
    same(native(float, a), big_to_float, A)
    same(a.bit_length(), big_bit_length, A)
    same(hash(a), big_hash, A)
    same(-2 ** 63 <= a < 2 ** 63, big_fits_int, A)
    if -2 ** 63 <= a < 2 ** 63:
        same(a, big_to_int, A)
    for base, spec in [(2, "b"), (8, "o"), (10, "d"), (16, "x")]:
        same(format(a, spec), big_to_str, A, base)
    for base in [3, 7, 36]:
        s = big_to_str(A, base)
        assert int(s, base) == a
        same(a, big_from_str, s, base)
    if a >= 0:
        same(math.isqrt(a), big_isqrt, A)
    same(math.gcd(a, b), big_gcd, A, Bb)
    e = random.randint(0, 40)
    if abs(a) < 2 ** 300:
        same(a ** e, big_pow, A, B(e))
    ee = random.choice([b, abs(b) % 1000, -(abs(b) % 50)])
    same(native(pow, a, ee, m), big_powmod, A, B(ee), B(m))
    for limit in [50, 4300]:
        same(len(str(abs(a))) > limit, big_str_digits_exceed, A, limit)


def float_sweeps():
    def to_float(x):
        same(native(float, x), big_to_float, B(x))

    def div(x, y):
        same(native(lambda: x / y), big_truediv, B(x), B(y))

    for k in range(0, 1100):
        for d in range(-3, 4):
            for x in [2 ** k + d, 2 ** k * 3 + d, ((2 ** 53 + 1) << k) + d,
                      ((2 ** 54 - 1) << k) + d, (2 ** 53 - 1) << k | (1 << max(0, k - 1))]:
                to_float(x)
                to_float(-x)
    for _ in range(5000):
        m = random.getrandbits(53) | (1 << 52)
        k = random.randint(-1200, 1100)
        c = random.getrandbits(random.randint(1, 200)) | 1
        num, den = (2 * m + 1) * c, 2 * c          # exactly halfway
        if k >= 0:
            num <<= k
        else:
            den <<= -k
        for dn in (0, 1, -1):
            div(num + dn, den)
            div(-(num + dn), den)
        a = random.getrandbits(random.randint(1, 2000))
        b = random.getrandbits(random.randint(1, 2000)) or 1
        div(a, b)
        div(a, -b)
        div(random.getrandbits(60) + 1, 1 << random.randint(1000, 1140))
        div((random.getrandbits(100) + 1) << random.randint(1000, 1030), random.getrandbits(80) + 1)
    for f in [0.0, -0.0, 1.5, -1.5, 1e18, 9.2e18, -9.2e18, 9.3e18, 2.0 ** 63, -2.0 ** 63,
              1e300, -1.7976931348623157e308, 123456789.987, 2.0 ** 64 + 4096]:
        same(int(f), big_from_float, f)


def literals():
    alphabet = "0123456789abcxzXB_ -+o\t"
    for _ in range(50000):
        s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 7)))
        base = random.choice([0, 2, 8, 10, 16, 36, 12])
        same(native(int, s, base), big_from_str, s, base)


def gcds():
    for _ in range(2000):
        g = random.getrandbits(random.randint(1, 300)) if random.random() < 0.5 else 1
        a = random.getrandbits(random.randint(0, 2000)) * g
        b = random.getrandbits(random.randint(0, 2000)) * g
        if random.random() < 0.1:
            b = a + g
        same(math.gcd(a, b), big_gcd, B(-a if random.random() < 0.5 else a), B(b))


def main():
    sys.set_int_max_str_digits(0)
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    random.seed(seed)
    for _ in range(rounds):
        round_of_operations()
    float_sweeps()
    literals()
    gcds()
    print("ok")


if __name__ == "__main__":
    main()
