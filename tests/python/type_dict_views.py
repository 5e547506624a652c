# dict methods, views, merging, and mutation during iteration
d = dict.fromkeys("abc", 0)
print(d, d.setdefault("a", 5), d.setdefault("z", 9), d)
print(d.popitem(), d.pop("b"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
e = {"x": 1, "y": 2}
print(d | e, e | {"x": 10}, {**e})
e |= {"w": 3}
print(e, list(e), list(e.keys()), list(e.values()), list(e.items()))
k = e.keys()
print(k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}), k ^ {"x", "q"} == {"y", "w", "q"}, "x" in k, ("x", 1) in e.items())
e["n"] = 4
print(len(k), list(reversed(e)), list(reversed(e.values())))
try:
    for key in e:
        e["new" + key] = 1
except RuntimeError as err:
    print(err)
print(dict([("a", 1), ("b", 2)], c=3), dict(zip("xy", [1, 2])), dict(e) == e, dict() == {})
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print(err)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[1, 2])
try:
    {[1]: 2}
except TypeError as err:
    print(err)
d2 = {}
d2.update({"a": 1}, b=2)
d2.update([("c", 3)])
print(d2, d2.get("zz"), d2.get("a", 0), d2.copy() == d2, d2.copy() is d2)
d2.clear()
print(d2, repr({"q": [1, {"r": None}]}), str({1: 2}))
class M(dict):
    def __missing__(self, key):
        return key * 2
print(M()["ab"], M(a=1)["a"], type(M()).__name__)
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
