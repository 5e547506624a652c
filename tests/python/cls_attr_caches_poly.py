# Polymorphic attribute sites (a base class's method run on instances of
# several subclasses: one inline-cache entry per class layout, chained) and
# every change that must invalidate what such a site cached: class
# attribute assignment, a property replaced or deleted, a method patched
# on a base class, __getattr__/__getattribute__/__setattr__ added later, an
# instance attribute shadowing a method, an instance switched to a dict.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get_v(self):
        return self.v

    def get_kind(self):
        return self.kind

    def name(self):
        return "Base"

    def call_name(self):
        return self.name()

    def bump(self):
        self.v = self.v + 1
        self.extra = self.v


class S1(Base):
    def __init__(self, v):
        self.a1 = 1
        super().__init__(v)


class S2(Base):
    def __init__(self, v):
        self.a1 = 1
        self.a2 = 2
        super().__init__(v)

    def name(self):
        return "S2"


class S3(Base):
    kind = "s3"

    def __init__(self, v):
        super().__init__(v)
        self.a3 = 3


class S4(S1):
    def __init__(self, v):
        self.a4 = 4
        super().__init__(v)


class S5(S2):
    pass


class S6(Base):
    __slots__ = ()


def sweep(objs, label):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.get_v(), o.w, o.get_kind(),
                    o.call_name()))
    print(label, out)


def make():
    return [cls(i) for i, cls in enumerate((Base, S1, S2, S3, S4, S5, S6))]


objs = make()
for _ in range(40):
    for o in objs:
        o.bump()
sweep(objs, "warm")
print([(type(o).__name__, o.extra) for o in objs])

# class attributes changed after the sites cached them
S3.kind = "s3b"
sweep(objs, "S3.kind")
Base.kind = "base2"
sweep(objs, "Base.kind")
del S3.kind
sweep(objs, "del S3.kind")

# a method patched on the base class, then overridden in a subclass
Base.name = lambda self: "patched"
sweep(objs, "Base.name")
S4.name = lambda self: "S4"
sweep(objs, "S4.name")
del S2.name
sweep(objs, "del S2.name")

# an instance attribute shadowing the method the site cached
objs[1].name = lambda: "own"
sweep(objs, "instance name")
del objs[1].name
sweep(objs, "del instance name")

# a property on a subclass over what the site read from slots
S1.w = property(lambda self: "S1-prop")
sweep(objs, "S1.w property")
S1.w = property(lambda self: "S1-prop2")
sweep(objs, "S1.w property 2")
del S1.w
sweep(objs, "del S1.w")


class P:
    def __init__(self, r):
        self._r = r

    @property
    def area(self):
        return self._r * self._r


class Q(P):
    pass


class R(P):
    def __init__(self, r):
        self.pad = 0
        super().__init__(r)


def areas(items):
    return [x.area for x in items]


ps = [P(1), Q(2), R(3)]
for _ in range(30):
    areas(ps)
print("areas", areas(ps))
Q.area = property(lambda self: -1)
print("Q.area", areas(ps))
P.area = 99
print("P.area plain", areas(ps))
del P.area
try:
    areas(ps)
except AttributeError as e:
    print("AttributeError", e)
P.area = property(None)
try:
    areas(ps)
except AttributeError as e:
    print("AttributeError", e)


# __getattr__, __getattribute__ and __setattr__ added after caching
class G:
    def __init__(self):
        self.here = 1


class H(G):
    pass


def read(items):
    out = []
    for x in items:
        try:
            out.append(x.missing)
        except AttributeError:
            out.append("none")
        out.append(x.here)
    return out


def write(items, v):
    for x in items:
        x.here = v


gs = [G(), H()]
for _ in range(30):
    read(gs)
    write(gs, 1)
print("read", read(gs))
G.__getattr__ = lambda self, n: "ga-" + n
print("__getattr__", read(gs))
H.__getattribute__ = lambda self, n: "gab-" + n
print("__getattribute__", read(gs))
G.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
write(gs, 5)
del H.__getattribute__
print("__setattr__", read(gs))

# an instance switched to a real dict while sites hold its slots
objs = make()
for _ in range(30):
    for o in objs:
        o.bump()
d = objs[2].__dict__
d["v"] = 1000
objs[2].bump()
print("dict mode", objs[2].get_v(), objs[2].extra, sorted(d))
sweep(objs, "dict mode")

# a data descriptor added to the class after STORE_ATTR cached the slot
log = []
Base.extra = property(lambda self: "ro",
                      lambda self, v: log.append((type(self).__name__, v)))
for o in objs:
    o.bump()
print("setter", log)
print([o.extra for o in objs])
