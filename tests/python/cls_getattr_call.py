# __getattr__, __getattribute__, __setattr__, __delattr__, __call__, getattr/setattr/hasattr/delattr
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, v):
        self.log.append("set " + name)
        setattr(self._target, name, v)

class T:
    a = 1
p = Proxy(T())
print(p.a, p.log)
p.b = 5
print(p._target.b, p.log, hasattr(p, "zzz"), p.log)

class Loud:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name} for you")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def __delattr__(self, name):
        print("del", name)
l = Loud()
l.x = 1
print(l.x, l.secret_key, getattr(l, "y"))
del l.x

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=10), callable(add5), callable(5), callable(Adder))
obj = T()
setattr(obj, "dyn", [1])
print(getattr(obj, "dyn"), getattr(obj, "missing", "dflt"), hasattr(obj, "a"))
delattr(obj, "dyn")
print(hasattr(obj, "dyn"))
try:
    getattr(obj, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(obj, "a")
except AttributeError as e:
    print(e)
try:
    getattr(obj, 5)
except TypeError as e:
    print(e)
