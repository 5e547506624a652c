"""The float type: construction, the special methods of the generic
operator dispatch, repr/format (the host's float repr and format are
CPython's), rounding and the other methods."""
from __future__ import annotations

from typing import Callable

from rtutil import MAXINT, frexp
from rtrans.c import include
from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Instance, ExecCtx, PyError, W_BuiltinFunction, W_NONE,
                     W_TRUE, W_FALSE, W_NOTIMPLEMENTED, FLOAT_TYPE, INT_TYPE,
                     new_int, new_bool, new_str, new_tuple, type_error,
                     value_error, overflow_error, zero_division,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     add_getset, str_value_of, ArgParser, repr_str,
                     index_value, hash_w, FLOAT_OF_HOOK)
from astnodes import OP_METHODS, OP_POW, OP_MATMUL
import numops
import intobject
import typeobject

INF = float("inf")
NAN = float("nan")


def float_of(w: W_Object) -> W_Float | None:
    if isinstance(w, W_Float):
        return w
    b = w.unwrap_for(FLOAT_TYPE)
    if isinstance(b, W_Float):
        return b
    return None


def to_float_operand(w: W_Object) -> W_Float | None:
    """A float operand for float arithmetic: floats and ints."""
    f = float_of(w)
    if f is not None:
        return f
    i = intobject.int_of(w)
    if i is not None:
        return W_Float(float(i.value))
    if intobject.is_int_like(w):
        return W_Float(BIG_TO_FLOAT[0](w))
    return None


def _big_to_float_missing(w: W_Object) -> float:
    raise overflow_error("int too large to convert to float")


BIG_TO_FLOAT: list[Callable[[W_Object], float]] = [_big_to_float_missing]


class W_FloatBinop(W_BuiltinFunction):
    op: int
    reflected: bool

    def __init__(self, name: str, op: int, reflected: bool) -> None:
        super().__init__(name, 2, 3)
        self.op = op
        self.reflected = reflected

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        if len(args) == 3 and args[2] is not W_NONE:
            raise type_error("pow() 3rd argument not allowed unless all "
                             "arguments are integers")
        a = args[0]
        b = args[1]
        if self.reflected:
            a = args[1]
            b = args[0]
        fa = to_float_operand(a)
        fb = to_float_operand(b)
        if fa is None or fb is None or self.op == OP_MATMUL:
            return W_NOTIMPLEMENTED
        return numops.float_binop(ec, self.op, fa.value, fb.value)


class W_FloatCompare(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        super().__init__(name, 2, 2)
        self.op = op

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        fa = float_of(args[0])
        if fa is None:
            return W_NOTIMPLEMENTED
        w_b = args[1]
        fb = float_of(w_b)
        if fb is not None:
            return new_bool(cmp_floats(fa.value, fb.value, self.op))
        ib = intobject.int_of(w_b)
        if ib is not None:
            c = numops.cmp_int_float(ib.value, fa.value)
            if c != 2:
                c = -c
            return new_bool(numops.cmp_result(c, self.op))
        return W_NOTIMPLEMENTED


def cmp_floats(a: float, b: float, op: int) -> bool:
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


def self_float(w: W_Object) -> float:
    f = float_of(w)
    if f is None:
        raise type_error("descriptor requires a 'float' object but received "
                         "a '" + w.type_name() + "'")
    return f.value


# ------------------------------------------------------------ construction

def parse_float(s: str, w_orig: W_Object, ec: ExecCtx) -> float:
    text = intobject.number_text(s)
    low = text.lower()
    sign = 1.0
    body = low
    if body.startswith("+") or body.startswith("-"):
        if body[0] == "-":
            sign = -1.0
        body = body[1:]
    if body == "nan":
        return NAN
    if body == "inf" or body == "infinity":
        return sign * INF
    if not valid_float_text(body):
        raise value_error("could not convert string to float: "
                          + repr_str(ec, w_orig))
    try:
        return sign * float(body.replace("_", ""))
    except ValueError:
        raise value_error("could not convert string to float: "
                          + repr_str(ec, w_orig))


def valid_float_text(t: str) -> bool:
    """digits [. digits] [e [+-] digits], underscores only between
    digits."""
    n = len(t)
    i = 0
    digits = 0
    i, d1 = scan_digits(t, i)
    if d1 < 0:
        return False
    digits += d1
    if i < n and t[i] == ".":
        i += 1
        i, d2 = scan_digits(t, i)
        if d2 < 0:
            return False
        digits += d2
    if digits == 0:
        return False
    if i < n and t[i] == "e":
        i += 1
        if i < n and (t[i] == "+" or t[i] == "-"):
            i += 1
        i, d3 = scan_digits(t, i)
        if d3 <= 0:
            return False
    return i == n


def scan_digits(t: str, i: int) -> tuple[int, int]:
    """(index after, digit count) or count -1 on a misplaced underscore."""
    n = len(t)
    count = 0
    while i < n:
        c = t[i]
        if "0" <= c <= "9":
            count += 1
            i += 1
        elif c == "_":
            if count == 0 or i + 1 >= n or not ("0" <= t[i + 1] <= "9"):
                return (i, -1)
            i += 1
        else:
            break
    return (i, count)


def float_from_object(ec: ExecCtx, w: W_Object) -> float:
    if isinstance(w, W_Float):
        return w.value
    if isinstance(w, W_Int):
        return float(w.value)
    s = str_value_of(w)
    if s is not None:
        return parse_float(s, w, ec)
    t = w.get_type()
    w_m = t.lookup("__float__")
    if w_m is not None:
        w_r = w_m.call_method(ec, w, [], None)
        fr = float_of(w_r)
        if fr is None:
            raise type_error(t.name + ".__float__ returned non-float (type "
                             + w_r.type_name() + ")")
        return fr.value
    w_i = t.lookup("__index__")
    if w_i is not None:
        return float(index_value(ec, w, "{}"))
    f = float_of(w)
    if f is not None:
        return f.value
    if intobject.is_int_like(w):
        return BIG_TO_FLOAT[0](w)
    raise type_error("float() argument must be a string or a real number, "
                     "not '" + w.type_name() + "'")


def float_arg(ec: ExecCtx, w: W_Object) -> float:
    """A math-function argument: float, int, __float__ or __index__."""
    if isinstance(w, W_Float):
        return w.value
    if isinstance(w, W_Int):
        return float(w.value)
    if str_value_of(w) is not None:
        raise type_error("must be real number, not str")
    t = w.get_type()
    if t.lookup("__float__") is None and t.lookup("__index__") is None and \
            float_of(w) is None and not intobject.is_int_like(w):
        raise type_error("must be real number, not " + w.type_name())
    return float_from_object(ec, w)


def float_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) > 2:
        raise type_error("float expected at most 1 argument, got "
                         + str(len(args) - 1))
    v = 0.0
    if len(args) == 2:
        v = float_from_object(ec, args[1])
    w_cls = args[0]
    if w_cls is FLOAT_TYPE or not isinstance(w_cls, W_Type):
        return W_Float(v)
    inst = W_Instance(w_cls)
    inst.w_base = W_Float(v)
    return inst


# ----------------------------------------------------------------- methods

def float_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(repr(self_float(w)))


def float_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    f = float_of(w)
    if f is None:
        return new_int(hash_w(ec, w))
    return new_int(f.hash_value(ec))


def float_bool(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_float(w) != 0.0)


def float_float(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_float(w))


def float_int(ec: ExecCtx, w: W_Object) -> W_Object:
    return numops.float_to_int(ec, self_float(w))


def float_floor(ec: ExecCtx, w: W_Object) -> W_Object:
    return numops.float_floor(ec, self_float(w))


def float_ceil(ec: ExecCtx, w: W_Object) -> W_Object:
    return numops.float_ceil(ec, self_float(w))


def float_neg(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(-self_float(w))


def float_pos(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_float(w))


def float_abs(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_float(w)
    if v < 0.0 or (v == 0.0 and repr(v)[0] == "-"):
        return W_Float(-v)
    return W_Float(v)


def float_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    spec = str_value_of(w_spec)
    if spec is None:
        raise type_error("format() argument 2 must be str, not "
                         + w_spec.type_name())
    return new_str(self_float(w).__format__(spec))


def float_round(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    v = self_float(args[0])
    if len(args) < 2 or args[1] is W_NONE:
        if v != v:
            raise value_error("cannot convert float NaN to integer")
        if v == INF or v == -INF:
            raise overflow_error("cannot convert float infinity to integer")
        r = round_half_even(v)
        return numops.float_to_int(ec, r)
    nd = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                     "integer")
    if v != v or v == INF or v == -INF:
        return W_Float(v)
    if nd > 400:
        return W_Float(v)
    if nd < -400:
        return W_Float(0.0 * v)
    return W_Float(round(v, nd))


def round_half_even(v: float) -> float:
    f = v // 1.0
    diff = v - f
    if diff > 0.5:
        return f + 1.0
    if diff < 0.5:
        return f
    if (f / 2.0) // 1.0 * 2.0 == f:
        return f
    return f + 1.0


def float_divmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    fa = to_float_operand(a)
    fb = to_float_operand(b)
    if fa is None or fb is None:
        return W_NOTIMPLEMENTED
    q, r = numops.float_divmod(ec, fa.value, fb.value)
    return new_tuple([q, r])


def float_rdivmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return float_divmod(ec, b, a)


def float_is_integer(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_float(w)
    if v != v or v == INF or v == -INF:
        return W_FALSE
    return new_bool(v == v // 1.0)


def float_as_integer_ratio(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_float(w)
    if v != v:
        raise value_error("cannot convert NaN to integer ratio")
    if v == INF or v == -INF:
        raise overflow_error("cannot convert Infinity to integer ratio")
    if v == 0.0:
        return new_tuple([new_int(0), new_int(1)])
    m, e = frexp(v)
    # m * 2**e with m in [0.5, 1): scale m to an integer
    k = 0
    while m != m // 1.0 and k < 300:
        m = m * 2.0
        e -= 1
        k += 1
    num = int(m)
    if e > 0:
        return new_tuple([numops.int_lshift(ec, num, e), new_int(1)])
    while e < 0 and num % 2 == 0:
        num = num // 2
        e += 1
    return new_tuple([new_int(num), numops.int_lshift(ec, 1, -e)])


def float_conjugate(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_float(w))


def float_get_real(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_float(w))


def float_get_imag(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(0.0)


def float_hex(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_float(w)
    if v != v:
        return new_str("nan")
    if v == INF:
        return new_str("inf")
    if v == -INF:
        return new_str("-inf")
    sign = ""
    if v < 0.0 or (v == 0.0 and repr(v)[0] == "-"):
        sign = "-"
        v = -v
    if v == 0.0:
        return new_str(sign + "0x0.0p+0")
    m, e = frexp(v)
    # v = m * 2**e, m in [0.5, 1): normalise to 1.xxx * 2**(e-1)
    e -= 1
    if e < -1022:
        # subnormal: 0.xxx * 2**-1022 (scaling by 2 is exact)
        m = v
        k0 = 0
        while k0 < 1022:
            m = m * 2.0
            k0 += 1
        lead = 0
        e = -1022
    else:
        lead = 1
        m = m * 2.0 - 1.0
    digits: list[str] = []
    k = 0
    while k < 13:
        m = m * 16.0
        d = int(m)
        digits.append("0123456789abcdef"[d])
        m = m - float(d)
        k += 1
    # CPython always shows all 13 digits (0x1.0000000000000p+0)
    frac = "".join(digits)
    es = str(e)
    if e >= 0:
        es = "+" + es
    return new_str(sign + "0x" + str(lead) + "." + frac + "p" + es)


def float_getformat(ec: ExecCtx, w_cls: W_Object, w_t: W_Object) -> W_Object:
    s = str_value_of(w_t)
    if s != "double" and s != "float":
        raise value_error("__getformat__() argument 1 must be 'double' or "
                          "'float'")
    return new_str("IEEE, little-endian")


libm_f = include("math.h", safe=["ldexp"])

HEXDIGITS = "0123456789abcdef"


def fromhex_error() -> PyError:
    return value_error("invalid hexadecimal floating-point string")


def float_fromhex(ec: ExecCtx, w_cls: W_Object, w_s: W_Object) -> W_Object:
    if not isinstance(w_s, W_Str):
        raise type_error("must be str, not " + w_s.get_type().name)
    s = w_s.value.strip().lower()
    neg = False
    if s.startswith("-"):
        neg = True
        s = s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if s == "inf" or s == "infinity":
        return W_Float(-INF if neg else INF)
    if s == "nan":
        return W_Float(float("nan"))
    if s.startswith("0x"):
        s = s[2:]
    n = len(s)
    i = 0
    intdigits: list[str] = []
    fracdigits: list[str] = []
    while i < n and s[i] in HEXDIGITS:
        intdigits.append(s[i])
        i += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and s[i] in HEXDIGITS:
            fracdigits.append(s[i])
            i += 1
    if len(intdigits) + len(fracdigits) == 0:
        raise fromhex_error()
    pexp = 0
    if i < n and s[i] == "p":
        i += 1
        eneg = False
        if i < n and (s[i] == "+" or s[i] == "-"):
            eneg = s[i] == "-"
            i += 1
        if i >= n or not s[i].isdigit():
            raise fromhex_error()
        while i < n and s[i].isdigit():
            if pexp < 1000000:
                pexp = pexp * 10 + (ord(s[i]) - 48)
            i += 1
        if eneg:
            pexp = -pexp
    if i != n:
        raise fromhex_error()
    digits = "".join(intdigits + fracdigits).lstrip("0")
    e = pexp - 4 * len(fracdigits)
    if digits == "":
        return W_Float(-0.0 if neg else 0.0)
    m = 0
    sticky = False
    k = 0
    for c in digits:
        if k < 15:
            m = m * 16 + HEXDIGITS.index(c)
        else:
            e += 4
            if c != "0":
                sticky = True
        k += 1
    bl = 0
    t = m
    while t > 0:
        bl += 1
        t = t >> 1
    shift = bl - 53
    if -1074 - e > shift:
        shift = -1074 - e
    if shift > 62:
        m = 0
        e = 0
    elif shift > 0:
        rem = m & ((1 << shift) - 1)
        m = m >> shift
        half = 1 << (shift - 1)
        if rem > half or (rem == half and (sticky or (m & 1) == 1)):
            m += 1
        e += shift
    if e > 2000:
        raise overflow_error("hexadecimal value too large to represent "
                             "as a float")
    r = libm_f.ldexp(float(m), e)
    if r == INF:
        raise overflow_error("hexadecimal value too large to represent "
                             "as a float")
    if neg:
        r = -r
    return W_Float(r)


def float_new1(ec: ExecCtx, w: W_Object) -> W_Object:
    """float(w): float_new's result for the exact type."""
    return W_Float(float_from_object(ec, w))


def install() -> None:
    t = FLOAT_TYPE
    # float_new counts the arguments itself, with CPython's message
    typeobject.add_static_newn(t, float_new, 1, -1)
    t.new1 = float_new1
    i = 0
    for m in OP_METHODS:
        if m not in ("and", "or", "xor", "lshift", "rshift", "matmul"):
            name = "__" + m + "__"
            rname = "__r" + m + "__"
            t.tdict[name] = intobject.owned(W_FloatBinop(name, i, False), t)
            t.tdict[rname] = intobject.owned(W_FloatBinop(rname, i, True), t)
        i += 1
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        t.tdict[cn] = intobject.owned(W_FloatCompare(cn, k), t)
        k += 1
    add_method1(t, "__repr__", float_repr)
    add_method1(t, "__hash__", float_hash)
    add_method1(t, "__bool__", float_bool)
    add_method1(t, "__float__", float_float)
    add_method1(t, "__int__", float_int)
    add_method1(t, "__trunc__", float_int)
    add_method1(t, "__floor__", float_floor)
    add_method1(t, "__ceil__", float_ceil)
    add_method1(t, "__neg__", float_neg)
    add_method1(t, "__pos__", float_pos)
    add_method1(t, "__abs__", float_abs)
    add_method2(t, "__format__", float_format)
    add_methodn(t, "__round__", float_round, 1, 2)
    add_method2(t, "__divmod__", float_divmod)
    add_method2(t, "__rdivmod__", float_rdivmod)
    add_method1(t, "is_integer", float_is_integer)
    add_method1(t, "as_integer_ratio", float_as_integer_ratio)
    add_method1(t, "conjugate", float_conjugate)
    add_method1(t, "hex", float_hex)
    add_method2(t, "fromhex", float_fromhex)
    t.tdict["fromhex"] = typeobject.W_ClassMethod(t.tdict["fromhex"])
    add_method2(t, "__getformat__", float_getformat)
    t.tdict["__getformat__"] = typeobject.W_ClassMethod(
        t.tdict["__getformat__"])
    add_getset(t, "real", float_get_real, None)
    add_getset(t, "imag", float_get_imag, None)
    t.compute_flags()
    FLOAT_OF_HOOK[0] = float_arg
