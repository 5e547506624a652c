# @property with setters, @classmethod alternative constructors (also
# through subclasses), @staticmethod.
from __future__ import annotations
import sys


class Temperature:
    _celsius: float
    SCALE = "C"

    def __init__(self, celsius: float) -> None:
        self._celsius = 0.0
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9.0 / 5.0 + 32.0

    @classmethod
    def from_fahrenheit(cls, f: float) -> Temperature:
        return cls((f - 32.0) * 5.0 / 9.0)

    @classmethod
    def freezing(cls) -> Temperature:
        return cls.from_fahrenheit(32.0)

    @classmethod
    def scale(cls) -> str:
        return cls.SCALE

    @staticmethod
    def valid(c: float) -> bool:
        return c >= -273.15

    def describe(self) -> str:
        return f"{type_name(self)} {self.celsius:.1f}{self.scale()}"


class Kelvinish(Temperature):
    SCALE = "K?"

    @property
    def celsius(self) -> float:
        return self._celsius + 0.5

    @celsius.setter
    def celsius(self, value: float) -> None:
        self._celsius = value


def type_name(t: Temperature) -> str:
    return "kelvinish" if isinstance(t, Kelvinish) else "temp"


class Counter:
    _n: int

    def __init__(self) -> None:
        self._n = 0

    @property
    def n(self) -> int:
        return self._n

    @n.setter
    def n(self, v: int) -> None:
        print("set", v)
        self._n = v


def main(argv: list[str]) -> int:
    t = Temperature(100.0)
    print(t.celsius, t.fahrenheit)
    t.celsius = 37.5
    print(t.celsius, round(t.fahrenheit, 2))
    t.celsius += 1.0
    print(t.celsius)
    try:
        t.celsius = -300.0
    except ValueError as e:
        print("ValueError:", e)
    f = Temperature.from_fahrenheit(212.0)
    print(f.celsius, Temperature.freezing().celsius)
    k = Kelvinish.from_fahrenheit(212.0)
    print(k.celsius, isinstance(k, Kelvinish), Kelvinish.freezing().describe())
    print(Temperature.scale(), Kelvinish.scale(), t.describe(), k.describe())
    print(Temperature.valid(-300.0), t.valid(0.0))
    base: Temperature = k
    base.celsius = 10.0
    print(base.celsius, base.fahrenheit)
    c = Counter()
    c.n += 5
    c.n = c.n * 2
    print(c.n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 100.0 212.0
# expect: 37.5 99.5
# expect: 38.5
# expect: ValueError: -300.0 is below absolute zero
# expect: 100.0 0.0
# expect: 100.5 True kelvinish 0.5K?
# expect: C K? temp 38.5C kelvinish 100.5K?
# expect: False True
# expect: 10.5 50.0
# expect: set 5
# expect: set 10
# expect: 10
