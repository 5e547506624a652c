"""String formatting: str.format / format_map (the replacement-field
syntax) and printf-style `%` formatting, with CPython's error messages.
Both end in format(value, spec) (interp.format_w), whose mini-language
the host implements as CPython does."""
from __future__ import annotations

from objects import (W_Object, W_Int, W_Bool, W_Float, W_Str, W_Tuple,
                     W_List, W_Dict, ExecCtx, PyError, W_NONE, new_str,
                     new_int, type_error, value_error, overflow_error,
                     index_error, key_error,
                     repr_str, str_str, str_value_of, getattr, index_value,
                     exc_matches, EXC_KEY_ERROR, is_int, int_value, INT_TYPE,
                     FLOAT_TYPE)
from interp import format_w
import numops
import intobject


# ============================================================ str.format

class FormatState:
    auto: int          # next automatic field number; -1 once manual used
    manual: bool

    def __init__(self) -> None:
        self.auto = 0
        self.manual = False


def str_format(ec: ExecCtx, fmt: str, args: list[W_Object],
               kwargs: W_Dict | None) -> str:
    st = FormatState()
    return format_string(ec, fmt, args, kwargs, st, 2)


def format_string(ec: ExecCtx, fmt: str, args: list[W_Object],
                  kwargs: W_Dict | None, st: FormatState, depth: int) -> str:
    if depth < 0:
        raise value_error("Max string recursion exceeded")
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            end = matching_brace(fmt, i)
            if end < 0:
                raise value_error("expected '}' before end of string")
            out.append(format_field(ec, fmt[i + 1:end], args, kwargs, st,
                                    depth))
            i = end + 1
            continue
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise value_error("Single '}' encountered in format string")
        j = i
        while j < n and fmt[j] != "{" and fmt[j] != "}":
            j += 1
        out.append(fmt[i:j])
        i = j
    return "".join(out)


def matching_brace(fmt: str, i: int) -> int:
    depth = 0
    n = len(fmt)
    j = i
    while j < n:
        c = fmt[j]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j
        elif c == "[" and depth == 1:
            # an index inside a field name may contain braces
            while j < n and fmt[j] != "]":
                j += 1
        j += 1
    return -1


def format_field(ec: ExecCtx, field: str, args: list[W_Object],
                 kwargs: W_Dict | None, st: FormatState, depth: int) -> str:
    # split name [!conv] [:spec]
    name_end = 0
    n = len(field)
    while name_end < n and field[name_end] != "!" and field[name_end] != ":":
        if field[name_end] == "[":
            while name_end < n and field[name_end] != "]":
                name_end += 1
        name_end += 1
    if name_end > n:
        name_end = n
    name = field[:name_end]
    conv = ""
    spec = ""
    rest = field[name_end:]
    if rest.startswith("!"):
        if len(rest) < 2:
            raise value_error("end of string while looking for conversion "
                              "specifier")
        conv = rest[1]
        rest = rest[2:]
        if rest != "" and not rest.startswith(":"):
            raise value_error("expected ':' after conversion specifier")
    if rest.startswith(":"):
        spec = rest[1:]
    w = lookup_field(ec, name, args, kwargs, st)
    if conv == "r":
        w = new_str(repr_str(ec, w))
    elif conv == "s":
        w = new_str(str_str(ec, w))
    elif conv == "a":
        w = new_str(ascii_of(repr_str(ec, w)))
    elif conv != "":
        raise value_error("Unknown conversion specifier " + conv)
    if "{" in spec:
        spec = format_string(ec, spec, args, kwargs, st, depth - 1)
    if isinstance(w, W_Str) and spec == "":
        return w.value
    return format_w(ec, w, spec)


def lookup_field(ec: ExecCtx, name: str, args: list[W_Object],
                 kwargs: W_Dict | None, st: FormatState) -> W_Object:
    i = 0
    n = len(name)
    while i < n and name[i] != "." and name[i] != "[":
        i += 1
    first = name[:i]
    if first == "":
        if st.manual:
            raise value_error("cannot switch from manual field specification "
                              "to automatic field numbering")
        idx = st.auto
        st.auto += 1
        w = positional(args, idx)
    elif first.isdigit():
        if st.auto > 0:
            raise value_error("cannot switch from automatic field numbering "
                              "to manual field specification")
        st.manual = True
        w = positional(args, int(first))
    else:
        if kwargs is None:
            raise key_error(new_str(first))
        w_v = kwargs.get_str(first)
        if w_v is None:
            raise key_error(new_str(first))
        w = w_v
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] != "." and name[j] != "[":
                j += 1
            attr = name[i + 1:j]
            if attr == "":
                raise value_error("Empty attribute in format string")
            w = getattr(ec, w, attr)
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise value_error("Missing ']' in format string")
            key = name[i + 1:j]
            if key == "":
                raise value_error("Empty attribute in format string")
            if key.isdigit():
                w = w.getitem(ec, new_int(int(key)))
            else:
                w = w.getitem(ec, new_str(key))
            i = j + 1
        else:
            raise value_error("Only '.' or '[' may follow ']' in format field "
                              "specifier")
    return w


def positional(args: list[W_Object], i: int) -> W_Object:
    if i >= len(args):
        raise index_error("Replacement index " + str(i) + " out of range for "
                          "positional args tuple")
    return args[i]


def ascii_of(s: str) -> str:
    out: list[str] = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\x" + hex2(o, 2))
        elif o < 65536:
            out.append("\\u" + hex2(o, 4))
        else:
            out.append("\\U" + hex2(o, 8))
    return "".join(out)


def hex2(v: int, width: int) -> str:
    digits = "0123456789abcdef"
    out = ""
    while v > 0 or out == "":
        out = digits[v & 15] + out
        v >>= 4
    while len(out) < width:
        out = "0" + out
    return out


# ============================================================ % formatting

def percent_format(ec: ExecCtx, fmt: str, w_args: W_Object) -> str:
    args: list[W_Object] = []
    w_map: W_Object | None = None
    if isinstance(w_args, W_Tuple):
        args = w_args.items
    else:
        args = [w_args]
        t = w_args.get_type()
        if t.lookup("__getitem__") is not None and \
                not isinstance(w_args, W_Str) and \
                str_value_of(w_args) is None and \
                not isinstance(w_args, W_List):
            w_map = w_args
    out: list[str] = []
    argi = 0
    i = 0
    n = len(fmt)
    used_map = False
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            raise value_error("incomplete format")
        w_value: W_Object | None = None
        if fmt[i] == "(":
            if w_map is None:
                raise type_error("format requires a mapping")
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == "(":
                    depth += 1
                elif fmt[j] == ")":
                    depth -= 1
                j += 1
            if depth > 0:
                raise value_error("incomplete format key")
            key = fmt[i + 1:j - 1]
            w_value = w_map.getitem(ec, new_str(key))
            used_map = True
            i = j
        flags = ""
        while i < n and fmt[i] in "-+ #0":
            flags += fmt[i]
            i += 1
        width = ""
        if i < n and fmt[i] == "*":
            if argi >= len(args):
                raise type_error("not enough arguments for format string")
            width = str(index_value(ec, args[argi], "* wants int"))
            if width.startswith("-"):
                flags += "-"
                width = width[1:]
            argi += 1
            i += 1
        else:
            while i < n and fmt[i].isdigit():
                width += fmt[i]
                i += 1
        prec = ""
        has_prec = False
        if i < n and fmt[i] == ".":
            has_prec = True
            i += 1
            if i < n and fmt[i] == "*":
                if argi >= len(args):
                    raise type_error("not enough arguments for format string")
                prec = str(index_value(ec, args[argi], "* wants int"))
                argi += 1
                i += 1
            else:
                while i < n and fmt[i].isdigit():
                    prec += fmt[i]
                    i += 1
            if prec == "":
                prec = "0"
        while i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            raise value_error("incomplete format")
        conv = fmt[i]
        i += 1
        if conv == "%":
            out.append("%")
            continue
        if w_value is None:
            if argi >= len(args):
                raise type_error("not enough arguments for format string")
            w_value = args[argi]
            argi += 1
        out.append(format_one(ec, conv, flags, width, prec if has_prec
                              else "", w_value, i - 1))
    if w_map is None and argi < len(args):
        raise type_error("not all arguments converted during string "
                         "formatting")
    return "".join(out)


def format_one(ec: ExecCtx, conv: str, flags: str, width: str, prec: str,
               w: W_Object, index: int) -> str:
    align = "<" if "-" in flags else ""
    if conv == "s" or conv == "r" or conv == "a":
        if conv == "s":
            s = str_str(ec, w)
        elif conv == "r":
            s = repr_str(ec, w)
        else:
            s = ascii_of(repr_str(ec, w))
        if prec != "":
            s = s[:int(prec)]
        return pad(s, width, "-" in flags)
    if conv == "c":
        if isinstance(w, W_Int):
            if w.value < 0 or w.value > 0x10FFFF:
                raise overflow_error("%c arg not in range(0x110000)")
            s2 = chr(w.value)
        else:
            sv = str_value_of(w)
            if sv is None or len(sv) != 1:
                raise type_error("%c requires int or char")
            s2 = sv
        return pad(s2, width, "-" in flags)
    spec = ""
    if "-" in flags:
        spec += "<"
    if "+" in flags:
        spec += "+"
    elif " " in flags:
        spec += " "
    if "#" in flags:
        spec += "#"
    if "0" in flags and "-" not in flags:
        spec += "0"
    spec += width
    if conv in "diu":
        wi = integer_for(ec, w, conv, True)
        if prec != "":
            return pad_int_precision(ec, wi, spec, prec)
        return format_w(ec, wi, spec + "d")
    if conv in "xXo":
        wi2 = integer_for(ec, w, conv, False)
        if prec != "":
            return pad_int_precision(ec, wi2, spec, prec, conv)
        return format_w(ec, wi2, spec + conv)
    if conv in "eEfFgG":
        wf = float_for(ec, w, conv)
        p = prec if prec != "" else "6"
        return format_w(ec, wf, spec + "." + p + conv)
    raise value_error("unsupported format character '" + conv + "' (0x"
                      + hex2(ord(conv), 0) + ") at index " + str(index))


def pad(s: str, width: str, left: bool) -> str:
    if width == "":
        return s
    w = int(width)
    if len(s) >= w:
        return s
    if left:
        return s + " " * (w - len(s))
    return " " * (w - len(s)) + s


def pad_int_precision(ec: ExecCtx, w: W_Object, spec: str, prec: str,
                      conv: str = "d") -> str:
    digits = format_w(ec, w, conv)
    neg = digits.startswith("-")
    if neg:
        digits = digits[1:]
    p = int(prec)
    while len(digits) < p:
        digits = "0" + digits
    if neg:
        digits = "-" + digits
    elif "+" in spec:
        digits = "+" + digits
    width = ""
    for ch in spec:
        if ch.isdigit():
            width += ch
    if width.startswith("0"):
        width = width[1:]
    return pad(digits, width, spec.startswith("<"))


def integer_for(ec: ExecCtx, w: W_Object, conv: str,
                allow_float: bool) -> W_Object:
    if is_int(w):
        return new_int(int_value(w))
    if intobject.is_int_like(w):
        return w
    if isinstance(w, W_Float):
        if allow_float:
            return numops.float_to_int(ec, w.value)
        raise type_error("%" + conv + " format: an integer is required, not "
                         "float")
    t = w.get_type()
    if t.lookup("__index__") is not None:
        return new_int(index_value(ec, w, "{}"))
    if allow_float and t.lookup("__int__") is not None:
        return int_call(ec, w)
    if allow_float:
        raise type_error("%" + conv + " format: a real number is required, "
                         "not " + w.type_name())
    raise type_error("%" + conv + " format: an integer is required, not "
                     + w.type_name())


def int_call(ec: ExecCtx, w: W_Object) -> W_Object:
    return INT_TYPE.call_args(ec, [w], None)


def float_for(ec: ExecCtx, w: W_Object, conv: str) -> W_Object:
    if isinstance(w, W_Float):
        return w
    if is_int(w):
        return W_Float(float(int_value(w)))
    t = w.get_type()
    if t.lookup("__float__") is not None or t.lookup("__index__") is not None:
        return FLOAT_TYPE.call_args(ec, [w], None)
    raise type_error("must be real number, not " + w.type_name())
