"""Arithmetic on unboxed ints and floats, with CPython's results and
error messages.  Used by the fast paths of ops.py and by the int/float
types' methods.

Int results that leave the 64-bit range go to big_binop(), the one place
where big integers plug in (BIG_BINOP, set by the big-integer module).
Every operation checks the range itself: +, - and * compute the wrapped
result (intmask) and test it, the others check their operands or catch
the host's OverflowError, so the interpreter behaves the same under
CPython (whose ints never overflow) and translated.
"""
from __future__ import annotations

from typing import Callable

from rtrans import intmask

from rtutil import MAXINT, MININT, fits_int
from objects import (W_Object, W_Int, W_Float, ExecCtx, new_int, new_bool,
                     W_NOTIMPLEMENTED, overflow_error, zero_division,
                     value_error, type_error)
from astnodes import (OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL,
                      OP_MUL, OP_MOD, OP_OR, OP_POW, OP_RSHIFT, OP_SUB,
                      OP_TRUEDIV, OP_XOR)

TWO_53 = 9007199254740992
FLOAT_TWO_63 = 9223372036854775808.0


def _no_big(ec: ExecCtx, op: int, a: int, b: int) -> W_Object:
    raise overflow_error("integer overflow: the result does not fit in 64 "
                         "bits (big integers are not supported yet)")


# (ec, op, a, b) -> the exact result of a <op> b when it overflows 64 bits
BIG_BINOP: list[Callable[[ExecCtx, int, int, int], W_Object]] = [_no_big]


def big_binop(ec: ExecCtx, op: int, a: int, b: int) -> W_Object:
    return BIG_BINOP[0](ec, op, a, b)


def _no_big_float(ec: ExecCtx, f: float) -> W_Object:
    raise overflow_error("cannot convert float to a 64-bit int (big "
                         "integers are not supported yet)")


# float -> int for values beyond 64 bits (int(1e30), math.floor(1e30))
BIG_FROM_FLOAT: list[Callable[[ExecCtx, float], W_Object]] = [_no_big_float]


# ------------------------------------------------------------------ ints

def int_add(ec: ExecCtx, a: int, b: int) -> W_Object:
    # The wrapped sum and a test of its sign, not a caught OverflowError:
    # raising costs more than the rest of an overflowing addition.  The sum
    # overflowed when its sign differs from both operands'.
    r = intmask(a + b)
    if (a ^ r) & (b ^ r) < 0:
        return big_binop(ec, OP_ADD, a, b)
    return new_int(r)


def int_sub(ec: ExecCtx, a: int, b: int) -> W_Object:
    # overflow: operands of opposite signs and a result of b's sign
    r = intmask(a - b)
    if (a ^ b) & (a ^ r) < 0:
        return big_binop(ec, OP_SUB, a, b)
    return new_int(r)


MUL_EXACT = 2147483647          # |a|, |b| <= 2**31 - 1: |a * b| < 2**62


def int_mul(ec: ExecCtx, a: int, b: int) -> W_Object:
    """a * b without raising on overflow (a 64-bit LCG overflows on every
    step).  The wrapped product r is exact when r // a == b: r differs
    from a * b by a multiple of 2**64, which that quotient would only
    allow within |a| < 2**64 of a * b (a = -1 is the one divisor whose
    quotient can itself overflow)."""
    r = intmask(a * b)
    if -MUL_EXACT <= a <= MUL_EXACT and -MUL_EXACT <= b <= MUL_EXACT:
        return new_int(r)
    if a == 0 or (a == -1 and b != MININT) or (a != -1 and r // a == b):
        return new_int(r)
    return big_binop(ec, OP_MUL, a, b)


def int_floordiv(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b == 0:
        raise zero_division("integer division or modulo by zero")
    if b == -1 and a == MININT:
        return big_binop(ec, OP_FLOORDIV, a, b)
    return new_int(a // b)


def int_mod(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b == 0:
        raise zero_division("integer modulo by zero")
    if b == -1:
        return new_int(0)
    return new_int(a % b)


def int_truediv(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b == 0:
        raise zero_division("division by zero")
    if -TWO_53 <= a <= TWO_53 and -TWO_53 <= b <= TWO_53:
        return W_Float(float(a) / float(b))
    return big_binop(ec, OP_TRUEDIV, a, b)


def int_pow(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b < 0:
        if a == 0:
            raise zero_division("0.0 cannot be raised to a negative power")
        return float_pow(ec, float(a), float(b))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = result * base
                if not fits_int(result):
                    return big_binop(ec, OP_POW, a, b)
            e >>= 1
            if e > 0:
                base = base * base
                if not fits_int(base):
                    return big_binop(ec, OP_POW, a, b)
    except OverflowError:
        return big_binop(ec, OP_POW, a, b)
    return new_int(result)


def int_lshift(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b < 0:
        raise value_error("negative shift count")
    if a == 0:
        return new_int(0)
    if b >= 63:
        return big_binop(ec, OP_LSHIFT, a, b)
    if a > (MAXINT >> b) or a < (MININT >> b):
        return big_binop(ec, OP_LSHIFT, a, b)
    return new_int(a << b)


def int_rshift(ec: ExecCtx, a: int, b: int) -> W_Object:
    if b < 0:
        raise value_error("negative shift count")
    if b >= 63:
        return new_int(-1 if a < 0 else 0)
    return new_int(a >> b)


def int_neg(ec: ExecCtx, a: int) -> W_Object:
    if a == MININT:
        return big_binop(ec, OP_SUB, 0, a)
    return new_int(-a)


def int_abs(ec: ExecCtx, a: int) -> W_Object:
    if a < 0:
        return int_neg(ec, a)
    return new_int(a)


def int_binop(ec: ExecCtx, op: int, a: int, b: int) -> W_Object:
    """a <op> b for two 64-bit ints (all operators but @)."""
    if op == OP_ADD:
        return int_add(ec, a, b)
    if op == OP_SUB:
        return int_sub(ec, a, b)
    if op == OP_MUL:
        return int_mul(ec, a, b)
    if op == OP_FLOORDIV:
        return int_floordiv(ec, a, b)
    if op == OP_MOD:
        return int_mod(ec, a, b)
    if op == OP_TRUEDIV:
        return int_truediv(ec, a, b)
    if op == OP_POW:
        return int_pow(ec, a, b)
    if op == OP_LSHIFT:
        return int_lshift(ec, a, b)
    if op == OP_RSHIFT:
        return int_rshift(ec, a, b)
    if op == OP_AND:
        return new_int(a & b)
    if op == OP_OR:
        return new_int(a | b)
    if op == OP_XOR:
        return new_int(a ^ b)
    return W_NOTIMPLEMENTED


def int_divmod(ec: ExecCtx, a: int, b: int) -> tuple[W_Object, W_Object]:
    if b == 0:
        raise zero_division("integer division or modulo by zero")
    return (int_floordiv(ec, a, b), int_mod(ec, a, b))


# ---------------------------------------------------------------- floats

INF = float("inf")


def check_float(r: float) -> float:
    return r


def float_binop(ec: ExecCtx, op: int, a: float, b: float) -> W_Object:
    if op == OP_ADD:
        return W_Float(a + b)
    if op == OP_SUB:
        return W_Float(a - b)
    if op == OP_MUL:
        return W_Float(a * b)
    if op == OP_TRUEDIV:
        if b == 0.0:
            raise zero_division("float division by zero")
        return W_Float(a / b)
    if op == OP_FLOORDIV:
        if b == 0.0:
            raise zero_division("float floor division by zero")
        return W_Float(a // b)
    if op == OP_MOD:
        if b == 0.0:
            raise zero_division("float modulo")
        return W_Float(a % b)
    if op == OP_POW:
        return float_pow(ec, a, b)
    return W_NOTIMPLEMENTED


def _no_complex_pow(ec: ExecCtx, a: float, b: float) -> W_Object:
    raise value_error("negative number cannot be raised to a fractional "
                      "power (complex numbers are not supported yet)")


COMPLEX_POW: list[Callable[[ExecCtx, float, float], W_Object]] = [
    _no_complex_pow]


def float_pow(ec: ExecCtx, a: float, b: float) -> W_Object:
    if a == 0.0 and b < 0.0:
        raise zero_division("0.0 cannot be raised to a negative power")
    if a < 0.0 and b != b // 1.0 and b == b and b != INF and b != -INF:
        return COMPLEX_POW[0](ec, a, b)
    try:
        return W_Float(a ** b)
    except OverflowError:
        raise overflow_error("(34, 'Numerical result out of range')")


def float_divmod(ec: ExecCtx, a: float, b: float) -> tuple[W_Object, W_Object]:
    if b == 0.0:
        raise zero_division("float divmod()")
    return (W_Float(a // b), W_Float(a % b))


def float_to_int(ec: ExecCtx, f: float) -> W_Object:
    """int(f): truncation toward zero."""
    if f != f:
        raise value_error("cannot convert float NaN to integer")
    if f == INF or f == -INF:
        raise overflow_error("cannot convert float infinity to integer")
    if -FLOAT_TWO_63 <= f < FLOAT_TWO_63:
        return new_int(int(f))
    return BIG_FROM_FLOAT[0](ec, f)


def float_floor(ec: ExecCtx, f: float) -> W_Object:
    if f != f:
        raise value_error("cannot convert float NaN to integer")
    if f == INF or f == -INF:
        raise overflow_error("cannot convert float infinity to integer")
    t = f // 1.0
    return float_to_int(ec, t)


def float_ceil(ec: ExecCtx, f: float) -> W_Object:
    if f != f:
        raise value_error("cannot convert float NaN to integer")
    if f == INF or f == -INF:
        raise overflow_error("cannot convert float infinity to integer")
    t = -((-f) // 1.0)
    return float_to_int(ec, t)


# ----------------------------------------------------------- comparisons

def cmp_int_float(i: int, f: float) -> int:
    """Exact comparison of an int and a float: -1, 0, 1, or 2 if f is
    nan (unordered)."""
    if f != f:
        return 2
    if f == INF:
        return -1
    if f == -INF:
        return 1
    if -TWO_53 <= i <= TWO_53:
        fi = float(i)
        if fi < f:
            return -1
        if fi > f:
            return 1
        return 0
    if f >= FLOAT_TWO_63:
        return -1
    if f < -FLOAT_TWO_63:
        return 1
    t = int(f)
    if i < t:
        return -1
    if i > t:
        return 1
    frac = f - float(t)
    if frac > 0.0:
        return -1
    if frac < 0.0:
        return 1
    return 0


def cmp_result(c: int, op: int) -> bool:
    """op (objects.LT...) applied to a three-way result; 2 = unordered."""
    if c == 2:
        return op == 3     # only != is true for nan
    if op == 0:
        return c < 0
    if op == 1:
        return c <= 0
    if op == 2:
        return c == 0
    if op == 3:
        return c != 0
    if op == 4:
        return c > 0
    return c >= 0
