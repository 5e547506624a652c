# The fast paths for complex arithmetic (exact complex with complex, float,
# int or bool on either side) and for data descriptors of builtin types read
# at a cached LOAD_ATTR site (z.real, f.__name__): the same results as the
# method lookups they skip, and subclasses that override still win.
import math

ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b),
       ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("**", lambda a, b: a ** b)]
values = [2 + 3j, -1.5j, complex(0.0, -0.0), 4, -3, True, False, 0.5, -0.0,
          float("inf"), 1e308, complex(float("nan"), 1)]
for name, f in ops:
    row = []
    for a in values:
        for b in values:
            if not (isinstance(a, complex) or isinstance(b, complex)):
                continue
            try:
                r = f(a, b)
                row.append(repr(r))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ":" + str(e))
    print(name, len(row), " ".join(row))

# in-place forms and operators complex does not have
z = 1 + 1j
z += 2
z *= 1j
z -= 0.5
z /= 2
z **= 2
print(z)
for bad in [lambda: z % 2, lambda: z // 2, lambda: z << 1, lambda: z & 1,
            lambda: 2 % z, lambda: z @ z]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class C(complex):
    def __add__(self, other):
        return "C.__add__"

    def __radd__(self, other):
        return "C.__radd__"

    @property
    def real(self):
        return "C.real"


class F(float):
    def __radd__(self, other):
        return "F.__radd__"

    def __add__(self, other):
        return "F.__add__"


c = C(1, 2)
print(c + 1j, 1j + c, c + 1, 1 + c, c * 2, type(c * 2).__name__)
print(1j + F(2.0), F(2.0) + 1j, 1j * F(2.0))
print(c.real, c.imag, (1j).real, (2 + 3j).imag)


def mandel(c, n):
    z = 0j
    for i in range(n):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return n


print([mandel(complex(-2 + x * 0.25, 0.5), 50) for x in range(12)])


# one LOAD_ATTR site seeing several types: complex, float, int and a class
# with its own `real`
class R:
    real = "class attribute"


def reals(xs):
    return [x.real for x in xs]


print(reals([1j, 2.5, 7, True, R(), 3 + 4j, R(), -0.0]))


# a getset with a setter: the cached site reads the current value
def g():
    pass


out = []
for new in ["g", "renamed", "again"]:
    g.__name__ = new
    out.append(g.__name__)
print(out)
print([math.sqrt(abs(w)) for w in [3 + 4j, 5j, -12 + 5j]])
