# Special methods: reflected operators and NotImplemented, in-place
# operators, rich comparisons, __bool__/__len__, __getattr__, __setattr__,
# descriptors, __call__, __iter__/__next__, __getitem__/__setitem__.
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V" + repr(tuple(self.c))
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        return self + o
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return sum(self.c) < sum(o.c)
    def __le__(self, o):
        return sum(self.c) <= sum(o.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
v = V(1, 2)
w = V(3, 4)
print(v + w, v + 1, 1 + v, v * 3, 3 * v, -v, abs(w))
v += w
print(v, v == V(4, 6), v != w, v > w, v >= w, w < v, len(v), v[1], v[-1])
v[0] = 10
print(v, sorted([V(5), V(1), V(3)]), max(V(1), V(9), V(2)))
try:
    v + "s"
except TypeError as e:
    print(e)
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "computed " + name
l = Lazy()
print(l.real, l.other, getattr(l, "x"))
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        object.__setattr__(self, name, value * 2)
g = Guard()
g.x = 5
print(g.x)
try:
    g._y = 1
except AttributeError as e:
    print(e)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("int required")
        setattr(obj, self.name, value)
class Rec:
    size = Typed()
r = Rec()
print(r.size)
r.size = 7
print(r.size, r._size, type(Rec.size).__name__)
try:
    r.size = "big"
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), [x for x in Countdown(2)])
class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(Truthy(False)), bool(Truthy(True)), "yes" if Truthy(0 == 0) else "no")
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(5))
