#!/usr/bin/env python3
"""Seeded inputs for the runtime fuzz target (rt_fuzz.py).

    gen_input.py SEED LINES > input.txt

The same seed gives the same lines (Python's random module is stable for a
given seed), so the test suite's run is deterministic; `./build.sh fuzz`
uses fresh seeds.  Values aim at the edges where the library's C code
differs from CPython's: numbers near the 64-bit and double limits, odd
digits and signs and underscores for int()/float(), format specs on
extreme values, non-ASCII and combining characters, empty separators.
Integers stay where CPython and rtrans agree (no 64-bit overflow, which is
a documented divergence).
"""
import random
import sys

EDGE_INTS = [0, 1, -1, 7, -7, 10, 255, 256, -256, 1 << 31, -(1 << 31), (1 << 53) + 1,
             (1 << 62), -(1 << 62), 999999999999, -1000000000000]
EDGE_FLOATS = ["0.0", "-0.0", "1e308", "-1e308", "1.7976931348623157e308", "5e-324",
               "2.2250738585072014e-308", "inf", "-inf", "nan", "0.1", "0.5", "1.5", "2.5",
               "-2.5", "123456789.123456789", "1e16", "1e-7", "9.999999999999999e22",
               "0.3", "1e22", "1e23", "4.35", "2.675", "1e15", "-0.000001"]
ALPHABET = ("abcXYZ019 _-+.,:;!?'\"\\/()[]{}*#"
            "\u00e9\u00df\u0130\u0131\u03a3\u03c3\u03c2\u0391\u00c5\u212b\u1e9e"
            "\u0301\u4e2d\u6587\U0001f600\U0001d400\u00a0\u2009\u3000\u0660\u0969\u00bd\u2163")
NUMERIC_BITS = ["0", "1", "9", "_", "+", "-", ".", "e", "E", "x", "o", "b", " ", "\u0663",
                "inf", "nan", "0x", "1_0", "__", "\u00a0"]


def rand_int(r: random.Random) -> int:
    k = r.random()
    if k < 0.3:
        return r.choice(EDGE_INTS) + r.randint(-2, 2)
    if k < 0.6:
        return r.randint(-1000, 1000)
    return r.randint(-(1 << 62), 1 << 62)


def rand_small_int(r: random.Random) -> int:
    return r.choice([r.randint(-100, 100), r.randint(-(1 << 30), 1 << 30), r.choice(EDGE_INTS[:8])])


def rand_float_text(r: random.Random) -> str:
    k = r.random()
    if k < 0.3:
        return r.choice(EDGE_FLOATS)
    if k < 0.6:
        return repr(r.uniform(-1e6, 1e6))
    if k < 0.8:
        return repr(r.random() * 10.0 ** r.randint(-320, 308))
    digits = "".join(r.choice("0123456789") for _ in range(r.randint(1, 25)))
    point = r.randint(0, len(digits))
    return (r.choice(["", "-", "+"]) + digits[:point] + "." + digits[point:]
            + r.choice(["", "e" + str(r.randint(-330, 330))]))


def rand_text(r: random.Random, n: int) -> str:
    return "".join(r.choice(ALPHABET) for _ in range(r.randint(0, n)))


def rand_numeric_text(r: random.Random) -> str:
    if r.random() < 0.4:
        return str(rand_int(r)) if r.random() < 0.5 else rand_float_text(r)
    return "".join(r.choice(NUMERIC_BITS) for _ in range(r.randint(0, 6)))


def line(r: random.Random) -> str:
    op = r.choice(["int", "intb", "float", "fi", "ff", "fb", "str", "str", "ord", "ar", "fa"])
    if op == "int":
        return f"int\t{rand_numeric_text(r)}"
    if op == "intb":
        base = r.choice([0, 2, 8, 10, 16, 36, r.randint(2, 36)])
        # at most 10 digits: even in base 36 the value stays in 64 bits
        text = r.choice([rand_numeric_text(r)[:10], format(r.randint(0, 1 << 40), "x"),
                         "0x1f", "0b101", "z", "Zz", "-0o17", " 1_0 "])
        return f"intb\t{text}\t{base}"
    if op == "float":
        return f"float\t{r.choice([rand_float_text(r), rand_numeric_text(r)])}"
    if op == "fi":
        return f"fi\t{rand_int(r)}"
    if op == "ff":
        return f"ff\t{rand_float_text(r)}"
    if op == "fb":
        return f"fb\t{r.randint(-(1 << 53), 1 << 53)}\t{r.randint(-1100, 1000)}"
    if op == "str":
        s = rand_text(r, 14)
        a = s[r.randint(0, len(s)):][:r.randint(0, 2)] if s and r.random() < 0.6 else rand_text(r, 2)
        return f"str\t{s}\t{a}\t{rand_text(r, 3)}"
    if op == "ord":
        return f"ord\t{rand_text(r, 6)}"
    if op == "ar":
        return f"ar\t{rand_small_int(r)}\t{rand_small_int(r)}"
    return f"fa\t{rand_float_text(r)}\t{rand_float_text(r)}"


def main(argv: list[str]) -> int:
    r = random.Random(int(argv[1]))
    out = sys.stdout
    for _ in range(int(argv[2])):
        out.write(line(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
