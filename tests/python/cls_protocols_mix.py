# Object-model features scripts rely on together: a metaclass with
# __new__ and __call__, __getattr__/__setattr__ hooks, the sequence
# protocol through __getitem__, __call__, __contains__, recursive
# __iter__ with yield from, a data descriptor with __set_name__, list and
# int subclasses, an exception with __str__, explicit chaining.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created = True
        return obj
class Base(metaclass=Meta):
    def __init__(self, v): self.v = v
class Sub(Base): pass
s = Sub(3)
print(Sub.tag, s.created, s.v, type(Sub).__name__, isinstance(Sub, Meta))
class Temp:
    def __init__(self): self._c = 0
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def __setattr__(self, name, value):
        if name == "locked": raise AttributeError("locked is read-only")
        super().__setattr__(name, value)
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __call__(self, *args, **kw): return args, kw
    def __contains__(self, x): return x == "yes"
t = Temp()
print(t.dyn_hello, list(t), len(t), t(1, k=2), "yes" in t, "no" in t, t[1], sorted(t, reverse=True))
for attempt in (lambda: t.other, lambda: setattr(t, "locked", 1)):
    try: attempt()
    except AttributeError as e: print("AttributeError:", e)
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __repr__(self): return f"Node({self.val})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), sum(tree), max(tree), repr(tree.children))
class Celsius:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        if value < -273.15: raise ValueError("below absolute zero")
        setattr(obj, self.name, value)
class Thermo:
    temp = Celsius()
    def __init__(self, t): self.temp = t
th = Thermo(20); th.temp = 25
print(th.temp, th._temp, type(Thermo.temp).__name__)
try: th.temp = -300
except ValueError as e: print("ValueError:", e)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack([1]); st.push(2); print(st, st.peek(), len(st), isinstance(st, list), st + [3], type(st + [3]).__name__)
class Money(int):
    def __new__(cls, v, cur="EUR"):
        obj = super().__new__(cls, v); obj.cur = cur; return obj
    def __repr__(self): return f"{int(self)} {self.cur}"
m = Money(5, "USD"); print(m, repr(m), m + 1, type(m + 1).__name__, m.cur, m * 2)
class E(Exception):
    def __str__(self): return "custom " + super().__str__()
try: raise E("x", 1)
except E as e: print(e, e.args, repr(e))
try:
    try: 1 / 0
    except ZeroDivisionError as e: raise ValueError("wrapped") from e
except ValueError as e: print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
print(Sub.__mro__, Sub.__name__, Sub.__module__, Base.__subclasses__())
