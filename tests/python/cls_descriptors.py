# descriptors, __set_name__, __init_subclass__, __slots__-free classes, metaclass basics
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative " + self.name[1:])
        setattr(obj, self.name, value)

class Account:
    balance = Positive()
    def __init__(self, b):
        self.balance = b

a = Account(10)
print(a.balance, a._balance, type(Account.balance).__name__)
try:
    a.balance = -1
except ValueError as e:
    print(e)

class Base:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"):
    pass
class B(A):
    pass
print(Base.registry, A.tag, B.tag)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class W(metaclass=Meta):
    def __init__(self, x):
        self.x = x
w = W(3)
print(w.x, W.made_by, type(W).__name__, isinstance(W, Meta))

T = type("T", (object,), {"v": 5, "get": lambda self: self.v * 2})
print(T().get(), T.__name__, T.__bases__)

class Lazy:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("deleting", name)
l = Lazy()
l.x = 4
print(l.x, l.anything)
del l.x

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
