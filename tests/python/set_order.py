# Set iteration order follows CPython's hash table: ints, negative ints,
# floats and tuples, after adds, removals, resizes and set operations.
s = set()
for i in [5, 3, 17, 1, 33, 9, 2, 65, 8]:
    s.add(i)
print(s)
s.discard(17)
s.add(49)
print(s, len(s))
print({-1, -2, 0, 100, 7, 1 << 20, -(1 << 30)})
print({1.5, 2.25, 0.5, 3.0, 2.0, -0.75})
print({(1, 2), (2, 1), (0, 0), (3, 5)})
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, a - b, b - a, a ^ b)
print(set([100, 200, 300, 1, 2, 3]), frozenset({64, 32, 16, 8}))
big = set(range(1000))
for i in range(0, 1000, 7):
    big.discard(i)
print(sorted(big)[:10], len(big), list(big)[:10])
t = {x * x for x in range(-5, 6)}
print(t)
u = set("x")
u.update([12, 44, 76])
print(len(u), 44 in u)
popped = [s.pop() for _ in range(3)]
print(popped, s)
print({True, 1, 1.0, 0, False}, {None} == {None})
d = {i: i for i in range(10)}
del d[3]
d[3] = 3
print(list(d), set(d))
