# The dispatch loop's arithmetic fast paths (floats and ints in BINARY_OP,
# INPLACE_OP and COMPARE_OP, big ints without the method lookup): every
# edge where a shortcut could differ from the generic protocol.


def show(*values):
    print(*[repr(v) for v in values])


# floats: signed zeros, infinities, NaN, division by zero
z = 0.0
nz = -0.0
inf = float("inf")
nan = float("nan")
show(z + nz, nz + nz, nz - z, z - z, nz * 1.0, -1.0 * z, nz / 5.0, 1.0 / inf)
show(inf + inf, inf - inf, inf * 0.0, 1e308 * 10.0, -1e308 * 10.0, 1e-320 / 1e10)
show(0.1 + 0.2, 1.0 - 0.9, 3.0 * 1.1, 1.0 / 3.0, 7.5 / -2.5, 2.0 ** 0.5)
for op in ("/", "//", "%"):
    try:
        print(eval("1.5 " + op + " 0.0"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(eval("1.5 " + op + " nz"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 2.5
x += 0.5
x -= 1.0
x *= 3.0
x /= 4.0
show(x)
try:
    x /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 & 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    x = 1.0
    x |= 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    print(1.5 @ 2.5)
except TypeError as e:
    print("TypeError:", e)

# float comparisons: NaN is unordered, -0.0 == 0.0
show(nan < 1.0, nan <= nan, nan == nan, nan != nan, nan > 0.0, nan >= nan)
show(nz == z, nz < z, nz <= z, inf > 1e308, -inf < -1e308, 1.5 >= 1.5)
a = [1.0, 2.0]
show(a[0] < a[1], a[0] > a[1], a[0] == a[1], a[0] != a[1])

# mixed ints and floats
show(1 + 0.5, 0.5 + 1, 3 - 0.5, 2 * 1.5, 1 / 4, 7 / 2.0, 2 ** 53 + 1.0)
show(10 ** 20 + 1.0, 1.0 + 10 ** 20, (2 ** 53 + 1) == 2.0 ** 53, 1 < 1.5)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# ints at the 64-bit edges, binary and in place
big = 9223372036854775807
small = -9223372036854775808
show(big + 1, small - 1, big - -1, small + -1, big * 2, small * -1, -small)
show(big + small, small - small, 4611686018427387904 + 4611686018427387904)
n = big
n += 1
show(n, type(n).__name__)
n = small
n -= 1
show(n)
n = 3037000500
n *= n
show(n)
n = 10 ** 18
for _ in range(3):
    n += n
show(n)
n -= n
show(n, type(n).__name__)

# bools are ints: arithmetic gives ints, bit operators keep bools
t = True
f = False
show(t + t, t - f, f - t, t * 3, t + 0.5, t / 2)
show(t & f, t | f, t ^ t, t & 1, 1 | f)
b = True
b += True
show(b)
b = True
b &= False
show(b)
b = False
b |= True
show(b)
b = True
b ^= True
show(b)
show(t < 2, f == 0, t > 0.5, f < -0.0, t == 1.0)


# subclasses of int and float keep their own operators
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"

    def __iadd__(self, other):
        return "MyInt.__iadd__"

    def __lt__(self, other):
        return "MyInt.__lt__"


class MyFloat(float):
    def __sub__(self, other):
        return "MyFloat.__sub__"

    def __rmul__(self, other):
        return "MyFloat.__rmul__"

    def __eq__(self, other):
        return "MyFloat.__eq__"

    def __hash__(self):
        return 0


class PlainInt(int):
    pass


class PlainFloat(float):
    pass


show(MyInt(1) + 2, 2 + MyInt(1), MyInt(1) - 2, 1.5 + MyInt(2))
m = MyInt(5)
m += 1
show(m, MyInt(1) < 2, 2 < MyInt(1), MyInt(2 ** 70) + 1, 2 ** 70 + MyInt(1))
show(MyFloat(1.5) - 1.0, 3.0 * MyFloat(2.0), MyFloat(2.0) * 3.0, MyFloat(1.0) == 1.0)
show(1.0 == MyFloat(1.0), MyFloat(2.0) + 1.0)
show(PlainInt(3) + PlainInt(4), type(PlainInt(3) + 4).__name__, PlainFloat(1.5) * 2)
show(PlainInt(2 ** 70) * 2, PlainInt(3) < 2 ** 70, PlainFloat(0.5) < 1)
p = PlainInt(7)
p += 2 ** 65
show(p, type(p).__name__)


class Vec:
    def __init__(self, x):
        self.x = x

    def __radd__(self, other):
        return "Vec.__radd__ " + repr(other)

    def __rsub__(self, other):
        return NotImplemented


show(1.5 + Vec(1), 2 + Vec(1), 2 ** 70 + Vec(1))
try:
    print(1.5 - Vec(1))
except TypeError as e:
    print("TypeError:", e)

# big ints: arithmetic, in place, comparisons, floor division signs
g = 2 ** 100 + 12345
h = 3 ** 70
show(g + h, g - h, h - g, g * h, g // h, g % h, -g // h, g // -h, -g % h)
show(g // 7, -g // 7, (g * h) // h, -(g * h) // h, (g * h) // -h, g // g)
show(g / h, h / g, divmod(g, -h), divmod(-g, h), g ** 2 // g == g)
show(g < h, g > h, g == g + 0, g != h, g <= g, g >= h, h < 5, 5 < h)
show(g == 2.0 ** 100, g > 2.0 ** 100, g < inf, g > nan, -g < -1e30, g == 2 ** 100)
show(-g < g, -g < -h, g == -g, 0 < -g, -(2 ** 64) < -(2 ** 63), 2 ** 64 > 2 ** 63)
acc = 1
for i in range(1, 40):
    acc *= i
    acc += i
    acc -= 1
show(acc, acc // (acc - 1), acc // -(acc + 1), -acc // (acc - 1))
acc //= 10 ** 20
show(acc)
acc %= 10 ** 15 + 37
show(acc)
try:
    print(g // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(g % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(g / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(g @ h)
except TypeError as e:
    print("TypeError:", e)
try:
    g @= h
except TypeError as e:
    print("TypeError:", e)
try:
    print(g < "x")
except TypeError as e:
    print("TypeError:", e)
show(g == "x", g != None, True + g, g & True, g | False, t * g)

# int floor division in the fast path: signs, zero, the one overflow
show(7 // 2, -7 // 2, 7 // -2, -7 // -2, 0 // 5, True // True, 5 // True)
show(small // -1, small // 1, big // -1, small // small, (small + 1) // -1)
q = 17
q //= -5
show(q)
for num, den in ((1, 0), (0, 0), (-5, False)):
    try:
        print(num // den)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    q //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
