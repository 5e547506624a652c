# fractions.Fraction: construction, arithmetic with int/float/complex,
# comparisons, hashing, rounding, limit_denominator, errors
from fractions import Fraction as F
import math

print(F(3, 4), repr(F(6, -8)), F(5), F(0, 7), F(-10, 4).as_integer_ratio())
for s in ("3/4", " -3/4 ", "1.5", "-.25", "2.", "1e3", "1.25E-2",
          "+7", "1_000/3", "0.1"):
    print(repr(s), repr(F(s)))
for bad in ("", "abc", "1/", "/2", "3 / 4", "1.2.3", "3/-4", "- 3", "1__0", "inf",
            "1e", "."):
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
print(F(0.1), F(-2.5), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(True))
print(F.from_float(0.75), F.from_float(3), F(2, 6).numerator, F(2, 6).denominator)
for bad in (lambda: F(1, 0), lambda: F("5/0"), lambda: F(1.5, 2),
            lambda: F([1]), lambda: F.from_float("x"), lambda: F(float("nan")),
            lambda: F(float("inf")), lambda: F(1, 2) / 0, lambda: F(1, 2) // 0,
            lambda: F(0) ** -1, lambda: F(1).limit_denominator(0),
            lambda: F(1, 2) + "x", lambda: F(1, 2) < "x"):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

a, b = F(1, 3), F(5, 6)
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a + 1j, 1j * a, divmod(2.5, a))
print(a ** 2, a ** -2, F(-2, 3) ** -3, a ** F(2), a ** 0.5, 4 ** F(1, 2),
      2 ** F(3), F(4) ** F(1, 2), 2.0 ** a)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) == 0.5 + 0j,
      F(1, 2) != 1j)
print(a < b, a <= a, b > 1, b >= 0.8, a < float("inf"), a > float("nan"), 1 < a)
print(sorted([F(3, 2), 1, 0.25, F(-1, 7), 2.0]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)),
      hash(F(1, 3)), hash(F(-7, 5)), len({F(1, 2), 0.5, F(2, 4)}))
x = F(-7, 2)
print(int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), round(F(5, 2)),
      round(F(7, 2)), round(F(1234567, 1000), 2), round(F(1234567, 1000), -2),
      float(x), bool(F(0)), bool(x))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100),
      F(math.pi).limit_denominator(7), F(3, 7).limit_denominator(10),
      F(1, 2).limit_denominator(1), F(-1234, 1001).limit_denominator(30))
print(sum([F(1, n) for n in range(1, 11)]), str(F(7, 1)), "%s|%r" % (a, a))
print(isinstance(a, F), type(a + a).__name__, type(a + 1.0).__name__)
# copies, pickling state, subclasses, powers with odd operands
import copy


class Half(F):
    pass


h = Half(1, 2)
print(copy.copy(a) is a, copy.deepcopy(a) is a, type(copy.copy(h)).__name__,
      copy.copy(h) == h, copy.copy(h) is h, a.__reduce__(), h.__reduce__()[1])
print(F(7, 3) ** 2.0, F(9, 4) ** (0.5 + 0j), 2 ** F(-2), 2.5 ** F(-2), 0.5 ** F(3),
      F(-8, 27) ** F(2), (-8) ** F(-1, 1))
for bad in (lambda: F(1, 2) ** "x", lambda: "x" ** F(1, 2), lambda: F(1, 2) == "x",
            lambda: F(1, 2) >= None, lambda: F(Half(1, 2), 0), lambda: F(3, 1.0)):
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(F(1, 2) == F(2, 4), F(3) == 3.0, F(1, 3) == 0.3333333333333333, F(1) == 1 + 0j,
      F(1, 2) == float("nan"), F(1, 2) < float("-inf"), F(10 ** 30) > 1e30,
      F(-1, 2) == -0.5, F(0) == -0.0, F(1, 2) == True, F(1) == True)
print(F(F(3, 4), 2), F(1, F(2, 3)), F(-6, -4), F(6, -4), F(0, -5), F(False), F(True, 3))
