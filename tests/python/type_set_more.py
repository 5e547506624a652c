# set and frozenset: operations, methods, comparisons, hashing
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([4, 5]))
s = set()
s.add(3); s.add(3); s.update([1, 2], {9}); s.discard(100); s.remove(1)
print(s, len(s), 9 in s, s.pop() in {2, 3, 9}, len(s))
c = a.copy(); c |= {10}; c &= {1, 10, 2}; c -= {2}; c ^= {5}
print(sorted(c), a)
fs = frozenset("hello")
print(sorted(fs), fs == set("hello"), hash(fs) == hash(frozenset("olleh")), {fs: 1}[frozenset("hole")], type(fs | {1}).__name__)
print(set(), frozenset(), repr({1}), repr(frozenset({1})), sorted(set("aab")), sorted({"b", "a"}))
print({i % 3 for i in range(10)}, set([1, 1, 2]) == {1, 2}, {1, 2} == frozenset({1, 2}))
for op in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: set(5), lambda: {1} + {2}]:
    try:
        op()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __hash__(self): return hash(self.x)
print(len({P(1), P(1), P(2)}), P(1) in {P(1)})
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(sorted({-1, 5, 3, -10, 0}), min({4, 2}), sum({1, 2, 3}))
