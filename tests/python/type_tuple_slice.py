# tuples, slices, slice objects, Ellipsis, comparisons of sequences
t = (1, "two", 3.0, None, (5,))
print(t[1:3], t[::-1], t.index(3.0), t.count(None), len(t), t + (6,), t * 2 == t + t, (1,) * 3)
print(tuple([1, 2]), tuple("ab"), tuple(), (), (1,), hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), (2,) > (1, 9))
a, b = t[:2]
print(a, b, 3.0 in t, () == tuple(), type(()).__name__)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None), slice(5).indices(3), slice(-1, None, -1).indices(4))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], list(range(10))[slice(2, -2)])
print(..., Ellipsis, repr(...), type(...) is type(Ellipsis))
class Sl:
    def __getitem__(self, k):
        return k
x = Sl()
print(x[1:2], x[::3], x[1:2, ...], x[...], x[:, 0], x[()], x[1, 2:3])
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[1] = 5
except TypeError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(e)
try:
    "abc"[::0]
except ValueError as e:
    print(e)
print(repr((1,)), repr(((),)), str((1, "a")), tuple(x for x in range(3)))
