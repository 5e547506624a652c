# `x.a op= v` where x is a function's fast local is compiled with x loaded
# twice instead of DUP_TOP/ROT_TWO (codegen.aug_assign): the object must
# still be evaluated once as far as the program can tell, the attribute
# read before v and written after, with CPython's errors and tracebacks,
# and an assignment expression that rebinds x inside v keeps the old order.
import traceback


class Box:
    def __init__(self, v):
        self.v = v


class Loud:
    def __init__(self):
        self.__dict__["log"] = []
        self.__dict__["n"] = 1

    def __getattr__(self, name):
        self.log.append("get " + name)
        return 10

    def __setattr__(self, name, value):
        self.log.append("set " + name + " " + repr(value))
        self.__dict__[name] = value


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def note(log, what, value):
    log.append(what)
    return value


def plain(b, k):
    b.v += k
    b.v *= 2
    b.v -= 1
    b.v //= 3
    b.v **= 2
    b.v %= 7
    b.v <<= 3
    b.v |= 1
    b.v ^= 2
    b.v &= 0xFF
    b.v >>= 1
    return b.v


def floats(b, dt):
    for _ in range(3):
        b.v += dt * b.v
        b.v /= 1.5
    return b.v


def order(o):
    log = o.log
    o.missing += note(log, "value", 5)
    o.n += note(log, "value2", 1)
    return log


def walrus(b, other):
    # the second operand rebinds b: the store goes to the first object
    b.v += (b := other).v
    return b


def rebind_in_call(b, boxes):
    def swap():
        boxes.append(Box(99))   # cannot touch the caller's local b
        return 1
    b.v += swap()
    return b.v


def mutable(a):
    a.acc += 7      # __iadd__ returns self: the same object is stored back
    a.acc += 8
    return a.acc.items


def unbound_attr(b):
    b.nope += 1


def none_obj():
    x = None
    x.v += 1


def error_in_value(b):
    b.v += 1 / 0


class Slots:
    __slots__ = ("v",)


def slots_missing(s):
    s.v += 1


class ReadOnly:
    @property
    def p(self):
        return 1


def no_setter(r):
    r.p += 1        # the read works, the store raises


print(plain(Box(5), 3), floats(Box(1.0), 0.5))
print(order(Loud()))
b1, b2 = Box(1), Box(20)
r = walrus(b1, b2)
print(b1.v, b2.v, r is b2)
print(rebind_in_call(Box(1), []))
holder = Box(0)
holder.acc = Acc()
print(mutable(holder), holder.acc.items)
for f, arg in ((unbound_attr, Box(1)), (none_obj, None),
               (error_in_value, Box(1)), (slots_missing, Slots()),
               (no_setter, ReadOnly())):
    try:
        if arg is None:
            f()
        else:
            f(arg)
    except Exception as e:
        print(type(e).__name__, e)
        print(traceback.format_exc().splitlines()[-3:])


# a module-level object and a closure's cell keep DUP_TOP/ROT_TWO
g = Box(1)
g.v += 2


def outer():
    c = Box(3)

    def inner():
        c.v += 4
    inner()
    c.v += 5
    return c.v


print(g.v, outer())
