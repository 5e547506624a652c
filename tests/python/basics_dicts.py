# Dicts: insertion order, methods, views, comprehensions; sets and frozensets.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v, end="; ")
print()
print(list(d.keys()), list(d.values()), d.pop("b"), d)
d.update({"x": 9}, y=8)
print(d, d.setdefault("a", 100), d.setdefault("n", 5))
print({k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([(1, 2), (3, 4)]))
del d["x"]
print(d, d.popitem(), d)
print({1: "a", 1.0: "b", True: "c"})
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, {x % 4 for x in range(20)})
s.add(10)
s.discard(1)
print(s, s | {7}, s & {2, 3}, s - {2}, s ^ {3, 4})
print(sorted({"b", "a", "c"}), frozenset([1, 2, 2]), set(), {1, 2} <= {1, 2, 3})
print({(1, 2): "t"}[(1, 2)], {None: 1}[None])
print(dict.fromkeys("ab", 0), {**{"a": 1}, "b": 2})
e = {}
for w in "the cat and the hat and the bat".split():
    e[w] = e.get(w, 0) + 1
print(e)
print(sorted(e.items(), key=lambda kv: (-kv[1], kv[0])))
print({i: i * i for i in range(5)}, set("hello") == set("olleh"))
print(set(range(100, 130)))
