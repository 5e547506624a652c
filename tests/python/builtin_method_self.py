# A builtin method called through its type checks its first argument as
# CPython's descriptors do: list.append(5, 1) names the method and both
# types; special methods (slot wrappers) say "requires"; classmethods and
# staticmethods (dict.fromkeys, str.maketrans, __new__) take any first
# argument; subclasses are accepted.
cases = [(list.append, (5, 1)), (dict.get, ([], 1)), (str.upper, (3,)),
         (set.add, ({}, 1)), (list.__len__, ("ab",)), (str.__add__, (1, "a")),
         (list.__getitem__, ((1,), 0)), (dict.__contains__, ([], 1)),
         (tuple.__getitem__, ([1], 0)), (int.bit_length, (True,)),
         (str.join, ("-", ["a", "b"])), (list.append, ()),
         (dict.fromkeys, ("ab",)), (str.maketrans, ("a", "b")),
         (int.__new__, (int, "7")), (float.hex, (1,)), (bytes.decode, ("x",)),
         (list.sort, ([3, 1],)), (object.__repr__, (None,))]
for f, args in cases:
    try:
        print(repr(f(*args))[:20])
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


l = L()
list.append(l, 3)
print(l, dict.__getitem__({1: 2}, 1), float.__add__(1.5, 2))


class Odd:
    f = list.append


try:
    Odd().f(1)
except TypeError as e:
    print("TypeError:", e)
print(Odd.f)
