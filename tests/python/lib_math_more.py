# math: functions, constants, errors, integer helpers
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan2(1, -1), math.hypot(3, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10**20 + 0.0), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10**20 + 1), math.isclose(1.0, 1.0 + 1e-10), math.isfinite(1e308), math.isinf(-math.inf), math.fmod(-7, 3))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.pow(2, 0.5), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.dist([0, 0], [3, 4]), math.erf(0.5), math.gamma(5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(math.floor(3), type(math.floor(3.5)).__name__, math.ceil(2**70 + 0.5) == 2**70, round(math.sinh(1), 12), math.atanh(0.5))
