# d[k] and d[k] = v on dict subclasses that keep dict's __getitem__ and
# __setitem__ reach the dict directly; a miss still finds __missing__,
# and overriding either method (in the class, a subclass, or later by
# assignment to the class, or to dict's subclass in the MRO) is honoured.
from collections import defaultdict, Counter, OrderedDict


class Plain(dict):
    pass


class Missing(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value * 2)

    def __getitem__(self, key):
        print("get", key)
        return dict.__getitem__(self, key)


class DD(defaultdict):
    def __setitem__(self, key, value):
        print("dd set", key, value)
        super().__setitem__(key, value)


for d in (Plain(a=1), Missing(a=1), Logged(a=1), defaultdict(int, a=1),
          DD(list, a=1), Counter(a=1), OrderedDict(a=1)):
    name = type(d).__name__
    d["a"] += 1
    try:
        d["b"] += 1
    except Exception as e:
        print(name, "b:", type(e).__name__, e)
    try:
        print(name, d[[1]])
    except TypeError as e:
        print(name, "TypeError", e)
    try:
        d[{}] = 1
    except TypeError as e:
        print(name, "TypeError", e)
    print(name, sorted(d.items(), key=repr), d.get("zz"), "zz" in d)

m = Missing()
print(m["x"], m[1.5], len(m))
dd = defaultdict(list)
for i in range(5):
    dd[i % 2].append(i)
print(dict(dd))

# methods replaced after instances exist
p = Plain(k=1)
Plain.__getitem__ = lambda self, key: "patched " + repr(key)
print(p["k"], p["zz"])
Plain.__setitem__ = lambda self, key, value: print("patched set", key, value)
p["k"] = 5
print(dict.__getitem__(p, "k"))
del Plain.__getitem__
del Plain.__setitem__
p["k"] = 6
print(p["k"])


class Sub(Plain):
    pass


s = Sub()
s["x"] = 1
Plain.__missing__ = lambda self, key: "plain missing"
print(s["x"], s["y"])
Plain.__setitem__ = lambda self, key, value: dict.__setitem__(self, key, -value)
s["z"] = 3
print(s["z"], sorted(s.items()))
