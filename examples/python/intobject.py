"""The int and bool types: construction (int(x), int(s, base)), the
special methods the generic operator dispatch finds (__add__, __radd__,
__lt__...), and the other methods (bit_length, to_bytes...).

The arithmetic itself is numops.py; ops.py has the fast paths that skip
these methods for exact ints.  Values beyond 64 bits are W_BigInt
(longobject.py, when big integers are installed): EXT_BINOP lets their
module take part in the same methods.
"""
from __future__ import annotations

from typing import Callable

from rtutil import MAXINT, MININT, fits_int
from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Tuple, W_Instance, ExecCtx, PyError, W_BuiltinFunction,
                     W_NONE, W_FALSE, W_NOTIMPLEMENTED, INT_TYPE,
                     BOOL_TYPE, new_int, new_bool, new_str, new_tuple,
                     type_error, value_error, overflow_error, zero_division,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     add_getset, str_value_of, ArgParser, repr_str,
                     index_value, is_int, int_value, hash_w, is_true,
                     unpack_iterable)
from astnodes import (OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL,
                      OP_MUL, OP_MOD, OP_OR, OP_POW, OP_RSHIFT, OP_SUB,
                      OP_TRUEDIV, OP_XOR, OP_METHODS)
import numops
import typeobject


def _ext_missing(ec: ExecCtx, op: int, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


# (ec, op, a, b) for operands that are not both 64-bit ints (big ints)
EXT_BINOP: list[Callable[[ExecCtx, int, W_Object, W_Object], W_Object]] = [
    _ext_missing]


def _big_from_str_missing(ec: ExecCtx, digits: str, base: int,
                          neg: bool) -> W_Object:
    raise overflow_error("int too large: big integers are not supported yet")


# (ec, digits without sign or underscores, base, negative) -> a big int
BIG_FROM_STR: list[Callable[[ExecCtx, str, int, bool], W_Object]] = [
    _big_from_str_missing]


def int_of(w: W_Object) -> W_Int | None:
    """The W_Int of an int, bool or int subclass instance."""
    if isinstance(w, W_Int):
        return w
    b = w.unwrap_for(INT_TYPE)
    if isinstance(b, W_Int):
        return b
    return None


class W_IntBinop(W_BuiltinFunction):
    """int.__add__, int.__radd__...: one object per operator."""
    op: int
    reflected: bool

    def __init__(self, name: str, op: int, reflected: bool) -> None:
        super().__init__(name, 2, 2)
        self.op = op
        self.reflected = reflected

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        a = args[0]
        b = args[1]
        if self.reflected:
            a = args[1]
            b = args[0]
        ia = int_of(a)
        ib = int_of(b)
        if ia is None or ib is None:
            if is_int_like(a) and is_int_like(b):
                return EXT_BINOP[0](ec, self.op, a, b)
            return W_NOTIMPLEMENTED
        if isinstance(ia, W_Bool) and isinstance(ib, W_Bool) and \
                (self.op == OP_AND or self.op == OP_OR or self.op == OP_XOR):
            v = numops.int_binop(ec, self.op, ia.value, ib.value)
            if isinstance(v, W_Int):
                return new_bool(v.value != 0)
        if self.op == OP_MATMUL:
            return W_NOTIMPLEMENTED
        return numops.int_binop(ec, self.op, ia.value, ib.value)


def _is_big(w: W_Object) -> bool:
    return False


IS_BIG: list[Callable[[W_Object], bool]] = [_is_big]


def is_int_like(w: W_Object) -> bool:
    if int_of(w) is not None or IS_BIG[0](w):
        return True
    b = w.unwrap_for(INT_TYPE)
    return b is not None and IS_BIG[0](b)


class W_IntCompare(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        super().__init__(name, 2, 2)
        self.op = op

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        ia = int_of(args[0])
        w_b = args[1]
        ib = int_of(w_b)
        if ia is None:
            if is_int_like(args[0]):
                return EXT_COMPARE[0](ec, self.op, args[0], w_b)
            return W_NOTIMPLEMENTED
        if ib is not None:
            return new_bool(numops.cmp_result(cmp3(ia.value, ib.value),
                                              self.op))
        if isinstance(w_b, W_Float):
            return new_bool(numops.cmp_result(
                numops.cmp_int_float(ia.value, w_b.value), self.op))
        return EXT_COMPARE[0](ec, self.op, args[0], w_b)


def _ext_cmp_missing(ec: ExecCtx, op: int, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


EXT_COMPARE: list[Callable[[ExecCtx, int, W_Object, W_Object], W_Object]] = [
    _ext_cmp_missing]


def cmp3(a: int, b: int) -> int:
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def self_int(w: W_Object) -> int:
    i = int_of(w)
    if i is None:
        raise type_error("descriptor requires a 'int' object but received a '"
                         + w.type_name() + "'")
    return i.value


# ------------------------------------------------------------ construction

# the whitespace int() and float() strip: ASCII's only (int("\x1c5")
# fails in CPython although "\x1c".isspace())
ASCII_SPACE = " \t\n\x0b\x0c\r"


def decimal_digit(c: int) -> int:
    """The value of the Unicode decimal digit with code point c: decimal
    digits come in runs of ten from 0 (some runs adjoin), so it is the
    distance from the run's start, modulo 10."""
    k = c
    while k > 0 and chr(k - 1).isdecimal():
        k -= 1
    return (c - k) % 10


def number_text(s: str) -> str:
    """A str as CPython's int() and float() read it (its
    _PyUnicode_TransformDecimalAndSpaceToASCII): ASCII characters as they
    are, other whitespace a space, other decimal digits their ASCII
    digit; then stripped of ASCII whitespace."""
    if s.isascii():
        return s.strip(ASCII_SPACE)
    out: list[str] = []
    for ch in s:
        c = ord(ch)
        if c < 128:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif ch.isdecimal():
            out.append(chr(48 + decimal_digit(c)))
        else:
            out.append(ch)
    return "".join(out).strip(ASCII_SPACE)


def parse_int(ec: ExecCtx, s: str, base: int, w_orig: W_Object) -> W_Object:
    """int(s, base) with CPython's syntax (whitespace, sign, prefix,
    single underscores between digits) and error message; s is a str's
    text, or a bytes-like object's when w_orig is bytes (then only ASCII
    whitespace is stripped and no other digit is read)."""
    is_str = str_value_of(w_orig) is not None
    text = number_text(s) if is_str else s.strip(ASCII_SPACE)
    i = 0
    n = len(text)
    neg = False
    if i < n and (text[i] == "+" or text[i] == "-"):
        neg = text[i] == "-"
        i += 1
    b = base
    if i + 1 < n and text[i] == "0":
        c = text[i + 1].lower()
        if (c == "x" and b in (0, 16)) or (c == "o" and b in (0, 8)) or \
                (c == "b" and b in (0, 2)):
            b = 16 if c == "x" else (8 if c == "o" else 2)
            i += 2
            if i < n and text[i] == "_":
                i += 1
    if b == 0:
        b = 10
        # base 0: a decimal literal may not have leading zeros
        j = i
        if j < n and text[j] == "0":
            k = j
            while k < n and (text[k] == "0" or text[k] == "_"):
                k += 1
            if k < n:
                raise invalid_literal(ec, w_orig, base)
    digits: list[str] = []
    prev_us = True
    start = i
    while i < n:
        c2 = text[i]
        if c2 == "_":
            if prev_us:
                raise invalid_literal(ec, w_orig, base)
            prev_us = True
            i += 1
            continue
        d = digit_value(c2)
        if d < 0 or d >= b:
            raise invalid_literal(ec, w_orig, base)
        digits.append(c2)
        prev_us = False
        i += 1
    if len(digits) == 0 or prev_us:
        raise invalid_literal(ec, w_orig, base)
    ds = "".join(digits)
    v = 0
    for c3 in ds:
        d2 = digit_value(c3)
        if v > (MAXINT - d2) // b:
            return BIG_FROM_STR[0](ec, ds, b, neg)
        v = v * b + d2
    return new_int(-v if neg else v)


def digit_value(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "z":
        return ord(c) - 87
    if "A" <= c <= "Z":
        return ord(c) - 55
    return -1


def invalid_literal(ec: ExecCtx, w_orig: W_Object, base: int) -> PyError:
    return value_error("invalid literal for int() with base " + str(base)
                       + ": " + repr_str(ec, w_orig))


def int_from_object(ec: ExecCtx, w: W_Object) -> W_Object:
    """int(w) for one argument."""
    if isinstance(w, W_Int):
        if isinstance(w, W_Bool):
            return new_int(w.value)
        return w
    if isinstance(w, W_Float):
        return numops.float_to_int(ec, w.value)
    s = str_value_of(w)
    if s is not None:
        return parse_int(ec, s, 10, w)
    if IS_BIG[0](w):
        return w
    t = w.get_type()
    for name in ["__int__", "__index__", "__trunc__"]:
        w_m = t.lookup(name)
        if w_m is not None:
            w_r = w_m.call_method(ec, w, [], None)
            ir = int_of(w_r)
            if ir is not None:
                return new_int(ir.value)
            if IS_BIG[0](w_r):
                return w_r
            if name == "__trunc__":
                return int_from_object(ec, w_r)
            raise type_error(name + " returned non-int (type "
                             + w_r.type_name() + ")")
    bytes_val = BYTES_VALUE[0](w)
    if bytes_val is not None:
        # a bytearray's error shows its bytes: int(bytearray(b"z"))
        return parse_int(ec, bytes_val, 10, MAKE_BYTES[0](bytes_val))
    raise type_error("int() argument must be a string, a bytes-like object "
                     "or a real number, not '" + w.type_name() + "'")


def _no_bytes(w: W_Object) -> str | None:
    return None


BYTES_VALUE: list[Callable[[W_Object], str | None]] = [_no_bytes]


def int_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    # int(x, /, base=10): CPython counts the arguments without cls, and
    # x is positional-only
    if len(args) > 3:
        raise type_error("int() takes at most 2 arguments ("
                         + str(len(args) - 1) + " given)")
    if kwnames is not None:
        for kw in kwnames:
            if kw != "base":
                raise type_error("'" + kw + "' is an invalid keyword "
                                 "argument for int()")
    p = ArgParser("int", ["cls", "x", "base"])
    p.parse(args, kwnames, 1, 3)
    w_cls = p.get(0)
    w_x = p.get(1)
    w_base = p.get(2)
    if w_x is None:
        if w_base is not None:
            raise type_error("int() missing string argument")
        result: W_Object = new_int(0)
    elif w_base is None:
        result = int_from_object(ec, w_x)
    else:
        base = index_value(ec, w_base, "'{}' object cannot be interpreted as "
                           "an integer")
        if base != 0 and (base < 2 or base > 36):
            raise value_error("int() base must be >= 2 and <= 36, or 0")
        s = str_value_of(w_x)
        w_text = w_x
        if s is None:
            s = BYTES_VALUE[0](w_x)
            if s is not None:
                w_text = MAKE_BYTES[0](s)
        if s is None:
            raise type_error("int() can't convert non-string with explicit "
                             "base")
        result = parse_int(ec, s, base, w_text)
    return wrap_for_class(ec, w_cls, result)


def wrap_for_class(ec: ExecCtx, w_cls: W_Object | None,
                   w_value: W_Object) -> W_Object:
    """int.__new__(cls, ...) for a subclass: an instance holding the int."""
    if w_cls is None or w_cls is INT_TYPE or not isinstance(w_cls, W_Type):
        return w_value
    if not w_cls.is_subtype(INT_TYPE):
        raise type_error("int.__new__(" + w_cls.name + "): " + w_cls.name
                         + " is not a subtype of int")
    inst = W_Instance(w_cls)
    inst.w_base = w_value
    return inst


def bool_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) > 2:
        raise type_error("bool expected at most 1 argument, got "
                         + str(len(args) - 1))
    if len(args) == 1:
        return W_FALSE
    return new_bool(is_true(ec, args[1]))


# ----------------------------------------------------------------- methods

def int_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    i = int_of(w)
    if i is None:
        return new_str(w.repr_str(ec))
    if isinstance(i, W_Bool):
        return new_str("True" if i.value else "False")
    return new_str(str(i.value))


def int_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    i = int_of(w)
    if i is None:
        return new_int(hash_w(ec, w))
    return new_int(hash_w(ec, i))


def int_bool(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_int(w) != 0)


def int_int(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def int_float(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(float(self_int(w)))


def int_neg(ec: ExecCtx, w: W_Object) -> W_Object:
    return numops.int_neg(ec, self_int(w))


def int_pos(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def int_abs(ec: ExecCtx, w: W_Object) -> W_Object:
    return numops.int_abs(ec, self_int(w))


def int_invert(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(~self_int(w))


def int_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    spec = str_value_of(w_spec)
    if spec is None:
        raise type_error("format() argument 2 must be str, not "
                         + w_spec.type_name())
    i = int_of(w)
    if i is None:
        raise type_error("descriptor '__format__' requires a 'int' object")
    if isinstance(i, W_Bool):
        if spec == "":
            return new_str("True" if i.value else "False")
        return new_str(i.value.__format__(spec))
    return new_str(i.value.__format__(spec))


def int_round(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    v = self_int(args[0])
    if len(args) < 2 or args[1] is W_NONE:
        return new_int(v)
    nd = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                     "integer")
    if nd >= 0:
        return new_int(v)
    # round half to even at 10**(-nd)
    p = 1
    k = 0
    while k < -nd:
        if p > MAXINT // 10:
            return new_int(0)
        p *= 10
        k += 1
    q = v // p
    r = v - q * p
    half = p // 2
    if r > half or (r == half and p % 2 == 0 and q % 2 == 1):
        q += 1
    return numops.int_mul(ec, q, p)


def int_divmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    ia = int_of(a)
    ib = int_of(b)
    if ia is None or ib is None:
        if is_int_like(a) and is_int_like(b):
            return EXT_DIVMOD[0](ec, a, b)
        return W_NOTIMPLEMENTED
    q, r = numops.int_divmod(ec, ia.value, ib.value)
    return new_tuple([q, r])


def int_rdivmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return int_divmod(ec, b, a)


def _ext_divmod_missing(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


EXT_DIVMOD: list[Callable[[ExecCtx, W_Object, W_Object], W_Object]] = [
    _ext_divmod_missing]


def int_pow3(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) == 2 or args[2] is W_NONE:
        ia = int_of(args[0])
        ib = int_of(args[1])
        if ia is None or ib is None:
            if is_int_like(args[0]) and is_int_like(args[1]):
                return EXT_BINOP[0](ec, OP_POW, args[0], args[1])
            return W_NOTIMPLEMENTED
        return numops.int_pow(ec, ia.value, ib.value)
    return INT_POWMOD[0](ec, args[0], args[1], args[2])


def int_rpow3(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    swapped: list[W_Object] = [args[1], args[0]]
    if len(args) > 2:
        swapped.append(args[2])
    return int_pow3(ec, swapped)


def int_powmod(ec: ExecCtx, w_a: W_Object, w_b: W_Object,
               w_m: W_Object) -> W_Object:
    ia = int_of(w_a)
    ib = int_of(w_b)
    im = int_of(w_m)
    if ia is None or ib is None or im is None:
        if is_int_like(w_a) and is_int_like(w_b) and is_int_like(w_m):
            return EXT_POWMOD[0](ec, w_a, w_b, w_m)
        raise type_error("unsupported operand type(s) for ** or pow(): '"
                         + w_a.type_name() + "', '" + w_b.type_name()
                         + "', '" + w_m.type_name() + "'")
    a = ia.value
    b = ib.value
    m = im.value
    if m == 0:
        raise value_error("pow() 3rd argument cannot be 0")
    if b < 0:
        inv = mod_inverse(a, m)
        if inv is None:
            raise value_error("base is not invertible for the given modulus")
        a = inv.value
        b = -b
    neg = m < 0
    mm = -m if neg else m
    if mm > 3037000499:
        return EXT_POWMOD[0](ec, w_a, w_b, w_m)
    result = 1 % mm
    base = a % mm
    while b > 0:
        if b & 1:
            result = (result * base) % mm
        base = (base * base) % mm
        b >>= 1
    if neg and result != 0:
        result -= mm
    return new_int(result)


def mod_inverse(a: int, m: int) -> W_Int | None:
    mm = m if m > 0 else -m
    g0 = mm
    g1 = a % mm
    x0 = 0
    x1 = 1
    while g1 != 0:
        q = g0 // g1
        g0, g1 = g1, g0 - q * g1
        x0, x1 = x1, x0 - q * x1
    if g0 != 1:
        return None
    return new_int(x0 % mm)


def _ext_powmod_missing(ec: ExecCtx, a: W_Object, b: W_Object,
                        m: W_Object) -> W_Object:
    raise overflow_error("pow() with a modulus this large needs big "
                         "integers, which are not supported yet")


EXT_POWMOD: list[Callable[[ExecCtx, W_Object, W_Object, W_Object],
                          W_Object]] = [_ext_powmod_missing]
INT_POWMOD: list[Callable[[ExecCtx, W_Object, W_Object, W_Object],
                          W_Object]] = [int_powmod]


def int_bit_length(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_int(w)
    if v < 0:
        if v == MININT:
            return new_int(64)
        v = -v
    n = 0
    while v > 0:
        v >>= 1
        n += 1
    return new_int(n)


def int_bit_count(ec: ExecCtx, w: W_Object) -> W_Object:
    v = self_int(w)
    if v < 0:
        if v == MININT:
            return new_int(1)
        v = -v
    n = 0
    while v > 0:
        n += v & 1
        v >>= 1
    return new_int(n)


def int_conjugate(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def int_get_real(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def int_get_imag(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(0)


def int_get_denominator(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(1)


def int_as_integer_ratio(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([new_int(self_int(w)), new_int(1)])


def int_getnewargs(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([new_int(self_int(w))])


def int_to_bytes(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    p = ArgParser("to_bytes", ["self", "length", "byteorder", "signed"])
    p.parse(args, kwnames, 1, 3)
    w_self = args[0]
    if int_of(w_self) is None:
        w_big = w_self.unwrap_for(INT_TYPE)
        if IS_BIG[0](w_self):
            return big_to_bytes(ec, p, w_self)
        if w_big is not None and IS_BIG[0](w_big):
            return big_to_bytes(ec, p, w_big)
    v = self_int(w_self)
    w_len = p.get(1)
    length = 1 if w_len is None else index_value(ec, w_len, "'{}' object "
                                                 "cannot be interpreted as "
                                                 "an integer")
    w_order = p.get(2)
    order = "big" if w_order is None else text_or_empty(w_order)
    if order != "big" and order != "little":
        raise value_error("byteorder must be either 'little' or 'big'")
    w_signed = p.get(3)
    signed = w_signed is not None and is_true(ec, w_signed)
    if v < 0 and not signed:
        raise overflow_error("can't convert negative int to unsigned")
    out: list[str] = []
    x = v
    k = 0
    while k < length:
        out.append(chr(x & 255))
        x >>= 8
        k += 1
    if (not signed and x != 0) or (signed and not (
            (x == 0 and (length == 0 or ord(out[-1]) < 128)) or
            (x == -1 and length > 0 and ord(out[-1]) >= 128))):
        if not (v == 0 and length == 0):
            raise overflow_error("int too big to convert")
    if order == "big":
        out.reverse()
    return MAKE_BYTES[0]("".join(out))


def bytes_length_arg(ec: ExecCtx, p: ArgParser) -> int:
    w_len = p.get(1)
    return 1 if w_len is None else index_value(ec, w_len, "'{}' object "
                                               "cannot be interpreted as an "
                                               "integer")


def byteorder_arg(p: ArgParser) -> str:
    w_order = p.get(2)
    order = "big" if w_order is None else text_or_empty(w_order)
    if order != "big" and order != "little":
        raise value_error("byteorder must be either 'little' or 'big'")
    return order


def big_to_bytes(ec: ExecCtx, p: ArgParser, w_big: W_Object) -> W_Object:
    """to_bytes of an int beyond 64 bits (longobject gives the bytes)."""
    length = bytes_length_arg(ec, p)
    order = byteorder_arg(p)
    w_signed = p.get(3)
    signed = w_signed is not None and is_true(ec, w_signed)
    little = BIG_TO_BYTES[0](w_big, length, signed)
    return MAKE_BYTES[0](little if order == "little" else little[::-1])


def _no_big_to_bytes(w: W_Object, length: int, signed: bool) -> str:
    raise overflow_error("int too big to convert")


def _no_big_from_bytes(bs: str, signed: bool) -> W_Object:
    raise overflow_error("from_bytes of more than 64 bits needs big "
                         "integers")


# longobject installs these: the little-endian bytes of a big int, and
# the int of big-endian bytes
BIG_TO_BYTES: list[Callable[[W_Object, int, bool], str]] = [_no_big_to_bytes]
BIG_FROM_BYTES: list[Callable[[str, bool], W_Object]] = [_no_big_from_bytes]


def _no_make_bytes(s: str) -> W_Object:
    raise type_error("bytes are not installed")


MAKE_BYTES: list[Callable[[str], W_Object]] = [_no_make_bytes]


def int_from_bytes(ec: ExecCtx, args: list[W_Object],
                   kwnames: list[str] | None) -> W_Object:
    p = ArgParser("from_bytes", ["cls", "bytes", "byteorder", "signed"])
    p.parse(args, kwnames, 2, 3)
    w_b = p.get(1)
    data = BYTES_VALUE[0](w_b) if w_b is not None else None
    if data is None:
        if w_b is not None and w_b.type_name() == "list":
            items = unpack_iterable(ec, w_b)
            parts: list[str] = []
            for it in items:
                parts.append(chr(index_value(ec, it, "{}") & 255))
            data = "".join(parts)
        else:
            raise type_error("cannot convert '" + (w_b.type_name() if w_b
                             is not None else "None") + "' object to bytes")
    w_order = p.get(2)
    order = "big" if w_order is None else text_or_empty(w_order)
    if order != "big" and order != "little":
        raise value_error("byteorder must be either 'little' or 'big'")
    w_signed = p.get(3)
    signed = w_signed is not None and is_true(ec, w_signed)
    bs = data if order == "big" else data[::-1]
    n = len(bs)
    if n > 8 or (n == 8 and not signed and ord(bs[0]) >= 128):
        return BIG_FROM_BYTES[0](bs, signed)
    if n == 8:
        return new_int(fix_u64(bs))
    v = 0
    for c in bs:
        v = (v << 8) | ord(c)
    if signed and n > 0 and ord(bs[0]) >= 128:
        v -= 1 << (8 * n)
    return new_int(v)


def text_or_empty(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        return ""
    return s


def fix_u64(bs: str) -> int:
    hi = 0
    for c in bs[:4]:
        hi = (hi << 8) | ord(c)
    lo = 0
    for c in bs[4:]:
        lo = (lo << 8) | ord(c)
    r = ((hi & 0x7FFFFFFF) << 32) | lo
    if hi & 0x80000000:
        r = r - MAXINT - 1
    return r


def int_index(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def int_trunc(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_int(w))


def bool_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Bool):
        return new_str("True" if w.value else "False")
    raise type_error("descriptor '__repr__' requires a 'bool' object")


def install() -> None:
    t = INT_TYPE
    typeobject.add_static_new(t, int_new)
    t.new1 = int_from_object        # int_new's result for int(x)
    i = 0
    for m in OP_METHODS:
        name = "__" + m + "__"
        rname = "__r" + m + "__"
        if m != "pow":
            t.tdict[name] = owned(W_IntBinop(name, i, False), t)
            t.tdict[rname] = owned(W_IntBinop(rname, i, True), t)
        i += 1
    add_methodn(t, "__pow__", int_pow3, 2, 3)
    add_methodn(t, "__rpow__", int_rpow3, 2, 3)
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        t.tdict[cn] = owned(W_IntCompare(cn, k), t)
        k += 1
    add_method1(t, "__repr__", int_repr)
    add_method1(t, "__hash__", int_hash)
    add_method1(t, "__bool__", int_bool)
    add_method1(t, "__int__", int_int)
    add_method1(t, "__index__", int_index)
    add_method1(t, "__float__", int_float)
    add_method1(t, "__neg__", int_neg)
    add_method1(t, "__pos__", int_pos)
    add_method1(t, "__abs__", int_abs)
    add_method1(t, "__invert__", int_invert)
    add_method1(t, "__trunc__", int_trunc)
    add_method1(t, "__floor__", int_trunc)
    add_method1(t, "__ceil__", int_trunc)
    add_method2(t, "__format__", int_format)
    add_methodn(t, "__round__", int_round, 1, 2)
    add_method2(t, "__divmod__", int_divmod)
    add_method2(t, "__rdivmod__", int_rdivmod)
    add_method1(t, "bit_length", int_bit_length)
    add_method1(t, "bit_count", int_bit_count)
    add_method1(t, "conjugate", int_conjugate)
    add_method1(t, "as_integer_ratio", int_as_integer_ratio)
    add_method1(t, "__getnewargs__", int_getnewargs)
    add_method_kw(t, "to_bytes", int_to_bytes)
    add_method_kw(t, "from_bytes", int_from_bytes)
    t.tdict["from_bytes"] = typeobject.W_ClassMethod(t.tdict["from_bytes"])
    add_getset(t, "real", int_get_real, None)
    add_getset(t, "imag", int_get_imag, None)
    add_getset(t, "numerator", int_get_real, None)
    add_getset(t, "denominator", int_get_denominator, None)
    b = BOOL_TYPE
    typeobject.add_static_newn(b, bool_new, 1, 2)
    add_method1(b, "__repr__", bool_repr)
    for m2 in ["and", "or", "xor"]:
        opn = OP_AND if m2 == "and" else (OP_OR if m2 == "or" else OP_XOR)
        b.tdict["__" + m2 + "__"] = owned(W_IntBinop("__" + m2 + "__", opn,
                                                     False), b)
        b.tdict["__r" + m2 + "__"] = owned(W_IntBinop("__r" + m2 + "__", opn,
                                                      True), b)
    t.compute_flags()
    b.compute_flags()


def owned(f: W_BuiltinFunction, t: W_Type) -> W_BuiltinFunction:
    f.w_owner = t
    return f
