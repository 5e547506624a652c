# Classes: __init__, methods, class attributes, inheritance, super(),
# properties, staticmethod, classmethod, __repr__/__str__, isinstance.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    def __str__(self):
        return f"{self.name} the {self.breed}"
a = Animal("Generic")
d = Dog("Rex", "lab")
print(a, d, repr(d), a.speak(), d.speak(), Animal.count, d.kind, a.kind)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d).__name__)
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def zero(cls):
        return cls(0)
t = Temp(100)
print(t.f, Temp.unit(), t.unit(), Temp.zero().f)
t.f = 32
print(t._c)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), {Point(1, 1), Point(1, 1)}, sorted([Point(2, 1), Point(1, 5)]))
print(hasattr(p, "x"), getattr(p, "z", "none"), p.__class__.__name__, Point.__name__)
setattr(p, "z", 9)
print(p.z, vars(p))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __call__(self, x):
        self.items.append(x)
        return self
s = Stack()
s(1)(2)(3)
print(len(s), s[0], s[-1], 2 in s, list(s), bool(Stack()))
