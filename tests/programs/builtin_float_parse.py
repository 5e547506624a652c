# float(): from strings (all float syntaxes, inf, nan, whitespace), from
# ints, and the round trip through repr.
import sys


def main(argv: list[str]) -> int:
    print(float("1.5"), float(" -2e3 "), float("+.5"), float("5."), float("1E-3"))
    print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("NaN"))
    print(float(7), float(-0), float(2 ** 53), float("0.1"), float("1_0.5"))
    for s in ["0.1", "2.675", "1e308", "5e-324", "123456789.123456789"]:
        v = float(s)
        print(s, repr(v), float(repr(v)) == v)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1.5 -2000.0 0.5 5.0 0.001
# expect: inf -inf inf nan nan
# expect: 7.0 0.0 9007199254740992.0 0.1 10.5
# expect: 0.1 0.1 True
# expect: 2.675 2.675 True
# expect: 1e308 1e+308 True
# expect: 5e-324 5e-324 True
# expect: 123456789.123456789 123456789.12345679 True
