# Calling a class uses the __new__ and __init__ its MRO had when it last
# changed: every later change (on the class, on a base, deleted, added by
# __init_subclass__ or setattr) must be seen by the next call.


class Base:
    def __init__(self, v):
        self.v = v


class Sub(Base):
    pass


def show(label):
    out = []
    for cls in (Base, Sub):
        try:
            o = cls(1)
            out.append((cls.__name__, type(o).__name__, vars(o)))
        except TypeError as e:
            out.append((cls.__name__, "TypeError", str(e)))
    print(label, out)


show("start")
Base.__init__ = lambda self, v: setattr(self, "w", v * 10)
show("Base.__init__")
Sub.__init__ = lambda self, v: setattr(self, "s", v + 1)
show("Sub.__init__")
del Sub.__init__
show("del Sub.__init__")
del Base.__init__
show("del Base.__init__")


def new(cls, *args):
    o = object.__new__(cls)
    o.made = cls.__name__
    return o


Base.__new__ = new
show("Base.__new__")
setattr(Sub, "__new__", staticmethod(lambda cls, v: "not an instance"))
show("Sub.__new__")
del Sub.__new__
show("del Sub.__new__")


class Auto:
    def __init_subclass__(cls):
        cls.__init__ = lambda self: setattr(self, "auto", cls.__name__)


class Child(Auto):
    pass


print(vars(Child()))
