# property, staticmethod, classmethod, class attributes vs instance attributes
class Temp:
    scale = "C"
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self):
        print("deleting")
        self._c = 0
    @staticmethod
    def parse(s):
        return Temp(float(s.rstrip("C")))
    @classmethod
    def zero(cls):
        return cls(0)

t = Temp(100)
print(t.f)
t.f = 32
print(t._c, Temp.parse("37C").f, Temp.zero()._c, Temp.count)
del t.f
print(t._c)
try:
    t.nothing
except AttributeError as e:
    print(e)
t.scale = "F"
print(t.scale, Temp.scale, vars(t))

class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print(e)
p = property(lambda self: 5, doc="five")
print(p.__doc__, type(p).__name__, isinstance(Temp.__dict__["parse"], staticmethod))

class Sub(Temp):
    @classmethod
    def zero(cls):
        r = super().zero()
        return (type(r).__name__, r._c)
print(Sub.zero())
