"""bytes (basic): an immutable byte string held as a str of code points
below 256, with the common methods, and str.encode / bytes.decode for
UTF-8, ASCII and Latin-1."""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Int, W_Str, W_Tuple, W_List,
                     W_Instance, ExecCtx, PyError, W_BuiltinFunction, W_NONE,
                     W_TRUE, W_FALSE, W_NOTIMPLEMENTED, new_int, new_bool,
                     new_str, new_tuple, type_error, value_error, index_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_OBJECT,
                     LAYOUT_BUILTIN, index_value, unpack_iterable,
                     str_value_of, ArgParser, stop_iteration, py_error,
                     EXC_UNICODE_DECODE_ERROR, EXC_UNICODE_ENCODE_ERROR,
                     W_Float, is_true, EXC_LOOKUP_ERROR)
from sliceobject import W_Slice, slice_indices
import ops
import typeobject
import constants
import strobject
import textcodecs
import intobject


class W_Bytes(W_Object):
    value: str          # one character per byte (code points < 256)

    def __init__(self, value: str) -> None:
        self.value = value

    def get_type(self) -> W_Type:
        return BYTES_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return bytes_repr(self.value)

    def hash_value(self, ec: ExecCtx) -> int:
        if len(self.value) == 0:
            return 0        # as hash(""): the one hash CPython does not randomise
        return hash(self.value) ^ 0x5BD1E995

    def is_true(self, ec: ExecCtx) -> bool:
        return len(self.value) > 0

    def length(self, ec: ExecCtx) -> int:
        return len(self.value)

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_BytesIter(self.value)


class W_BytesIter(W_Object):
    s: str
    index: int

    def __init__(self, s: str) -> None:
        self.s = s
        self.index = 0

    def get_type(self) -> W_Type:
        return BYTES_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        if i >= len(self.s):
            return None
        self.index = i + 1
        return new_int(ord(self.s[i]))


BYTES_TYPE = make_builtin_type("bytes", OBJECT_TYPE, LAYOUT_OBJECT)
BYTES_ITER_TYPE = make_builtin_type("bytes_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)


def bytes_repr(s: str) -> str:
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out: list[str] = ["b", quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            out.append("\\" + c)
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif o < 32 or o >= 127:
            out.append("\\x" + textcodecs.hex_width(o, 2))
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


# bytearrayobject.bytearray_str (set by its install): a bytearray's bytes
BYTEARRAY_OF: list[Callable[[W_Object], str | None]] = []


def bytes_of(w: W_Object) -> str | None:
    """The bytes of a bytes-like object (bytes or bytearray), else None."""
    if isinstance(w, W_Bytes):
        return w.value
    b = w.unwrap_for(BYTES_TYPE)
    if isinstance(b, W_Bytes):
        return b.value
    if len(BYTEARRAY_OF) > 0:
        return BYTEARRAY_OF[0](w)
    return None


def self_bytes(w: W_Object) -> str:
    """The bytes of a bytes method's self (a bytearray is refused)."""
    s: str | None = None
    if isinstance(w, W_Bytes):
        s = w.value
    else:
        b = w.unwrap_for(BYTES_TYPE)
        if isinstance(b, W_Bytes):
            s = b.value
    if s is None:
        raise type_error("descriptor requires a 'bytes' object but received "
                         "a '" + w.type_name() + "'")
    return s


def arg_bytes(w: W_Object, what: str) -> str:
    s = bytes_of(w)
    if s is None:
        raise type_error(what.replace("{}", w.type_name()))
    return s


# ------------------------------------------------------------ codecs

def utf8_encode(s: str, errors: str) -> str:
    out: list[str] = []
    i = 0
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(c)
        elif o < 0x800:
            out.append(chr(0xC0 | (o >> 6)))
            out.append(chr(0x80 | (o & 0x3F)))
        elif o < 0x10000:
            if 0xD800 <= o <= 0xDFFF and errors != "surrogatepass":
                out.append(textcodecs.on_encode_error(
                    "utf-8", s, i, i + 1, "surrogates not allowed", errors))
                i += 1
                continue
            out.append(chr(0xE0 | (o >> 12)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
        else:
            out.append(chr(0xF0 | (o >> 18)))
            out.append(chr(0x80 | ((o >> 12) & 0x3F)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
        i += 1
    return "".join(out)


def utf8_second_range(c: int) -> tuple[int, int]:
    """The bytes that may follow lead byte c (Unicode table 3-7: no
    overlong forms, no surrogates, nothing above U+10FFFF)."""
    if c == 0xE0:
        return (0xA0, 0xBF)
    if c == 0xED:
        return (0x80, 0x9F)
    if c == 0xF0:
        return (0x90, 0xBF)
    if c == 0xF4:
        return (0x80, 0x8F)
    return (0x80, 0xBF)


def utf8_decode(b: str, errors: str) -> str:
    """UTF-8 to text.  An error covers the longest valid beginning of a
    sequence (one U+FFFD for it under 'replace'), as CPython's decoder."""
    out: list[str] = []
    i = 0
    n = len(b)
    while i < n:
        c = ord(b[i])
        if c < 0x80:
            out.append(b[i])
            i += 1
            continue
        need = 1 if 0xC2 <= c <= 0xDF else 2 if 0xE0 <= c <= 0xEF else \
            3 if 0xF0 <= c <= 0xF4 else 0
        if need == 0:
            out.append(textcodecs.on_decode_error(
                "utf-8", b, i, i + 1, "invalid start byte", errors))
            i += 1
            continue
        v = c & (0x3F >> need)
        lo, hi = utf8_second_range(c)
        j = 1
        while j <= need and i + j < n:
            cc = ord(b[i + j])
            if cc < lo or cc > hi:
                break
            v = (v << 6) | (cc & 0x3F)
            lo, hi = 0x80, 0xBF
            j += 1
        if j > need:
            out.append(chr(v))
        elif i + j >= n:
            out.append(textcodecs.on_decode_error(
                "utf-8", b, i, n, "unexpected end of data", errors))
        else:
            out.append(textcodecs.on_decode_error(
                "utf-8", b, i, i + j, "invalid continuation byte", errors))
        i += j if j <= need else need + 1
    return "".join(out)


def encode(ec: ExecCtx, s: str, enc: str, errors: str) -> W_Object:
    e = textcodecs.codec_name(enc)
    if e == "utf-8":
        return W_Bytes(utf8_encode(s, errors))
    if e == "ascii" or e == "latin-1":
        limit = 128 if e == "ascii" else 256
        return W_Bytes(narrow_encode(e, s, limit, errors))
    if e != "":
        return W_Bytes(textcodecs.utf_encode(e, s, errors))
    raise py_error(EXC_LOOKUP_ERROR, "unknown encoding: " + enc)


def narrow_encode(e: str, s: str, limit: int, errors: str) -> str:
    """s in ASCII or Latin-1: each run of characters at or above limit
    goes to the error handler at once (CPython reports the run)."""
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        if ord(s[i]) < limit:
            out.append(s[i])
            i += 1
            continue
        j = i + 1
        while j < n and ord(s[j]) >= limit:
            j += 1
        out.append(textcodecs.on_encode_error(
            e, s, i, j, "ordinal not in range(" + str(limit) + ")", errors))
        i = j
    return "".join(out)


def strobject_repr_char(c: str) -> str:
    r = repr(c)
    return r[1:len(r) - 1]


def text_or(w: W_Object | None, default: str) -> str:
    if w is None:
        return default
    s = str_value_of(w)
    if s is None:
        return default
    return s


def decode(ec: ExecCtx, w: W_Object, enc: str, errors: str) -> str:
    b = bytes_of(w)
    if b is None:
        raise type_error("decoding to str: need a bytes-like object, "
                         + w.type_name() + " found")
    e = textcodecs.codec_name(enc)
    if e == "utf-8":
        return utf8_decode(b, errors)
    if e == "latin-1":
        return b
    if e == "ascii":
        i = 0
        out: list[str] = []
        for c in b:
            if ord(c) >= 128:
                out.append(textcodecs.on_decode_error(
                    "ascii", b, i, i + 1, "ordinal not in range(128)",
                    errors))
            else:
                out.append(c)
            i += 1
        return "".join(out)
    if e != "":
        return textcodecs.utf_decode(e, b, errors)
    raise py_error(EXC_LOOKUP_ERROR, "unknown encoding: " + enc)


# ------------------------------------------------------------ methods

def bytes_new(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    p = ArgParser("bytes", ["cls", "source", "encoding", "errors"])
    p.parse(args, kwnames, 1, 4)
    w_value = bytes_value(ec, p)
    w_cls = p.get(0)
    if w_cls is None or w_cls is BYTES_TYPE or not isinstance(w_cls, W_Type):
        return w_value
    # a subclass's instance holds the bytes as its builtin base value
    inst = W_Instance(w_cls)
    inst.w_base = W_Bytes(self_bytes(w_value))
    return inst


def bytes_value(ec: ExecCtx, p: ArgParser) -> W_Object:
    """The bytes of bytes(source, encoding, errors), in CPython's order:
    the encoding of a str, source.__bytes__() (which may return an
    instance of a bytes subclass), then a size, a buffer or an iterable
    of ints."""
    w_src = p.get(1)
    w_enc = p.get(2)
    w_err = p.get(3)
    if w_src is None and w_enc is None and w_err is None:
        return W_Bytes("")
    s = None if w_src is None else str_value_of(w_src)
    if w_enc is not None:
        if s is None:
            raise type_error("encoding without a string argument")
        return encode(ec, s, text_or(w_enc, "utf-8"), text_or(w_err, "strict"))
    if w_err is not None:
        raise type_error("string argument without an encoding" if s is not None
                         else "errors without a string argument")
    assert w_src is not None
    w_conv = w_src.get_type().lookup("__bytes__")
    if w_conv is not None:
        w_b = w_conv.call_method(ec, w_src, [], None)
        if not w_b.get_type().is_subtype(BYTES_TYPE):
            raise type_error("__bytes__ returned non-bytes (type "
                             + w_b.type_name() + ")")
        return w_b
    if s is not None:
        raise type_error("string argument without an encoding")
    b = bytes_of(w_src)
    if b is not None:
        return W_Bytes(b)
    if isinstance(w_src, W_Int):
        if w_src.value < 0:
            raise value_error("negative count")
        return W_Bytes("\x00" * w_src.value)
    t = w_src.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("cannot convert '" + w_src.type_name()
                         + "' object to bytes")
    out: list[str] = []
    for x in unpack_iterable(ec, w_src):
        v = index_value(ec, x, "'{}' object cannot be interpreted as an "
                        "integer")
        if v < 0 or v > 255:
            raise value_error("bytes must be in range(0, 256)")
        out.append(chr(v))
    return W_Bytes("".join(out))


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(bytes_repr(self_bytes(w)))


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_bytes(w)))


def m_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    s = self_bytes(w)
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(s))
        out: list[str] = []
        i = start
        k = 0
        while k < count:
            out.append(s[i])
            i += step
            k += 1
        return W_Bytes("".join(out))
    i2 = index_value(ec, w_key, "byte indices must be integers or slices, "
                     "not {}")
    if i2 < 0:
        i2 += len(s)
    if i2 < 0 or i2 >= len(s):
        raise index_error("index out of range")
    return new_int(ord(s[i2]))


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_BytesIter(self_bytes(w))


def m_add(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    o = bytes_of(b)
    if o is None:
        return W_NOTIMPLEMENTED
    return W_Bytes(self_bytes(a) + o)


def m_mul(ec: ExecCtx, a: W_Object, w_n: W_Object) -> W_Object:
    if not isinstance(w_n, W_Int):
        return W_NOTIMPLEMENTED
    n = w_n.value
    return W_Bytes(self_bytes(a) * (n if n > 0 else 0))


def m_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(W_Bytes(self_bytes(w)).hash_value(ec))


class W_BytesCompare(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        super().__init__(name, 2, 2)
        self.op = op

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.check_count(len(args))
        a = bytes_of(args[0])
        b = bytes_of(args[1])
        if a is None or b is None:
            return W_NOTIMPLEMENTED
        return new_bool(ops.cmp_strs(a, b, self.op))


def m_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    s = self_bytes(w)
    if isinstance(w_x, W_Int):
        if w_x.value < 0 or w_x.value > 255:
            raise value_error("byte must be in range(0, 256)")
        return new_bool(chr(w_x.value) in s)
    return new_bool(arg_bytes(w_x, "a bytes-like object is required, not "
                              "'{}'") in s)


def m_decode(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    p = ArgParser("decode", ["self", "encoding", "errors"])
    p.parse(args, kwnames, 1, 3)
    enc = text_or(p.get(1), "utf-8")
    err = text_or(p.get(2), "strict")
    return new_str(decode(ec, args[0], enc, err))


def m_hex(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    out: list[str] = []
    for c in self_bytes(args[0]):
        o = ord(c)
        out.append(textcodecs.hex_width(o, 2))
    sep = ""
    if len(args) > 1:
        sep = text_or(args[1], "")
    return new_str(sep.join(out))


def m_fromhex(ec: ExecCtx, w_cls: W_Object, w_s: W_Object) -> W_Object:
    s = str_value_of(w_s)
    if s is None:
        raise type_error("fromhex() argument must be str, not "
                         + w_s.type_name())
    digits = s.replace(" ", "")
    out: list[str] = []
    if len(digits) % 2 != 0:
        raise value_error("non-hexadecimal number found in fromhex() arg at "
                          "position " + str(len(s)))
    i = 0
    while i < len(digits):
        hi = intobject.digit_value(digits[i])
        lo = intobject.digit_value(digits[i + 1])
        if hi < 0 or hi > 15 or lo < 0 or lo > 15:
            raise value_error("non-hexadecimal number found in fromhex() arg "
                              "at position " + str(i))
        out.append(chr(hi * 16 + lo))
        i += 2
    return W_Bytes("".join(out))


def m_join(ec: ExecCtx, w: W_Object, w_it: W_Object) -> W_Object:
    sep = self_bytes(w)
    parts: list[str] = []
    i = 0
    for x in unpack_iterable(ec, w_it):
        b = bytes_of(x)
        if b is None:
            raise type_error("sequence item " + str(i) + ": expected a "
                             "bytes-like object, " + x.type_name() + " found")
        parts.append(b)
        i += 1
    return W_Bytes(sep.join(parts))


def to_bytes_list(parts: list[str]) -> W_Object:
    items: list[W_Object] = []
    for p in parts:
        items.append(W_Bytes(p))
    return W_List(items)


NEED_BYTES = "a bytes-like object is required, not '{}'"
# what bytes.split() and strip() take for white space: ASCII's only (the
# str methods would also cut at \x1c-\x1f, \x85 and \xa0)
ASCII_WS = " \t\n\r\x0b\x0c"


def ws_split(s: str, maxsplit: int, right: bool) -> list[str]:
    """bytes.split() / rsplit() without a separator: runs of ASCII white
    space separate the words, at most maxsplit times (< 0: no limit)."""
    words: list[str] = []
    n = len(s)
    if right:
        s = s[::-1]
    i = 0
    while True:
        while i < n and s[i] in ASCII_WS:
            i += 1
        if i == n:
            break
        if maxsplit >= 0 and len(words) == maxsplit:
            words.append(s[i:])
            break
        j = i
        while j < n and s[j] not in ASCII_WS:
            j += 1
        words.append(s[i:j])
        i = j
    if right:
        words = [w[::-1] for w in words[::-1]]
    return words


def split_method(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None, right: bool) -> W_Object:
    """split(sep=None, maxsplit=-1), or rsplit if right."""
    p = ArgParser("rsplit" if right else "split", ["self", "sep", "maxsplit"])
    p.parse(args, kwnames, 1, 3)
    s = self_bytes(args[0])
    w_sep = p.get(1)
    sep: str | None = None
    if w_sep is not None and w_sep is not W_NONE:
        sep = arg_bytes(w_sep, NEED_BYTES)
        if sep == "":
            raise value_error("empty separator")
    w_max = p.get(2)
    limit = -1
    if w_max is not None:
        limit = index_value(ec, w_max, "'{}' object cannot be interpreted "
                            "as an integer")
    if sep is None:
        return to_bytes_list(ws_split(s, limit, right))
    return to_bytes_list(s.rsplit(sep, limit) if right
                         else s.split(sep, limit))


def m_split(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    return split_method(ec, args, kwnames, False)


def m_rsplit(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    return split_method(ec, args, kwnames, True)


def strip_chars(args: list[W_Object]) -> str:
    if len(args) > 1 and args[1] is not W_NONE:
        return arg_bytes(args[1], NEED_BYTES)
    return ASCII_WS


def m_strip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Bytes(self_bytes(args[0]).strip(strip_chars(args)))


def m_lstrip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Bytes(self_bytes(args[0]).lstrip(strip_chars(args)))


def m_rstrip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Bytes(self_bytes(args[0]).rstrip(strip_chars(args)))


def m_maketrans(ec: ExecCtx, w_from: W_Object, w_to: W_Object) -> W_Object:
    """The 256-byte table mapping each byte of w_from to the byte of w_to
    at the same place, every other byte to itself."""
    frm = arg_bytes(w_from, NEED_BYTES)
    to = arg_bytes(w_to, NEED_BYTES)
    if len(frm) != len(to):
        raise value_error("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(frm)):
        table[ord(frm[i])] = to[i]
    return W_Bytes("".join(table))


def m_translate(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    """Each byte through a 256-byte table (None: unchanged), after the
    bytes of delete are dropped."""
    p = ArgParser("translate", ["self", "table", "delete"])
    p.parse(args, kwnames, 2, 3)
    s = self_bytes(args[0])
    w_table = p.get(1)
    table: str | None = None
    if w_table is not None and w_table is not W_NONE:
        table = arg_bytes(w_table, NEED_BYTES)
        if len(table) != 256:
            raise value_error("translation table must be 256 characters "
                              "long")
    w_del = p.get(2)
    drop = "" if w_del is None else arg_bytes(w_del, NEED_BYTES)
    out: list[str] = []
    for c in s:
        if c in drop:
            continue
        out.append(c if table is None else table[ord(c)])
    return W_Bytes("".join(out))


def affix_args(w_p: W_Object, name: str) -> list[str]:
    """The prefixes (suffixes) of startswith (endswith): one, or a tuple."""
    what = (name + " first arg must be bytes or a tuple of bytes, not {}")
    if isinstance(w_p, W_Tuple):
        out: list[str] = []
        for w in w_p.items:
            out.append(arg_bytes(w, what))
        return out
    return [arg_bytes(w_p, what)]


def m_startswith(ec: ExecCtx, w: W_Object, w_p: W_Object) -> W_Object:
    s = self_bytes(w)
    for p in affix_args(w_p, "startswith"):
        if s.startswith(p):
            return W_TRUE
    return W_FALSE


def m_endswith(ec: ExecCtx, w: W_Object, w_p: W_Object) -> W_Object:
    s = self_bytes(w)
    for p in affix_args(w_p, "endswith"):
        if s.endswith(p):
            return W_TRUE
    return W_FALSE


def m_find(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    s = self_bytes(w)
    if isinstance(w_sub, W_Int):
        return new_int(s.find(chr(w_sub.value)))
    return new_int(s.find(arg_bytes(w_sub, "argument should be integer or "
                                    "bytes-like object, not '{}'")))


def sub_arg(w_sub: W_Object) -> str:
    """The needle of find/index/rfind/rindex: bytes or one byte's value."""
    if isinstance(w_sub, W_Int):
        if not 0 <= w_sub.value < 256:
            raise value_error("byte must be in range(0, 256)")
        return chr(w_sub.value)
    return arg_bytes(w_sub, "argument should be integer or bytes-like "
                     "object, not '{}'")


def m_rfind(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    return new_int(self_bytes(w).rfind(sub_arg(w_sub)))


def m_index(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    i = self_bytes(w).find(sub_arg(w_sub))
    if i < 0:
        raise value_error("subsection not found")
    return new_int(i)


def m_rindex(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    i = self_bytes(w).rfind(sub_arg(w_sub))
    if i < 0:
        raise value_error("subsection not found")
    return new_int(i)


def partition_of(w: W_Object, w_sep: W_Object, right: bool) -> W_Object:
    s = self_bytes(w)
    sep = arg_bytes(w_sep, "a bytes-like object is required, not '{}'")
    if sep == "":
        raise value_error("empty separator")
    i = s.rfind(sep) if right else s.find(sep)
    if i < 0:
        if right:
            return new_tuple([W_Bytes(""), W_Bytes(""), W_Bytes(s)])
        return new_tuple([W_Bytes(s), W_Bytes(""), W_Bytes("")])
    return new_tuple([W_Bytes(s[:i]), W_Bytes(sep),
                      W_Bytes(s[i + len(sep):])])


def m_partition(ec: ExecCtx, w: W_Object, w_sep: W_Object) -> W_Object:
    return partition_of(w, w_sep, False)


def m_rpartition(ec: ExecCtx, w: W_Object, w_sep: W_Object) -> W_Object:
    return partition_of(w, w_sep, True)


def m_isascii(ec: ExecCtx, w: W_Object) -> W_Object:
    for c in self_bytes(w):
        if ord(c) >= 128:
            return W_FALSE
    return W_TRUE


def m_count(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    s = self_bytes(w)
    if isinstance(w_sub, W_Int):
        return new_int(s.count(chr(w_sub.value)))
    return new_int(s.count(arg_bytes(w_sub, "argument should be integer or "
                                     "bytes-like object, not '{}'")))


def m_replace(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_bytes(args[0])
    old = arg_bytes(args[1], "a bytes-like object is required, not '{}'")
    new = arg_bytes(args[2], "a bytes-like object is required, not '{}'")
    if len(args) > 3:
        count = index_value(ec, args[3], "'{}' object cannot be "
                            "interpreted as an integer")
        if count >= 0:
            return W_Bytes(s.replace(old, new, count))
    return W_Bytes(s.replace(old, new))


def m_upper(ec: ExecCtx, w: W_Object) -> W_Object:
    out: list[str] = []
    for c in self_bytes(w):
        out.append(c.upper() if "a" <= c <= "z" else c)
    return W_Bytes("".join(out))


def m_lower(ec: ExecCtx, w: W_Object) -> W_Object:
    out: list[str] = []
    for c in self_bytes(w):
        out.append(c.lower() if "A" <= c <= "Z" else c)
    return W_Bytes("".join(out))


def m_isdigit(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_bytes(w)
    if s == "":
        return W_FALSE
    for c in s:
        if not ("0" <= c <= "9"):
            return W_FALSE
    return W_TRUE


def m_isalpha(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_bytes(w)
    if s == "":
        return W_FALSE
    for c in s:
        if not (("a" <= c <= "z") or ("A" <= c <= "Z")):
            return W_FALSE
    return W_TRUE


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def make_bytes_const(data: str) -> W_Object:
    return W_Bytes(data)


def install() -> None:
    t = BYTES_TYPE
    t.base_builtin = t
    typeobject.add_static_new(t, bytes_new)
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__str__", m_repr)
    add_method1(t, "__len__", m_len)
    add_method2(t, "__getitem__", m_getitem)
    add_method1(t, "__iter__", m_iter)
    add_method2(t, "__add__", m_add)
    add_method2(t, "__mul__", m_mul)
    add_method2(t, "__rmul__", m_mul)
    add_method1(t, "__hash__", m_hash)
    add_method2(t, "__contains__", m_contains)
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        f = W_BytesCompare(cn, k)
        f.w_owner = t
        t.tdict[cn] = f
        k += 1
    add_method_kw(t, "decode", m_decode)
    add_methodn(t, "hex", m_hex, 1, 2)
    add_method2(t, "fromhex", m_fromhex)
    t.tdict["fromhex"] = typeobject.W_ClassMethod(t.tdict["fromhex"])
    add_method2(t, "join", m_join)
    add_method_kw(t, "split", m_split)
    add_method_kw(t, "rsplit", m_rsplit)
    add_methodn(t, "strip", m_strip, 1, 2)
    add_methodn(t, "lstrip", m_lstrip, 1, 2)
    add_methodn(t, "rstrip", m_rstrip, 1, 2)
    add_method_kw(t, "translate", m_translate)
    add_method2(t, "maketrans", m_maketrans)
    mk = t.tdict["maketrans"]
    if isinstance(mk, W_BuiltinFunction):
        mk.w_owner = None
    t.tdict["maketrans"] = typeobject.W_StaticMethod(mk)
    add_method2(t, "startswith", m_startswith)
    add_method2(t, "endswith", m_endswith)
    add_method2(t, "find", m_find)
    add_method2(t, "count", m_count)
    add_methodn(t, "replace", m_replace, 3, 4)
    add_method2(t, "rfind", m_rfind)
    add_method2(t, "index", m_index)
    add_method2(t, "rindex", m_rindex)
    add_method2(t, "partition", m_partition)
    add_method2(t, "rpartition", m_rpartition)
    add_method1(t, "isascii", m_isascii)
    add_method1(t, "upper", m_upper)
    add_method1(t, "lower", m_lower)
    add_method1(t, "isdigit", m_isdigit)
    add_method1(t, "isalpha", m_isalpha)
    add_method1(BYTES_ITER_TYPE, "__iter__", iter_self)
    add_method1(BYTES_ITER_TYPE, "__next__", iter_next)
    t.compute_flags()
    constants.BYTES_CONST[0] = make_bytes_const
    strobject.ENCODE[0] = encode
    strobject.DECODE[0] = decode
    intobject.BYTES_VALUE[0] = bytes_of
    intobject.MAKE_BYTES[0] = make_bytes_const
