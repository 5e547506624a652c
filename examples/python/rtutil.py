"""Helpers with no dependency on the object model: 64-bit wrapping
arithmetic (the language's int raises OverflowError, CPython's hashes wrap
modulo 2**64), CPython's numeric hash, float decomposition.

Every helper gives the same result under CPython and translated: none
relies on the host int overflowing.
"""
from __future__ import annotations

MAXINT = 9223372036854775807
MININT = -9223372036854775807 - 1
M16 = 0xFFFF
M32 = 0xFFFFFFFF
HASH_BITS = 61
HASH_MODULUS = (1 << 61) - 1
HASH_INF = 314159


def fits_int(v: int) -> bool:
    """Under CPython an int may exceed 64 bits; translated it cannot (the
    operation that made it raised OverflowError first)."""
    return MININT <= v <= MAXINT


def u64_from_parts(hi32: int, lo32: int) -> int:
    """The signed 64-bit value whose bit pattern is hi32:lo32."""
    r = ((hi32 & 0x7FFFFFFF) << 32) | (lo32 & M32)
    if hi32 & 0x80000000:
        r = r - MAXINT - 1
    return r


def u64_add(a: int, b: int) -> int:
    lo = (a & M32) + (b & M32)
    hi = ((a >> 32) & M32) + ((b >> 32) & M32) + (lo >> 32)
    return u64_from_parts(hi & M32, lo & M32)


def u64_mul(a: int, b: int) -> int:
    """a * b modulo 2**64 on bit patterns, by 16-bit limbs."""
    a0 = a & M16
    a1 = (a >> 16) & M16
    a2 = (a >> 32) & M16
    a3 = (a >> 48) & M16
    b0 = b & M16
    b1 = (b >> 16) & M16
    b2 = (b >> 32) & M16
    b3 = (b >> 48) & M16
    r0 = a0 * b0
    r1 = a0 * b1 + a1 * b0 + (r0 >> 16)
    r2 = a0 * b2 + a1 * b1 + a2 * b0 + (r1 >> 16)
    r3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + (r2 >> 16)
    lo = (r0 & M16) | ((r1 & M16) << 16)
    hi = (r2 & M16) | ((r3 & M16) << 16)
    return u64_from_parts(hi, lo)


def u64_shr(a: int, n: int) -> int:
    """Logical shift right of a 64-bit pattern (0 < n < 64)."""
    if n <= 0:
        return a
    return (a >> n) & (MAXINT >> (n - 1))


def u64_shl(a: int, n: int) -> int:
    """Shift left modulo 2**64 (0 <= n < 64)."""
    if n <= 0:
        return a
    top = (a >> (63 - n)) & 1              # the bit landing on bit 63
    rest = a & ((1 << (63 - n)) - 1)       # the bits landing below it
    r = rest << n
    if top:
        r = r - MAXINT - 1
    return r


def u64_rotl(a: int, n: int) -> int:
    return u64_shl(a, n) | u64_shr(a, 64 - n)


def hash_int(v: int) -> int:
    """CPython's hash of a (64-bit) int."""
    if v >= 0:
        h = v % HASH_MODULUS
    elif v == MININT:
        h = -((MAXINT % HASH_MODULUS + 1) % HASH_MODULUS)
    else:
        h = -((-v) % HASH_MODULUS)
    if h == -1:
        return -2
    return h


def frexp(v: float) -> tuple[float, int]:
    """m, e with v == m * 2**e and 0.5 <= abs(m) < 1 (v finite, non-zero):
    by exact scaling with powers of two."""
    m = v
    neg = m < 0.0
    if neg:
        m = -m
    e = 0
    while m >= 1.0:
        if m >= 4294967296.0:
            m = m / 4294967296.0
            e += 32
        else:
            m = m * 0.5
            e += 1
    while m < 0.5:
        if m < 2.3283064365386963e-10:
            m = m * 4294967296.0
            e -= 32
        else:
            m = m * 2.0
            e -= 1
    if neg:
        m = -m
    return (m, e)


def hash_float(v: float) -> int:
    """CPython's _Py_HashDouble (nan is hashed by the caller)."""
    if v != v:
        return 0
    if v == float("inf"):
        return HASH_INF
    if v == float("-inf"):
        return -HASH_INF
    if v == 0.0:
        return 0
    m, e = frexp(v)
    sign = 1
    if m < 0.0:
        sign = -1
        m = -m
    x = 0
    while m != 0.0:
        x = ((x & ((1 << 33) - 1)) << 28) | (x >> (HASH_BITS - 28))
        m = m * 268435456.0
        e -= 28
        y = int(m)
        m = m - float(y)
        x += y
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = ((x & ((1 << (HASH_BITS - e)) - 1)) << e) | (x >> (HASH_BITS - e))
    x = x * sign
    if x == -1:
        x = -2
    return x


XXPRIME_1 = -7046029288634856825     # 11400714785074694791 as signed
XXPRIME_2 = -4417276706812531889     # 14029467366897019727
XXPRIME_5 = 2870177450012600261


def tuple_hash_step(acc: int, lane: int) -> int:
    acc = u64_add(acc, u64_mul(lane, XXPRIME_2))
    acc = u64_rotl(acc, 31)
    return u64_mul(acc, XXPRIME_1)


def tuple_hash_finish(acc: int, n: int) -> int:
    acc = u64_add(acc, n ^ (XXPRIME_5 ^ 3527539))
    if acc == -1:
        return 1546275796
    return acc


HEX = "0123456789abcdef"


def to_base(v: int, base: int) -> str:
    """Digits of v >= 0 in base 2..16 (lower case)."""
    if v == 0:
        return "0"
    out: list[str] = []
    while v > 0:
        out.append(HEX[v % base])
        v = v // base
    out.reverse()
    return "".join(out)
