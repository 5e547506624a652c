# A class call whose instance object.__new__ makes and whose __init__ is
# a plain Python function runs __init__ from the dispatch loop
# (interp.init_frame): the call's value is the instance whatever __init__
# does with `self`, a non-None return is CPython's TypeError, exceptions
# and tracebacks go through __init__, and the classes that need
# type.__call__'s general path (a metaclass __call__, __new__, defaults
# left out, keywords, super() in __init__, builtin bases) still take it.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Rebinds:
    def __init__(self, v):
        self.v = v
        self = None


class Returns:
    def __init__(self, v):
        return v


class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError("bad " + str(v))


class WithNew:
    def __new__(cls, v):
        print("  __new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args):
        print("  Meta.__call__", args)
        return super().__call__(*args)


class Metered(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class PlainMeta(type):
    pass


class Plain(metaclass=PlainMeta):
    def __init__(self, v):
        self.v = v


class Defaults:
    def __init__(self, a, b=2):
        self.s = a + b


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 10)


class Inherits(Base):
    pass


class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))


class Caller:
    def __init__(self):
        self.line = sys._getframe(1).f_lineno


class Err(Exception):
    def __init__(self, code):
        self.code = code


def build(n):
    return [Point(i, -i) for i in range(n)]


ps = build(3)
print([(p.x, p.y) for p in ps], type(ps[0]).__name__)
print(Rebinds(7).v, Metered(1).v, Plain(2).v, WithNew(3).v)
print(Defaults(1).s, Defaults(1, 5).s, Defaults(a=3).s)
print(Derived(4).v, Inherits(5).v, MyList(3), Caller().line)
e = Err(42)
print(type(e).__name__, e.code, e.args)
for v in (None, 0, "x"):
    try:
        print(type(Returns(v)).__name__)
    except TypeError as exc:
        print("TypeError", exc)
try:
    Raises(9)
except ValueError as exc:
    tb = exc.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", exc, lines)
try:
    Point(1)
except TypeError as exc:
    print("TypeError", exc)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError as exc:
    print("RecursionError", exc)
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print(Point(2, 3).x)
Returns(1)
