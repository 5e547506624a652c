# collections.defaultdict's __missing__ (written in the interpreter's
# code): the factory's value stored through the object's own __setitem__,
# a factory that raises (nothing stored), no factory (KeyError with the
# key, a tuple key kept whole), a factory replaced or removed later,
# subclasses overriding __missing__ or __setitem__, calling __missing__
# directly and on the wrong object, lookups that must not call it, and
# a dict changed by a miss during iteration.
from collections import defaultdict

counts = defaultdict(int)
for word in "a b a c b a".split():
    counts[word] += 1
print(counts, counts["zzz"], len(counts))

groups = defaultdict(list)
for n in range(10):
    groups[n % 3].append(n)
print(sorted(groups.items()), groups.default_factory)

calls = []


def factory():
    calls.append(len(calls))
    if len(calls) == 2:
        raise ValueError("factory failed")
    return len(calls) * 10


d = defaultdict(factory)
print(d["x"])
try:
    d["y"]
except ValueError as e:
    print("raised:", e, "y" in d, dict(d))
print(d["z"], dict(d), calls)

none = defaultdict()
for key in ("k", (1, 2), ()):
    try:
        none[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
none.default_factory = set
print(none["k"], none)
none.default_factory = None
try:
    none["other"]
except KeyError as e:
    print("KeyError again", e)

print(counts.get("new"), "new" in counts, counts.setdefault("q", 5), counts)
print(counts.pop("q"), counts.__missing__("direct"), counts["direct"])
try:
    defaultdict.__missing__({}, 1)
except TypeError as e:
    print("TypeError:", e)


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value * 2)


lg = Logged(lambda: 21)
print(lg["a"], lg["a"], dict(lg))


class Named(defaultdict):
    def __missing__(self, key):
        return "no " + key


nm = Named(int)
print(nm["cat"], dict(nm), isinstance(nm, defaultdict))


class Deeper(Logged):
    pass


print(Deeper(str)["e"], type(Deeper(str)).__mro__[1].__name__)

tree = defaultdict(lambda: defaultdict(int))
tree["a"]["b"] += 2
tree["a"]["c"] -= 1
print({k: dict(v) for k, v in tree.items()})

grow = defaultdict(int, {1: 1, 2: 2})
try:
    for k in grow:
        grow[k + 10]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(grow))
