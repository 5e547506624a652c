#!/usr/bin/env python3
"""The expected output of main.py, computed with CPython's native ints.

    python3 tests/programs/bigint/gen_native.py          # rewrite main.py's # expect: lines
    python3 tests/programs/bigint/gen_native.py --all    # print every result line

Runs main.py's cases (the same operands from cases.py, in the same order,
printed in the same format) with int instead of examples/python/bigint.py,
so the expectations never come from the module under test.  Keep run()
below in step with main.py's run(): a difference in the cases shows up as
a failing checksum.
"""
import math
import os
import sys

import cases
from cases import Digest, Operand, Rng

HERE = os.path.dirname(os.path.abspath(__file__))


def value(op: Operand) -> int:
    return int(op.text, op.base) << op.shift


def dec(a: int) -> str:
    return format(a, "x")


def to_base(a: int, base: int) -> str:
    if base == 2:
        return format(a, "b")
    if base == 8:
        return format(a, "o")
    if base == 10:
        return str(a)
    if base == 16:
        return format(a, "x")
    digits = []
    m = abs(a)
    while m:
        m, d = divmod(m, base)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return ("-" if a < 0 else "") + ("".join(reversed(digits)) or "0")


def emit(out: Digest, name: str, tag: str, result: str) -> None:
    out.add(name + " " + tag + ": " + result)


def unary(out: Digest, tag: str, a: int, shifts: list) -> None:
    for base in cases.BASES:
        text = to_base(a, base)
        emit(out, f"str{base}", tag, text)
        emit(out, f"parse{base}", tag, dec(int(text, base)))
    emit(out, "neg", tag, dec(-a))
    emit(out, "abs", tag, dec(abs(a)))
    emit(out, "invert", tag, dec(~a))
    emit(out, "zero", tag, str(a == 0))
    emit(out, "bit_length", tag, str(a.bit_length()))
    emit(out, "hash", tag, str(hash(a)))
    if -2 ** 63 <= a < 2 ** 63:
        emit(out, "int", tag, str(a))
        emit(out, "from_int", tag, dec(a))
    else:
        emit(out, "int", tag, "too big")
    try:
        emit(out, "float", tag, repr(float(a)))
    except OverflowError as e:
        emit(out, "float", tag, "OverflowError: " + str(e))
    for n in shifts:
        emit(out, f"lshift{n}", tag, dec(a << n))
        emit(out, f"rshift{n}", tag, dec(a >> n))
    emit(out, "isqrt", tag, dec(math.isqrt(abs(a))))
    digits = len(str(abs(a)))
    emit(out, "exceed", tag, f"{digits > 50} {digits > 4300}")
    for e in cases.EXPONENTS:
        if a.bit_length() * e <= 30000:
            emit(out, f"pow{e}", tag, dec(a ** e))


def division(out: Digest, tag: str, a: int, b: int) -> None:
    try:
        emit(out, "floordiv", tag, dec(a // b))
    except ZeroDivisionError as e:
        emit(out, "floordiv", tag, "ZeroDivisionError: " + str(e))
    try:
        emit(out, "mod", tag, dec(a % b))
    except ZeroDivisionError as e:
        emit(out, "mod", tag, "ZeroDivisionError: " + str(e))
    try:
        q, r = divmod(a, b)
        emit(out, "divmod", tag, dec(q) + " " + dec(r))
        p = a * b
        q, r = divmod(p, b)
        emit(out, "exact", tag, dec(q) + " " + dec(r))
        q, r = divmod(p - 1, b)
        emit(out, "inexact", tag, dec(q) + " " + dec(r))
    except ZeroDivisionError as e:
        emit(out, "divmod", tag, "ZeroDivisionError: " + str(e))
    try:
        emit(out, "truediv", tag, repr(a / b))
    except (ZeroDivisionError, OverflowError) as e:
        emit(out, "truediv", tag, "error: " + str(e))


def binary(out: Digest, tag: str, a: int, b: int) -> None:
    emit(out, "add", tag, dec(a + b))
    emit(out, "sub", tag, dec(a - b))
    emit(out, "mul", tag, dec(a * b))
    emit(out, "cmp", tag, str((a > b) - (a < b)))
    emit(out, "and", tag, dec(a & b))
    emit(out, "or", tag, dec(a | b))
    emit(out, "xor", tag, dec(a ^ b))
    emit(out, "gcd", tag, dec(math.gcd(a, b)))
    division(out, tag, a, b)


def powmod(out: Digest, tag: str, a: int, e: int, m: int) -> None:
    try:
        emit(out, "powmod", tag, dec(pow(a, e, m)))
    except ValueError as ex:
        emit(out, "powmod", tag, "ValueError: " + str(ex))


def run(out: Digest) -> None:
    rng = Rng(20240601)
    vals = [value(op) for op in cases.special_operands() + cases.random_operands(rng)]
    large = [value(op) for op in cases.large_operands(rng)]
    for i in range(len(vals)):
        unary(out, str(i), vals[i], cases.SHIFTS)
    for i in range(len(large)):
        unary(out, f"L{i}", large[i], [0, 31, 1000])
    n = len(vals)
    for i, j in cases.pairs(n, rng):
        binary(out, f"{i},{j}", vals[i], vals[j])
        if (i + j) % 2 == 0:
            e = vals[j]
            if e.bit_length() > 32:
                e >>= e.bit_length() - 32
            powmod(out, f"{i},{j}", vals[i], e, vals[(3 * i + j) % n])
    for i in range(len(large)):
        for j in range(len(large)):
            binary(out, f"L{i},L{j}", large[i], large[j])
        for j in range(0, n, 11):
            binary(out, f"L{i},{j}", large[i], vals[j])
            division(out, f"{j},L{i}", vals[j], large[i])
    for t in cases.division_cases(rng):
        c = value(t[1])
        num = value(t[0]) * c
        den = value(t[2]) * c
        for delta in [-1, 0, 1]:
            try:
                emit(out, "halfway", str(delta), repr((num + delta) / den))
            except OverflowError as ex:
                emit(out, "halfway", str(delta), "OverflowError: " + str(ex))
    for mt in cases.mersenne_moduli():
        m = value(mt)
        for i in range(0, n, 7):
            x = vals[i]
            sq = x * x - 2
            xm = x * m
            for a in [sq, xm, xm + 1, sq + m]:
                for a2, m2 in [(a, m), (a, -m), (-a, m)]:
                    emit(out, "mersenne", mt.text, dec(a2 % m2))
            emit(out, "mersenne_pow", mt.text, dec(pow(x, 65537, m)))
    for text in cases.FLOATS:
        f = float(text)
        for k in [0, 64, 200]:
            if abs(f) < 1e200:
                emit(out, "from_float", f"{text}*2**{k}", dec(int(f * 2.0 ** k)))
    for text in cases.LITERALS:
        for base in cases.LITERAL_BASES:
            try:
                emit(out, "literal", f"{base}", dec(int(text, base)))
            except ValueError as ex:
                emit(out, "literal", f"{base}", "ValueError: " + str(ex))


def rewrite_expectations(lines: list) -> None:
    path = os.path.join(HERE, "main.py")
    with open(path, encoding="utf-8") as f:
        kept = [l for l in f.read().split("\n") if not l.startswith("# expect:")]
    while kept and kept[-1] == "":
        kept.pop()
    kept.append("")
    kept += ["# expect: " + l for l in lines]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    print(f"{path}: {len(lines)} expect lines")


def main() -> None:
    sys.set_int_max_str_digits(0)
    verbose = len(sys.argv) > 1 and sys.argv[1] == "--all"
    out = Digest(verbose)
    run(out)
    if verbose:
        for line in out.summary():
            print(line)
    else:
        rewrite_expectations(out.summary())


if __name__ == "__main__":
    main()
