# a <op> b where a's class defines __op__ in Python: the interpreter's loop
# runs that method's frame itself when it goes first.  Results,
# NotImplemented and the reflected method, a subclass's reflected method
# first, a method that changes the classes while it runs, other method
# kinds, exceptions and their tracebacks, recursion, and frames reused
# after such calls.  A reflected method that a's method
# adds runs only from the next operation on (as in CPython).
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        total = Vec(0, 0)
        for _ in range(3):
            total = Vec(total.x + self.x * k, total.y + self.y * k)
        return total

    def __rmul__(self, k):
        return Vec(-1, -1)

    def __sub__(self, other):
        return sys._getframe(1).f_code.co_name

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Scalar:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return "radd " + repr(other) + " " + str(self.v)


class SubVec(Vec):
    def __radd__(self, other):
        return "SubVec.__radd__ first"


def caller():
    return Vec(1, 2) - Vec(0, 0)


print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 2, 3 * Vec(1, 1))
print(Vec(1, 2) + Scalar(5))
print(Vec(1, 2) + SubVec(0, 0))
print(caller())
try:
    Vec(1, 2) + 5
except TypeError as e:
    print("TypeError", e)


class Late:
    def __add__(self, other):
        Other.__radd__ = lambda self, o: "added while running"
        return NotImplemented


class Other:
    pass


try:
    print(Late() + Other())
except TypeError as e:
    print("TypeError", e)
print(Late() + Other())


class Kinds:
    @staticmethod
    def __add__(b):
        return "static " + repr(b)

    def __sub__(self, other, extra=1):
        return "defaulted " + str(extra)

    def __mul__(self, *rest):
        return "varargs " + str(len(rest))


print(Kinds() + 1, Kinds() - 1, Kinds() * 1)


class Fails:
    def __add__(self, other):
        return other / 0


try:
    Fails() + 1
except ZeroDivisionError as e:
    print("caught", e, len(traceback.extract_tb(e.__traceback__)))


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return Deep(self.n - 1) + (other + 1)


print(Deep(200) + 0)


class Endless:
    def __add__(self, other):
        return self + other


try:
    Endless() + 1
except RecursionError:
    print("RecursionError")


class Err(Exception):
    def __add__(self, other):
        return "exception + " + repr(other)


print(Err("x") + 1)
vs = [Vec(i, i) for i in range(5)]
acc = Vec(0, 0)
for v in vs:
    acc = acc + v * 2
print(acc)
Fails() + 2
