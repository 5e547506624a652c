# Sorting with keys compared without dispatch (exact strs, tuples of strs
# and ints) and the generic rule for anything else inside such tuples:
# floats and nan, bools equal to ints, None raising TypeError, user
# objects whose __eq__/__lt__ run (and see the comparisons), shorter
# tuples first, reverse and stability.
import functools
words = "kadai be lo mu ka be o lo zen ka".split()
print(sorted(words), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
pairs = [(3, "b"), (1, "z"), (3, "a"), (1, "z", 0), (True, "z"), (1,), ()]
print(sorted(pairs), sorted(pairs, reverse=True))
nan = float("nan")
fl = [(1.5, "a"), (1, "b"), (nan, "c"), (0.5, "d"), (1.0, "a")]
print(sorted(fl, key=lambda t: (t[0] if t[0] == t[0] else 9, t[1])))
print(sorted([(nan, 1), (nan, 0)]))
try:
    sorted([(1, None), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
log = []
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): log.append(("eq", self.v, o.v)); return self.v == o.v
    def __lt__(self, o): log.append(("lt", self.v, o.v)); return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
ks = [(1, K(2)), (1, K(1)), (0, K(5)), (1, K(1))]
print(sorted(ks), len(log) > 0, all(op in ("eq", "lt") for op, _, _ in log))
stable = sorted([("b", i % 3, i) for i in range(12)], key=lambda t: (t[0], t[1]))
print([t[2] for t in stable])
print(sorted([("x", 2**70), ("x", -2**70), ("x", 5)]), sorted([b"b", b"a"]))
print(sorted(["é", "e", "z", "É", "\U0001f600", ""]), max([(1, "a"), (1, "b")]))
print(sorted([[2, "a"], [1, "b"]]), sorted(words, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
