#!/usr/bin/env python3
"""Generate tests/lib/data/cases.txt: calls of support-library functions
with the results CPython 3.11 gives (the oracle), for the check suite
tests/lib (data.c).

    python3 tests/lib/gen_data.py > tests/lib/data/cases.txt

Line format (tab-separated): function, arguments..., expected.
Values: s<hex of UTF-8> str, i<int>, f<16 hex digits: IEEE bits> float,
b0/b1 bool, n None, l<hex>,<hex>,... list of str, e<Name>:<hex message>
an exception.  The random cases use a fixed seed, so the file is stable.
Where rtrans documents a divergence (64-bit ints, int ** negative, no
complex numbers) the expected value is rtrans's, computed here.
"""
import math
import random
import struct
import sys

rnd = random.Random(20261122)
INT_MIN, INT_MAX = -2**63, 2**63 - 1
OVERFLOW = OverflowError("integer overflow")


def enc(v):
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return f"i{v}"
    if isinstance(v, float):
        return "f" + struct.pack(">d", v).hex()
    if isinstance(v, str):
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, list):
        return "l" + ",".join(x.encode("utf-8", "surrogatepass").hex() for x in v)
    raise TypeError(v)


def enc_exc(e):
    name = type(e).__name__
    return "e" + name + ":" + str(e).encode("utf-8", "surrogatepass").hex()


def emit(fn, args, thunk):
    try:
        r = thunk()
        if isinstance(r, int) and not isinstance(r, bool) and not INT_MIN <= r <= INT_MAX:
            raise OVERFLOW
        out = enc(r)
    except Exception as e:
        out = enc_exc(e)
    print("\t".join([fn] + [enc(a) for a in args] + [out]))


ALPHABET = ("abcXYZ019 _-.,'\"\\\t\n\r\x00\x7f\x85\xa0\xdf\xe9\xff\u0130\u03a3\u03c3"
            "\u0391\u1e9e\u2028\u3000\u4e2d\uff21\U0001f600\u0661\u00b2\u2167\ud800"
            "\u01c5\u0345\ufb01")


def rstr(maxlen=8, alphabet=ALPHABET):
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, maxlen)))


SAMPLES = ["", "a", "abc", "Hello, World!", "  spaced  out  ", "a,b,,c,", "\tx\ny\r\nz\rw\x0bv",
           "straße", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ǅemal", "ﬁnal", "日本語テキスト",
           "emoji 😀 here", "MiXeD cAsE", "hello world foo", "123", "١٢٣", "²³", "Ⅷ", "-42",
           "+0x1F", "a\u0345b", "x" * 30, "AbcAbcAbc", "\u2028line\u2029sep\x1c\x1d\x1e\x85e"]


def gen_str_methods():
    idx = [None, -100, -3, -1, 0, 1, 2, 5, 100]
    subs = ["", "a", "ab", "b", "Σ", "😀", "abc", ",", " ", "xx", "日本"]
    for si, s in enumerate(SAMPLES + [rstr() for _ in range(25)]):
        for sub in subs + [rstr(3)]:
            ranges = [(0, INT_MAX), (1, INT_MAX), (-3, INT_MAX), (0, -1), (2, 1), (5, 100), (100, INT_MAX)]
            for (a, b) in (ranges if si % 3 == 0 else ranges[:2]):
                for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    emit("str_" + m, [s, sub, a, b], lambda: getattr(s, m)(sub, a, b))
            emit("str_contains", [s, sub], lambda: sub in s)
            emit("str_partition_index", [s, sub], lambda: (s.partition(sub), s.find(sub))[1])
            emit("str_rpartition_index", [s, sub], lambda: (s.rpartition(sub), s.rfind(sub))[1])
            for cnt in [-1, 0, 1, 2]:
                emit("str_replace", [s, sub, "<>", cnt], lambda: s.replace(sub, "<>", cnt))
        for sep in [None, "", " ", ",", "ab", "\n", "Σ"]:
            for ms in [-1, 0, 1, 2]:
                emit("str_split", [s, sep, ms], lambda: s.split(sep, ms))
                emit("str_rsplit", [s, sep, ms], lambda: s.rsplit(sep, ms))
        for ke in [False, True]:
            emit("str_splitlines", [s, ke], lambda: s.splitlines(ke))
        for chars in [None, "", " ", "ab", "xΣ😀", "\t\n"]:
            for m in ["strip", "lstrip", "rstrip"]:
                emit("str_" + m, [s, chars], lambda: getattr(s, m)(chars))
        for m in ["upper", "lower", "capitalize", "title", "swapcase", "casefold",
                  "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
                  "isupper", "islower", "istitle", "isidentifier", "isascii"]:
            emit("str_" + m, [s], lambda: getattr(s, m)())
        for w in [-1, 0, 3, 10, 11]:
            for fill in [None, "*", "Σ", "😀", "ab", ""]:
                for m in ["ljust", "rjust", "center"]:
                    emit("str_" + m, [s, w, fill],
                         lambda: getattr(s, m)(w, " " if fill is None else fill))
            emit("str_zfill", [s, w], lambda: s.zfill(w))
        emit("str_repr", [s], lambda: repr(s))
        emit("str_len", [s], lambda: len(s))
        for i in [-100, -2, -1, 0, 1, 3, 100]:
            emit("str_getitem", [s, i], lambda: s[i])
        for a in (idx if si < 14 else []):
            for b in idx:
                for st in [None, 1, 2, -1, -2, 3, 0]:
                    emit("str_slice_step", [s, a, b, st], lambda: s[a:b:st])
        for k in [-1, 0, 1, 3]:
            emit("str_repeat", [s, k], lambda: s * k)
        t = rnd.choice(SAMPLES)
        emit("str_concat", [s, t], lambda: s + t)
        emit("str_cmp", [s, t], lambda: (s > t) - (s < t))
        emit("str_eq", [s, t], lambda: s == t)
        emit("str_ord", [s], lambda: ord(s))
    for c in [-1, 0, 65, 255, 256, 0x3a3, 0xd800, 0x10ffff, 0x110000]:
        emit("chr", [c], lambda: chr(c))
    for s in ["a\x00\x1f\x7f\x80\x9f\xa0\xad", "'", '"', "'\"", "\\", "\ud800\U000e0001\U0001f600\u2028",
              "\u0378\u00ff\u0100\uffff"]:
        emit("str_repr", [s], lambda: repr(s))
    # UTF-8 decoding, including CPython's error messages
    for b in [b"abc", b"\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x28\xa1", b"\xf0\x90\x28", b"\xe2\x82",
              b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xf0\x9f\x98\x80", b"x\xf0\x9f"]:
        print("\t".join(["utf8_decode", "s" + b.hex()]) + "\t" + (
            enc(b.decode("utf-8")) if ok(b) else enc_exc(err(b))))


def ok(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def err(b):
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        return e


def random_double():
    while True:
        v = struct.unpack(">d", rnd.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(v):
            return v


SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 1e16, 1e15, 1e-5, 1e-4,
                  0.0001, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e22, 1e23,
                  5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
                  float("inf"), float("-inf"), float("nan"), 1/3, 2/3, 100.0, 0.3, 1e100, 9.999999999999999e22,
                  4.35, 0.125, 0.375, 1234.5, -1234.5, 999999.5, 0.5e-300, 8.5, 9.5, 1e-7, 123.456]


def gen_floats():
    vals = SPECIAL_FLOATS + [random_double() for _ in range(3000)]
    vals += [round(rnd.uniform(-1e6, 1e6), rnd.randint(0, 8)) for _ in range(1500)]
    vals += [rnd.uniform(0, 1) * 10.0 ** rnd.randint(-30, 30) for _ in range(500)]
    for v in vals:
        emit("float_repr", [v], lambda: repr(v))
    for v in SPECIAL_FLOATS + vals[:300] + [x + 0.5 for x in range(-10, 10)]:
        emit("float_round", [v], lambda: round(v))
        emit("float_to_int", [v], lambda: int(v))
        emit("float_hash", [v], lambda: hash(v) if v == v else 0)
        for n in [-400, -309, -308, -20, -3, -1, 0, 1, 2, 3, 10, 17, 300, 400]:
            emit("float_round_n", [v, n], lambda: round(v, n))
    for v in [0.0, -0.0, 7.0, -7.0, 2.5, 1e300, float("inf"), float("nan"), -3.5, 0.1]:
        for w in [0.0, -0.0, 2.0, -2.0, 0.3, float("inf"), float("-inf"), float("nan"), 3.0, 0.5, -1.5, 1e-300]:
            emit("float_floordiv", [v, w], lambda: v // w)
            emit("float_mod", [v, w], lambda: v % w)
            emit("float_div", [v, w], lambda: v / w)
            emit("float_pow", [v, w], lambda: float_pow(v, w))
    for v in [2.0, 10.0, -8.0, 1e10, -1.0, 1.0, 0.5]:
        for w in [400.0, 0.5, -0.5, 1/3, 3.0, -3.0, 1e10, -1e10]:
            emit("float_pow", [v, w], lambda: float_pow(v, w))


def float_pow(v, w):
    r = v ** w
    if isinstance(r, complex):
        raise ValueError("negative number cannot be raised to a fractional power "
                         "(rtrans has no complex numbers)")
    return r


INTS = [0, 1, -1, 2, -2, 7, -7, 10, 99, 100, 255, 256, 1000, 123456789, -123456789, 2**31,
        2**53 + 1, -(2**53 + 1), 2**61 - 1, 2**61, -(2**61), 2**62, INT_MAX, INT_MIN, INT_MIN + 1,
        10**18, -10**18, 9 * 10**18, 5 * 10**18, -5 * 10**18, 25, 35, 45, -25, -35, 1250, 1350]


def int_pow(a, b):
    if b < 0:
        raise ValueError("negative exponent in int ** int (rtrans: the result would be a float)")
    if abs(a) > 1 and b > 64:
        raise OVERFLOW
    return a ** b


def gen_ints():
    for v in INTS + [rnd.randint(INT_MIN, INT_MAX) for _ in range(200)]:
        emit("int_repr", [v], lambda: str(v))
        emit("int_hash", [v], lambda: hash(v))
        for n in [-20, -19, -18, -3, -2, -1, 0, 2]:
            emit("int_round_n", [v, n], lambda: round(v, n))
    small = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, INT_MAX, INT_MIN, 2**53 + 1, -(2**53) - 3, 2**62 + 12345]
    for a in small:
        for b in small:
            emit("int_floordiv", [a, b], lambda: a // b)
            emit("int_mod", [a, b], lambda: a % b)
            emit("int_truediv", [a, b], lambda: a / b)
            emit("int_pow", [a, b], lambda: int_pow(a, b))
            emit("int_add", [a, b], lambda: a + b)
            emit("int_mul", [a, b], lambda: a * b)
    for _ in range(300):
        a, b = rnd.randint(INT_MIN, INT_MAX), rnd.randint(INT_MIN, INT_MAX) >> rnd.randint(0, 62)
        emit("int_truediv", [a, b], lambda: a / b)
        emit("int_floordiv", [a, b], lambda: a // b)
        emit("int_mod", [a, b], lambda: a % b)
    for a in [0, 1, -1, 5, -5, 2**62, INT_MIN]:
        for b in [-1, 0, 1, 2, 62, 63, 64, 100]:
            emit("int_lshift", [a, b], lambda: a << b)
            emit("int_rshift", [a, b], lambda: a >> b)


INT_TEXTS = ["0", "-0", "+7", "  42  ", "\t-12\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17",
             "0b101", "0b", "0x", "010", "00", "0_0", "0x_1f", "0_x1", "12a", "", " ", "+", "- 1", "١٢٣",
             "9223372036854775807", "9223372036854775808", "-9223372036854775808",
             "-9223372036854775809", "99999999999999999999", "z", "Z", "zz", "123abc", "1e5", "1.5",
             "x" * 250, "\u3000 12 \u2028", "0b1_0", "ff", "-FF", "+0o7_7", "٣x"]


def gen_parsing():
    for t in INT_TEXTS:
        for base in [10, 0, 2, 8, 16, 36, 1, 37, -1]:
            emit("int_from_str", [t, base], lambda: int(t, base))
    for t in ["0", "1.5", "-1.5e10", "  2.5  ", "1_0.5", "1._5", "1_", "inf", "-INF", "+Infinity",
              "infinit", "nan", "-NaN", "nan(1)", "0x10", ".5", "5.", ".", "e5", "1e", "1e+", "1e-5_0",
              "1e5_0", "", " ", "١.٥", "1e400", "-1e400", "1e-400", "x" * 250, "0.1", "123456789.123456789",
              "4.9e-324", "2.4e-324", "1__0", "+.5e-3", "--1", "\u00a01.25\u2003"]:
        emit("float_from_str", [t], lambda: float(t))


FLOAT_SPECS = ["", "f", ".0f", ".2f", ".10f", "e", ".3e", "E", "g", ".3g", "G", ".0g", "#g", "#.3g",
               ".3", ".0", "#", "#.0e", "#.0f", "%", ".1%", "+", " ", "-", "+.2f", "10", "<10", ">10",
               "^10", "=10", "010", "010.3f", "+010.2f", ",", ",.2f", "_.3f", "0=12,.1f", "012,.1f",
               "*^15.4e", "z.1f", "z", "n", ".2n", "x<+12.3e", "10.3%", "-^9", ",g", "F", ".5F", ".1E",
               "d", "x", ".", "1.2.3", ",_", "q", "z,.0f"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.1, 123.456, -1234.5678, 1e16, 1e-7, 1e100, 1e300,
                12345678.9, 0.000123, float("inf"), float("-inf"), float("nan"), 1/3, -0.0001, 999.9999,
                5e-324, 1.7976931348623157e308, 100.0, 123456789.0]
INT_SPECS = ["", "d", "5", "<5", "^7", "=+8", "05", "+", " ", "-", ",", "_", "010,", "09,", "08,",
             "0=8,", "x=8,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_b", "_x", "#010x",
             "0=#10x", "c", ">5c", "+c", ",c", "e", ".2f", "%", "g", "n", ",d", "_d", ".2d", "z", "q",
             "s", ",s", ",b", "_n", "*>+12,", "-^9", "1.2.3", ".", "9" * 30, "\x01", "ñ"]
INT_VALUES = [0, 1, -1, 5, 65, 255, 1234, -1234, 1234567, -1234567, 0x10ffff, 0x110000, INT_MAX, INT_MIN]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "0>5", "05", "+", "#", "=5",
             "z", "d", ",", "_", ",s", "€^6", ".0", "^", "x<3"]


def gen_format():
    for v in FLOAT_VALUES:
        for spec in FLOAT_SPECS:
            emit("format_float", [v, spec], lambda: format(v, spec))
    for v in INT_VALUES:
        for spec in INT_SPECS:
            emit("format_int", [v, spec], lambda: format(v, spec))
    for v in [True, False]:
        for spec in ["", "d", ">5", "x", "s", ".2f"]:
            emit("format_bool", [v, spec], lambda: format(v, spec))
    for s in ["", "abc", "Σ😀", "hello world"]:
        for spec in STR_SPECS:
            emit("format_str", [s, spec], lambda: format(s, spec))


def gen_math():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1000.0, -1000.0, 1e308, float("inf"),
            float("-inf"), float("nan"), 710.0, -710.0]
    for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan",
                 "asin", "acos", "sinh", "cosh", "tanh", "floor", "ceil", "trunc"]:
        for v in vals:
            emit("math_" + name, [v], lambda: getattr(math, name)(v))
    for x in vals[:10] + [-8.0, 0.25]:
        for y in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 400.0, float("inf"), float("-inf"), float("nan"), 1/3]:
            emit("math_pow", [x, y], lambda: math.pow(x, y))
            emit("math_atan2", [x, y], lambda: math.atan2(x, y))
            emit("math_log_base", [x, y], lambda: math.log(x, y))


def main():
    gen_str_methods()
    gen_floats()
    gen_ints()
    gen_parsing()
    gen_format()
    gen_math()


main()
