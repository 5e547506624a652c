# An int compared with a float compares the exact values, as in CPython:
# converting the int to a float first rounds 2**53 + 1 down to 2**53, so
# `2**53 + 1 > 9007199254740992.0` came out False (and == True).  Both
# operand orders, every operator, values around 2**53 and 2**63, negative
# ones, infinities and NaN, and a comparison chain mixing the kinds.
import sys


def row(i: int, f: float) -> str:
    marks = [i < f, i <= f, i == f, i != f, i > f, i >= f,
             f < i, f <= i, f == i, f != i, f > i, f >= i]
    return "".join("1" if m else "0" for m in marks)


def main(argv: list[str]) -> int:
    big = 2 ** 53
    top = 9223372036854775807
    cases: list[tuple[int, float]] = [
        (big + 1, 9007199254740992.0), (big, 9007199254740992.0),
        (big - 1, 9007199254740992.0), (-big - 1, -9007199254740992.0),
        (top, 9223372036854775808.0), (top, 9.2233720368547748e18),
        (-top - 1, -9223372036854775808.0), (3, 3.0), (3, 3.5), (-3, -2.5),
        (0, -0.0), (1, float("inf")), (-1, float("-inf")), (5, float("nan")),
    ]
    for i, f in cases:
        print(i, repr(f), row(i, f))
    x = big + 1
    print(1.5 < x < 1e300, 9007199254740992.0 < x <= big + 1, x == float(x))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 9007199254740993 9007199254740992.0 000111110100
# expect: 9007199254740992 9007199254740992.0 011001011001
# expect: 9007199254740991 9007199254740992.0 110100000111
# expect: -9007199254740993 -9007199254740992.0 110100000111
# expect: 9223372036854775807 9.223372036854776e+18 110100000111
# expect: 9223372036854775807 9.223372036854775e+18 000111110100
# expect: -9223372036854775808 -9.223372036854776e+18 011001011001
# expect: 3 3.0 011001011001
# expect: 3 3.5 110100000111
# expect: -3 -2.5 110100000111
# expect: 0 -0.0 011001011001
# expect: 1 inf 110100000111
# expect: -1 -inf 000111110100
# expect: 5 nan 000100000100
# expect: True True False
