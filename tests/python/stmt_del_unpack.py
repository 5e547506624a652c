# del statements, starred unpacking, nested targets, swaps, chained assignment
a = [0, 1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["x"]
print(d)
class O: pass
o = O(); o.p = 1; o.q = 2
del o.p
print(vars(o))
x = 5
del x
try:
    x
except NameError as e:
    print(e)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
(a1, b1), [c1, *d1] = (1, 2), [3, 4, 5]
print(a1, b1, c1, d1)
p = q = r = []
p.append(1)
print(q, r is p)
m, n = 1, 2
m, n = n, m
print(m, n)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
o.items = [0, 0]
o.items[1], o.attr = "set", "attr"
print(o.items, o.attr)
for bad in ["a, b = 1, 2, 3", "a, b, c = [1]", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1, 2],))
