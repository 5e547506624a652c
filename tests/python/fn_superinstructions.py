# Pairs of instructions the interpreter runs as one (opcodes.fused): an
# exception raised by either half names that half's line and is caught by
# the handler covering it, a jump into the second half runs it alone,
# attribute caches behind `local.attr` see rebinding, shadowing, deleted
# attributes, __getattr__ and properties redefined on subclasses, and the
# caller's f_lineno seen from special methods that operators call.
import sys


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return (x +
            y)


def unbound_after_store(flag):
    if flag:
        w = 1
    v = 0
    try:
        w + v
    except UnboundLocalError as e:
        return "caught: " + str(e)
    return "no error"


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - FIRST


FIRST = unbound_second.__code__.co_firstlineno
for f in (unbound_second, unbound_after_store):
    for flag in (True, False):
        try:
            print(f.__name__, flag, f(flag))
        except UnboundLocalError as e:
            print(f.__name__, flag, "UnboundLocalError", e, line_of(e))


def count(n):
    i = 0
    while i < n:       # the loop's back edge jumps to the second half
        i += 1
    return i


print("count", count(5), count(0))


class Node:
    kind = "node"

    def __init__(self, v):
        self.v = v

    def method(self):
        return "method"


class Lazy:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "getattr " + name


class Base:
    @property
    def size(self):
        return "base size"


class Sub(Base):
    @property
    def size(self):
        return "sub size"


class Plain(Base):
    pass


def read_v(o):
    return o.v


def read_kind(o):
    return o.kind


def read_method(o):
    return o.method


def read_b(o):
    return o.b


def read_size(o):
    return o.size


nodes = [Node(i) for i in range(3)]
for _ in range(3):
    print([read_v(n) for n in nodes], read_kind(nodes[0]))
n0 = nodes[0]
Node.kind = "rebound"                 # the class attribute changes
print("kind", read_kind(n0))
n0.kind = "own"                       # an instance attribute shadows it
print("kind", read_kind(n0), read_kind(nodes[1]))
n0.method = "shadowed"                # shadowing a method
print("method", read_method(n0), read_method(nodes[1])())
del n0.v                              # a slot the cache points to empties
try:
    read_v(n0)
except AttributeError as e:
    print("AttributeError", e, line_of(e))
n0.v = "back"
print("v", read_v(n0))
lz = Lazy()
for _ in range(2):
    print(read_b(lz))
lz.b = "own b"
print(read_b(lz))
for o in (Base(), Sub(), Plain(), Sub(), Base()):
    print(type(o).__name__, read_size(o))
Sub.size = property(lambda self: "replaced")
print("replaced", read_size(Sub()), read_size(Plain()))
print("int attr", read_v.__name__, (5).real, [read_kind(x) for x in (Node, n0)])


class Slotted:
    __slots__ = ("a",)


class Guarded:
    def __setattr__(self, name, value):
        if name == "bad":
            raise ValueError("no " + name)
        object.__setattr__(self, name, value)


def store(o, v):
    o.a = v
    return o.a


def store_bad(o, v):
    o.bad = (v +
             1)


print("store", store(Slotted(), 1), store(Guarded(), 2), store(Node(0), 3))
for o in (Slotted(), Guarded()):
    try:
        store_bad(o, 1)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e, line_of(e))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if other.v is None:
            raise TypeError("no order")
        return Truth(self.v < other.v)


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        if self.t is None:
            raise RuntimeError("no truth")
        print("  f_lineno", sys._getframe(1).f_lineno - FIRST)
        return self.t


def compare(a, b):
    if (a <
            b):
        return "less"
    return "not less"


def mixed(a, b):
    if a < b:
        return "less"
    return "not less"


print(compare(Cmp(1), Cmp(2)), compare(Cmp(2), Cmp(1)))
try:
    compare(Cmp(1), Cmp(None))
except TypeError as e:
    print("TypeError", e, line_of(e))
print([mixed(a, b) for a, b in ((1, 2.5), (2.5, 1), (1.0, 1.0), (-3, -2),
                                 ("a", "b"), (True, 2), (2 ** 70, 1))])


class Tricky:
    def __lt__(self, other):
        return Truth(None)


try:
    compare(Tricky(), 0)
except RuntimeError as e:
    print("RuntimeError", e, line_of(e))


def constant():
    return 42


def gen():
    yield 1
    return "done"


def delegate():
    r = yield from gen()
    yield r


g = gen()
print(constant(), g.send(None), list(delegate()))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)


class Op:
    def __add__(self, other):
        print("  add from line", sys._getframe(1).f_lineno - FIRST)
        return self

    def __getitem__(self, i):
        print("  getitem from line", sys._getframe(1).f_lineno - FIRST)
        if i > 1:
            raise IndexError(i)
        return i

    def __setitem__(self, i, v):
        print("  setitem from line", sys._getframe(1).f_lineno - FIRST)

    def __eq__(self, other):
        print("  eq from line", sys._getframe(1).f_lineno - FIRST)
        return True

    def __bool__(self):
        print("  bool from line", sys._getframe(1).f_lineno - FIRST)
        return True


def operators(o):
    x = o + 1
    y = o[0]
    o[1] = 2
    z = o == 3
    if o:
        pass
    w = o and 5
    for v in o:
        pass
    return x is o, y, z, w


print(operators(Op()))


class Dyn:
    def __getattr__(self, name):
        print("  getattr from line", sys._getframe(1).f_lineno - FIRST)
        if name == "missing":
            raise AttributeError(name)
        return lambda *a: name + str(len(a))


def methods(d, flag):
    if flag:
        u = d
    r = d.first(1)
    r2 = (d
          .second())
    try:
        d.missing()
    except AttributeError as e:
        r3 = "missing at " + str(line_of(e))
    return r, r2, r3, u.upper()


print(methods(Dyn(), True))
try:
    methods(Dyn(), False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, line_of(e))
o1 = Op()
o2 = (o1 +
      o1)
print(o2 is o1)
store_bad(Slotted(), 1)
