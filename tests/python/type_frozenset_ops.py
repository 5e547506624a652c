# set and frozenset operators, methods, comparisons and hashing
a = {1, 2, 3, 4}
b = frozenset([3, 4, 5])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(b | a).__name__, type(b & a).__name__)
print(a <= {1, 2, 3, 4, 5}, a < a, b >= {3}, a.isdisjoint({9}), b.issuperset([3, 4]))
c = set(a)
c |= {10}
c &= {1, 10, 2}
c -= {2}
c ^= {7}
print(sorted(c))
print(frozenset() == set(), {frozenset([1, 2]): "x"}[frozenset([2, 1])])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1, 2}
d.update([3], (4,))
d.discard(99)
d.remove(1)
print(sorted(d), d.pop() in {2, 3, 4}, len(d))
try:
    d.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    hash({1})
except TypeError as e:
    print(e)
print(sorted(a.union([8], (9,))), sorted(a.intersection(b, {4})), sorted(a.difference({1}, {2})))
print(sorted(a.symmetric_difference(b)), b.copy() is b, frozenset(b) is b)
print({x % 3 for x in range(10)}, set("hello") == set("olleh"))
print(repr(set()), repr(frozenset()), repr(frozenset({1})))
