# __new__, __init__, singletons, immutable subclasses, __init_subclass__, __class__
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str), u.lower())

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def double(self):
        return Pos(self * 2)
print(Pos(5).double(), Pos(3) + 1, type(Pos(3) + 1).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
print(Point(1, 2), Point(1, 2).x, Point(3, 4) == (3, 4))

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class P1(Plugin): pass
class P2(Plugin, name="second"): pass
print(Plugin.registry)

class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class Cls:
    def who(self):
        return __class__.__name__
print(Cls().who(), Cls().__class__ is Cls)
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList([1])
ml.append(2)
print(ml, len(ml), ml[1], type(ml[:1]).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("q"), "zz" in md)
