# Arbitrary-precision integers for the Python interpreter (examples/python).
#
# The interface is fixed in the interpreter's brief (BigInt and the big_*
# functions below); every function computes what CPython 3.11's int does,
# with CPython's error messages.  The module is written in the rtrans
# language, where `int` is a 64-bit integer that raises OverflowError
# rather than growing, so every intermediate value here stays below 2**62.
#
# Representation.  A BigInt is a sign (`neg`, False for zero) and a
# magnitude (`digits`): little-endian base 2**30, no high zero digits, []
# for zero.  A digit product is below 2**60 and a product plus two digits
# and a carry below 2**61.  Values are immutable: a digit list is never
# changed once it belongs to a BigInt (results may share an argument's
# list, never modify it).  The helpers named `_..._mag` work on magnitudes
# (lists) and return fresh normalised lists; `_..._in` helpers change a
# list the caller has just built.  A result is allocated once, at its
# largest size (the operand's length plus a digit for a carry out of the
# top), and stripped by pop(): a copy of an operand that then grows by
# append() allocates and copies a second array (half of pi_digits'
# allocations were those).  The inner loops compute under intmask(): since
# every intermediate value stays below 2**62 in magnitude, the wrapping
# arithmetic is exact and only drops the overflow tests.  A loop over
# all of an operand's digits is written `for y in b` (with its own index
# for the result): the loop's own length test then covers the read, where
# `b[i]` under `range(nb)` paid a second bounds test (7-17% of those
# loops' instructions).
#
# Algorithms.
# - Multiplication: schoolbook (a separate squaring loop that computes
#   each cross product once) below KARATSUBA_CUTOFF digits, Karatsuba
#   above, with unbalanced operands cut into slices of the shorter one's
#   size.
# - Division: one-digit divisors by a single pass; otherwise Knuth's
#   algorithm D (TAOCP 4.3.1): normalise so the divisor's top digit has its
#   high bit set, estimate each quotient digit from the top two digits of
#   the remainder, correct it with the divisor's second digit, multiply and
#   subtract, add back in the rare case the estimate was one too large.
#   A remainder modulo 2**k - 1 (k > 30: Lucas-Lehmer tests) is the sum
#   of the dividend's k-bit slices, reduced again while it has more than
#   k bits: linear instead of quadratic.
# - Base 10: the magnitude is converted to base 10**9 (each 30-bit digit,
#   from the top, is folded into the base-10**9 array: quadratic with a
#   small constant), then printed 18 digits per str() call.  Parsing reads
#   the string once to check it and once to multiply-and-add chunks of 9
#   digits.  Bases that are powers of two pack and unpack bits directly.
#   Both stay quadratic: a divide-and-conquer conversion only pays with a
#   subquadratic division, and the interpreter limits conversions to 4300
#   digits as CPython does (big_str_digits_exceed), where these take
#   about 0.1 ms translated.
# - int -> float and int / int: the top 55 bits of the exact value (or of
#   the scaled quotient) plus a sticky bit for the discarded ones, rounded
#   half-to-even to 53 bits (fewer for a subnormal quotient), then scaled
#   by a power of two, which is exact.
# - pow: left-to-right binary exponentiation (powers of two by a shift);
#   pow with a modulus reduces after every step, negative exponents go
#   through the inverse by the extended Euclidean algorithm.
# - isqrt: the adaptive-precision Newton iteration CPython's math.isqrt
#   uses (each step doubles the correct bits); gcd: Lehmer's algorithm
#   (several Euclid steps at once from the top 60 bits), 64-bit ints once
#   both operands fit.
# - hash: CPython's: the value modulo 2**61 - 1, folded one digit at a
#   time as a 61-bit rotation.
from __future__ import annotations

import math
from rtrans import intmask, urshift

SHIFT = 30
BASE = 1073741824               # 2**30
MASK = 1073741823               # 2**30 - 1
KARATSUBA_CUTOFF = 80           # digits: below, schoolbook is faster
KARATSUBA_SQUARE_CUTOFF = 160   # the squaring loop does half the products
DEC_BASE = 1000000000           # 10**9, the largest power of 10 below 2**30
INT_MIN = -9223372036854775807 - 1
HASH_MODULUS = 2305843009213693951      # 2**61 - 1
DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"


class BigInt:
    neg: bool                   # True for negative numbers; False for zero
    digits: list[int]           # magnitude, little-endian base 2**30

    def __init__(self, neg: bool, digits: list[int]) -> None:
        self.neg = neg
        self.digits = digits

    def __repr__(self) -> str:
        return "BigInt(" + big_to_str(self, 10) + ")"


# ---------------------------------------------------------------------------
# Construction and small helpers

def _make(neg: bool, digits: list[int]) -> BigInt:
    """A BigInt from a fresh digit list, stripping high zero digits."""
    _strip(digits)
    return BigInt(neg and len(digits) > 0, digits)


def _strip(digits: list[int]) -> list[int]:
    """Removes high zero digits (in place: the list must be fresh)."""
    # pop(), not `del digits[n:]`: rtrans copies the kept items on a del.
    n = len(digits)
    while n > 0 and digits[n - 1] == 0:
        digits.pop()
        n -= 1
    return digits


def _zeros(n: int) -> list[int]:
    """A fresh list of n zeros (one allocation and log(n) memcpys)."""
    return [0] * n


def _copy_room(a: list[int]) -> list[int]:
    """a's digits and a 0 above them, allocated once (see the top)."""
    n = len(a)
    r = [0] * (n + 1)
    r[:n] = a
    return r


def _digit_bits(x: int) -> int:
    """Bit length of 0 <= x < 2**62."""
    n = 0
    if x >= 1 << 31:
        x >>= 31
        n += 31
    if x >= 1 << 16:
        x >>= 16
        n += 16
    if x >= 1 << 8:
        x >>= 8
        n += 8
    while x > 0:
        x >>= 1
        n += 1
    return n


def big_from_int(v: int) -> BigInt:
    if v == INT_MIN:
        return BigInt(True, [0, 0, 8])
    neg = v < 0
    if neg:
        v = -v
    # a list of the final size, not one grown by append()
    if v < BASE:
        return BigInt(neg, [v] if v > 0 else [])
    if v < BASE * BASE:
        return BigInt(neg, [v & MASK, v >> SHIFT])
    return BigInt(neg, [v & MASK, (v >> SHIFT) & MASK, v >> (2 * SHIFT)])


def big_mul_ints(a: int, b: int) -> BigInt:
    """a * b for two 64-bit ints, exactly: the five digits of the 128-bit
    product from the operands' three digits each, without building their
    BigInts (the step of a 64-bit linear congruential generator)."""
    # |MININT| wraps to MININT, whose unsigned digits are those of 2**63.
    ua = intmask(-a) if a < 0 else a
    ub = intmask(-b) if b < 0 else b
    a0 = ua & MASK
    a1 = urshift(ua, SHIFT) & MASK
    a2 = urshift(ua, 2 * SHIFT)         # below 16, as is b2
    b0 = ub & MASK
    b1 = urshift(ub, SHIFT) & MASK
    b2 = urshift(ub, 2 * SHIFT)
    c = a0 * b0
    r0 = c & MASK
    c = (c >> SHIFT) + a0 * b1 + a1 * b0
    r1 = c & MASK
    c = (c >> SHIFT) + a0 * b2 + a1 * b1 + a2 * b0
    r2 = c & MASK
    c = (c >> SHIFT) + a1 * b2 + a2 * b1
    r3 = c & MASK
    r4 = (c >> SHIFT) + a2 * b2         # the product is below 2**128
    return _make((a < 0) != (b < 0), [r0, r1, r2, r3, r4])


def big_fits_int(a: BigInt) -> bool:
    n = len(a.digits)
    if n < 3:
        return True
    if n > 3:
        return False
    top = a.digits[2]
    if top < 8:
        return True
    return a.neg and top == 8 and a.digits[1] == 0 and a.digits[0] == 0


def big_to_int(a: BigInt) -> int:
    """The value as an int; the caller checked big_fits_int."""
    # Accumulate the negated magnitude: -2**63 fits, +2**63 would not.
    r = 0
    d = a.digits
    for i in range(len(d) - 1, -1, -1):
        r = r * BASE - d[i]
    if a.neg:
        return r
    return -r


def big_is_zero(a: BigInt) -> bool:
    return len(a.digits) == 0


ZERO = BigInt(False, [])
ONE = BigInt(False, [1])


def _small(a: BigInt) -> bool:
    """True when the value has at most two digits (|a| < 2**60)."""
    return len(a.digits) <= 2


def big_bit_length(a: BigInt) -> int:
    n = len(a.digits)
    if n == 0:
        return 0
    return (n - 1) * SHIFT + _digit_bits(a.digits[n - 1])


def _mag_bits(d: list[int]) -> int:
    n = len(d)
    if n == 0:
        return 0
    return (n - 1) * SHIFT + _digit_bits(d[n - 1])


# ---------------------------------------------------------------------------
# Magnitude arithmetic (lists of digits)

def _cmp_mag(a: list[int], b: list[int]) -> int:
    na = len(a)
    nb = len(b)
    if na != nb:
        return -1 if na < nb else 1
    for i in range(na - 1, -1, -1):
        x = a[i]
        y = b[i]
        if x != y:
            return -1 if x < y else 1
    return 0


def _add_mag(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    na = len(a)
    nb = len(b)
    if na == 0:
        return []
    # Carries are 0 or 1: the sum has a digit more only if the top digits
    # (plus a carry) reach BASE.
    top = a[na - 1] + 1
    if na == nb:
        top += b[na - 1]
    r = a.copy() if top < BASE else _copy_room(a)
    carry = 0
    i = 0
    for y in b:
        carry = intmask(carry + r[i] + y)
        r[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    while carry and i < na:
        carry += r[i]
        r[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    if carry:
        r[na] = carry
    return _strip(r)


def _sub_mag(a: list[int], b: list[int]) -> list[int]:
    """a - b for magnitudes a >= b."""
    na = len(a)
    nb = len(b)
    r = a.copy()
    borrow = 0
    i = 0
    for y in b:
        borrow = intmask(borrow + r[i] - y)
        r[i] = borrow & MASK
        borrow >>= SHIFT
        i += 1
    while borrow and i < na:
        borrow += r[i]
        r[i] = borrow & MASK
        borrow >>= SHIFT
        i += 1
    return _strip(r)


def _add_in(r: list[int], off: int, x: list[int]) -> None:
    """r[off:] += x, modulo BASE**len(r) (a carry out of the top is
    dropped: Karatsuba relies on the final sum fitting)."""
    carry = 0
    k = off
    n = len(r)
    for i in range(len(x)):
        carry = intmask(carry + r[k] + x[i])
        r[k] = carry & MASK
        carry >>= SHIFT
        k += 1
    while carry and k < n:
        carry += r[k]
        r[k] = carry & MASK
        carry >>= SHIFT
        k += 1


def _sub_in(r: list[int], off: int, x: list[int]) -> None:
    """r[off:] -= x, modulo BASE**len(r)."""
    borrow = 0
    k = off
    n = len(r)
    for i in range(len(x)):
        borrow = intmask(borrow + r[k] - x[i])
        r[k] = borrow & MASK
        borrow >>= SHIFT
        k += 1
    while borrow and k < n:
        borrow += r[k]
        r[k] = borrow & MASK
        borrow >>= SHIFT
        k += 1


def _mul_digit_mag(a: list[int], f: int, add: int) -> list[int]:
    """a * f + add for a digit f and 0 <= add < BASE."""
    n = len(a)
    if n == 0:
        return [add] if add > 0 else []
    # Every carry is at most max(f, add), so when (a[n-1] + 1) * f + add
    # < BASE the top digit cannot carry out: the result has n digits.  The
    # loop writes every digit, so r starts as zeros (a fresh array costs
    # nothing more), not as a copy of a.
    r = _zeros(n if (a[n - 1] + 1) * f + add < BASE else n + 1)
    carry = add
    # Two digits a step: pidigits' hottest loop, where the loop test and
    # the poll at its back edge were a fifth of each digit's instructions.
    for i in range(0, n - 1, 2):
        carry = intmask(carry + a[i] * f)
        r[i] = carry & MASK
        carry = intmask((carry >> SHIFT) + a[i + 1] * f)
        r[i + 1] = carry & MASK
        carry >>= SHIFT
    if n & 1:
        carry += a[n - 1] * f
        r[n - 1] = carry & MASK
        carry >>= SHIFT
    if carry:
        r[n] = carry
    return _strip(r)


def _school_mul(a: list[int], b: list[int]) -> list[int]:
    na = len(a)
    nb = len(b)
    r = _zeros(na + nb)
    for i in range(na):
        f = a[i]
        if f == 0:
            continue
        carry = 0
        k = i
        for y in b:
            carry = intmask(carry + r[k] + f * y)
            r[k] = carry & MASK
            carry >>= SHIFT
            k += 1
        r[k] = carry
    return _strip(r)


def _school_sqr(a: list[int]) -> list[int]:
    """a * a computing each cross product a[i] * a[j] once (doubled)."""
    n = len(a)
    r = _zeros(2 * n)
    for i in range(n):
        f = a[i]
        if f == 0:
            continue
        k = 2 * i
        carry = r[k] + f * f
        r[k] = carry & MASK
        carry >>= SHIFT
        k += 1
        f2 = f << 1
        for j in range(i + 1, n):
            carry = intmask(carry + r[k] + a[j] * f2)
            r[k] = carry & MASK
            carry >>= SHIFT
            k += 1
        while carry:
            carry += r[k]
            r[k] = carry & MASK
            carry >>= SHIFT
            k += 1
    return _strip(r)


def _mul_mag(a: list[int], b: list[int]) -> list[int]:
    if len(a) > len(b):
        a, b = b, a
    na = len(a)
    nb = len(b)
    if na == 0:
        return []
    if na == 1:
        return _mul_digit_mag(b, a[0], 0)
    if a is b:
        if na < KARATSUBA_SQUARE_CUTOFF:
            return _school_sqr(a)
    elif na < KARATSUBA_CUTOFF:
        return _school_mul(a, b)
    if 2 * na <= nb:
        return _lopsided_mul(a, b)
    return _karatsuba(a, b)


def _karatsuba(a: list[int], b: list[int]) -> list[int]:
    """a * b for na <= nb < 2 * na: with X = BASE**s, a = ah X + al and
    b = bh X + bl, a b = t1 X**2 + (t3 - t1 - t2) X + t2 where t1 = ah bh,
    t2 = al bl, t3 = (ah + al)(bh + bl)."""
    na = len(a)
    nb = len(b)
    s = nb >> 1
    square = a is b
    ah = a[s:]
    al = _strip(a[:s])
    t1 = _mul_mag(ah, ah) if square else _mul_mag(ah, b[s:])
    if square:
        t2 = _mul_mag(al, al)
        sa = _add_mag(ah, al)
        t3 = _mul_mag(sa, sa)
    else:
        bl = _strip(b[:s])
        t2 = _mul_mag(al, bl)
        t3 = _mul_mag(_add_mag(ah, al), _add_mag(b[s:], bl))
    r = _zeros(na + nb)
    for i in range(len(t2)):
        r[i] = t2[i]
    k = 2 * s
    for i in range(len(t1)):
        r[k + i] = t1[i]
    _sub_in(r, s, t1)
    _sub_in(r, s, t2)
    _add_in(r, s, t3)
    return _strip(r)


def _lopsided_mul(a: list[int], b: list[int]) -> list[int]:
    """a * b for 2 * len(a) <= len(b): b in slices of len(a) digits, so
    each partial product is balanced enough for Karatsuba."""
    na = len(a)
    nb = len(b)
    r = _zeros(na + nb)
    done = 0
    while done < nb:
        step = min(na, nb - done)
        piece = _strip(b[done:done + step])
        _add_in(r, done, _mul_mag(a, piece))
        done += step
    return _strip(r)


def _divmod_digit_mag(a: list[int], n: int) -> tuple[list[int], int]:
    """(a // n, a % n) for a digit 0 < n < BASE."""
    na = len(a)
    q = a.copy()
    rem = 0
    for i in range(na - 1, -1, -1):
        cur = (rem << SHIFT) | q[i]
        qd = cur // n
        q[i] = qd
        rem = cur - qd * n
    return _strip(q), rem


def _lshift_mag(a: list[int], n: int) -> list[int]:
    if len(a) == 0:
        return []
    whole = n // SHIFT
    bits = n - whole * SHIFT
    na = len(a)
    r = _zeros(whole + na + 1)
    if bits == 0:
        r[whole:whole + na] = a
        return _strip(r)
    carry = 0
    k = whole
    for i in range(na):
        carry |= a[i] << bits
        r[k] = carry & MASK
        carry >>= SHIFT
        k += 1
    r[k] = carry
    return _strip(r)


def _rshift_mag(a: list[int], n: int) -> list[int]:
    whole = n // SHIFT
    na = len(a)
    if whole >= na:
        return []
    bits = n - whole * SHIFT
    size = na - whole
    r = a.copy() if whole == 0 else a[whole:]
    if bits > 0:
        up = SHIFT - bits
        for i in range(size - 1):
            r[i] = (r[i] >> bits) | ((r[i + 1] << up) & MASK)
        r[size - 1] = r[size - 1] >> bits
    return _strip(r)


def _low_bits_zero(a: list[int], n: int) -> bool:
    """True when the n lowest bits of a are all zero."""
    whole = n // SHIFT
    for i in range(min(whole, len(a))):
        if a[i] != 0:
            return False
    bits = n - whole * SHIFT
    if bits > 0 and whole < len(a):
        return a[whole] & ((1 << bits) - 1) == 0
    return True


def _divmod_mag(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """(a // b, a % b) for magnitudes, b nonzero."""
    return _div_mag(a, b, True)


def _div_mag(a: list[int], b: list[int],
             want_rem: bool) -> tuple[list[int], list[int]]:
    """_divmod_mag(a, b), except that without want_rem the remainder is
    only right in being [] or not ([1] stands for any other): floor
    division needs no more, and algorithm D then saves the remainder's
    copy and shift back."""
    if _cmp_mag(a, b) < 0:
        return [], a
    if len(b) == 1:
        q, r = _divmod_digit_mag(a, b[0])
        if r == 0:
            return q, []
        return q, [r]
    return _knuth_divmod(a, b, want_rem)


def _knuth_divmod(a: list[int], b: list[int],
                  want_rem: bool) -> tuple[list[int], list[int]]:
    """Knuth's algorithm D for len(a) >= len(b) >= 2 (want_rem: see
    _div_mag).  The normalised operands (shifted left by d bits so that
    the divisor's top digit has its high bit set) serve only to estimate
    each quotient digit: their top digits are computed where needed
    (_norm_digit), and the multiply-and-subtract works on the unshifted
    remainder, which gives the same quotient digit and remainder sign
    (both sides are scaled by 2**d).  That saves shifting both operands
    (two passes and two lists) and shifting the remainder back."""
    nb = len(b)
    d = SHIFT - _digit_bits(b[nb - 1])
    v = _copy_room(a)                   # room for the first estimate
    k = len(v) - nb                     # quotient digits
    q = _zeros(k)
    wtop = _norm_digit(b, nb - 1, d)
    wtop2 = _norm_digit(b, nb - 2, d)
    for j in range(k - 1, -1, -1):
        vv = _norm_digit(v, j + nb, d) * BASE + _norm_digit(v, j + nb - 1, d)
        qd = vv // wtop
        r = vv - qd * wtop
        while wtop2 * qd > r * BASE + _norm_digit(v, j + nb - 2, d):
            qd -= 1
            r += wtop
            if r >= BASE:
                break
        zhi = 0
        k = j                           # j + i, without two checked adds
        for y in b:
            z = intmask(v[k] + zhi - qd * y)
            v[k] = z & MASK
            zhi = z >> SHIFT
            k += 1
        if v[j + nb] + zhi < 0:
            carry = 0
            for i in range(nb):
                carry += v[j + i] + b[i]
                v[j + i] = carry & MASK
                carry >>= SHIFT
            qd -= 1
        v[j + nb] = 0
        q[j] = qd
    if want_rem:
        return _strip(q), _strip(v[:nb])
    for i in range(nb):
        if v[i] != 0:
            return _strip(q), [1]
    return _strip(q), []


def _norm_digit(v: list[int], i: int, d: int) -> int:
    """Digit i of v << d (0 <= d < SHIFT), without shifting v."""
    hi = (v[i] << d) & MASK
    if i == 0:
        return hi
    return hi | (v[i - 1] >> (SHIFT - d))


# ---------------------------------------------------------------------------
# Signed arithmetic

def big_neg(a: BigInt) -> BigInt:
    if len(a.digits) == 0:
        return a
    return BigInt(not a.neg, a.digits)


def big_abs(a: BigInt) -> BigInt:
    if not a.neg:
        return a
    return BigInt(False, a.digits)


def _add_signed(aneg: bool, a: list[int], bneg: bool, b: list[int]) -> BigInt:
    if aneg == bneg:
        return BigInt(aneg, _add_mag(a, b))
    c = _cmp_mag(a, b)
    if c == 0:
        return ZERO
    if c > 0:
        return BigInt(aneg, _sub_mag(a, b))
    return BigInt(bneg, _sub_mag(b, a))


def big_add(a: BigInt, b: BigInt) -> BigInt:
    if _small(a) and _small(b):
        return big_from_int(big_to_int(a) + big_to_int(b))
    return _add_signed(a.neg, a.digits, b.neg, b.digits)


def big_sub(a: BigInt, b: BigInt) -> BigInt:
    if _small(a) and _small(b):
        return big_from_int(big_to_int(a) - big_to_int(b))
    return _add_signed(a.neg, a.digits, not b.neg, b.digits)


def big_mul(a: BigInt, b: BigInt) -> BigInt:
    # Shared digits (x * x) make _mul_mag square, but x and -x share them
    # too (big_neg): the sign is still a's against b's.
    return _make(a.neg != b.neg, _mul_mag(a.digits, b.digits))


def big_cmp(a: BigInt, b: BigInt) -> int:
    if a.neg != b.neg:
        return -1 if a.neg else 1
    c = _cmp_mag(a.digits, b.digits)
    return -c if a.neg else c


def _floor_divmod(a: BigInt, b: BigInt) -> tuple[BigInt, BigInt]:
    return _floor_div(a, b, True)


def _floor_div(a: BigInt, b: BigInt,
               want_rem: bool) -> tuple[BigInt, BigInt]:
    """(a // b, a % b); without want_rem the remainder is not computed
    (ZERO is returned in its place)."""
    if len(b.digits) == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    q, r = _div_mag(a.digits, b.digits, want_rem)
    if a.neg != b.neg and len(r) > 0:
        # Truncation rounded towards zero; floor moves the quotient down
        # by one and the remainder to the divisor's side.
        q = _add_mag(q, [1])
        if want_rem:
            r = _sub_mag(b.digits, r)
    if not want_rem:
        return _make(a.neg != b.neg, q), ZERO
    return _make(a.neg != b.neg, q), _make(b.neg, r)


def big_divmod(a: BigInt, b: BigInt) -> tuple[BigInt, BigInt]:
    return _floor_divmod(a, b)


def big_floordiv(a: BigInt, b: BigInt) -> BigInt:
    q, r = _floor_div(a, b, False)
    return q


def big_mod(a: BigInt, b: BigInt) -> BigInt:
    if len(b.digits) == 0:
        # CPython 3.11's message for % differs from // and divmod().
        raise ZeroDivisionError("integer modulo by zero")
    r = _rem_mag(a.digits, b.digits)
    if a.neg != b.neg and len(r) > 0:
        # the remainder takes the divisor's sign (see _floor_div)
        r = _sub_mag(b.digits, r)
    return _make(b.neg, r)


def _mersenne_bits(d: list[int]) -> int:
    """k when the magnitude d is 2**k - 1 with k > SHIFT, else 0: the
    moduli of Lucas-Lehmer tests and of hash-like reductions, for which
    a remainder is a sum of k-bit slices (linear, not a division)."""
    n = len(d)
    if n < 2 or d[0] != MASK:
        return 0
    top = d[n - 1]
    if top & (top + 1) != 0:
        return 0
    for i in range(1, n - 1):
        if d[i] != MASK:
            return 0
    return (n - 1) * SHIFT + _digit_bits(top)


def _fold_mersenne(a: list[int], k: int) -> list[int]:
    """(a >> k) + (a & (2**k - 1)) in one pass and one list, k >= SHIFT:
    the low part's digits are a's below digit q = k // SHIFT (and digit q
    masked), the high part's digit i joins a[q + i] >> s to the low bits
    of a[q + i + 1] (s = k % SHIFT)."""
    na = len(a)
    q = k // SHIFT
    s = k - q * SHIFT
    up = SHIFT - s
    low_mask = (1 << s) - 1
    size = max(q + 1, na - q) + 1
    r = _zeros(size)
    carry = 0
    for i in range(size - 1):
        lo = 0
        if i < q:
            lo = a[i] if i < na else 0
        elif i == q and q < na:
            lo = a[q] & low_mask
        hi = 0
        j = q + i
        if j < na:
            hi = a[j] >> s
            if j + 1 < na:
                hi |= (a[j + 1] << up) & MASK
        carry += lo + hi
        r[i] = carry & MASK
        carry >>= SHIFT
    r[size - 1] = carry
    return _strip(r)


def _mod_mersenne(a: list[int], k: int, m: list[int]) -> list[int]:
    """a mod m for m = 2**k - 1: since 2**k == 1 (mod m), a = hi 2**k + lo
    is congruent to hi + lo, which is smaller than a while a >= 2**k;
    once below 2**k the only value left to reduce is m itself."""
    r = a
    while _mag_bits(r) > k:
        r = _fold_mersenne(r, k)
    if _cmp_mag(r, m) == 0:
        return []
    return r


# ---------------------------------------------------------------------------
# Powers

def big_pow(a: BigInt, b: BigInt) -> BigInt:
    """a ** b for b >= 0."""
    if len(b.digits) == 0:
        return ONE
    odd = b.digits[0] & 1 == 1
    neg = a.neg and odd
    d = a.digits
    if len(d) == 0:
        return ZERO
    if len(d) == 1 and d[0] == 1:
        return BigInt(neg, [1])
    if not big_fits_int(b):
        raise MemoryError("")
    e = big_to_int(b)
    # a = m * 2**z: the power of two becomes a shift.
    z = 0
    while d[z] == 0:
        z += 1
    z = z * SHIFT + _trailing_zero_bits(d[z])
    m = _rshift_mag(d, z) if z > 0 else d
    r = _pow_mag(m, e)
    if z > 0:
        if z > (1 << 62) // e:
            raise MemoryError("")
        r = _lshift_mag(r, z * e)
    return BigInt(neg, r)


def _trailing_zero_bits(x: int) -> int:
    n = 0
    while x & 1 == 0:
        x >>= 1
        n += 1
    return n


def _pow_mag(m: list[int], e: int) -> list[int]:
    if len(m) == 1 and m[0] == 1:
        return [1]
    top = 62
    while (e >> top) & 1 == 0:
        top -= 1
    r = m
    for i in range(top - 1, -1, -1):
        r = _mul_mag(r, r)
        if (e >> i) & 1:
            r = _mul_mag(r, m)
    return r


def big_powmod(a: BigInt, b: BigInt, m: BigInt) -> BigInt:
    """pow(a, b, m), as CPython: the result has m's sign; a negative b
    uses the inverse of a modulo m."""
    if len(m.digits) == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    mod = m.digits
    if len(mod) == 1 and mod[0] == 1:
        return ZERO
    base = _mod_positive(a, mod)
    if b.neg:
        base = _invmod(base, mod)
    r = [1]
    e = b.digits
    top = SHIFT - 1
    for i in range(len(e) - 1, -1, -1):
        dig = e[i]
        if i == len(e) - 1:
            top = _digit_bits(dig) - 1
        for bit in range(top, -1, -1):
            r = _rem_mag(_mul_mag(r, r), mod)
            if (dig >> bit) & 1:
                r = _rem_mag(_mul_mag(r, base), mod)
        top = SHIFT - 1
    if m.neg and len(r) > 0:
        return BigInt(True, _sub_mag(mod, r))
    return BigInt(False, r)


def _rem_mag(a: list[int], mod: list[int]) -> list[int]:
    if _cmp_mag(a, mod) < 0:
        return a
    k = _mersenne_bits(mod)
    if k > 0:
        return _mod_mersenne(a, k, mod)
    q, r = _divmod_mag(a, mod)
    return r


def _mod_positive(a: BigInt, mod: list[int]) -> list[int]:
    """a mod |m| in [0, |m|)."""
    r = _rem_mag(a.digits, mod)
    if a.neg and len(r) > 0:
        return _sub_mag(mod, r)
    return r


def _invmod(a: list[int], mod: list[int]) -> list[int]:
    """The inverse of a modulo mod (extended Euclid), 0 <= a < mod."""
    # Invariants: x0 * a == r0 and x1 * a == r1 (mod mod).
    r0 = BigInt(False, mod)
    r1 = BigInt(False, a)
    x0 = ZERO
    x1 = ONE
    while len(r1.digits) > 0:
        q, rr = _floor_divmod(r0, r1)
        r0 = r1
        r1 = rr
        x2 = big_sub(x0, big_mul(q, x1))
        x0 = x1
        x1 = x2
    if not (len(r0.digits) == 1 and r0.digits[0] == 1):
        raise ValueError("base is not invertible for the given modulus")
    return _mod_positive(x0, mod)


# ---------------------------------------------------------------------------
# Bitwise operations (infinite two's complement, as CPython)

def _twos(a: BigInt, n: int) -> list[int]:
    """n digits of a in two's complement (n > len(a.digits))."""
    d = a.digits
    r = _zeros(n)
    if not a.neg:
        for i in range(len(d)):
            r[i] = d[i]
        return r
    # -|a| = ~(|a| - 1): complement the digits of the magnitude minus one.
    borrow = 1
    for i in range(n):
        x = (d[i] if i < len(d) else 0) - borrow
        borrow = 1 if x < 0 else 0
        r[i] = (x & MASK) ^ MASK
    return r


def _from_twos(r: list[int], neg: bool) -> BigInt:
    if not neg:
        return _make(False, r)
    # |value| = ~r + 1 over len(r) digits (len(r) leaves room for a carry).
    carry = 1
    for i in range(len(r)):
        carry += r[i] ^ MASK
        r[i] = carry & MASK
        carry >>= SHIFT
    return _make(True, r)


def _bitop(a: BigInt, b: BigInt, op: int) -> BigInt:
    n = max(len(a.digits), len(b.digits)) + 1
    x = _twos(a, n)
    y = _twos(b, n)
    if op == 0:
        for i in range(n):
            x[i] = x[i] & y[i]
        return _from_twos(x, a.neg and b.neg)
    if op == 1:
        for i in range(n):
            x[i] = x[i] | y[i]
        return _from_twos(x, a.neg or b.neg)
    for i in range(n):
        x[i] = x[i] ^ y[i]
    return _from_twos(x, a.neg != b.neg)


def big_and(a: BigInt, b: BigInt) -> BigInt:
    if not a.neg and not b.neg:
        n = min(len(a.digits), len(b.digits))
        r = _zeros(n)
        for i in range(n):
            r[i] = a.digits[i] & b.digits[i]
        return _make(False, r)
    return _bitop(a, b, 0)


def big_or(a: BigInt, b: BigInt) -> BigInt:
    return _bitop(a, b, 1)


def big_xor(a: BigInt, b: BigInt) -> BigInt:
    return _bitop(a, b, 2)


def big_invert(a: BigInt) -> BigInt:
    """~a == -(a + 1)."""
    if a.neg:
        return BigInt(False, _sub_mag(a.digits, [1]))
    return BigInt(True, _add_mag(a.digits, [1]))


def big_lshift(a: BigInt, n: int) -> BigInt:
    return BigInt(a.neg, _lshift_mag(a.digits, n))


def big_rshift(a: BigInt, n: int) -> BigInt:
    """a >> n, rounding towards minus infinity as CPython."""
    if not a.neg:
        return BigInt(False, _rshift_mag(a.digits, n))
    # floor(-m / 2**n) == -ceil(m / 2**n)
    q = _rshift_mag(a.digits, n)
    if not _low_bits_zero(a.digits, n):
        q = _add_mag(q, [1])
    return BigInt(True, q)


# ---------------------------------------------------------------------------
# Floats

DBL_MANT_DIG = 53
DBL_MAX_EXP = 1024              # finite doubles are below 2**1024
DBL_MIN_EXP = -1021             # normal doubles are at least 2**-1022


def _ldexp(m: int, e: int) -> float:
    """m * 2**e for 0 <= m < 2**62 when the result is representable
    exactly (the caller rounded m): every step is exact."""
    x = float(m)
    while e > 900:
        x *= 2.0 ** 900
        e -= 900
    while e < -900:
        x *= 2.0 ** -900
        e += 900
    return x * 2.0 ** e


def _top_bits(d: list[int], lo: int, count: int) -> int:
    """Bits lo .. lo+count-1 of the magnitude d, as an int (count <= 61)."""
    i = lo // SHIFT
    if i >= len(d):
        return 0
    bits = lo - i * SHIFT
    r = d[i] >> bits
    got = SHIFT - bits
    i += 1
    while got < count and i < len(d):
        # Only the bits still wanted, so the shift stays within 61 bits.
        r |= (d[i] & ((1 << (count - got)) - 1)) << got
        got += SHIFT
        i += 1
    return r & ((1 << count) - 1)


def _round_half_even(x: int, extra: int, inexact: bool) -> int:
    """x rounded to a multiple of 2**extra, ties to even; `inexact` says
    the true value is slightly above x."""
    unit = 1 << extra
    low = x & (unit - 1)
    x -= low
    half = unit >> 1
    if low > half or (low == half and (inexact or x & unit != 0)):
        x += unit
    return x


def big_to_float(a: BigInt) -> float:
    if big_fits_int(a):
        # A C conversion of a 64-bit int rounds to nearest, ties to even.
        return float(big_to_int(a))
    nbits = big_bit_length(a)
    if nbits > DBL_MAX_EXP:
        raise OverflowError("int too large to convert to float")
    shift = nbits - (DBL_MANT_DIG + 2)
    x = _top_bits(a.digits, shift, DBL_MANT_DIG + 2)
    x = _round_half_even(x, 2, not _low_bits_zero(a.digits, shift))
    if _digit_bits(x) + shift > DBL_MAX_EXP:
        raise OverflowError("int too large to convert to float")
    r = _ldexp(x, shift)
    return -r if a.neg else r


def big_from_float(f: float) -> BigInt:
    """int(f), truncating; the caller rejected nan and infinities."""
    if -9.2e18 < f < 9.2e18:
        return big_from_int(int(f))
    neg = f < 0
    if neg:
        f = -f
    # f >= 2**63 is an integer m * 2**e with m below 2**53.
    e = int(math.log2(f)) - 52
    while f / 2.0 ** e >= 9007199254740992.0:
        e += 1
    while f / 2.0 ** e < 4503599627370496.0:
        e -= 1
    m = int(f / 2.0 ** e)
    return BigInt(neg, _lshift_mag(big_from_int(m).digits, e))


def big_truediv(a: BigInt, b: BigInt) -> float:
    """a / b correctly rounded, as CPython's int / int."""
    if len(b.digits) == 0:
        raise ZeroDivisionError("division by zero")
    negate = a.neg != b.neg
    if len(a.digits) == 0:
        return -0.0 if negate else 0.0
    abits = big_bit_length(a)
    bbits = big_bit_length(b)
    if abits <= DBL_MANT_DIG and bbits <= DBL_MANT_DIG:
        # Both exact as doubles: IEEE division rounds correctly.
        return big_to_float(a) / big_to_float(b)
    # |a / b| lies in (2**(diff-1), 2**(diff+1)).
    diff = abits - bbits
    if diff > DBL_MAX_EXP:
        raise OverflowError("integer division result too large for a float")
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 2:
        return -0.0 if negate else 0.0
    # Scale by 2**-shift so the integer quotient keeps two bits below the
    # result's last bit (55 or 56 bits; fewer for a subnormal result).
    shift = max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2
    inexact = False
    if shift > 0:
        inexact = not _low_bits_zero(a.digits, shift)
        num = _rshift_mag(a.digits, shift)
    else:
        num = _lshift_mag(a.digits, -shift)
    qd, rd = _divmod_mag(num, b.digits)
    if len(rd) > 0:
        inexact = True
    x = _top_bits(qd, 0, 57)
    xbits = _digit_bits(x)
    extra = max(xbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG
    x = _round_half_even(x, extra, inexact)
    if _digit_bits(x) + shift > DBL_MAX_EXP:
        raise OverflowError("integer division result too large for a float")
    r = _ldexp(x, shift)
    return -r if negate else r


# ---------------------------------------------------------------------------
# Strings

def _char_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 99


def _is_space(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\f" or c == "\v"


def _bad_literal(s: str, base: int) -> ValueError:
    # CPython formats the literal with %.200R: its repr cut to 200 chars.
    return ValueError("invalid literal for int() with base " + str(base) + ": "
                      + repr(s)[:200])


def _literal_digits(s: str, base: int) -> tuple[bool, int, int, int]:
    """Checks s as CPython's int(s, base) does (ASCII only) and returns
    (negative, start, end, base): the digits (and single underscores
    between them) are s[start:end], the base resolved when it is 0."""
    base0 = base
    n = len(s)
    i = 0
    while i < n and _is_space(s[i]):
        i += 1
    while n > i and _is_space(s[n - 1]):
        n -= 1
    neg = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        neg = s[i] == "-"
        i += 1
    only_zeros = False
    if i + 1 < n and s[i] == "0":
        p = s[i + 1].lower()
        pbase = 16 if p == "x" else 8 if p == "o" else 2 if p == "b" else 0
        if pbase != 0 and (base == 0 or base == pbase):
            base = pbase
            i += 2
            if i < n and s[i] == "_":
                i += 1
    if base == 0:
        base = 10
        only_zeros = i < n and s[i] == "0"
    start = i
    prev_underscore = True              # no underscore first
    while i < n:
        c = s[i]
        if c == "_":
            if prev_underscore:
                raise _bad_literal(s, base0)
            prev_underscore = True
        else:
            v = _char_value(c)
            if v >= base or (only_zeros and v != 0):
                raise _bad_literal(s, base0)
            prev_underscore = False
        i += 1
    if prev_underscore:
        raise _bad_literal(s, base0)       # empty, or a trailing underscore
    return neg, start, n, base


def big_from_str(s: str, base: int) -> BigInt:
    """int(s, base) for base 0 or 2..36: optional blanks around, a sign, a
    prefix (0x, 0o, 0b) when the base is 0 or matches, underscores
    between digits; ValueError on a bad literal (CPython's message for
    ASCII input).  The caller applies the 4300-digit limit."""
    if base != 0 and (base < 2 or base > 36):
        raise ValueError("int() base must be >= 2 and <= 36, or 0")
    neg, start, end, base = _literal_digits(s, base)
    if base & (base - 1) == 0:
        mag = _digits_pow2(s, start, end, _digit_bits(base) - 1)
    else:
        mag = _digits_other(s, start, end, base)
    return _make(neg, mag)


def _digits_pow2(s: str, start: int, end: int, k: int) -> list[int]:
    """The checked digits s[start:end] in base 2**k, from the low end."""
    r: list[int] = []
    acc = 0
    accbits = 0
    for i in range(end - 1, start - 1, -1):
        c = s[i]
        if c == "_":
            continue
        acc |= _char_value(c) << accbits
        accbits += k
        if accbits >= SHIFT:
            r.append(acc & MASK)
            acc >>= SHIFT
            accbits -= SHIFT
    r.append(acc)
    return _strip(r)


def _digits_other(s: str, start: int, end: int, base: int) -> list[int]:
    """The checked digits s[start:end]: chunks of `per` characters (base**per
    below 2**30), one multiply-add of the whole number per chunk."""
    per = 1
    big = base
    while big * base < BASE:
        big *= base
        per += 1
    r: list[int] = []
    chunk = 0
    mul = 1
    for i in range(start, end):
        c = s[i]
        if c == "_":
            continue
        chunk = chunk * base + _char_value(c)
        mul *= base
        if mul == big:
            _muladd_in(r, big, chunk)
            chunk = 0
            mul = 1
    if mul > 1:
        _muladd_in(r, mul, chunk)
    return _strip(r)


def _muladd_in(r: list[int], mul: int, add: int) -> None:
    """r = r * mul + add in place, for mul <= BASE and add < BASE."""
    carry = add
    for i in range(len(r)):
        carry += r[i] * mul
        r[i] = carry & MASK
        carry >>= SHIFT
    while carry:
        r.append(carry & MASK)
        carry >>= SHIFT


def big_to_str(a: BigInt, base: int) -> str:
    """The digits in base 2..36 (lowercase, no prefix), '-' if negative."""
    d = a.digits
    if len(d) == 0:
        return "0"
    if base == 10:
        s = _to_decimal(d)
    elif base & (base - 1) == 0:
        s = _to_pow2(d, _digit_bits(base) - 1)
    else:
        s = _to_other(d, base)
    return "-" + s if a.neg else s


def _to_decimal(d: list[int]) -> str:
    # Fold the 30-bit digits, from the top, into base 10**9.
    out: list[int] = []
    for i in range(len(d) - 1, -1, -1):
        hi = d[i]
        for j in range(len(out)):
            z = (out[j] << SHIFT) | hi
            hi = z // DEC_BASE
            out[j] = z - hi * DEC_BASE
        while hi:
            q = hi // DEC_BASE
            out.append(hi - q * DEC_BASE)
            hi = q
    # str(x + 10**18)[1:] pads with zeros; two chunks (18 digits) per
    # call: a format spec (f"{x:09d}") costs three times as much in rtrans.
    parts: list[str] = [str(out[len(out) - 1])]
    j = len(out) - 2
    while j >= 1:
        parts.append(str(out[j] * DEC_BASE + out[j - 1] + 1000000000000000000)[1:])
        j -= 2
    if j == 0:
        parts.append(str(out[0] + DEC_BASE)[1:])
    return "".join(parts)


def _to_pow2(d: list[int], k: int) -> str:
    """Base 2, 8 or 16: whole digits (two for hex: 60 bits) through the
    int formatting, zero-padded, the top one without padding."""
    parts: list[str] = []
    n = len(d)
    if k == 4:
        i = n - 1 if n % 2 == 1 else n - 2
        top = d[i] if i == n - 1 else d[i] | (d[i + 1] << SHIFT)
        parts.append(f"{top:x}")
        for j in range(i - 2, -1, -2):
            parts.append(f"{d[j] | (d[j + 1] << SHIFT):015x}")
    elif k == 3:
        parts.append(f"{d[n - 1]:o}")
        for j in range(n - 2, -1, -1):
            parts.append(f"{d[j]:010o}")
    elif k == 1:
        parts.append(f"{d[n - 1]:b}")
        for j in range(n - 2, -1, -1):
            parts.append(f"{d[j]:030b}")
    else:
        return _to_other(d, 1 << k)
    return "".join(parts)


def _to_other(d: list[int], base: int) -> str:
    per = 1
    big = base
    while big * base < BASE:
        big *= base
        per += 1
    chars: list[str] = []
    rest = d
    while len(rest) > 0:
        rest, chunk = _divmod_digit_mag(rest, big)
        for k in range(per):
            if len(rest) == 0 and chunk == 0:
                break
            chars.append(DIGIT_CHARS[chunk % base])
            chunk //= base
    chars.reverse()
    return "".join(chars)


def big_str_digits_exceed(a: BigInt, limit: int) -> bool:
    """True when str(a) has more than `limit` decimal digits (sign not
    counted), where CPython 3.11 raises ValueError("Exceeds the limit
    (4300 digits) for integer string conversion; use
    sys.set_int_max_str_digits() to increase the limit") for str(),
    repr() and decimal formatting (limit > 0: 0 means no limit).  Parsing
    is limited too (int() of more than 4300 digits in a base that is not a
    power of two): the caller counts the digits of the string."""
    nbits = big_bit_length(a)
    # digits = floor(log10 |a|) + 1, with nbits - 1 <= log2 |a| < nbits.
    lo = int((nbits - 1) * 0.30102999566398120) - 1
    hi = int(nbits * 0.30102999566398120) + 2
    if lo + 1 > limit:
        return True
    if hi <= limit:
        return False
    return _cmp_mag(a.digits, big_pow(big_from_int(10), big_from_int(limit)).digits) >= 0


# ---------------------------------------------------------------------------
# Hash, isqrt, gcd

def big_hash(a: BigInt) -> int:
    """hash(a) as CPython: |a| mod 2**61 - 1 (2**30 is a rotation by 30
    bits modulo 2**61 - 1), sign applied, -1 becomes -2."""
    x = 0
    d = a.digits
    for i in range(len(d) - 1, -1, -1):
        x = ((x & 2147483647) << SHIFT) | (x >> 31)
        x += d[i]
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
    if a.neg:
        x = -x
    if x == -1:
        return -2
    return x


def _isqrt_int(n: int) -> int:
    """isqrt for 0 <= n < 2**63."""
    if n == 0:
        return 0
    r = int(math.sqrt(float(n)))
    while r > 0 and r > n // r:
        r -= 1
    while (r + 1) <= n // (r + 1):
        r += 1
    return r


def big_isqrt(a: BigInt) -> BigInt:
    """math.isqrt(a) for a >= 0."""
    if big_fits_int(a):
        return big_from_int(_isqrt_int(big_to_int(a)))
    # Newton's iteration with precision doubling: after the step for s,
    # r approximates isqrt(a >> 2 * (c - d)) within one.
    c = (big_bit_length(a) - 1) // 2
    r = ONE
    d = 0
    for s in range(_digit_bits(c) - 1, -1, -1):
        e = d
        d = c >> s
        num = big_rshift(a, 2 * c - e - d + 1)
        r = big_add(big_lshift(r, d - e - 1), big_floordiv(num, r))
    if big_cmp(big_mul(r, r), a) > 0:
        r = big_sub(r, ONE)
    return r


def big_gcd(a: BigInt, b: BigInt) -> BigInt:
    """gcd(a, b) >= 0 by Lehmer's algorithm: the quotients of Euclid's
    steps are found from the top 60 bits of the operands in 64-bit
    arithmetic, then applied to the full numbers in one pass (a 2x2
    cofactor matrix), a real division only when that makes no progress."""
    x = a.digits
    y = b.digits
    if _cmp_mag(x, y) < 0:
        x, y = y, x
    while len(y) > 2:
        shift = _mag_bits(x) - 60
        hx = _top_bits(x, shift, 60)
        hy = _top_bits(y, shift, 60)
        # Cofactors: a' and b' are +-(A x - B y) and +-(D y - C x); they
        # stay below 2**30 (Collins' condition s <= t stops the loop).
        ca = 1
        cb = 0
        cc = 0
        cd = 1
        k = 0
        while hy - cc != 0:
            q = (hx + (ca - 1)) // (hy - cc)
            s = cb + q * cd
            t = hx - q * hy
            if s > t:
                break
            hx = hy
            hy = t
            t = ca + q * cc
            ca = cd
            cb = cc
            cc = s
            cd = t
            k += 1
        if k == 0:
            quot, r = _divmod_mag(x, y)
            x = y
            y = r
        elif k & 1:
            x, y = _lincomb(ca, y, cb, x), _lincomb(cd, x, cc, y)
        else:
            x, y = _lincomb(ca, x, cb, y), _lincomb(cd, y, cc, x)
    while len(y) > 0:
        if len(x) <= 2:
            return big_from_int(_gcd_int(big_to_int(BigInt(False, x)),
                                         big_to_int(BigInt(False, y))))
        quot, r = _divmod_mag(x, y)
        x = y
        y = r
    return BigInt(False, x)


def _lincomb(p: int, x: list[int], q: int, y: list[int]) -> list[int]:
    """p * x - q * y for digits p, q when the result is >= 0."""
    nx = len(x)
    ny = len(y)
    n = max(nx, ny)
    r = _zeros(n)
    carry = 0
    for i in range(n):
        if i < nx:
            carry += p * x[i]
        if i < ny:
            carry -= q * y[i]
        r[i] = carry & MASK
        carry >>= SHIFT
    return _strip(r)


def _gcd_int(x: int, y: int) -> int:
    while y != 0:
        x, y = y, x % y
    return x
