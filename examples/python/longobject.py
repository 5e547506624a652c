"""Ints beyond 64 bits: W_BigInt holds a bigint.BigInt (bigint.py).

An int is a W_Int whenever its value fits in 64 bits (every result is
normalised), so W_BigInt values are always outside that range.  The
small-int code calls in here through the hooks it declares (numops
BIG_BINOP, intobject EXT_BINOP/EXT_COMPARE/...), installed by install():
plugging big integers in is this module alone.
"""
from __future__ import annotations

from rtutil import MAXINT, MININT
import bigint
from bigint import (BigInt, big_from_int, big_fits_int, big_to_int,
                    big_from_str, big_to_str, big_add, big_sub, big_mul,
                    big_neg, big_abs, big_floordiv, big_mod, big_divmod,
                    big_truediv, big_pow, big_powmod, big_cmp, big_is_zero,
                    big_and, big_or, big_xor, big_invert, big_lshift,
                    big_rshift, big_to_float, big_from_float, big_bit_length,
                    big_hash, big_str_digits_exceed)
from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Tuple, W_Instance, W_BuiltinFunction, ExecCtx, PyError,
                     W_NONE, W_TRUE, W_FALSE, W_NOTIMPLEMENTED, INT_TYPE,
                     new_int, new_bool, new_str, new_tuple, type_error,
                     value_error, overflow_error, zero_division, index_error,
                     str_value_of, index_value, add_method1, add_method2,
                     add_methodn, add_getset, BIG_INDEX)
from astnodes import (OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL,
                      OP_MUL, OP_MOD, OP_OR, OP_POW, OP_RSHIFT, OP_SUB,
                      OP_TRUEDIV, OP_XOR)
import numops
import intobject
import floatobject
import sliceobject
import builtins_mod
import constants
import ops

INF = float("inf")
STR_LIMIT_MSG = ("Exceeds the limit (4300 digits) for integer string "
                 "conversion; use sys.set_int_max_str_digits() to increase "
                 "the limit")


class W_BigInt(W_Object):
    big: BigInt

    def __init__(self, big: BigInt) -> None:
        self.big = big

    def get_type(self) -> W_Type:
        return INT_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return decimal(ec, self.big)

    def str_str(self, ec: ExecCtx) -> str:
        return decimal(ec, self.big)

    def hash_value(self, ec: ExecCtx) -> int:
        return big_hash(self.big)

    def is_true(self, ec: ExecCtx) -> bool:
        return not big_is_zero(self.big)


def decimal(ec: ExecCtx, b: BigInt) -> str:
    limit = ec.space.int_max_str_digits
    if limit > 0 and big_str_digits_exceed(b, limit):
        raise value_error(STR_LIMIT_MSG.replace("4300", str(limit)))
    return big_to_str(b, 10)


def wrap(b: BigInt) -> W_Object:
    """The int object of b: a W_Int when it fits in 64 bits."""
    if big_fits_int(b):
        return new_int(big_to_int(b))
    return W_BigInt(b)


def to_big(w: W_Object) -> BigInt | None:
    if isinstance(w, W_BigInt):
        return w.big
    if isinstance(w, W_Int):
        return big_from_int(w.value)
    base = w.unwrap_for(INT_TYPE)
    if isinstance(base, W_BigInt):
        return base.big
    if isinstance(base, W_Int):
        return big_from_int(base.value)
    return None


def is_big(w: W_Object) -> bool:
    return isinstance(w, W_BigInt)


def shift_count(ec: ExecCtx, b: BigInt) -> int:
    if b.neg:
        raise value_error("negative shift count")
    if not big_fits_int(b):
        raise overflow_error("too many digits in integer")
    return big_to_int(b)


def big_op(ec: ExecCtx, op: int, a: BigInt, b: BigInt) -> W_Object:
    if op == OP_ADD:
        return wrap(big_add(a, b))
    if op == OP_SUB:
        return wrap(big_sub(a, b))
    if op == OP_MUL:
        return wrap(big_mul(a, b))
    if op == OP_FLOORDIV:
        if big_is_zero(b):
            raise zero_division("integer division or modulo by zero")
        return wrap(big_floordiv(a, b))
    if op == OP_MOD:
        if big_is_zero(b):
            raise zero_division("integer modulo by zero")
        return wrap(big_mod(a, b))
    if op == OP_TRUEDIV:
        if big_is_zero(b):
            raise zero_division("division by zero")
        return W_Float(big_truediv(a, b))
    if op == OP_POW:
        if b.neg:
            return numops.float_pow(ec, big_to_float(a), big_to_float(b))
        return wrap(big_pow(a, b))
    if op == OP_LSHIFT:
        n = shift_count(ec, b)
        if big_is_zero(a):
            return new_int(0)
        if n > (1 << 40):
            raise overflow_error("too many digits in integer")
        return wrap(big_lshift(a, n))
    if op == OP_RSHIFT:
        if b.neg:
            raise value_error("negative shift count")
        if not big_fits_int(b):
            return new_int(-1 if a.neg else 0)
        return wrap(big_rshift(a, big_to_int(b)))
    if op == OP_AND:
        return wrap(big_and(a, b))
    if op == OP_OR:
        return wrap(big_or(a, b))
    if op == OP_XOR:
        return wrap(big_xor(a, b))
    return W_NOTIMPLEMENTED


def small_binop(ec: ExecCtx, op: int, a: int, b: int) -> W_Object:
    """numops.BIG_BINOP: a 64-bit operation whose result overflowed."""
    if op == OP_MUL:
        return W_BigInt(bigint.big_mul_ints(a, b))
    return big_op(ec, op, big_from_int(a), big_from_int(b))


def ext_binop(ec: ExecCtx, op: int, w_a: W_Object, w_b: W_Object) -> W_Object:
    a = to_big(w_a)
    b = to_big(w_b)
    if a is None or b is None or op == OP_MATMUL:
        return W_NOTIMPLEMENTED
    return big_op(ec, op, a, b)


def cmp_big_float(a: BigInt, f: float) -> int:
    if f != f:
        return 2
    if f == INF:
        return -1
    if f == -INF:
        return 1
    t = big_from_float(f)
    c = big_cmp(a, t)
    if c != 0:
        return c
    frac = f - big_to_float(t)
    if frac > 0.0:
        return -1
    if frac < 0.0:
        return 1
    return 0


def ext_compare(ec: ExecCtx, op: int, w_a: W_Object, w_b: W_Object) -> W_Object:
    a = to_big(w_a)
    if a is None:
        return W_NOTIMPLEMENTED
    if isinstance(w_b, W_Float):
        return new_bool(numops.cmp_result(cmp_big_float(a, w_b.value), op))
    b = to_big(w_b)
    if b is None:
        return W_NOTIMPLEMENTED
    return new_bool(numops.cmp_result(big_cmp(a, b), op))


def ext_divmod(ec: ExecCtx, w_a: W_Object, w_b: W_Object) -> W_Object:
    a = to_big(w_a)
    b = to_big(w_b)
    if a is None or b is None:
        return W_NOTIMPLEMENTED
    if big_is_zero(b):
        raise zero_division("integer division or modulo by zero")
    q, r = big_divmod(a, b)
    return new_tuple([wrap(q), wrap(r)])


def ext_powmod(ec: ExecCtx, w_a: W_Object, w_b: W_Object,
               w_m: W_Object) -> W_Object:
    a = to_big(w_a)
    b = to_big(w_b)
    m = to_big(w_m)
    if a is None or b is None or m is None:
        raise type_error("unsupported operand type(s) for ** or pow(): '"
                         + w_a.type_name() + "', '" + w_b.type_name()
                         + "', '" + w_m.type_name() + "'")
    if big_is_zero(m):
        raise value_error("pow() 3rd argument cannot be 0")
    try:
        return wrap(big_powmod(a, b, m))
    except ValueError as e:
        raise value_error(str(e))


def big_to_float_checked(w: W_Object) -> float:
    b = to_big(w)
    if b is None:
        raise type_error("an integer is required")
    try:
        return big_to_float(b)
    except OverflowError:
        raise overflow_error("int too large to convert to float")


def from_float(ec: ExecCtx, f: float) -> W_Object:
    return wrap(big_from_float(f))


def digit_limit_check(ec: ExecCtx, digits: str, base: int) -> None:
    limit = ec.space.int_max_str_digits
    if limit > 0 and base not in (2, 4, 8, 16, 32) and len(digits) > limit:
        raise value_error("Exceeds the limit (" + str(limit) + " digits) for "
                          "integer string conversion: value has "
                          + str(len(digits)) + " digits; use "
                          "sys.set_int_max_str_digits() to increase the limit")


def from_str(ec: ExecCtx, digits: str, base: int, neg: bool) -> W_Object:
    digit_limit_check(ec, digits, base)
    b = big_from_str(digits, base)
    if neg:
        b = big_neg(b)
    return wrap(b)


def big_const(digits: str, base: int) -> W_Object:
    return wrap(big_from_str(digits, base))


def index_ok(w: W_Object) -> bool:
    return isinstance(w, W_BigInt)


def big_sign(w: W_Object) -> int:
    if isinstance(w, W_BigInt):
        return -1 if w.big.neg else 1
    return 1


def base_text(ec: ExecCtx, w: W_Object, base: int, prefix: str) -> W_Object:
    b = to_big(w)
    if b is None:
        raise type_error("'" + w.type_name() + "' object cannot be "
                         "interpreted as an integer")
    if b.neg:
        return new_str("-" + prefix + big_to_str(big_neg(b), base))
    return new_str(prefix + big_to_str(b, base))


# ------------------------------------------------------------- methods
# The int type's unary methods: big ints here, small ones to intobject.

def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return new_str(decimal(ec, b))
    return intobject.int_repr(ec, w)


def m_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return new_int(big_hash(b))
    return intobject.int_hash(ec, w)


def big_of_self(w: W_Object) -> BigInt | None:
    """The BigInt of a big int (or int subclass holding one), else None
    (the small-int method handles it)."""
    if isinstance(w, W_BigInt):
        return w.big
    base = w.unwrap_for(INT_TYPE)
    if isinstance(base, W_BigInt):
        return base.big
    return None


def m_bool(ec: ExecCtx, w: W_Object) -> W_Object:
    if big_of_self(w) is not None:
        return W_TRUE
    return intobject.int_bool(ec, w)


def m_int(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return W_BigInt(b)
    return intobject.int_int(ec, w)


def m_as_integer_ratio(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([m_int(ec, w), new_int(1)])


def m_getnewargs(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([m_int(ec, w)])


def m_float(ec: ExecCtx, w: W_Object) -> W_Object:
    if big_of_self(w) is not None:
        return W_Float(big_to_float_checked(w))
    return intobject.int_float(ec, w)


def m_neg(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return wrap(big_neg(b))
    return intobject.int_neg(ec, w)


def m_pos(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return W_BigInt(b)
    return intobject.int_pos(ec, w)


def m_abs(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return wrap(big_abs(b))
    return intobject.int_abs(ec, w)


def m_invert(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return wrap(big_invert(b))
    return intobject.int_invert(ec, w)


def m_bit_length(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return new_int(big_bit_length(b))
    return intobject.int_bit_length(ec, w)


def m_bit_count(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        s = big_to_str(big_abs(b), 2)
        return new_int(s.count("1"))
    return intobject.int_bit_count(ec, w)


def m_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is None:
        return intobject.int_format(ec, w, w_spec)
    spec = str_value_of(w_spec)
    if spec is None:
        raise type_error("format() argument 2 must be str, not "
                         + w_spec.type_name())
    return new_str(format_big(ec, b, spec))


def m_round(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    b = big_of_self(args[0])
    if b is None:
        return intobject.int_round(ec, args)
    if len(args) < 2 or args[1] is W_NONE:
        return W_BigInt(b)
    nd = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                     "integer")
    if nd >= 0:
        return W_BigInt(b)
    p = big_pow(big_from_int(10), big_from_int(-nd))
    q, r = big_divmod(b, p)
    half = big_floordiv(p, big_from_int(2))
    c = big_cmp(r, half)
    if c > 0 or (c == 0 and big_to_int(big_mod(q, big_from_int(2))) == 1):
        q = big_add(q, big_from_int(1))
    return wrap(big_mul(q, p))


def m_trunc(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return W_BigInt(b)
    return intobject.int_trunc(ec, w)


def m_index(ec: ExecCtx, w: W_Object) -> W_Object:
    b = big_of_self(w)
    if b is not None:
        return W_BigInt(b)
    return intobject.int_index(ec, w)


# ------------------------------------------------------------ format

def format_big(ec: ExecCtx, b: BigInt, spec: str) -> str:
    """format() of a big int: the integer presentation types with fill,
    alignment, sign, '#', '0', width and grouping; float types through
    float()."""
    i = 0
    n = len(spec)
    fill = " "
    align = ""
    if n >= 2 and spec[1] in "<>=^":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    alt = False
    if i < n and spec[i] == "#":
        alt = True
        i += 1
    if i < n and spec[i] == "0" and align == "":
        fill = "0"
        align = "="
        i += 1
    width = 0
    while i < n and spec[i].isdigit():
        width = width * 10 + ord(spec[i]) - 48
        i += 1
    group = ""
    if i < n and (spec[i] == "," or spec[i] == "_"):
        group = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        raise value_error("Precision not allowed in integer format specifier")
    t = spec[i:] if i < n else "d"
    if t in ("e", "E", "f", "F", "g", "G", "%"):
        return big_to_float_checked(W_BigInt(b)).__format__(spec)
    if len(t) != 1 or t not in "dnbxXoc":
        raise value_error("Unknown format code '" + t + "' for object of type "
                          "'int'")
    base = 10
    prefix = ""
    if t == "b":
        base = 2
        prefix = "0b"
    elif t == "o":
        base = 8
        prefix = "0o"
    elif t == "x" or t == "X":
        base = 16
        prefix = "0x"
    if t == "c":
        raise overflow_error("%c arg not in range(0x110000)")
    mag = big_abs(b)
    digits = decimal(ec, mag) if base == 10 else big_to_str(mag, base)
    if t == "X":
        digits = digits.upper()
        prefix = "0X"
    if group != "":
        step = 3 if base == 10 else 4
        digits = group_digits(digits, group, step)
    sign_text = ""
    if b.neg:
        sign_text = "-"
    elif sign == "+":
        sign_text = "+"
    elif sign == " ":
        sign_text = " "
    head = sign_text + (prefix if alt else "")
    total = len(head) + len(digits)
    if total >= width:
        return head + digits
    pad = width - total
    if align == "=":
        return head + fill * pad + digits
    if align == "<":
        return head + digits + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + head + digits + fill * (pad - left)
    return fill * pad + head + digits


def group_digits(digits: str, sep: str, step: int) -> str:
    out: list[str] = []
    k = len(digits)
    while k > step:
        out.append(digits[k - step:k])
        k -= step
    out.append(digits[:k])
    out.reverse()
    return sep.join(out)


def bytes_of_big(w: W_Object, length: int, signed: bool) -> str:
    """The length bytes of int w, least significant first, two's
    complement when signed; CPython's OverflowErrors."""
    b = to_big(w)
    assert b is not None
    negative = big_cmp(b, big_from_int(0)) < 0
    if negative and not signed:
        raise overflow_error("can't convert negative int to unsigned")
    bits = 8 * length
    # signed: -2**(bits-1) <= b < 2**(bits-1); unsigned: b < 2**bits
    room = bits - 1 if signed else bits
    if room < 0 or big_bit_length(b if not negative else
                                  big_sub(big_neg(b), big_from_int(1))) > room:
        raise overflow_error("int too big to convert")
    x = big_add(b, bigint.big_lshift(big_from_int(1), bits)) if negative \
        else b
    out: list[str] = []
    for _ in range(length):
        out.append(chr(big_to_int(bigint.big_and(x, big_from_int(255)))))
        x = bigint.big_rshift(x, 8)
    return "".join(out)


def big_of_bytes(bs: str, signed: bool) -> W_Object:
    """The int of big-endian bytes bs (two's complement when signed),
    read 6 bytes at a time."""
    acc = big_from_int(0)
    i = 0
    while i < len(bs):
        chunk = bs[i:i + 6]
        v = 0
        for c in chunk:
            v = (v << 8) | ord(c)
        acc = bigint.big_or(bigint.big_lshift(acc, 8 * len(chunk)),
                            big_from_int(v))
        i += 6
    if signed and len(bs) > 0 and ord(bs[0]) >= 128:
        acc = big_sub(acc, bigint.big_lshift(big_from_int(1), 8 * len(bs)))
    return wrap(acc)


def install() -> None:
    intobject.BIG_TO_BYTES[0] = bytes_of_big
    intobject.BIG_FROM_BYTES[0] = big_of_bytes
    numops.BIG_BINOP[0] = small_binop
    numops.BIG_FROM_FLOAT[0] = from_float
    intobject.EXT_BINOP[0] = ext_binop
    intobject.EXT_COMPARE[0] = ext_compare
    ops.BIG_PAIR_OP[0] = ext_binop
    ops.BIG_PAIR_COMPARE[0] = ext_compare
    intobject.EXT_DIVMOD[0] = ext_divmod
    intobject.EXT_POWMOD[0] = ext_powmod
    intobject.IS_BIG[0] = is_big
    intobject.BIG_FROM_STR[0] = from_str
    floatobject.BIG_TO_FLOAT[0] = big_to_float_checked
    sliceobject.BIG_SIGN[0] = big_sign
    builtins_mod.BIG_BASE_TEXT[0] = base_text
    constants.BIGINT_CONST[0] = big_const
    BIG_INDEX[0] = index_ok
    t = INT_TYPE
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__hash__", m_hash)
    add_method1(t, "__bool__", m_bool)
    add_method1(t, "__int__", m_int)
    add_method1(t, "__index__", m_index)
    add_method1(t, "__float__", m_float)
    add_method1(t, "__neg__", m_neg)
    add_method1(t, "__pos__", m_pos)
    add_method1(t, "__abs__", m_abs)
    add_method1(t, "__invert__", m_invert)
    add_method1(t, "__trunc__", m_trunc)
    add_method1(t, "__floor__", m_trunc)
    add_method1(t, "__ceil__", m_trunc)
    add_method1(t, "bit_length", m_bit_length)
    add_method1(t, "bit_count", m_bit_count)
    add_method2(t, "__format__", m_format)
    add_methodn(t, "__round__", m_round, 1, 2)
    # the int itself, as an exact int, for a big one too
    add_method1(t, "conjugate", m_int)
    add_method1(t, "as_integer_ratio", m_as_integer_ratio)
    add_method1(t, "__getnewargs__", m_getnewargs)
    add_getset(t, "real", m_int, None)
    add_getset(t, "numerator", m_int, None)
    t.compute_flags()
