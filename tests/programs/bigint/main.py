# examples/python/bigint.py against CPython's ints: every function of the
# module on a deterministic pseudo-random set of operands (cases.py) and
# its edge cases, each result printed as a line, the lines reduced to a
# checksum plus samples.  The expected lines below are not this program's
# output under CPython: gen_native.py computes them with native ints and
# writes them (python3 tests/programs/bigint/gen_native.py); `main.py
# --all` also prints every line, to diff with `gen_native.py --all`.
# bigint.py here is a link to examples/python/bigint.py.
import sys

import cases
from bigint import (BigInt, big_abs, big_add, big_and, big_bit_length, big_cmp,
                    big_divmod, big_fits_int, big_floordiv, big_from_float,
                    big_from_int, big_from_str, big_gcd, big_hash, big_invert,
                    big_is_zero, big_isqrt, big_lshift, big_mod, big_mul, big_neg,
                    big_or, big_pow, big_powmod, big_rshift, big_str_digits_exceed,
                    big_sub, big_to_float, big_to_int, big_to_str, big_truediv,
                    big_xor)
from cases import Digest, Operand, Rng


def value(op: Operand) -> BigInt:
    return big_lshift(big_from_str(op.text, op.base), op.shift)


def dec(a: BigInt) -> str:
    """Results in hex: linear to print (decimal is tested by str10)."""
    return big_to_str(a, 16)


def emit(out: Digest, name: str, tag: str, result: str) -> None:
    out.add(name + " " + tag + ": " + result)


def float_text(f: float) -> str:
    return repr(f)


def unary(out: Digest, tag: str, a: BigInt, shifts: list[int]) -> None:
    for base in cases.BASES:
        text = big_to_str(a, base)
        emit(out, f"str{base}", tag, text)
        emit(out, f"parse{base}", tag, dec(big_from_str(text, base)))
    emit(out, "neg", tag, dec(big_neg(a)))
    emit(out, "abs", tag, dec(big_abs(a)))
    emit(out, "invert", tag, dec(big_invert(a)))
    emit(out, "zero", tag, str(big_is_zero(a)))
    emit(out, "bit_length", tag, str(big_bit_length(a)))
    emit(out, "hash", tag, str(big_hash(a)))
    if big_fits_int(a):
        emit(out, "int", tag, str(big_to_int(a)))
        emit(out, "from_int", tag, dec(big_from_int(big_to_int(a))))
    else:
        emit(out, "int", tag, "too big")
    try:
        emit(out, "float", tag, float_text(big_to_float(a)))
    except OverflowError as e:
        emit(out, "float", tag, "OverflowError: " + str(e))
    for n in shifts:
        emit(out, f"lshift{n}", tag, dec(big_lshift(a, n)))
        emit(out, f"rshift{n}", tag, dec(big_rshift(a, n)))
    emit(out, "isqrt", tag, dec(big_isqrt(big_abs(a))))
    emit(out, "exceed", tag, f"{big_str_digits_exceed(a, 50)} {big_str_digits_exceed(a, 4300)}")
    for e in cases.EXPONENTS:
        if big_bit_length(a) * e <= 30000:
            emit(out, f"pow{e}", tag, dec(big_pow(a, big_from_int(e))))


def division(out: Digest, tag: str, a: BigInt, b: BigInt) -> None:
    try:
        emit(out, "floordiv", tag, dec(big_floordiv(a, b)))
    except ZeroDivisionError as e:
        emit(out, "floordiv", tag, "ZeroDivisionError: " + str(e))
    try:
        emit(out, "mod", tag, dec(big_mod(a, b)))
    except ZeroDivisionError as e:
        emit(out, "mod", tag, "ZeroDivisionError: " + str(e))
    try:
        q, r = big_divmod(a, b)
        emit(out, "divmod", tag, dec(q) + " " + dec(r))
        p = big_mul(a, b)
        q, r = big_divmod(p, b)
        emit(out, "exact", tag, dec(q) + " " + dec(r))
        q, r = big_divmod(big_sub(p, big_from_int(1)), b)
        emit(out, "inexact", tag, dec(q) + " " + dec(r))
    except ZeroDivisionError as e:
        emit(out, "divmod", tag, "ZeroDivisionError: " + str(e))
    try:
        emit(out, "truediv", tag, float_text(big_truediv(a, b)))
    except (ZeroDivisionError, OverflowError) as e:
        emit(out, "truediv", tag, "error: " + str(e))


def binary(out: Digest, tag: str, a: BigInt, b: BigInt) -> None:
    emit(out, "add", tag, dec(big_add(a, b)))
    emit(out, "sub", tag, dec(big_sub(a, b)))
    emit(out, "mul", tag, dec(big_mul(a, b)))
    emit(out, "cmp", tag, str(big_cmp(a, b)))
    emit(out, "and", tag, dec(big_and(a, b)))
    emit(out, "or", tag, dec(big_or(a, b)))
    emit(out, "xor", tag, dec(big_xor(a, b)))
    emit(out, "gcd", tag, dec(big_gcd(a, b)))
    division(out, tag, a, b)


def powmod(out: Digest, tag: str, a: BigInt, e: BigInt, m: BigInt) -> None:
    try:
        emit(out, "powmod", tag, dec(big_powmod(a, e, m)))
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
    for ij in cases.pairs(n, rng):
        i = ij[0]
        j = ij[1]
        binary(out, f"{i},{j}", vals[i], vals[j])
        if (i + j) % 2 == 0:
            e = vals[j]
            if big_bit_length(e) > 32:
                e = big_rshift(e, big_bit_length(e) - 32)
            powmod(out, f"{i},{j}", vals[i], e, vals[(3 * i + j) % n])
    for i in range(len(large)):
        for j in range(len(large)):
            binary(out, f"L{i},L{j}", large[i], large[j])
        for j in range(0, n, 11):
            binary(out, f"L{i},{j}", large[i], vals[j])
            division(out, f"{j},L{i}", vals[j], large[i])
    for t in cases.division_cases(rng):
        c = value(t[1])
        num = big_mul(value(t[0]), c)
        den = big_mul(value(t[2]), c)
        for delta in [-1, 0, 1]:
            try:
                f = big_truediv(big_add(num, big_from_int(delta)), den)
                emit(out, "halfway", str(delta), float_text(f))
            except OverflowError as ex:
                emit(out, "halfway", str(delta), "OverflowError: " + str(ex))
    for text in cases.FLOATS:
        f = float(text)
        for k in [0, 64, 200]:
            if abs(f) < 1e200:
                emit(out, "from_float", f"{text}*2**{k}", dec(big_from_float(f * 2.0 ** k)))
    for text in cases.LITERALS:
        for base in cases.LITERAL_BASES:
            try:
                emit(out, "literal", f"{base}", dec(big_from_str(text, base)))
            except ValueError as ex:
                emit(out, "literal", f"{base}", "ValueError: " + str(ex))


def main(argv: list[str]) -> int:
    out = Digest(len(argv) > 1 and argv[1] == "--all")
    run(out)
    for line in out.summary():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: lines 22932 checksum 24203640880814001
# expect: str2 0: 0
# expect: lshift1 9: 14
# expect: exceed 18: False False
# expect: zero 28: False
# expect: rshift64 37: 0
# expect: int 47: too big
# expect: pow7 56: -ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9000000000000000...
# expect: lshift30 66: -3ffffffffffffe000000000000000000000000000000000000000000000000000000000000000000000000...
# expect: parse16 76: 545f0e255b6
# expect: rshift64 85: 31a6677487582bc8dbaac6b82
# expect: int 95: too big
# expect: pow7 104: -49b90328a671007dd5898da0289cde3b7f58b0afdb300c7b502a33adbe8c9e012cd3674abe85b3a01e1a6b335...
# expect: lshift61 114: 1b1957729ea1fc8750385f29d10ff2525e4ce113b925cf7ce865996b5253cc59eb60a3d0e5d392efaf8d76...
# expect: lshift1 124: -1ffffffffffffffffffffc0000000000
# expect: str8 134: 14640170161223126373504046532341467203771600000000000000000000000000000
# expect: rshift60 143: 3fffffffffffff8880000000000
# expect: str10 L2: 934161037096696556788791700892031765859530005027491466223822028720692897759746601231242751...
# expect: add 4,151: -2171c159589d5d15bda1cb5599e1139240203175c53a03eb3db1352fea0ec1cc95f7013da153ba340fda630d...
# expect: inexact 11,76: 3b9ac9ff 545f0e255b5
# expect: powmod 18,100: 0
# expect: exact 25,59: 1000000000000000 0
# expect: inexact 32,44: -7ffffffffffffffe -1
# expect: mod 39,127: -ffffffffffffffffffffffffffffffffffffffffdffff0000000000000001
# expect: exact 46,89: -3ffffffffffffffffffffff 0
# expect: floordiv 53,92: -1
# expect: mod 60,26: -20000000000003
# expect: inexact 67,70: fffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000...
# expect: add 74,145: -40000000000005fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
# expect: divmod 81,34: 430286fd1f4a -2150da5dd0686515
# expect: or 88,38: -8000000000000001
# expect: add 95,30: 57792a5aa3a085ac44f2ac907866930c7ebedaa4c17a14f3e004239d70e40d0f84f0b18294
# expect: add 102,82: -14d8621e4c30a4513b348cbb989dca913219f8163234f88ffc41a2db7f5dea47438748783f748ec3d917465...
# expect: truediv 109,109: 1.0
# expect: truediv 116,116: 1.0
# expect: powmod 123,123: -7fffffffffffffff
# expect: powmod 130,130: ValueError: base is not invertible for the given modulus
# expect: divmod 137,137: 1 0
# expect: or 144,144: 4000000000000200000000000000000000000000000000000000000000000000000000000000000000000000...
# expect: add 151,151: -42e382b2b13aba2b7b4396ab33c22724804062eb8a7407d67b626a5fd41d83992bee027b42a774681fb4c6...
# expect: or L1,L3: -c22740001824910014b844349b2111c8ec0ccc5001104029ab404044400191a308b4004611081142c80a13200...
# expect: divmod 22,L2: -1 6ef58e460a5dada2942e330ccfad19467fce18f036f2cfd4a344ca7eb488b47423f6a7b99a04a5b9984...
# expect: mod 88,L3: -36501bc9566c8c6962707e4b9064b0c12878989369dc2616055931a87c3adb676a1cee9b49e7fd0e718ae8b6...
# expect: add L5,L1: -ad9c07606cc12ec7bff7cbedc4c91bc1cf290aee71bd7afefce48ce7b757fac2b2ef5575f652be0d88d66b4d...
# expect: cmp L6,11: 1
# expect: mul L7,77: 774ee91f75d562000000000000000000000000000000000000000000000000000000000000000000000000000...
# expect: literal 2: ValueError: invalid literal for int() with base 2: '9999999999999999999999999999999999999...
