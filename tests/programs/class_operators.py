# Operator overloading: arithmetic, reflected and unary methods, abs(),
# comparisons, augmented assignment falling back to __add__.
from __future__ import annotations
import sys


class Vec:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vec) -> Vec:
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> Vec:
        return Vec(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __lt__(self, other: Vec) -> bool:
        return abs(self) < abs(other)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Tok:
    text: str

    def __init__(self, text: str) -> None:
        self.text = text


def main(argv: list[str]) -> int:
    a = Vec(1.0, 2.0)
    b = Vec(3.0, 4.0)
    print(a + b, a - b, a * 2.0, 3.0 * a, -a)
    print(abs(b))
    print(a == Vec(1.0, 2.0), a != b, a == b, a < b, b > a)
    c = a
    c += b
    print(c, a)
    print(a == Tok("x"), Tok("y") == a)
    t = Tok("z")
    print(t == t, t != t)
    vs = [b, a, Vec(0.5, 0.5)]
    print(sorted(vs))
    print(a in vs, Vec(9.0, 9.0) in vs)
    try:
        print(a.x <= b.x)
    except TypeError as e:
        print("TypeError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Vec(4.0, 6.0) Vec(-2.0, -2.0) Vec(2.0, 4.0) Vec(3.0, 6.0) Vec(-1.0, -2.0)
# expect: 5.0
# expect: True True False True True
# expect: Vec(4.0, 6.0) Vec(1.0, 2.0)
# expect: False False
# expect: True False
# expect: [Vec(0.5, 0.5), Vec(1.0, 2.0), Vec(3.0, 4.0)]
# expect: True False
# expect: True
