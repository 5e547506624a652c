# default and custom __repr__/__str__, __format__, object defaults
class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
print(repr(Plain), str(Plain), Plain.__name__, Plain.__qualname__, Plain.__module__)

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()!r} {OnlyRepr()}")
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr"))
print([OnlyStr()][0], (OnlyStr(),)[0])

class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
m = Money(3.14159)
print(f"{m}", f"{m:.1f}", format(m, "08.3f"), "{:.0f}".format(m))
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
pl = Plain()
print(format(pl, "") == str(pl) or "mismatch")

class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, repr(Outer.Inner).startswith("<class '__main__.Outer.Inner'"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
print(object().__class__, type(None), type(...), type(NotImplemented).__name__)
