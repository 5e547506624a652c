# Inheritance: method resolution order (C3), super() chains with
# arguments, class attributes vs instance attributes, __init_subclass__,
# class decorators, metaclass, isinstance with tuples, abstract-like base.
class Base:
    registry = []
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def describe(self):
        return f"{type(self).__name__}[{self.tag}]"
class One(Base, tag="first"):
    pass
class Two(One, tag="second"):
    def describe(self):
        return "two:" + super().describe()
print(Base.registry, One().describe(), Two().describe())
class A:
    def __init__(self):
        self.trail = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
class C(A):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
class D(B, C):
    def __init__(self):
        super().__init__()
        self.trail.append("D")
print(D().trail, [c.__name__ for c in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("MRO error:", e)
def add_greeting(cls):
    cls.greet = lambda self: "hi from " + cls.__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__, isinstance(WithMeta, type))
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(sq.area(), sq.sides, Shape.sides, isinstance(sq, (int, Shape)))
try:
    Shape().area()
except NotImplementedError:
    print("abstract")
sq.sides = 5
print(sq.sides, Square.sides, Shape.sides)
Square.sides = 6
print(Square(1).sides, vars(sq))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
print(issubclass(bool, int), issubclass(Sub, (str, Counter)), isinstance(True, int))
class Strange(int):
    def __repr__(self):
        return "Strange(" + str(int(self)) + ")"
s = Strange(5)
print(s, s + 1, s * 2, type(s + 1).__name__, isinstance(s, int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), ml[1:], type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["bc"], "bc" in md)
