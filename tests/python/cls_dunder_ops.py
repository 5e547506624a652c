# operator overloading: arithmetic, reflected, in-place, NotImplemented, comparisons
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 2 * a, -a, abs(b), a @ b)
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
print({a: 1}[V(1, 2)], bool(V(0, 0)), not a)
c = a
c += b
print(c, a is c)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    1 - a
except TypeError as e:
    print(e)

class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return N(o + self.v)
    def __rsub__(self, o): return ("rsub", o, self.v)
    def __pow__(self, e, mod=None): return ("pow", self.v, e, mod)
    def __rpow__(self, b): return ("rpow", b, self.v)
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __lshift__(self, o): return "lshift"
    def __and__(self, o): return "and"
    def __invert__(self): return "invert"
print(sum([N(1), N(2)], 0).v, 5 - N(1), N(2) ** 3, pow(N(2), 3, 5), 2 ** N(3))
print(N(1) // 2, N(1) % 2, N(1) << 2, N(1) & 2, ~N(1))

class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
    def __add__(self, o):
        return "Sub.__add__"
print(V(0, 0) + Sub(1, 1))
