"""The math module.  Functions the language's math module lacks come from
the C library (rtrans.c include: pure functions, marked safe)."""
from __future__ import annotations

import math
from rtrans.c import include

from rtutil import MAXINT, frexp
from objects import (W_Object, W_Int, W_Bool, W_Float, W_Tuple, ExecCtx,
                     PyError, W_NONE, W_TRUE, W_FALSE, new_int, new_bool,
                     new_str, new_tuple, new_module, W_Module, type_error,
                     value_error, overflow_error, zero_division, index_value,
                     unpack_iterable, builtin1, builtin2, builtinn,
                     builtin_kw, is_int, int_value, ArgParser, compare_bool,
                     LT, is_true)
import numops
import ops
import floatobject
import longobject
from bigint import (BigInt, big_abs, big_is_zero, big_fits_int, big_to_int,
                    big_from_int, big_mod)
from astnodes import OP_ADD, OP_FLOORDIV, OP_LSHIFT, OP_RSHIFT, CMP_GE

libm = include("math.h", safe=["asin", "acos", "sinh", "cosh", "tanh",
                               "asinh", "acosh", "atanh", "hypot", "fmod",
                               "log1p", "expm1", "erf", "erfc", "tgamma",
                               "lgamma", "copysign", "ldexp", "cbrt",
                               "exp2", "nextafter", "remainder"])

INF = float("inf")
NAN = float("nan")


def farg(ec: ExecCtx, w: W_Object) -> float:
    return floatobject.float_arg(ec, w)


def domain() -> PyError:
    return value_error("math domain error")


def range_err() -> PyError:
    return overflow_error("math range error")


def check(r: float, x: float) -> W_Object:
    """A result: nan from a non-nan argument is a domain error, inf from
    a finite one a range error (as CPython's math_1)."""
    if r != r and x == x:
        raise domain()
    if (r == INF or r == -INF) and x == x and x != INF and x != -INF:
        raise range_err()
    return W_Float(r)


def m_sqrt(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x < 0.0:
        raise domain()
    return W_Float(math.sqrt(x))


def m_exp(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x > 709.782712893384:
        raise range_err()
    if x != x:
        return W_Float(x)
    return W_Float(math.exp(x))


def log_of(ec: ExecCtx, w: W_Object) -> float:
    if is_int(w) or isinstance(w, W_Int):
        v = int_value(w)
        if v <= 0:
            raise domain()
        return math.log(float(v))
    x = farg(ec, w)
    if x <= 0.0:
        if x != x:
            return x
        raise domain()
    return math.log(x)


def m_log(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    num = log_of(ec, args[0])
    if len(args) == 1:
        return W_Float(num)
    den = log_of(ec, args[1])
    if den == 0.0:
        raise zero_division("float division by zero")
    return W_Float(num / den)


def m_log2(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x <= 0.0:
        raise domain()
    return W_Float(math.log2(x))


def m_log10(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x <= 0.0:
        raise domain()
    return W_Float(math.log10(x))


def m_sin(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == INF or x == -INF:
        raise domain()
    return W_Float(math.sin(x))


def m_cos(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == INF or x == -INF:
        raise domain()
    return W_Float(math.cos(x))


def m_tan(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == INF or x == -INF:
        raise domain()
    return W_Float(math.tan(x))


def m_asin(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x < -1.0 or x > 1.0:
        raise domain()
    return W_Float(libm.asin(x))


def m_acos(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x < -1.0 or x > 1.0:
        raise domain()
    return W_Float(libm.acos(x))


def m_atan(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(math.atan(farg(ec, w)))


def m_atan2(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_Float(math.atan2(farg(ec, a), farg(ec, b)))


def m_sinh(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return check(libm.sinh(x), x)


def m_cosh(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return check(libm.cosh(x), x)


def m_tanh(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(libm.tanh(farg(ec, w)))


def m_fabs(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(math.fabs(farg(ec, w)))


def m_floor(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return new_int(w.value)
    if isinstance(w, W_Float):
        return numops.float_floor(ec, w.value)
    w_m = w.get_type().lookup("__floor__")
    if w_m is not None:
        return w_m.call_method(ec, w, [], None)
    return numops.float_floor(ec, farg(ec, w))


def m_ceil(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return new_int(w.value)
    if isinstance(w, W_Float):
        return numops.float_ceil(ec, w.value)
    w_m = w.get_type().lookup("__ceil__")
    if w_m is not None:
        return w_m.call_method(ec, w, [], None)
    return numops.float_ceil(ec, farg(ec, w))


def m_trunc(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return new_int(w.value)
    if isinstance(w, W_Float):
        return numops.float_to_int(ec, w.value)
    w_m = w.get_type().lookup("__trunc__")
    if w_m is None:
        raise type_error("type " + w.type_name() + " doesn't define "
                         "__trunc__ method")
    return w_m.call_method(ec, w, [], None)


def m_pow(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    x = farg(ec, a)
    y = farg(ec, b)
    if x == 0.0 and y < 0.0:
        raise domain()
    if x < 0.0 and y != y // 1.0 and y == y and y != INF and y != -INF:
        raise domain()
    try:
        return W_Float(x ** y)
    except OverflowError:
        raise range_err()


def m_hypot(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        return W_Float(libm.hypot(farg(ec, args[0]), farg(ec, args[1])))
    total = 0.0
    for w in args:
        v = farg(ec, w)
        total += v * v
    return W_Float(math.sqrt(total))


def m_isnan(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return new_bool(x != x)


def m_isinf(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return new_bool(x == INF or x == -INF)


def m_isfinite(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return new_bool(x == x and x != INF and x != -INF)


def int_arg(ec: ExecCtx, w: W_Object, fname: str) -> int:
    if isinstance(w, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    return index_value(ec, w, "'{}' object cannot be interpreted as an "
                       "integer")


def gcd2(a: int, b: int) -> int:
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def big_gcd(a: BigInt, b: BigInt) -> BigInt:
    """Euclid on big magnitudes, in 64 bits once both fit."""
    a = big_abs(a)
    b = big_abs(b)
    while not big_is_zero(b):
        if big_fits_int(a) and big_fits_int(b):
            return big_from_int(gcd2(big_to_int(a), big_to_int(b)))
        r = big_mod(a, b)
        a = b
        b = r
    return a


def big_arg(w: W_Object) -> BigInt | None:
    """w's value if it is an int beyond 64 bits (fractions' sums)."""
    if isinstance(w, W_Int):
        return None
    b = longobject.to_big(w)
    if b is None or big_fits_int(b):
        return None
    return b


def m_gcd(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    g = 0
    i = 0
    while i < len(args):
        b = big_arg(args[i])
        if b is not None:
            return gcd_big_args(ec, args, i, big_gcd(big_from_int(g), b))
        g = gcd2(g, int_arg(ec, args[i], "gcd"))
        i += 1
    return new_int(g)


def gcd_big_args(ec: ExecCtx, args: list[W_Object], i: int,
                 acc: BigInt) -> W_Object:
    """The rest of gcd(*args) after args[i], which was big."""
    for w in args[i + 1:]:
        b = big_arg(w)
        if b is None:
            b = big_from_int(int_arg(ec, w, "gcd"))
        acc = big_gcd(acc, b)
    return longobject.wrap(acc)


def m_lcm(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    acc: W_Object = new_int(1)
    if len(args) == 0:
        return acc
    l = 1
    for w in args:
        v = int_arg(ec, w, "lcm")
        if v == 0:
            return new_int(0)
        if v < 0:
            v = -v
        g = gcd2(l, v)
        r = numops.int_mul(ec, l // g, v)
        if not isinstance(r, W_Int):
            return r
        l = r.value
    return new_int(l)


def m_factorial(ec: ExecCtx, w: W_Object) -> W_Object:
    n = int_arg(ec, w, "factorial")
    if n < 0:
        raise value_error("factorial() not defined for negative values")
    acc: W_Object = new_int(1)
    i = 2
    while i <= n:
        acc = ops.binary_op(ec, acc, new_int(i), 5)
        i += 1
    return acc


def m_comb(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    n = int_arg(ec, a, "comb")
    k = int_arg(ec, b, "comb")
    if n < 0:
        raise value_error("n must be a non-negative integer")
    if k < 0:
        raise value_error("k must be a non-negative integer")
    if k > n:
        return new_int(0)
    if k > n - k:
        k = n - k
    acc: W_Object = new_int(1)
    i = 0
    while i < k:
        acc = ops.binary_op(ec, acc, new_int(n - i), 5)
        acc = ops.binary_op(ec, acc, new_int(i + 1), 2)
        i += 1
    return acc


def m_perm(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    n = int_arg(ec, args[0], "perm")
    if len(args) < 2 or args[1] is W_NONE:
        return m_factorial(ec, args[0])
    k = int_arg(ec, args[1], "perm")
    if n < 0:
        raise value_error("n must be a non-negative integer")
    if k < 0:
        raise value_error("k must be a non-negative integer")
    if k > n:
        return new_int(0)
    acc: W_Object = new_int(1)
    i = 0
    while i < k:
        acc = ops.binary_op(ec, acc, new_int(n - i), 5)
        i += 1
    return acc


def m_isqrt(ec: ExecCtx, w: W_Object) -> W_Object:
    if longobject.is_big(w):
        return isqrt_big(ec, w)
    n = int_arg(ec, w, "isqrt")
    if n < 0:
        raise value_error("isqrt() argument must be nonnegative")
    if n == 0:
        return new_int(0)
    x = int(math.sqrt(float(n)))
    # x * x > n, by division: near 2**63 the square overflows 64 bits
    while x > n // x:
        x -= 1
    while x + 1 <= n // (x + 1):
        x += 1
    return new_int(x)


def isqrt_big(ec: ExecCtx, w_n: W_Object) -> W_Object:
    """isqrt of a big int: Newton's iteration from above, starting at a
    power of two not below the root; it decreases until it stops."""
    if longobject.big_sign(w_n) < 0:
        raise value_error("isqrt() argument must be nonnegative")
    bits = index_value(ec, longobject.m_bit_length(ec, w_n), "{}")
    x = ops.binary_op(ec, new_int(1), new_int((bits + 1) // 2), OP_LSHIFT)
    while True:
        q = ops.binary_op(ec, w_n, x, OP_FLOORDIV)
        y = ops.binary_op(ec, ops.binary_op(ec, x, q, OP_ADD), new_int(1),
                          OP_RSHIFT)
        if is_true(ec, ops.compare(ec, y, x, CMP_GE)):
            return x
        x = y


def m_copysign(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_Float(libm.copysign(farg(ec, a), farg(ec, b)))


def m_fmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    x = farg(ec, a)
    y = farg(ec, b)
    if y == 0.0 or x == INF or x == -INF:
        if x == x and y == y:
            raise domain()
    return W_Float(libm.fmod(x, y))


def m_modf(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == INF or x == -INF:
        return new_tuple([W_Float(libm.copysign(0.0, x)), W_Float(x)])
    ip = float(int(x)) if x == x else x
    if x == x and (x >= 9.007199254740992e15 or x <= -9.007199254740992e15):
        ip = x
    return new_tuple([W_Float(libm.copysign(x - ip, x)),
                      W_Float(libm.copysign(ip, x))])


def m_frexp(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == 0.0 or x != x or x == INF or x == -INF:
        return new_tuple([W_Float(x), new_int(0)])
    m, e = frexp(x)
    return new_tuple([W_Float(m), new_int(e)])


def m_ldexp(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    x = farg(ec, a)
    e = int_arg(ec, b, "ldexp")
    if e > 100000:
        e = 100000
    if e < -100000:
        e = -100000
    r = libm.ldexp(x, e)
    if (r == INF or r == -INF) and x != INF and x != -INF:
        raise range_err()
    return W_Float(r)


def m_degrees(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(farg(ec, w) * (180.0 / math.pi))


def m_radians(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(farg(ec, w) * (math.pi / 180.0))


def m_prod(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    p = ArgParser("prod", ["iterable", "start"])
    p.parse(args, kwnames, 1, 1)
    w_start = p.get(1)
    acc: W_Object = new_int(1) if w_start is None else w_start
    for x in unpack_iterable(ec, args[0]):
        acc = ops.binary_op(ec, acc, x, 5)
    return acc


def m_fsum(ec: ExecCtx, w: W_Object) -> W_Object:
    # Shewchuk's algorithm, as CPython's math.fsum
    partials: list[float] = []
    special_sum = 0.0       # infinities and nans, summed apart
    inf_sum = 0.0
    for x in unpack_iterable(ec, w):
        xsave = farg(ec, x)
        v = xsave
        i = 0
        for y in partials:
            if abs_f(v) < abs_f(y):
                t = v
                v = y
                y = t
            hi = v + y
            lo = y - (hi - v)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            v = hi
        del partials[i:]
        if v == 0.0:
            continue
        if not math.isinf(v) and not math.isnan(v):
            partials.append(v)
            continue
        if not math.isinf(xsave) and not math.isnan(xsave):
            raise overflow_error("intermediate overflow in fsum")
        if math.isinf(xsave):
            inf_sum += xsave
        special_sum += xsave
        partials = []
    if special_sum != 0.0:
        if math.isnan(inf_sum):
            raise value_error("-inf + inf in fsum")
        return W_Float(special_sum)
    total = 0.0
    lo2 = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        total = partials[n]
        while n > 0:
            x2 = total
            n -= 1
            y2 = partials[n]
            total = x2 + y2
            yr = total - x2
            lo2 = y2 - yr
            if lo2 != 0.0:
                break
        if n > 0 and ((lo2 < 0.0 and partials[n - 1] < 0.0) or
                      (lo2 > 0.0 and partials[n - 1] > 0.0)):
            y3 = lo2 * 2.0
            x3 = total + y3
            yr3 = x3 - total
            if y3 == yr3:
                total = x3
    return W_Float(total)


def abs_f(x: float) -> float:
    return -x if x < 0.0 else x


def m_isclose(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    p = ArgParser("isclose", ["a", "b", "rel_tol", "abs_tol"])
    p.parse(args, kwnames, 2, 2)
    wa = p.get(0)
    wb = p.get(1)
    if wa is None or wb is None:
        raise type_error("isclose() missing required argument")
    a = farg(ec, wa)
    b = farg(ec, wb)
    w_rel = p.get(2)
    w_abs = p.get(3)
    rel = 1e-09 if w_rel is None else farg(ec, w_rel)
    atol = 0.0 if w_abs is None else farg(ec, w_abs)
    if rel < 0.0 or atol < 0.0:
        raise value_error("tolerances must be non-negative")
    if a == b:
        return W_TRUE
    if a == INF or a == -INF or b == INF or b == -INF:
        return W_FALSE
    diff = abs_f(b - a)
    return new_bool((diff <= abs_f(rel * b)) or (diff <= abs_f(rel * a))
                    or (diff <= atol))


def m_dist(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    pa = unpack_iterable(ec, a)
    pb = unpack_iterable(ec, b)
    if len(pa) != len(pb):
        raise value_error("both points must have the same number of "
                          "dimensions")
    total = 0.0
    i = 0
    while i < len(pa):
        d = farg(ec, pa[i]) - farg(ec, pb[i])
        total += d * d
        i += 1
    return W_Float(math.sqrt(total))


def m_log1p(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x <= -1.0:
        raise domain()
    return W_Float(libm.log1p(x))


def m_expm1(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return check(libm.expm1(x), x)


def m_erf(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(libm.erf(farg(ec, w)))


def m_erfc(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(libm.erfc(farg(ec, w)))


def m_gamma(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == x // 1.0 and x <= 0.0:
        raise domain()
    return check(libm.tgamma(x), x)


def m_lgamma(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x == x // 1.0 and x <= 0.0:
        raise domain()
    return check(libm.lgamma(x), x)


def m_asinh(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(libm.asinh(farg(ec, w)))


def m_acosh(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x < 1.0:
        raise domain()
    return W_Float(libm.acosh(x))


def m_atanh(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    if x <= -1.0 or x >= 1.0:
        raise domain()
    return W_Float(libm.atanh(x))


def m_cbrt(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(libm.cbrt(farg(ec, w)))


def m_exp2(ec: ExecCtx, w: W_Object) -> W_Object:
    x = farg(ec, w)
    return check(libm.exp2(x), x)


def m_nextafter(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_Float(libm.nextafter(farg(ec, a), farg(ec, b)))


def m_ulp(ec: ExecCtx, w: W_Object) -> W_Object:
    """The value of the least significant bit of x (as CPython: the gap
    to the next float away from zero, or toward zero at the largest)."""
    x = abs_f(farg(ec, w))
    if x != x or x == INF:
        return W_Float(x)
    up = libm.nextafter(x, INF)
    if up == INF:
        return W_Float(x - libm.nextafter(x, -INF))
    return W_Float(up - x)


def m_remainder(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    """IEEE 754 remainder; nan operands give nan, an infinite x or a zero
    y a domain error, as CPython's math.remainder."""
    x = farg(ec, a)
    y = farg(ec, b)
    if x != x or y != y:
        return W_Float(NAN)
    if x == INF or x == -INF or y == 0.0:
        raise domain()
    return W_Float(libm.remainder(x, y))


def make_math(ec: ExecCtx) -> W_Module:
    m = new_module("math")
    m.set("pi", W_Float(math.pi))
    m.set("e", W_Float(math.e))
    m.set("tau", W_Float(2.0 * math.pi))
    m.set("inf", W_Float(INF))
    m.set("nan", W_Float(NAN))
    m.set("sqrt", builtin1("sqrt", m_sqrt))
    m.set("exp", builtin1("exp", m_exp))
    m.set("exp2", builtin1("exp2", m_exp2))
    m.set("expm1", builtin1("expm1", m_expm1))
    m.set("log", builtinn("log", m_log, 1, 2))
    m.set("log2", builtin1("log2", m_log2))
    m.set("log10", builtin1("log10", m_log10))
    m.set("log1p", builtin1("log1p", m_log1p))
    m.set("sin", builtin1("sin", m_sin))
    m.set("cos", builtin1("cos", m_cos))
    m.set("tan", builtin1("tan", m_tan))
    m.set("asin", builtin1("asin", m_asin))
    m.set("acos", builtin1("acos", m_acos))
    m.set("atan", builtin1("atan", m_atan))
    m.set("atan2", builtin2("atan2", m_atan2))
    m.set("sinh", builtin1("sinh", m_sinh))
    m.set("cosh", builtin1("cosh", m_cosh))
    m.set("tanh", builtin1("tanh", m_tanh))
    m.set("asinh", builtin1("asinh", m_asinh))
    m.set("acosh", builtin1("acosh", m_acosh))
    m.set("atanh", builtin1("atanh", m_atanh))
    m.set("fabs", builtin1("fabs", m_fabs))
    m.set("floor", builtin1("floor", m_floor))
    m.set("ceil", builtin1("ceil", m_ceil))
    m.set("trunc", builtin1("trunc", m_trunc))
    m.set("pow", builtin2("pow", m_pow))
    m.set("hypot", builtinn("hypot", m_hypot, 0, -1))
    m.set("isnan", builtin1("isnan", m_isnan))
    m.set("isinf", builtin1("isinf", m_isinf))
    m.set("isfinite", builtin1("isfinite", m_isfinite))
    m.set("gcd", builtinn("gcd", m_gcd, 0, -1))
    m.set("lcm", builtinn("lcm", m_lcm, 0, -1))
    m.set("factorial", builtin1("factorial", m_factorial))
    m.set("comb", builtin2("comb", m_comb))
    m.set("perm", builtinn("perm", m_perm, 1, 2))
    m.set("isqrt", builtin1("isqrt", m_isqrt))
    m.set("copysign", builtin2("copysign", m_copysign))
    m.set("fmod", builtin2("fmod", m_fmod))
    m.set("modf", builtin1("modf", m_modf))
    m.set("frexp", builtin1("frexp", m_frexp))
    m.set("ldexp", builtin2("ldexp", m_ldexp))
    m.set("degrees", builtin1("degrees", m_degrees))
    m.set("radians", builtin1("radians", m_radians))
    m.set("prod", builtin_kw("prod", m_prod))
    m.set("fsum", builtin1("fsum", m_fsum))
    m.set("isclose", builtin_kw("isclose", m_isclose))
    m.set("dist", builtin2("dist", m_dist))
    m.set("erf", builtin1("erf", m_erf))
    m.set("erfc", builtin1("erfc", m_erfc))
    m.set("gamma", builtin1("gamma", m_gamma))
    m.set("lgamma", builtin1("lgamma", m_lgamma))
    m.set("cbrt", builtin1("cbrt", m_cbrt))
    m.set("nextafter", builtin2("nextafter", m_nextafter))
    m.set("ulp", builtin1("ulp", m_ulp))
    m.set("remainder", builtin2("remainder", m_remainder))
    return m
