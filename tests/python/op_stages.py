# Operators, comparisons, `in` and subscripts whose Python methods the
# interpreter runs as stages in its loop (interp.op_stages): results,
# NotImplemented at each step, exceptions and tracebacks as CPython.
import sys


class Log:
    calls = []


def note(*what):
    Log.calls.append(" ".join(str(w) for w in what))


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        note("A.__add__", self.v)
        if isinstance(other, A) and other.v < 0:
            return NotImplemented
        return A(self.v + (other.v if isinstance(other, A) else other))

    def __radd__(self, other):
        note("A.__radd__", self.v)
        return A(other + self.v)

    def __iadd__(self, other):
        note("A.__iadd__", self.v)
        if other == 0:
            return NotImplemented
        self.v += other
        return self

    def __sub__(self, other):
        note("A.__sub__", self.v)
        return NotImplemented

    def __lt__(self, other):
        note("A.__lt__", self.v)
        if not isinstance(other, A):
            return NotImplemented
        return self.v < other.v

    def __eq__(self, other):
        note("A.__eq__", self.v)
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v

    def __repr__(self):
        return "A(" + repr(self.v) + ")"


class B(A):
    def __radd__(self, other):
        note("B.__radd__", self.v)
        if self.v == 0:
            return NotImplemented
        return B(self.v * 100)

    def __gt__(self, other):
        note("B.__gt__", self.v)
        return NotImplemented

    def __rsub__(self, other):
        note("B.__rsub__", self.v)
        raise KeyError("rsub " + repr(self.v))


class Never:
    def __eq__(self, other):
        note("Never.__eq__")
        return NotImplemented

    def __lt__(self, other):
        note("Never.__lt__")
        return NotImplemented


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        note("Truthy.__bool__", self.t)
        return self.t


class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k == "boom":
            raise LookupError("no " + k)
        return self.d.get(k, NotImplemented)

    def __setitem__(self, k, v):
        if v is None:
            raise ValueError("None for " + repr(k))
        self.d[k] = v
        return "ignored"

    def __contains__(self, k):
        return Truthy(k in self.d)

    def __neg__(self):
        return len(self.d)

    def __invert__(self):
        return NotImplemented


def show(label, f):
    Log.calls = []
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r, Log.calls)


show("A + A", lambda: A(1) + A(2))
show("A + A(-1): NotImplemented, same type", lambda: A(1) + A(-1))
show("A + B: B.__radd__ first", lambda: A(1) + B(2))
show("A + B(0): B.__radd__ NotImplemented, then A.__add__",
     lambda: A(1) + B(0))
show("5 + A", lambda: 5 + A(3))
show("A - B: B.__rsub__ first raises", lambda: A(1) - B(2))
show("A - 1: unsupported", lambda: A(1) - 1)
show("1 - A: unsupported", lambda: 1 - A(1))


def iadd(x, y):
    x += y
    return x


show("A += 2", lambda: iadd(A(1), 2))
show("A += 0: __iadd__ NotImplemented, then __add__", lambda: iadd(A(1), 0))
def isub():
    x = A(1)
    x -= 1
    return x


show("A -= 1: unsupported", isub)


show("A < A", lambda: A(1) < A(2))
show("A < 3: NotImplemented both ways", lambda: A(1) < 3)
show("A > B: B's __lt__ (A's) reflected first", lambda: A(1) > B(2))
show("B < A: the inherited A.__lt__", lambda: B(3) < A(2))
show("A == A", lambda: A(1) == A(1))
show("A != A: not __eq__", lambda: A(1) != A(2))
show("A == 1: NotImplemented both ways, identity",
     lambda: A(1) == 1)
show("Never == Never: NotImplemented both ways",
     lambda: Never() == Never())
n = Never()
show("n != n: identity", lambda: n != n)
show("Never < Never", lambda: Never() < Never())

box = Box()
box["a"] = 1
show("box['a']", lambda: box["a"])
show("box['b']: NotImplemented is a value", lambda: box["b"])
show("box['boom']", lambda: box["boom"])
show("'a' in box: __bool__ of the result", lambda: "a" in box)
show("'z' not in box", lambda: "z" not in box)
show("-box", lambda: -box)
show("~box", lambda: ~box)
show("+box", lambda: +box)


def store_none():
    box["x"] = None


show("box['x'] = None", store_none)


def in_generator():
    for i in range(3):
        yield A(i) + A(10)


show("in a generator", lambda: [a.v for a in in_generator()])


class Deep:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if self.n == 0:
            return True
        return Deep(self.n - 1) < other


show("nested __lt__", lambda: Deep(50) < Deep(0))


def handled():
    out = []
    for k in ["a", "boom", "b"]:
        try:
            out.append(box[k])
        except LookupError as e:
            out.append("caught " + str(e))
    return out


show("handled in the caller", handled)
sys.setrecursionlimit(200)


class Rec:
    def __add__(self, other):
        return self + other


show("recursion", lambda: type(Rec() + 1))


class Made:
    def __new__(cls, v, *rest):
        note("Made.__new__", v)
        if v == "other":
            return 42
        if v == "boom":
            raise ValueError("no " + cls.__name__)
        if v == "sub":
            return object.__new__(MadeSub)
        return object.__new__(cls)

    def __init__(self, v, *rest):
        note("Made.__init__", v)
        self.v = v
        if v == "one":
            return 1
        if v == "fail":
            raise KeyError(v)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.v) + ")"


class MadeSub(Made):
    pass


class NewOnly:
    def __new__(cls):
        note("NewOnly.__new__")
        inst = object.__new__(cls)
        inst.tag = "new"
        return inst


class NewBad:
    def __new__(cls, a, b):
        return object.__new__(cls)


show("Made(1)", lambda: Made(1))
show("Made(1, 2, 3)", lambda: Made(1, 2, 3))
show("Made('other'): no __init__", lambda: Made("other"))
show("Made('boom')", lambda: Made("boom"))
show("Made('sub'): a subclass's instance is initialized",
     lambda: Made("sub"))
show("Made('one'): __init__ returning 1", lambda: Made("one"))
show("Made('fail')", lambda: Made("fail"))
show("MadeSub(2)", lambda: MadeSub(2))
show("NewOnly()", lambda: NewOnly().tag)
show("NewOnly(1)", lambda: NewOnly(1))
show("NewBad(1)", lambda: NewBad(1))
show("made in a comprehension", lambda: [Made(i).v for i in range(3)])
Made("one")
