# A 2-D vector class with operator overloading (arithmetic, reflected,
# in-place, comparisons, hashing, abs, bool, iteration, formatting) used
# in a small physics loop.
import math
from functools import total_ordering


@total_ordering
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __iter__(self):
        yield self.x
        yield self.y

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a), a / 2)
print(f"{a.normalized():.3f}", format(b, "+.1f"), bool(Vec()), bool(b))
print(a == Vec(3, 4), a != b, a > b, a <= b, sorted([a, b, Vec(0, 1)]))
print(len({a, Vec(3, 4), b}), list(a), dict(zip("xy", b)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    Vec().normalized()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)

pos, vel, g = Vec(0.0, 10.0), Vec(2.0, 0.0), Vec(0.0, -9.81)
dt = 0.1
t = 0.0
while pos.y > 0:
    vel += g * dt
    pos += vel * dt
    t += dt
print(f"landed after {t:.1f}s at {pos:.2f}, speed {abs(vel):.3f}")
