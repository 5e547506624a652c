# Assignment forms: tuple and list unpacking, starred targets, nested
# targets, chained assignment, augmented assignment on items/attributes,
# swaps, and the unpacking errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *i = range(5)
*j, k = [1, 2, 3]
l, *m, n = "abcdef"
print(h, i, j, k, l, m, n)
p = q = r = 0
print(p, q, r)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
print(lst)
class O:
    pass
o = O()
o.v = 1
o.v += 5
print(o.v)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
print(d)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
print(*[1, 2], *"ab", sep="-")
def f(*args, **kw):
    return args, kw
print(f(*(1, 2), *[3], **{"a": 1}, b=2))
print([*range(3), *"hi"], {*[1, 2], 3}, {**{"a": 1}, "b": 2}, (*[1], 2))
for bad in ([1, 2, 3], [1], "abcd"):
    try:
        u, v = bad
    except ValueError as exc:
        print(exc)
try:
    u, v, *w = [1]
except ValueError as exc:
    print(exc)
try:
    u, v = 5
except TypeError as exc:
    print(exc)
