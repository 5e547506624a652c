# The rest of the math module: integer functions, float decomposition,
# hyperbolic and special functions, fsum and isclose, with CPython's errors.
import sys
import math
from math import gcd, isqrt, fsum


def show(name: str, x: float) -> None:
    print(name, repr(x))


def main(argv: list[str]) -> int:
    show("hypot", math.hypot(3, 4))
    show("hypot big", math.hypot(1e300, 1e300))
    print("gcd", gcd(12, 18), gcd(-4, 6), gcd(0, 0), math.gcd(7), math.gcd(12, 18, 8))
    print("lcm", math.lcm(4, 6), math.lcm(0, 5), math.lcm(-3, 5), math.lcm(2, 3, 4))
    print("isqrt", isqrt(0), isqrt(15), isqrt(16), isqrt(9223372036854775807))
    show("log2", math.log2(1024))
    show("log1p", math.log1p(1e-10))
    show("expm1", math.expm1(1e-10))
    show("copysign", math.copysign(3.0, -0.0))
    show("ldexp", math.ldexp(0.75, 4))
    print("frexp", math.frexp(48.0), math.frexp(0.0), math.frexp(-3.5))
    show("fmod", math.fmod(-7.0, 3.0))
    print("modf", math.modf(3.25), math.modf(-2.5), math.modf(math.inf))
    print("factorial", math.factorial(0), math.factorial(10), math.factorial(20))
    print("comb", math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.comb(0, 0))
    print("perm", math.perm(10, 3), math.perm(5), math.perm(3, 5))
    print("prod", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=5))
    show("fsum", fsum([0.1] * 10))
    show("sum", sum([0.1] * 10, 0.0))
    show("fsum2", fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    show("fsum empty", fsum([]))
    show("fsum gen", fsum(x * 0.1 for x in range(10)))
    print("prod range", math.prod(range(1, 8)))
    show("fsum inf", fsum([1.0, math.inf, 2.0]))
    show("degrees", math.degrees(math.pi))
    show("radians", math.radians(180))
    for f in [math.asin, math.acos, math.sinh, math.cosh, math.tanh, math.asinh,
              math.atan, math.erf, math.erfc, math.cbrt, math.exp2]:
        show("f", f(0.5))
    show("acosh", math.acosh(2.0))
    show("atanh", math.atanh(0.5))
    print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1),
          math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf),
          math.isclose(1.0, 1.05, rel_tol=0.1))
    print("isfinite", math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
    show("tau", math.tau)
    show("inf", -math.inf)
    print("nan", math.isnan(math.nan), math.nan == math.nan)
    checks: list[str] = ["isqrt", "factorial", "comb", "comb k", "perm", "acosh", "atanh",
                         "log1p", "expm1", "ldexp", "isclose", "asin", "fsum"]
    for name in checks:
        try:
            if name == "isqrt":
                print(math.isqrt(-1))
            elif name == "factorial":
                print(math.factorial(-1))
            elif name == "comb":
                print(math.comb(-1, 2))
            elif name == "comb k":
                print(math.comb(3, -2))
            elif name == "perm":
                print(math.perm(-3, 1))
            elif name == "acosh":
                print(math.acosh(0.5))
            elif name == "atanh":
                print(math.atanh(1.0))
            elif name == "log1p":
                print(math.log1p(-1.0))
            elif name == "expm1":
                print(math.expm1(1000.0))
            elif name == "ldexp":
                print(math.ldexp(1.0, 2000))
            elif name == "isclose":
                print(math.isclose(1.0, 2.0, rel_tol=-1.0))
            elif name == "asin":
                print(math.asin(2.0))
            else:
                print(math.fsum([math.inf, -math.inf]))
        except ValueError as e:
            print(name, "ValueError", e)
        except OverflowError as e:
            print(name, "OverflowError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: hypot 5.0
# expect: hypot big 1.4142135623730952e+300
# expect: gcd 6 2 0 7 2
# expect: lcm 12 0 15 12
# expect: isqrt 0 3 4 3037000499
# expect: log2 10.0
# expect: log1p 9.999999999500001e-11
# expect: expm1 1.00000000005e-10
# expect: copysign -3.0
# expect: ldexp 12.0
# expect: frexp (0.75, 6) (0.0, 0) (-0.875, 2)
# expect: fmod -1.0
# expect: modf (0.25, 3.0) (-0.5, -2.0) (0.0, inf)
# expect: factorial 1 3628800 2432902008176640000
# expect: comb 120 0 118264581564861424 1
# expect: perm 720 120 0
# expect: prod 24 1 30
# expect: fsum 1.0
# expect: sum 0.9999999999999999
# expect: fsum2 1e-100
# expect: fsum empty 0.0
# expect: fsum gen 4.5
# expect: prod range 5040
# expect: fsum inf inf
# expect: degrees 180.0
# expect: radians 3.141592653589793
# expect: f 0.5235987755982989
# expect: f 1.0471975511965979
# expect: f 0.5210953054937474
# expect: f 1.1276259652063807
# expect: f 0.46211715726000974
# expect: f 0.48121182505960347
# expect: f 0.4636476090008061
# expect: f 0.5204998778130465
# expect: f 0.4795001221869535
# expect: f 0.7937005259840998
# expect: f 1.4142135623730951
# expect: acosh 1.3169578969248166
# expect: atanh 0.5493061443340548
# expect: isclose True False True True True
# expect: isfinite True False False
# expect: tau 6.283185307179586
# expect: inf -inf
# expect: nan True False
# expect: isqrt ValueError isqrt() argument must be nonnegative
# expect: factorial ValueError factorial() not defined for negative values
# expect: comb ValueError n must be a non-negative integer
# expect: comb k ValueError k must be a non-negative integer
# expect: perm ValueError n must be a non-negative integer
# expect: acosh ValueError math domain error
# expect: atanh ValueError math domain error
# expect: log1p ValueError math domain error
# expect: expm1 OverflowError math range error
# expect: ldexp OverflowError math range error
# expect: isclose ValueError tolerances must be non-negative
# expect: asin ValueError math domain error
# expect: fsum ValueError -inf + inf in fsum
