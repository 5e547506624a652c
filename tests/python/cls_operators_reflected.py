# arithmetic special methods: reflected, in-place, NotImplemented fallbacks, unary
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*[a * k for a in self.c]) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __rsub__(self, o):
        return V(*[o - a for a in self.c])
    def __invert__(self):
        return V(*reversed(self.c))
    def __hash__(self):
        return hash(self.c)
    def __round__(self, n=None):
        return V(*[round(a, n) for a in self.c])
    def __index__(self):
        return len(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, a @ b, -a, abs(b), ~a, 10 - a)
print(a / 2, b // 2, b % 3, a ** 2, round(V(1.26, 2.5), 1), round(V(1.5, 2.5)))
x = a
x += b
print(x, x is a, a == V(4, 6), a != b, a < b, sorted([b, a, V(0, 1)]), max(a, b))
print(bool(V(0, 0)), bool(V(0, 1)), len(V(1, 2, 3)), [10, 20, 30][V(1)], hex(V(1, 2)))
print({a: 1}[V(4, 6)], V(1) in [V(1)], a.__add__("s"))
for bad in [lambda: a + "s", lambda: "s" * a, lambda: a - b, lambda: a < 5]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
class R:
    def __eq__(self, o):
        print("R.__eq__")
        return NotImplemented
print(R() == R(), R() != 1)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Num(1) > Num(0), Num(1) >= Num(2), sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
