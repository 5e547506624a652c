# Float arithmetic: true division, floor division and modulo with negative
# operands, signed zero, infinity and NaN behaviour.
import math
import sys


def main(argv: list[str]) -> int:
    print(7.0 / 2, -7.0 / 2, 1 / 3, 2 / 3)
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
    print(5.0 % 2.5, -0.0, 0.0 * -1, abs(-0.0))
    print(0.1 * 3, 1e300 * 10, -1e300 * 10)
    inf = math.inf
    print(inf - inf, inf + 1, -inf, inf > 1e308)
    nan = math.nan
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    print(1e-320 / 10, 2.0 ** 0.5, 10.0 ** -2)
    x = 1.0
    for _ in range(10):
        x = x * 1.1
    print(x)
    print(round(x, 3), float(7) / 4)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3.5 -3.5 0.3333333333333333 0.6666666666666666
# expect: 3.0 -4.0 1.5 0.5 -0.5
# expect: 0.0 -0.0 -0.0 0.0
# expect: 0.30000000000000004 1e+301 -1e+301
# expect: nan inf -inf True
# expect: False True False False
# expect: 1e-321 1.4142135623730951 0.01
# expect: 2.5937424601000023
# expect: 2.594 1.75
