"""The str type: construction, indexing and slicing, iteration, the
special methods, and the str methods (most delegate to the host
language's own str, whose behaviour is CPython's)."""
from __future__ import annotations

from typing import Callable

from rtutil import MAXINT
from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Tuple, W_List, W_Dict, W_Instance, ExecCtx, PyError,
                     W_NONE, W_TRUE, W_FALSE, W_NOTIMPLEMENTED, STR_TYPE,
                     new_int, new_bool, new_str, new_tuple, type_error,
                     value_error, index_error, overflow_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     str_value_of, ArgParser, repr_str, str_str, index_value,
                     unpack_iterable, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, exc_matches, EXC_LOOKUP_ERROR,
                     W_BuiltinFunction, is_true, hash_w, stop_iteration)
from sliceobject import W_Slice, slice_indices
import strformat
import typeobject
import interp
import ops
from lexer import is_printable


def str_of(w: W_Object) -> str | None:
    return str_value_of(w)


def self_str(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error("descriptor requires a 'str' object but received a '"
                         + w.type_name() + "'")
    return s


def arg_str(w: W_Object, what: str) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error(what.replace("{}", w.type_name()))
    return s


def named_arg_str(w: W_Object, name: str, what: str) -> str:
    """arg_str(w, name + what): the message is only built for the error
    (building it on every call was 2/3 of w.strip(",;:.") in wordfreq)."""
    s = str_value_of(w)
    if s is None:
        raise type_error((name + what).replace("{}", w.type_name()))
    return s


def same_or_new(w: W_Object, s: str, r: str) -> W_Object:
    """The result r of a method of str s that returns its operand when
    nothing changed, as CPython: an exact str is returned itself."""
    if isinstance(w, W_Str) and len(r) == len(s):
        return w
    return new_str(r)


class W_StrIter(W_Object):
    s: str
    index: int

    def __init__(self, s: str) -> None:
        self.s = s
        self.index = 0

    def get_type(self) -> W_Type:
        return STR_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        if i >= len(self.s):
            return None
        self.index = i + 1
        return new_str(self.s[i])


STR_ITER_TYPE = make_builtin_type("str_ascii_iterator", OBJECT_TYPE,
                                  LAYOUT_BUILTIN)


# the W_Str protocol methods that need this module's code
def str_getitem(ec: ExecCtx, s: str, w_key: W_Object) -> W_Object:
    if isinstance(w_key, W_Int):
        i = w_key.value
        n = len(s)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise index_error("string index out of range")
        return new_str(s[i])
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(s))
        if step == 1:
            return new_str(s[start:stop])
        if count <= 0:
            return new_str("")
        chars: list[str] = []
        i0 = start
        k = 0
        while k < count:
            chars.append(s[i0])
            i0 += step
            k += 1
        return new_str("".join(chars))
    i2 = index_value(ec, w_key, "string indices must be integers, not '{}'")
    n2 = len(s)
    if i2 < 0:
        i2 += n2
    if i2 < 0 or i2 >= n2:
        raise index_error("string index out of range")
    return new_str(s[i2])


def m_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    return str_getitem(ec, self_str(w), w_key)


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_str(w)))


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_StrIter(self_str(w))


def m_contains(ec: ExecCtx, w: W_Object, w_sub: W_Object) -> W_Object:
    sub = str_value_of(w_sub)
    if sub is None:
        raise type_error("'in <string>' requires string as left operand, not "
                         + w_sub.type_name())
    return new_bool(sub in self_str(w))


def m_add(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    o = str_value_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    return new_str(self_str(w) + o)


def m_mul(ec: ExecCtx, w: W_Object, w_n: W_Object) -> W_Object:
    if not isinstance(w_n, W_Int) and w_n.get_type().lookup("__index__") is None:
        return W_NOTIMPLEMENTED
    n = index_value(ec, w_n, "can't multiply sequence by non-int of type '{}'")
    s = self_str(w)
    if n <= 0 or s == "":
        return new_str("")
    if len(s) * n > (1 << 40):
        raise overflow_error("repeated string is too long")
    return new_str(s * n)


def m_mod(ec: ExecCtx, w: W_Object, w_args: W_Object) -> W_Object:
    return new_str(strformat.percent_format(ec, self_str(w), w_args))


def str_mod(ec: ExecCtx, w: W_Str, w_args: W_Object) -> W_Object:
    return new_str(strformat.percent_format(ec, w.value, w_args))


class W_StrCompare(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        super().__init__(name, 2, 2)
        self.op = op

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        a = str_value_of(args[0])
        b = str_value_of(args[1])
        if a is None or b is None:
            return W_NOTIMPLEMENTED
        return new_bool(ops.cmp_strs(a, b, self.op))


def m_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(hash(self_str(w)))


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(repr(self_str(w)))


def m_str(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_str(w)
    if isinstance(w, W_Str):
        return w
    return new_str(s)


def m_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    spec = arg_str(w_spec, "format() argument 2 must be str, not {}")
    s = self_str(w)
    if spec == "":
        return new_str(s)
    return new_str(s.__format__(spec))


def m_getnewargs(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([new_str(self_str(w))])


def str_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    if len(args) > 4:       # CPython's count is without cls
        raise type_error("str() takes at most 3 arguments ("
                         + str(len(args) - 1) + " given)")
    p = ArgParser("str", ["cls", "object", "encoding", "errors"])
    p.parse(args, kwnames, 1, 4)
    w_cls = p.get(0)
    w_obj = p.get(1)
    w_enc = p.get(2)
    w_err = p.get(3)
    if w_obj is None:
        s = ""
    elif w_enc is None and w_err is None:
        s = str_str(ec, w_obj)
    else:
        enc = "utf-8" if w_enc is None else arg_str(w_enc, "str() argument "
                                                    "'encoding' must be str, "
                                                    "not {}")
        errors = "strict" if w_err is None else arg_str(w_err, "str() "
                                                        "argument 'errors' "
                                                        "must be str, not {}")
        s = DECODE[0](ec, w_obj, enc, errors)
    if w_cls is None or w_cls is STR_TYPE or not isinstance(w_cls, W_Type):
        return new_str(s)
    inst = W_Instance(w_cls)
    inst.w_base = new_str(s)
    return inst


def _decode_missing(ec: ExecCtx, w: W_Object, enc: str, errors: str) -> str:
    raise type_error("decoding str is not supported")


DECODE: list[Callable[[ExecCtx, W_Object, str, str], str]] = [
    _decode_missing]


# ------------------------------------------------------------ find & co

def bounds(ec: ExecCtx, args: list[W_Object], i: int, n: int) -> tuple[int, int]:
    """start/end arguments at args[i], args[i+1] (absent or None), adjusted
    as slice bounds; start may exceed n (callers check)."""
    start = 0
    end = n
    if len(args) > i and args[i] is not W_NONE:
        start = index_value(ec, args[i], "slice indices must be integers or "
                            "None or have an __index__ method")
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if len(args) > i + 1 and args[i + 1] is not W_NONE:
        end = index_value(ec, args[i + 1], "slice indices must be integers or "
                          "None or have an __index__ method")
        if end < 0:
            end += n
            if end < 0:
                end = 0
        elif end > n:
            end = n
    return (start, end)


def sub_args(args: list[W_Object], name: str) -> str:
    """self's str for find, rfind, index, rindex, count, startswith and
    endswith (sub[, start[, end]]), whose argument counts CPython checks
    with PyArg_ParseTuple's messages."""
    s = self_str(args[0])
    n = len(args) - 1
    if n < 1:
        raise type_error(name + "() takes at least 1 argument (0 given)")
    if n > 3:
        raise type_error(name + "() takes at most 3 arguments (" + str(n)
                         + " given)")
    return s


def find_impl(ec: ExecCtx, args: list[W_Object], name: str,
              reverse: bool) -> int:
    s = sub_args(args, name)
    sub = arg_str(args[1], "must be str, not {}")
    start, end = bounds(ec, args, 2, len(s))
    if start > len(s) or start > end:
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def m_find(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(find_impl(ec, args, "find", False))


def m_rfind(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(find_impl(ec, args, "rfind", True))


def m_index(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    r = find_impl(ec, args, "index", False)
    if r < 0:
        raise value_error("substring not found")
    return new_int(r)


def m_rindex(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    r = find_impl(ec, args, "rindex", True)
    if r < 0:
        raise value_error("substring not found")
    return new_int(r)


def m_count(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = sub_args(args, "count")
    sub = arg_str(args[1], "must be str, not {}")
    start, end = bounds(ec, args, 2, len(s))
    if start > len(s) or start > end:
        return new_int(0)
    return new_int(s.count(sub, start, end))


def affix_impl(ec: ExecCtx, args: list[W_Object], name: str,
               suffix: bool) -> W_Object:
    s = sub_args(args, name)
    start, end = bounds(ec, args, 2, len(s))
    w_p = args[1]
    if isinstance(w_p, W_Tuple):
        # As CPython, each item is checked when its turn comes: a match
        # returns before a later item that is not a str raises.
        for x in w_p.items:
            c = named_arg_str(x, "tuple for " + name,
                              " must only contain str, not {}")
            if affix_match(s, start, end, c, suffix):
                return W_TRUE
        return W_FALSE
    p = str_value_of(w_p)
    if p is None:
        raise type_error(name + " first arg must be str or a tuple of "
                         "str, not " + w_p.type_name())
    return new_bool(affix_match(s, start, end, p, suffix))


def affix_match(s: str, start: int, end: int, c: str, suffix: bool) -> bool:
    """s[start:end] starts (ends) with c, for bounds adjusted by bounds()."""
    if start > len(s) or end - start < len(c):
        return False
    seg = s[start:end]
    if suffix:
        return seg.endswith(c)
    return seg.startswith(c)


def m_startswith(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return affix_impl(ec, args, "startswith", False)


def m_endswith(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return affix_impl(ec, args, "endswith", True)


# ------------------------------------------------------------ splitting

def split_args(ec: ExecCtx, name: str, args: list[W_Object],
               kwnames: list[str] | None) -> tuple[str, str, bool, int]:
    p = ArgParser(name, ["self", "sep", "maxsplit"])
    p.parse(args, kwnames, 1, 3)
    s = self_str(args[0])
    w_sep = p.get(1)
    sep = ""
    has_sep = False
    if w_sep is not None and w_sep is not W_NONE:
        sep = arg_str(w_sep, "must be str or None, not {}")
        if sep == "":
            raise value_error("empty separator")
        has_sep = True
    w_max = p.get(2)
    maxsplit = -1
    if w_max is not None:
        maxsplit = index_value(ec, w_max, "'{}' object cannot be interpreted "
                               "as an integer")
    return (s, sep, has_sep, maxsplit)


def str_list(parts: list[str]) -> W_Object:
    items: list[W_Object] = []
    for p in parts:
        items.append(new_str(p))
    return W_List(items)


def m_split(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    s, sep, has_sep, maxsplit = split_args(ec, "split", args, kwnames)
    if has_sep:
        return str_list(s.split(sep, maxsplit))
    return str_list(s.split(None, maxsplit))


def m_rsplit(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    s, sep, has_sep, maxsplit = split_args(ec, "rsplit", args, kwnames)
    if has_sep:
        return str_list(s.rsplit(sep, maxsplit))
    return str_list(s.rsplit(None, maxsplit))


def m_splitlines(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    p = ArgParser("splitlines", ["self", "keepends"])
    p.parse(args, kwnames, 1, 2)
    w_k = p.get(1)
    keep = w_k is not None and is_true(ec, w_k)
    return str_list(self_str(args[0]).splitlines(keep))


def m_join(ec: ExecCtx, w: W_Object, w_it: W_Object) -> W_Object:
    sep = self_str(w)
    parts: list[str] = []
    items = unpack_iterable(ec, w_it)
    i = 0
    for x in items:
        if isinstance(x, W_Str):
            parts.append(x.value)
        else:
            xs = str_value_of(x)
            if xs is None:
                raise type_error("sequence item " + str(i) + ": expected str "
                                 "instance, " + x.type_name() + " found")
            parts.append(xs)
        i += 1
    return new_str(sep.join(parts))


def m_partition(ec: ExecCtx, w: W_Object, w_sep: W_Object) -> W_Object:
    sep = arg_str(w_sep, "must be str, not {}")
    if sep == "":
        raise value_error("empty separator")
    a, b, c = self_str(w).partition(sep)
    return new_tuple([new_str(a), new_str(b), new_str(c)])


def m_rpartition(ec: ExecCtx, w: W_Object, w_sep: W_Object) -> W_Object:
    sep = arg_str(w_sep, "must be str, not {}")
    if sep == "":
        raise value_error("empty separator")
    a, b, c = self_str(w).rpartition(sep)
    return new_tuple([new_str(a), new_str(b), new_str(c)])


# ------------------------------------------------------------ strip & co

def strip_chars(args: list[W_Object], name: str) -> str | None:
    if len(args) < 2 or args[1] is W_NONE:
        return None
    return named_arg_str(args[1], name, " arg must be None or str")


def m_strip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_str(args[0])
    return same_or_new(args[0], s, s.strip(strip_chars(args, "strip")))


def m_lstrip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_str(args[0])
    return same_or_new(args[0], s, s.lstrip(strip_chars(args, "lstrip")))


def m_rstrip(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_str(args[0])
    return same_or_new(args[0], s, s.rstrip(strip_chars(args, "rstrip")))


def m_replace(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_str(args[0])
    old = arg_str(args[1], "replace() argument 1 must be str, not {}")
    new = arg_str(args[2], "replace() argument 2 must be str, not {}")
    count = -1
    if len(args) > 3:
        count = index_value(ec, args[3], "'{}' object cannot be interpreted "
                            "as an integer")
    return new_str(s.replace(old, new, count))


def m_upper(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_str(w).upper())


def m_lower(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_str(w).lower())


def m_casefold(ec: ExecCtx, w: W_Object) -> W_Object:
    # the full case folding of a character is, but for a few scripts
    # (Cherokee), its upper case lowered: 'ß' -> 'ss', 'ﬁ' -> 'fi', 'ς' -> 'σ'
    out: list[str] = []
    for c in self_str(w):
        out.append(c.upper().lower())
    return new_str("".join(out))


def m_capitalize(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_str(w).capitalize())


def m_title(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_str(w).title())


def m_swapcase(ec: ExecCtx, w: W_Object) -> W_Object:
    # an upper sigma's lower case depends on its neighbours (final form
    # 'ς' at a word's end): it is taken from the whole str's lower(), at
    # the index where the chars before it end up (a char's lower case has
    # the same length in any context)
    s = self_str(w)
    out: list[str] = []
    lowered: str | None = None
    at = 0
    for c in s:
        lc = c.lower()
        if c.isupper():
            if c == "\u03a3":
                if lowered is None:
                    lowered = s.lower()
                out.append(lowered[at])
            else:
                out.append(lc)
        elif c.islower():
            out.append(c.upper())
        else:
            out.append(c)
        at += len(lc)
    return new_str("".join(out))


def just_args(ec: ExecCtx, args: list[W_Object]) -> tuple[str, int, str]:
    s = self_str(args[0])
    width = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                        "integer")
    fill = " "
    if len(args) > 2:
        fill = arg_str(args[2], "The fill character must be a unicode "
                       "character, not {}")
        if len(fill) != 1:
            raise type_error("The fill character must be exactly one "
                             "character long")
    return (s, width, fill)


def m_ljust(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s, width, fill = just_args(ec, args)
    return new_str(s.ljust(width, fill))


def m_rjust(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s, width, fill = just_args(ec, args)
    return new_str(s.rjust(width, fill))


def m_center(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s, width, fill = just_args(ec, args)
    return new_str(s.center(width, fill))


def m_zfill(ec: ExecCtx, w: W_Object, w_width: W_Object) -> W_Object:
    width = index_value(ec, w_width, "'{}' object cannot be interpreted as an "
                        "integer")
    return new_str(self_str(w).zfill(width))


def m_expandtabs(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    p = ArgParser("expandtabs", ["self", "tabsize"])
    p.parse(args, kwnames, 1, 2)
    w_t = p.get(1)
    tab = 8 if w_t is None else index_value(ec, w_t, "'{}' object cannot be "
                                            "interpreted as an integer")
    out: list[str] = []
    col = 0
    for c in self_str(args[0]):
        if c == "\t":
            if tab > 0:
                k = tab - col % tab
                out.append(" " * k)
                col += k
        elif c == "\n" or c == "\r":
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return new_str("".join(out))


def m_removeprefix(ec: ExecCtx, w: W_Object, w_p: W_Object) -> W_Object:
    s = self_str(w)
    p = arg_str(w_p, "removeprefix() argument must be str, not {}")
    if p != "" and s.startswith(p):
        return new_str(s[len(p):])
    return new_str(s)


def m_removesuffix(ec: ExecCtx, w: W_Object, w_p: W_Object) -> W_Object:
    s = self_str(w)
    p = arg_str(w_p, "removesuffix() argument must be str, not {}")
    if p != "" and s.endswith(p):
        return new_str(s[:len(s) - len(p)])
    return new_str(s)


# ------------------------------------------------------------ predicates

def m_isdigit(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).isdigit())


# The language's str has isdigit only: isdecimal and isnumeric are isdigit
# without / with these code point ranges (the common cases of the Unicode
# database; pairs of first, last).
NOT_DECIMAL_DIGITS: list[int] = [
    0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070,
    0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C,
    0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF,
    0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43,
    0x1F100, 0x1F10A]
NUMERIC_NOT_DIGITS: list[int] = [
    0xBC, 0xBE, 0x9F4, 0x9F9, 0xBF0, 0xBF2, 0x16EE, 0x16F0, 0x2150, 0x2182,
    0x2185, 0x2189, 0x2469, 0x2473, 0x247D, 0x2487, 0x2491, 0x249B,
    0x24EB, 0x24F4, 0x24FE, 0x24FE, 0x277F, 0x277F, 0x2789, 0x2789,
    0x2793, 0x2793, 0x2CFD, 0x2CFD, 0x3007, 0x3007, 0x3021, 0x3029,
    0x3038, 0x303A, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324F,
    0x3251, 0x325F, 0x3280, 0x3289, 0x32B1, 0x32BF, 0x4E00, 0x4E00,
    0x4E03, 0x4E03, 0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D,
    0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4EBF, 0x4EBF, 0x5104, 0x5104,
    0x5146, 0x5146, 0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341,
    0x5343, 0x5343, 0x56DB, 0x56DB, 0x767E, 0x767E, 0x842C, 0x842C,
    0x96F6, 0x96F6]


def in_ranges(c: int, ranges: list[int]) -> bool:
    i = 0
    n = len(ranges)
    while i < n:
        if ranges[i] <= c <= ranges[i + 1]:
            return True
        i += 2
    return False


def m_isdecimal(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_str(w)
    if s == "":
        return W_FALSE
    for ch in s:
        if not ch.isdigit() or in_ranges(ord(ch), NOT_DECIMAL_DIGITS):
            return W_FALSE
    return W_TRUE


def m_isnumeric(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_str(w)
    if s == "":
        return W_FALSE
    for ch in s:
        if not ch.isdigit() and not in_ranges(ord(ch), NUMERIC_NOT_DIGITS):
            return W_FALSE
    return W_TRUE


def m_isalpha(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).isalpha())


def m_isalnum(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).isalnum())


def m_isspace(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).isspace())


def m_isupper(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).isupper())


def m_islower(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_str(w).islower())


def m_isascii(ec: ExecCtx, w: W_Object) -> W_Object:
    for c in self_str(w):
        if ord(c) >= 128:
            return W_FALSE
    return W_TRUE


def m_isidentifier(ec: ExecCtx, w: W_Object) -> W_Object:
    # the language's str knows XID_Start/XID_Continue (combining marks,
    # letter numbers), which isalpha/isalnum do not cover
    return new_bool(self_str(w).isidentifier())


def m_isprintable(ec: ExecCtx, w: W_Object) -> W_Object:
    for c in self_str(w):
        if not is_printable(ord(c)):
            return W_FALSE
    return W_TRUE


def m_istitle(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_str(w)
    cased = False
    prev_cased = False
    for c in s:
        # titlecase letters (U+01C5 'ǅ') count as upper case here
        if c.isupper() or (c != c.upper() and c != c.lower()):
            if prev_cased:
                return W_FALSE
            prev_cased = True
            cased = True
        elif c.islower():
            if not prev_cased:
                return W_FALSE
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return new_bool(cased)


# ------------------------------------------------------------ format

def m_format_method(ec: ExecCtx, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
    if len(args) == 0:
        raise type_error("descriptor 'format' of 'str' object needs an "
                         "argument")
    fmt = self_str(args[0])
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    pos: list[W_Object] = args[1:npos]
    kwargs: W_Dict | None = None
    if kwnames is not None:
        kwargs = W_Dict()
        k = 0
        for name in kwnames:
            kwargs.set_str(ec, name, args[npos + k])
            k += 1
    return new_str(strformat.str_format(ec, fmt, pos, kwargs))


def m_format_map(ec: ExecCtx, w: W_Object, w_map: W_Object) -> W_Object:
    fmt = self_str(w)
    if isinstance(w_map, W_Dict):
        return new_str(strformat.str_format(ec, fmt, [], w_map))
    raise type_error("format_map() is only supported with a dict argument")


def m_translate(ec: ExecCtx, w: W_Object, w_table: W_Object) -> W_Object:
    out: list[str] = []
    for c in self_str(w):
        try:
            w_r = w_table.getitem(ec, new_int(ord(c)))
        except PyError as e:
            if exc_matches(e.w_exc, EXC_LOOKUP_ERROR):
                out.append(c)
                continue
            raise e
        if w_r is W_NONE:
            continue
        if isinstance(w_r, W_Int):
            out.append(chr(w_r.value))
            continue
        r = str_value_of(w_r)
        if r is None:
            raise type_error("character mapping must return integer, None or "
                             "str")
        out.append(r)
    return new_str("".join(out))


def m_maketrans(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    d = W_Dict()
    if len(args) == 1:
        w_map = args[0]
        if not isinstance(w_map, W_Dict):
            raise type_error("if you give only one argument to maketrans it "
                             "must be a dict")
        i = 0
        while i < len(w_map.keys):
            k = w_map.keys[i]
            v = w_map.value_at(i)
            i += 1
            if k is None or v is None:
                continue
            ks = str_value_of(k)
            if ks is not None:
                if len(ks) != 1:
                    raise value_error("string keys in translate table must "
                                      "be of length 1")
                d.store(ec, new_int(ord(ks)), v)
            else:
                d.store(ec, k, v)
        return d
    x = arg_str(args[0], "maketrans() argument 1 must be str, not {}")
    y = arg_str(args[1], "maketrans() argument 2 must be str, not {}")
    if len(x) != len(y):
        raise value_error("the first two maketrans arguments must have equal "
                          "length")
    j = 0
    while j < len(x):
        d.store(ec, new_int(ord(x[j])), new_int(ord(y[j])))
        j += 1
    if len(args) > 2:
        z = arg_str(args[2], "maketrans() argument 3 must be str, not {}")
        for c in z:
            d.store(ec, new_int(ord(c)), W_NONE)
    return d


def m_encode(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    p = ArgParser("encode", ["self", "encoding", "errors"])
    p.parse(args, kwnames, 1, 3)
    s = self_str(args[0])
    w_enc = p.get(1)
    enc = "utf-8" if w_enc is None else arg_str(w_enc, "encode() argument "
                                                "'encoding' must be str, not "
                                                "{}")
    w_err = p.get(2)
    errors = "strict" if w_err is None else arg_str(w_err, "encode() argument"
                                                    " 'errors' must be str, "
                                                    "not {}")
    return ENCODE[0](ec, s, enc, errors)


def _encode_missing(ec: ExecCtx, s: str, enc: str, errors: str) -> W_Object:
    raise type_error("bytes are not installed")


ENCODE: list[Callable[[ExecCtx, str, str, str], W_Object]] = [
    _encode_missing]


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def str_new1(ec: ExecCtx, w: W_Object) -> W_Object:
    """str(w): str_new's result for the exact type."""
    return new_str(str_str(ec, w))


def install() -> None:
    t = STR_TYPE
    typeobject.add_static_new(t, str_new)
    t.new1 = str_new1
    add_method2(t, "__getitem__", m_getitem)
    add_method1(t, "__len__", m_len)
    add_method1(t, "__iter__", m_iter)
    add_method2(t, "__contains__", m_contains)
    add_method2(t, "__add__", m_add)
    add_method2(t, "__mul__", m_mul)
    add_method2(t, "__rmul__", m_mul)
    add_method2(t, "__mod__", m_mod)
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        f = W_StrCompare(cn, k)
        f.w_owner = t
        t.tdict[cn] = f
        k += 1
    add_method1(t, "__hash__", m_hash)
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__str__", m_str)
    add_method2(t, "__format__", m_format)
    add_method1(t, "__getnewargs__", m_getnewargs)
    add_methodn(t, "find", m_find, 1, -1)
    add_methodn(t, "rfind", m_rfind, 1, -1)
    add_methodn(t, "index", m_index, 1, -1)
    add_methodn(t, "rindex", m_rindex, 1, -1)
    add_methodn(t, "count", m_count, 1, -1)
    add_methodn(t, "startswith", m_startswith, 1, -1)
    add_methodn(t, "endswith", m_endswith, 1, -1)
    add_method_kw(t, "split", m_split)
    add_method_kw(t, "rsplit", m_rsplit)
    add_method_kw(t, "splitlines", m_splitlines)
    add_method2(t, "join", m_join)
    add_method2(t, "partition", m_partition)
    add_method2(t, "rpartition", m_rpartition)
    add_methodn(t, "strip", m_strip, 1, 2)
    add_methodn(t, "lstrip", m_lstrip, 1, 2)
    add_methodn(t, "rstrip", m_rstrip, 1, 2)
    add_methodn(t, "replace", m_replace, 3, 4)
    add_method1(t, "upper", m_upper)
    add_method1(t, "lower", m_lower)
    add_method1(t, "casefold", m_casefold)
    add_method1(t, "capitalize", m_capitalize)
    add_method1(t, "title", m_title)
    add_method1(t, "swapcase", m_swapcase)
    add_methodn(t, "ljust", m_ljust, 2, 3)
    add_methodn(t, "rjust", m_rjust, 2, 3)
    add_methodn(t, "center", m_center, 2, 3)
    add_method2(t, "zfill", m_zfill)
    add_method_kw(t, "expandtabs", m_expandtabs)
    add_method2(t, "removeprefix", m_removeprefix)
    add_method2(t, "removesuffix", m_removesuffix)
    add_method1(t, "isdigit", m_isdigit)
    add_method1(t, "isdecimal", m_isdecimal)
    add_method1(t, "isnumeric", m_isnumeric)
    add_method1(t, "isalpha", m_isalpha)
    add_method1(t, "isalnum", m_isalnum)
    add_method1(t, "isspace", m_isspace)
    add_method1(t, "isupper", m_isupper)
    add_method1(t, "islower", m_islower)
    add_method1(t, "isascii", m_isascii)
    add_method1(t, "isidentifier", m_isidentifier)
    add_method1(t, "isprintable", m_isprintable)
    add_method1(t, "istitle", m_istitle)
    add_method_kw(t, "format", m_format_method)
    add_method2(t, "format_map", m_format_map)
    add_method2(t, "translate", m_translate)
    add_methodn(t, "maketrans", m_maketrans, 1, 3)
    mk = t.tdict["maketrans"]
    if isinstance(mk, W_BuiltinFunction):
        mk.w_owner = None
    t.tdict["maketrans"] = typeobject.W_StaticMethod(mk)
    add_method_kw(t, "encode", m_encode)
    add_method1(STR_ITER_TYPE, "__iter__", iter_self)
    add_method1(STR_ITER_TYPE, "__next__", iter_next)
    t.compute_flags()
    ops.STR_MOD[0] = str_mod
