# int's own-value methods and attributes on ints beyond 64 bits (and on
# an int subclass holding one): real, numerator, conjugate(),
# as_integer_ratio(), __getnewargs__(); and what uses them (no is_integer
# before 3.12)
from fractions import Fraction
import statistics


class Big(int):
    pass


for x in (10 ** 30, -(2 ** 64), 2 ** 63, -(2 ** 63) - 1, Big(7 ** 40), 5, Big(-3), True):
    parts = (x.real, x.numerator, x.denominator, x.imag, x.conjugate(), x.as_integer_ratio(),
             x.__getnewargs__())
    print(parts, [type(p).__name__ for p in parts[:5]], hasattr(x, "is_integer"))
print(Fraction(10 ** 30) + Fraction(1, 3), Fraction(Big(2 ** 70), 3 ** 50),
      statistics.mean([10 ** 400, 2]) == 10 ** 400 // 2 + 1,
      statistics.median([2 ** 100, 1, 2 ** 99]) == 2 ** 99, statistics.variance([0, 2 ** 80]),
      repr(statistics.pstdev([2 ** 70, 2 ** 71])))
