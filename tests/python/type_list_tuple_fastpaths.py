# list[i] = v and the comparison of exact tuples and lists take direct
# paths; everything they do not cover must still behave as CPython: index
# errors, slices, bool and __index__ indexes, subclasses overriding
# __setitem__ or __lt__, items with their own comparisons, NotImplemented,
# recursion.


class Idx:
    def __index__(self):
        return 1


a = [0, 1, 2, 3]
a[0] = "x"
a[-1] = "y"
a[True] = "t"
a[Idx()] = "i"
a[1:3] = [7, 8, 9]
a[::2] = ["e0", "e1", "e2"][:len(a[::2])]
print(a)
for bad in (5, -6, 2 ** 70):
    try:
        [0, 1, 2, 3, 4][bad] = 1
    except IndexError as e:
        print("IndexError", e)
for bad in ("1", 1.0, None):
    try:
        a[bad] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        del a[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    del a[10]
except IndexError as e:
    print("IndexError", e)


class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


lg = Logged([1, 2, 3])
lg[0] = 10
lg[-1] = 30
print(lg)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "Rev(" + str(self.v) + ")"


class NoOrder:
    pass


print((1, 2) < (1, 3), (1, 2) <= (1, 2), (2,) > (1, 9), (1,) >= (1, 0))
print([1, "a"] < [1, "b"], [1, 2] == [1, 2.0], (1, 2) != (1, 2, 3))
print((Rev(1), 0) < (Rev(2), 0), [Rev(3)] < [Rev(3), 1])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([(len(w), w) for w in ["pear", "fig", "apple", "kiwi"]]))
print(sorted([[3, Rev(1)], [3, Rev(5)], [1, Rev(0)]]))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan], (nan, 1) < (nan, 2), [nan] < [nan])
for x, y in (((1, NoOrder()), (1, NoOrder())), ([1, "a"], [1, 2]),
             ((1, 2), [1, 2])):
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError", e)
print((1, 2) == [1, 2], [] == (), (1, (2, [3])) == (1, (2, [3])))


class T(tuple):
    def __lt__(self, other):
        return "T.__lt__"


print(T((1,)) < (2,), (2,) > T((1,)), (2,) < T((1,)))

x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError:
    print("RecursionError")
print(x == x, [x] == [x])
