"""The error handlers every codec shares (the errors= argument of encode
and decode) and the UTF-16 and UTF-32 codecs.  Bytes are strs of
characters below 256 here (bytesobject.py); names, results and messages
are CPython's.  A handler is looked up only when a codec meets something
it cannot convert, as CPython does: 'x'.encode('ascii', 'bogus') works."""
from __future__ import annotations

from objects import (PyError, py_error, type_error, EXC_UNICODE_DECODE_ERROR,
                     EXC_UNICODE_ENCODE_ERROR, EXC_LOOKUP_ERROR)

HEX = "0123456789abcdef"


def hex_width(o: int, width: int) -> str:
    out = ""
    for k in range(width):
        out = HEX[o & 15] + out
        o = o >> 4
    return out


def char_escape(o: int) -> str:
    """A code point as the codecs show it: \\xNN, \\uNNNN, \\UNNNNNNNN."""
    if o < 0x100:
        return "\\x" + hex_width(o, 2)
    if o < 0x10000:
        return "\\u" + hex_width(o, 4)
    return "\\U" + hex_width(o, 8)


def unknown_handler(errors: str) -> PyError:
    return py_error(EXC_LOOKUP_ERROR, "unknown error handler name '"
                    + errors + "'")


def encode_error(codec: str, s: str, i: int, j: int, reason: str) -> PyError:
    if j - i == 1:
        what = "character '" + char_escape(ord(s[i])) + "' in position " \
            + str(i)
    else:
        what = "characters in position " + str(i) + "-" + str(j - 1)
    return py_error(EXC_UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't "
                    "encode " + what + ": " + reason)


def decode_error(codec: str, i: int, j: int, b: str, reason: str) -> PyError:
    if j - i == 1:
        what = "byte 0x" + hex_width(ord(b[i]), 2) + " in position " + str(i)
    else:
        what = "bytes in position " + str(i) + "-" + str(j - 1)
    return py_error(EXC_UNICODE_DECODE_ERROR, "'" + codec + "' codec can't "
                    "decode " + what + ": " + reason)


def on_encode_error(codec: str, s: str, i: int, j: int, reason: str,
                    errors: str) -> str:
    """The bytes errors= puts for s[i:j], which codec cannot encode (only
    ASCII results: every codec here can hold them), or the error."""
    if errors == "strict":
        raise encode_error(codec, s, i, j, reason)
    if errors == "ignore":
        return ""
    if errors == "replace":
        return "?" * (j - i)
    out: list[str] = []
    for k in range(i, j):
        o = ord(s[k])
        if errors == "backslashreplace":
            out.append(char_escape(o))
        elif errors == "xmlcharrefreplace":
            out.append("&#" + str(o) + ";")
        elif errors == "surrogateescape":
            # a byte that a surrogateescape decode turned into U+DC80+b
            if o < 0xDC80 or o > 0xDCFF:
                raise encode_error(codec, s, k, k + 1, reason)
            out.append(chr(o - 0xDC00))
        elif errors == "namereplace" or errors == "surrogatepass":
            # namereplace needs the Unicode name database; surrogatepass
            # is handled by the UTF codecs themselves before this
            raise encode_error(codec, s, i, j, reason)
        else:
            raise unknown_handler(errors)
    return "".join(out)


def on_decode_error(codec: str, b: str, i: int, j: int, reason: str,
                    errors: str) -> str:
    """The text errors= puts for the bytes b[i:j], which codec cannot
    decode, or the error."""
    if errors == "strict" or errors == "surrogatepass":
        raise decode_error(codec, i, j, b, reason)
    if errors == "ignore":
        return ""
    if errors == "replace":
        return "\ufffd"
    out: list[str] = []
    for k in range(i, j):
        o = ord(b[k])
        if errors == "backslashreplace":
            out.append("\\x" + hex_width(o, 2))
        elif errors == "surrogateescape":
            if o < 0x80:
                raise decode_error(codec, i, j, b, reason)
            out.append(chr(0xDC00 + o))
        elif errors == "xmlcharrefreplace" or errors == "namereplace":
            # encoding-only handlers
            raise type_error("don't know how to handle UnicodeDecodeError "
                             "in error callback")
        else:
            raise unknown_handler(errors)
    return "".join(out)


# ------------------------------------------------------ UTF-16, UTF-32

UTF_FORMS = {
    "utf-16": ("utf-16", 2, True, False), "utf-16-le": ("utf-16-le", 2, False,
                                                       False),
    "utf-16-be": ("utf-16-be", 2, False, True),
    "utf-32": ("utf-32", 4, True, False), "utf-32-le": ("utf-32-le", 4, False,
                                                       False),
    "utf-32-be": ("utf-32-be", 4, False, True),
}


# ------------------------------------------------------ codec names

# The codecs of this interpreter under every name CPython 3.11 knows them
# by (its module name first, then its encodings.aliases), normalised as
# codec_key does, each with the name the codec reports.
CODEC_NAMES: dict[str, str] = {}
CODEC_MODULES: list[str] = []
for _names, _codec in (
        ("utf_8 u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001", "utf-8"),
        ("ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 "
         "csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
         "ascii"),
        ("latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 "
         "iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1", "latin-1"),
        ("utf_16 u16 utf16", "utf-16"),
        ("utf_16_le utf_16le unicodelittleunmarked", "utf-16-le"),
        ("utf_16_be utf_16be unicodebigunmarked", "utf-16-be"),
        ("utf_32 u32 utf32", "utf-32"),
        ("utf_32_le utf_32le", "utf-32-le"),
        ("utf_32_be utf_32be", "utf-32-be")):
    for _name in _names.split():
        CODEC_NAMES[_name] = _codec
    CODEC_MODULES.append(_names.split()[0])


def codec_key(enc: str) -> str:
    """enc as CPython's encodings.normalize_encoding leaves it, lowered:
    each run of characters other than ASCII letters, digits and '.'
    becomes one '_' between the others ('UTF 8', 'utf--8' -> 'utf_8')."""
    out: list[str] = []
    gap = False
    for c in enc.lower():
        if ("a" <= c <= "z") or ("0" <= c <= "9") or c == ".":
            if gap and len(out) > 0:
                out.append("_")
            out.append(c)
            gap = False
        else:
            gap = True
    return "".join(out)


def codec_name(enc: str) -> str:
    """The codec an encoding name stands for ('utf-8', 'ascii',
    'latin-1', 'utf-16', 'utf-16-le' ...), or '' if none here."""
    key = codec_key(enc)
    if key in CODEC_NAMES:
        return CODEC_NAMES[key]
    # as CPython's search: an alias may be written with '.' for '_'
    alias = key.replace(".", "_")
    if alias in CODEC_MODULES:
        return ""
    return CODEC_NAMES.get(alias, "")


def units_of(o: int, width: int, big: bool) -> str:
    out = ""
    for k in range(width):
        byte = chr((o >> (8 * k)) & 0xFF)
        out = out + byte if not big else byte + out
    return out


def utf_encode(form: str, s: str, errors: str) -> str:
    """s in UTF-16 or UTF-32 (form from codec_name); a BOM first, and
    little-endian, for the plain names, as CPython on this machine."""
    name, width, bom, big = UTF_FORMS[form]
    out: list[str] = []
    if bom:
        out.append(units_of(0xFEFF, width, big))
    i = 0
    while i < len(s):
        o = ord(s[i])
        if 0xD800 <= o <= 0xDFFF and errors != "surrogatepass":
            j = i + 1
            while j < len(s) and 0xD800 <= ord(s[j]) <= 0xDFFF:
                j += 1
            bad = on_encode_error(name, s, i, j, "surrogates not allowed",
                                  errors)
            for c in bad:
                out.append(units_of(ord(c), width, big))
            i = j
            continue
        if width == 2 and o >= 0x10000:
            o -= 0x10000
            out.append(units_of(0xD800 | (o >> 10), 2, big))
            out.append(units_of(0xDC00 | (o & 0x3FF), 2, big))
        else:
            out.append(units_of(o, width, big))
        i += 1
    return "".join(out)


def unit_at(b: str, i: int, width: int, big: bool) -> int:
    v = 0
    for k in range(width):
        byte = ord(b[i + k])
        v = (v << 8) | byte if big else v | (byte << (8 * k))
    return v


def utf_decode(form: str, b: str, errors: str) -> str:
    name, width, bom, big = UTF_FORMS[form]
    i = 0
    n = len(b)
    if bom and n >= width:
        # the BOM chooses the byte order and is dropped
        if unit_at(b, 0, width, False) == 0xFEFF:
            i = width
        elif unit_at(b, 0, width, True) == 0xFEFF:
            i = width
            big = True
        name = name + ("-be" if big else "-le")
    out: list[str] = []
    while i < n:
        if i + width > n:
            out.append(on_decode_error(name, b, i, n, "truncated data",
                                       errors))
            break
        o = unit_at(b, i, width, big)
        if width == 4:
            if o > 0x10FFFF or 0xD800 <= o <= 0xDFFF:
                out.append(on_decode_error(name, b, i, i + 4, "code point "
                                           "not in range(0x110000)", errors))
            else:
                out.append(chr(o))
            i += 4
            continue
        i = utf16_unit(name, b, i, o, big, errors, out)
    return "".join(out)


def utf16_unit(name: str, b: str, i: int, o: int, big: bool, errors: str,
               out: list[str]) -> int:
    """Decode the UTF-16 unit o at i (and its pair); the next index."""
    n = len(b)
    if o < 0xD800 or o > 0xDFFF:
        out.append(chr(o))
        return i + 2
    if o >= 0xDC00:
        out.append(on_decode_error(name, b, i, i + 2,
                                   "illegal encoding", errors))
        return i + 2
    if i + 4 > n:
        out.append(on_decode_error(name, b, i, n if n - i < 4 else i + 2,
                                   "unexpected end of data", errors))
        return n
    low = unit_at(b, i + 2, 2, big)
    if low < 0xDC00 or low > 0xDFFF:
        out.append(on_decode_error(name, b, i, i + 2,
                                   "illegal UTF-16 surrogate", errors))
        return i + 2
    out.append(chr(0x10000 + ((o - 0xD800) << 10) + (low - 0xDC00)))
    return i + 4
