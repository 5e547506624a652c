"""complex numbers, with CPython's algorithms for division and powers
(so results agree to the last bit) and its repr."""
from __future__ import annotations

import math
from rtrans.c import include

from rtutil import u64_add, u64_mul
import rtutil
from objects import (W_Object, W_Type, W_Int, W_Float, W_Str, of_class,
                     ExecCtx, PyError, W_BuiltinFunction, W_NONE, W_TRUE,
                     W_FALSE, W_NOTIMPLEMENTED, new_int, new_bool, new_str,
                     new_tuple, type_error, value_error, overflow_error,
                     zero_division, add_method1, add_method2, add_methodn,
                     add_method_kw, add_getset, make_builtin_type,
                     OBJECT_TYPE, LAYOUT_OBJECT, str_value_of, ArgParser)
from astnodes import OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_POW
import floatobject
import intobject
import numops
import constants
import typeobject

libm = include("math.h", safe=["hypot", "copysign", "pow", "exp", "log",
                             "atan2", "cos", "sin"])

INF = float("inf")
NAN = float("nan")


class W_Complex(W_Object):
    real: float
    imag: float

    def __init__(self, real: float, imag: float) -> None:
        self.real = real
        self.imag = imag

    def get_type(self) -> W_Type:
        return COMPLEX_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return complex_repr(self.real, self.imag)

    def hash_value(self, ec: ExecCtx) -> int:
        hr = W_Float(self.real).hash_value(ec)
        hi = W_Float(self.imag).hash_value(ec)
        h = u64_add(hr, u64_mul(1000003, hi))
        if h == -1:
            return -2
        return h

    def is_true(self, ec: ExecCtx) -> bool:
        return self.real != 0.0 or self.imag != 0.0


COMPLEX_TYPE = make_builtin_type("complex", OBJECT_TYPE, LAYOUT_OBJECT)


def is_neg(v: float) -> bool:
    return v < 0.0 or (v == 0.0 and libm.copysign(1.0, v) < 0.0)


def short(v: float) -> str:
    s = repr(v)
    if s.endswith(".0"):
        return s[:-2]
    return s


def complex_repr(re: float, im: float) -> str:
    if re == 0.0 and not is_neg(re):
        return short(im) + "j"
    ims = short(im)
    if not is_neg(im) and im == im:
        ims = "+" + ims
    elif im != im:
        ims = "+" + ims
    return "(" + short(re) + ims + "j)"


def as_complex(w: W_Object) -> W_Complex | None:
    """An operand as a complex: complex, float or int."""
    if isinstance(w, W_Complex):
        return w
    b = w.unwrap_for(COMPLEX_TYPE)
    if isinstance(b, W_Complex):
        return b
    f = floatobject.to_float_operand(w)
    if f is not None:
        return W_Complex(f.value, 0.0)
    return None


def c_quot(ar: float, ai: float, br: float, bi: float) -> W_Complex:
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise zero_division("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return W_Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio2 = br / bi
        denom2 = br * ratio2 + bi
        return W_Complex((ar * ratio2 + ai) / denom2,
                         (ai * ratio2 - ar) / denom2)
    return W_Complex(NAN, NAN)


def c_prod(a: W_Complex, b: W_Complex) -> W_Complex:
    return W_Complex(a.real * b.real - a.imag * b.imag,
                     a.real * b.imag + a.imag * b.real)


def c_powu(x: W_Complex, n: int) -> W_Complex:
    r = W_Complex(1.0, 0.0)
    p = x
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            r = c_prod(r, p)
        mask <<= 1
        p = c_prod(p, p)
    return r


ZERO_TO_NEGATIVE = "0.0 to a negative or complex power"


def c_pow(a: W_Complex, b: W_Complex) -> W_Complex:
    """a ** b by the polar form, with C's libm (no Python exception on
    overflow: complex_pow decides from the result, as CPython decides
    from errno).  cos/sin of an infinite phase is C's domain error, which
    CPython reports as the ZeroDivisionError of 0 ** -1."""
    if b.real == 0.0 and b.imag == 0.0:
        return W_Complex(1.0, 0.0)
    if a.real == 0.0 and a.imag == 0.0:
        if b.imag != 0.0 or b.real < 0.0:
            raise zero_division(ZERO_TO_NEGATIVE)
        return W_Complex(0.0, 0.0)
    vabs = libm.hypot(a.real, a.imag)
    length = libm.pow(vabs, b.real)
    at = libm.atan2(a.imag, a.real)
    phase = at * b.real
    if b.imag != 0.0:
        length /= libm.exp(at * b.imag)
        phase += b.imag * libm.log(vabs)
    if phase == INF or phase == -INF:
        raise zero_division(ZERO_TO_NEGATIVE)
    return W_Complex(length * libm.cos(phase), length * libm.sin(phase))



def complex_pow(a: W_Complex, b: W_Complex) -> W_Complex:
    """CPython's complex_pow: a small integral exponent by repeated
    products (exact for Gaussian integers), anything else by c_pow; an
    infinite part in the result is an OverflowError (CPython's ERANGE),
    a zero divisor of a negative power a ZeroDivisionError."""
    if b.imag == 0.0 and b.real == (b.real // 1.0) and \
            -100.0 <= b.real <= 100.0:
        n = int(b.real)
        if n > 0:
            r = c_powu(a, n)
        elif n == 0:
            r = W_Complex(1.0, 0.0)
        else:
            d = c_powu(a, -n)
            if d.real == 0.0 and d.imag == 0.0:
                raise zero_division(ZERO_TO_NEGATIVE)
            r = c_quot(1.0, 0.0, d.real, d.imag)
    else:
        r = c_pow(a, b)
    if r.real == INF or r.real == -INF or r.imag == INF or r.imag == -INF:
        raise overflow_error("complex exponentiation")
    return r


def complex_binop(ec: ExecCtx, op: int, a: W_Complex, b: W_Complex) -> W_Object:
    if op == OP_ADD:
        return W_Complex(a.real + b.real, a.imag + b.imag)
    if op == OP_SUB:
        return W_Complex(a.real - b.real, a.imag - b.imag)
    if op == OP_MUL:
        return c_prod(a, b)
    if op == OP_TRUEDIV:
        return c_quot(a.real, a.imag, b.real, b.imag)
    if op == OP_POW:
        return complex_pow(a, b)
    return W_NOTIMPLEMENTED


def exact_operand(w: W_Object) -> W_Complex | None:
    """An operand of exact type complex, float or int (bool included) as a
    complex; None for anything else, subclasses too: they may override
    the operator."""
    if isinstance(w, W_Complex):
        return w
    if isinstance(w, W_Float):
        return W_Complex(w.value, 0.0)
    if isinstance(w, W_Int):
        return W_Complex(float(w.value), 0.0)
    return None


def exact_pair_op(ec: ExecCtx, op: int, a: W_Object, b: W_Object) -> W_Object:
    """a <op> b, one of them an exact complex, the other an exact complex,
    float or int: what complex.__op__ or __rop__ computes (the other
    type's own method gives NotImplemented for a complex), without
    looking either up or calling through a builtin method (mandelbrot's
    `z * z + c` spent ~100 instructions an operation there).
    NotImplemented when it does not apply."""
    ca = exact_operand(a)
    cb = exact_operand(b)
    if ca is None or cb is None:
        return W_NOTIMPLEMENTED
    return complex_binop(ec, op, ca, cb)


class W_ComplexBinop(W_BuiltinFunction):
    op: int
    reflected: bool

    def __init__(self, name: str, op: int, reflected: bool) -> None:
        super().__init__(name, 2, 3)
        self.op = op
        self.reflected = reflected

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.check_count(len(args))
        if len(args) == 3 and args[2] is not W_NONE:
            raise value_error("complex modulo")
        a = as_complex(args[0])
        b = as_complex(args[1])
        if a is None or b is None:
            return W_NOTIMPLEMENTED
        if self.reflected:
            return complex_binop(ec, self.op, b, a)
        return complex_binop(ec, self.op, a, b)


def self_c(w: W_Object) -> W_Complex:
    c = as_complex(w)
    if c is None or not (isinstance(w, W_Complex) or
                         isinstance(w.unwrap_for(COMPLEX_TYPE), W_Complex)):
        raise type_error("descriptor requires a 'complex' object but received "
                         "a '" + w.type_name() + "'")
    return c


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    return new_str(complex_repr(c.real, c.imag))


def m_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_c(w).hash_value(ec))


def m_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    ca = self_c(a)
    cb = as_complex(b)
    if cb is None:
        return W_NOTIMPLEMENTED
    if isinstance(b, W_Int) and ca.imag == 0.0:
        return new_bool(numops.cmp_int_float(b.value, ca.real) == 0)
    return new_bool(ca.real == cb.real and ca.imag == cb.imag)


def m_ne(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    r = m_eq(ec, a, b)
    if r is W_NOTIMPLEMENTED:
        return r
    return new_bool(r is W_FALSE)


def m_neg(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    return W_Complex(-c.real, -c.imag)


def m_pos(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    return W_Complex(c.real, c.imag)


def m_abs(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    r = libm.hypot(c.real, c.imag)
    if r == INF and c.real != INF and c.real != -INF and \
            c.imag != INF and c.imag != -INF:
        raise overflow_error("absolute value too large")
    return W_Float(r)


def m_bool(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_c(w).is_true(ec))


def m_conjugate(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    return W_Complex(c.real, -c.imag)


def m_real(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_c(w).real)


def m_imag(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_c(w).imag)


def m_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    spec = str_value_of(w_spec)
    c = self_c(w)
    if spec is None or spec == "":
        return new_str(complex_repr(c.real, c.imag))
    re = c.real.__format__(spec)
    im = c.imag.__format__("+" + spec if spec[0] not in "+- " else spec)
    return new_str(re + im + "j")


def m_getnewargs(ec: ExecCtx, w: W_Object) -> W_Object:
    c = self_c(w)
    return new_tuple([W_Float(c.real), W_Float(c.imag)])


def parse_complex(ec: ExecCtx, s: str) -> W_Complex:
    t = s.strip()
    if t.startswith("(") and t.endswith(")"):
        t = t[1:len(t) - 1].strip()
    bad = value_error("complex() arg is a malformed string")
    if t == "":
        raise bad
    if not t.endswith("j") and not t.endswith("J"):
        return W_Complex(float_text(t, bad), 0.0)
    body = t[:len(t) - 1]
    # split at the last sign that is not an exponent's
    i = len(body) - 1
    while i > 0:
        ch = body[i]
        if (ch == "+" or ch == "-") and body[i - 1] not in "eE":
            break
        i -= 1
    if i <= 0:
        if body in ("", "+"):
            return W_Complex(0.0, 1.0)
        if body == "-":
            return W_Complex(0.0, -1.0)
        return W_Complex(0.0, float_text(body, bad))
    re = float_text(body[:i], bad)
    ims = body[i:]
    if ims == "+":
        return W_Complex(re, 1.0)
    if ims == "-":
        return W_Complex(re, -1.0)
    return W_Complex(re, float_text(ims, bad))


def float_text(s: str, bad: PyError) -> float:
    if s.strip() != s or s == "":
        raise bad
    body = s.lower()
    if body.startswith("+") or body.startswith("-"):
        body = body[1:]
    if body in ("inf", "infinity", "nan") or floatobject.valid_float_text(body):
        try:
            return float(s.replace("_", ""))
        except ValueError:
            raise bad
    raise bad


def complex_new(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    p = ArgParser("complex", ["cls", "real", "imag"])
    p.parse(args, kwnames, 1, 3)
    w_re = p.get(1)
    w_im = p.get(2)
    re = 0.0
    im = 0.0
    re_complex = False
    re_imag = 0.0
    if w_re is not None:
        s = str_value_of(w_re)
        if s is not None:
            if w_im is not None:
                raise type_error("complex() can't take second arg if first "
                                 "is a string")
            parsed = parse_complex(ec, s)
            re = parsed.real
            im = parsed.imag
        else:
            cr = to_parts(ec, w_re, "first")
            re = cr.real
            im = cr.imag
            re_complex = is_complex_value(w_re)
            re_imag = cr.imag
    if w_im is not None:
        if str_value_of(w_im) is not None:
            raise type_error("complex() second arg can't be a string")
        ci = to_parts(ec, w_im, "second")
        if is_complex_value(w_im):
            re -= ci.imag
        im = ci.real
        if re_complex:
            im += re_imag
    return of_class(args[0], COMPLEX_TYPE, W_Complex(re, im))


def to_parts(ec: ExecCtx, w: W_Object, which: str) -> W_Complex:
    c = as_complex(w)
    if c is not None:
        return c
    w_m = w.get_type().lookup("__complex__")
    if w_m is not None:
        r = w_m.call_method(ec, w, [], None)
        rc = as_complex(r)
        if rc is not None and isinstance(r, W_Complex):
            return rc
        raise type_error("__complex__ returned non-complex (type "
                         + r.type_name() + ")")
    w_f = w.get_type().lookup("__float__")
    if w_f is not None:
        return W_Complex(floatobject.float_from_object(ec, w), 0.0)
    raise type_error("complex() " + which + " argument must be a string or a "
                     "number, not '" + w.type_name() + "'")


def is_complex_value(w: W_Object) -> bool:
    return isinstance(w, W_Complex) or \
        isinstance(w.unwrap_for(COMPLEX_TYPE), W_Complex) or \
        w.get_type().lookup("__complex__") is not None


def imag_const(v: float) -> W_Object:
    return W_Complex(0.0, v)


def float_complex_pow(ec: ExecCtx, a: float, b: float) -> W_Object:
    return complex_pow(W_Complex(a, 0.0), W_Complex(b, 0.0))


def install() -> None:
    t = COMPLEX_TYPE
    t.base_builtin = t
    typeobject.add_static_new(t, complex_new)
    names = ["add", "sub", "mul", "truediv", "pow"]
    opcodes = [OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_POW]
    i = 0
    for n in names:
        f = W_ComplexBinop("__" + n + "__", opcodes[i], False)
        f.w_owner = t
        t.tdict["__" + n + "__"] = f
        f2 = W_ComplexBinop("__r" + n + "__", opcodes[i], True)
        f2.w_owner = t
        t.tdict["__r" + n + "__"] = f2
        i += 1
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__hash__", m_hash)
    add_method2(t, "__eq__", m_eq)
    add_method2(t, "__ne__", m_ne)
    add_method1(t, "__neg__", m_neg)
    add_method1(t, "__pos__", m_pos)
    add_method1(t, "__abs__", m_abs)
    add_method1(t, "__bool__", m_bool)
    add_method1(t, "conjugate", m_conjugate)
    add_method2(t, "__format__", m_format)
    add_method1(t, "__getnewargs__", m_getnewargs)
    add_getset(t, "real", m_real, None)
    add_getset(t, "imag", m_imag, None)
    t.compute_flags()
    constants.COMPLEX_CONST[0] = imag_const
    numops.COMPLEX_POW[0] = float_complex_pow
