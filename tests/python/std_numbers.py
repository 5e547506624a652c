# numbers: the ABCs and the registered built-in types
import numbers


class MyInt(int):
    pass


for v in (1, True, 2.5, 1j, MyInt(3), "x", None, [1]):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex,
                                               numbers.Real, numbers.Rational,
                                               numbers.Integral)])
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral),
      issubclass(numbers.Integral, numbers.Real))
try:
    numbers.Complex()
except TypeError as e:
    print("TypeError")
print(sorted(numbers.__all__))
