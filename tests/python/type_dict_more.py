# dict methods, views, ordering after deletion, comparisons, dict(), fromkeys, |, setdefault
d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, len(d), list(d), list(d.values()), list(d.items())[:2])
del d["b"]
d["b"] = 20
print(d, d.get("zz"), d.get("zz", 0), d.pop("a"), d.pop("nope", "dflt"), d.popitem(), d)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(zip("xy", [1, 2])), dict([(1, 2)], x=3))
k = d.keys()
d["new"] = 1
print(k, "new" in k, len(k), k & {"c", "zz"}, sorted(k | {"q"}), sorted(d.items() - {("c", 3)}))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2})
print({"a": 1} | {"b": 2}, {**{"x": 1}}, d.setdefault("sd", []), d)
dd = {1: "int", 1.0: "float", True: "bool"}
print(dd, {(1, 2): "tuple", frozenset([1]): "fs"})
e = {}
e |= {"z": 0}
print(e, sorted({3: 1, 1: 2, 2: 3}), sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))
for op in [lambda: {}["x"], lambda: {}.pop("x"), lambda: {}.popitem(), lambda: {[]: 1}, lambda: dict(1), lambda: dict([1])]:
    try:
        op()
    except (KeyError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
it = iter({"a": 1, "b": 2})
print(next(it), list(reversed({"a": 1, "b": 2})))
try:
    for key in d:
        d["another"] = 1
except RuntimeError as ex:
    print(ex)
print(repr({}), repr({"k": {"n": [1, (2,)]}}), str({1: "1"}), dict(d.items()) == d)
