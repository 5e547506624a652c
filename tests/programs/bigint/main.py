# examples/python/bigint.py against CPython's ints: every function of the
# module on a deterministic pseudo-random set of operands (cases.py) and
# its edge cases, each result printed as a line, the lines reduced to a
# checksum plus samples.  The expected lines below are not this program's
# output under CPython: gen_native.py computes them with native ints and
# writes them (python3 tests/programs/bigint/gen_native.py); `main.py
# --all` also prints every line, to diff with `gen_native.py --all`.
# bigint.py here is a link to examples/python/bigint.py.
# rtpython: skip bigint.py imports rtrans (intmask), which only the translator and CPython's prelude have
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
    for mt in cases.mersenne_moduli():
        m = value(mt)
        for i in range(0, n, 7):
            x = vals[i]
            sq = big_sub(big_mul(x, x), big_from_int(2))
            xm = big_mul(x, m)
            for a in [sq, xm, big_add(xm, big_from_int(1)), big_add(sq, m)]:
                for a2, m2 in [(a, m), (a, big_neg(m)), (big_neg(a), m)]:
                    emit(out, "mersenne", mt.text, dec(big_mod(a2, m2)))
            emit(out, "mersenne_pow", mt.text,
                 dec(big_powmod(x, big_from_int(65537), m)))
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

# expect: lines 29402 checksum 22391703766358623
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
# expect: inexact 7,7: 6 6
# expect: and 18,23: fffffffbfffffff
# expect: add 30,57: -3fdfffffffffffff
# expect: powmod 41,125: acfed419b1a871b1eaaea79a447848f46657a23f1dc8f3a4bfeea3d7f5cf2e0f8af5eae95cb0c
# expect: floordiv 53,41: 3fffffffffffffffffffff
# expect: and 65,65: fffffffffffff8000000000000000000000000000000000000000000000000000000000000000000000000000...
# expect: truediv 76,89: -2.9057998864716293e-52
# expect: divmod 88,88: 1 0
# expect: xor 99,51: -9a88e698e68e1a27c61b04d72de37101c9161ae0597c82a88f147f030cdc49c93e659f9b335a03c817e8a7f
# expect: mul 111,8: 1a0f76b2dd8358eef7ee24b9c3fbe27fd96de53625b38aac0a3e067c58140c43a59600e786e8517b1cc7f94b1...
# expect: and 123,123: 1000000000000000000001
# expect: add 134,107: 109b6f34bdfb0000d8be084f7a56e4ceb6f6fcbaf51f234797b0a989fcc4ccd2553ec83ebf58d63c4d42a4d...
# expect: gcd 146,146: 7fffffffffffff1110000000000000000000000000000000000000000000000000000000000000000000000...
# expect: and L0,77: 81395b9ae4450e087f3ec108412e0e1ed8868089b94d9c0eadc78cffb214df0d9795e471b91d73a577b5bc790...
# expect: cmp L1,143: -1
# expect: and L3,L7: -36501bc9566c8c6962707e4b9064b0c12878989369dc2616055931a87c3adb676a1cee9b49e7fd0e718ae8b6...
# expect: exact L4,55: 30af87a9c27886f46274624bc12bbf723a4fd7c8cb23875d2ccc516e1b1466c707ee84052bd708abfc5d6e2...
# expect: divmod L5,121: 6e6f6fdae4229e677eeb377666d5cbef3fb53bd50a1371c23f20c256e3b2706d3e4f41b4b9976299e101a...
# expect: truediv L7,L4: -0.0
# expect: mersenne 7fffffff: 0
# expect: mersenne 7ffffffffffffff: 0
# expect: mersenne 7fffffffffffffd: -7fffffffffffffc
# expect: mersenne ffffffffffffffd: 2f3d3806e94af7f
# expect: mersenne 1ffffffffffffffd: 19fffffffffffffe
# expect: mersenne fffffffffffffffd: 3ffffffffffffffe
# expect: mersenne 1ffffffffffffffffffffff: 1fdfffff20febcdf7777801
# expect: mersenne 1ffffffffffffefffffffff: 0
# expect: mersenne 3ffffffffffffffffffffff: 1
# expect: mersenne 3ffffffffffffefffffffff: 3ffffffffffffeffffffffe
# expect: mersenne 7ffffffffffffffffffffff: -2
# expect: mersenne_pow 7fffffffffffffffffffffd: 1d73472597205cf026d5ba9
# expect: mersenne 7bfffffffffffffffffffff: -6b27b4428ce3e9c95a162de
# expect: mersenne 7ffffffffffffffffffffffffffffffd: 0
# expect: mersenne 7bffffffffffffffffffffffffffffff: 0
# expect: mersenne ffffffffffffffffffffffffffffffff: -fffffffffffffffffffffffffffffffe
# expect: mersenne ffffffffffffffffffffffefffffffff: ec3bc7d32e915f1c542f1bf179ae2030
# expect: mersenne 1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
# expect: mersenne 1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
# expect: mersenne 7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
# expect: mersenne 7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
# expect: mersenne 7bfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff...
