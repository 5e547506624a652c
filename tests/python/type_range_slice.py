# range, slice and Ellipsis objects: attributes, indexing, comparisons
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::2]))
print(5 in r, 6 in r, r.index(8), r.count(11), range(0) == range(5, 5))
print(range(0, 10, 2) == range(0, 9, 2), hash(range(3)) == hash(range(0, 3)))
print(list(range(10, 0, -3)), range(-5).start, range(1, 2).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3))
print("abcdefghij"[s], [0, 1, 2, 3, 4][slice(-2, None)])
print(slice(3) == slice(None, 3), repr(slice(1, 2, None)))
print(..., Ellipsis is ..., type(...).__name__, repr(Ellipsis))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 2))))
