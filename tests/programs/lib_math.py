# The math module: every listed function and constant.
import math
import sys


def main(argv: list[str]) -> int:
    print(math.pi, math.e, math.inf, -math.inf, math.nan)
    print(math.sqrt(16.0), math.sqrt(2), math.sqrt(0.0))
    print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
    print(math.floor(5), math.ceil(5), math.floor(1.5) + 1, math.ceil(1e15 + 0.5))
    print(math.exp(0), math.exp(1), math.log(math.e), math.log(8) / math.log(2))
    print(math.log2(1024), math.log10(1000), math.log2(3), math.log10(2))
    print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
    print(math.atan(1) * 4 == math.pi, math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
    print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1))
    print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308))
    print(math.sin(1.0), math.cos(1.0), math.tan(1.0), math.exp(-2.5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3.141592653589793 2.718281828459045 inf -inf nan
# expect: 4.0 1.4142135623730951 0.0
# expect: 2 -3 3 -2 -2 2
# expect: 5 5 2 1000000000000001
# expect: 1.0 2.718281828459045 1.0 3.0
# expect: 10.0 3.0 1.584962500721156 0.3010299956639812
# expect: 0.0 1.0 1.0 1.0
# expect: True 0.7853981633974483 -2.356194490192345 3.141592653589793
# expect: 3.0 2.5 1024.0 1.4142135623730951 -8.0
# expect: True False True False
# expect: 0.8414709848078965 0.5403023058681398 1.5574077246549023 0.0820849986238988
