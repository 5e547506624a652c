# multiple inheritance, C3 MRO, cooperative super(), MRO conflicts
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(D.__bases__, A.__bases__, D.__base__)

class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
class M1(Base):
    def __init__(self, m1=0, **kw):
        super().__init__(**kw)
        self.log.append(("M1", m1))
class M2(Base):
    def __init__(self, m2=0, **kw):
        super().__init__(**kw)
        self.log.append(("M2", m2))
class Both(M1, M2):
    def __init__(self, **kw):
        super(Both, self).__init__(**kw)
print(Both(m1=1, m2=2).log)
print(issubclass(Both, Base), issubclass(Both, (int, M2)), isinstance(Both(), M1))
print(super(B, D()).who())

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
class Sub(Tagged):
    pass
print(Tagged.tag, Sub.tag, type(Sub).__name__)
