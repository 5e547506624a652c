# x[i] on an exact list, tuple or str with an int i is answered in
# BINARY_SUBSCR itself (interp.binary_subscr), without the type's
# __getitem__: every index, sign and error must stay CPython's, and
# subclasses and other keys must still reach their own __getitem__.


class Idx:
    def __index__(self):
        return 1


class MyStr(str):
    def __getitem__(self, i):
        return "MyStr[" + repr(i) + "]"


class MyTuple(tuple):
    def __getitem__(self, i):
        return ("MyTuple", i)


class MyList(list):
    pass


lst = [10, 20, 30]
tup = (1, "two", 3.0)
s = "aé€😀z"
for seq in (lst, tup, s, "", (), []):
    n = len(seq)
    got = []
    for i in range(-n - 2, n + 2):
        try:
            got.append(seq[i])
        except IndexError as e:
            got.append("IndexError: " + str(e))
    print(type(seq).__name__, got)

# bools are ints; __index__ and big ints go the general way
print(s[True], tup[False], lst[True], s[Idx()], tup[Idx()], lst[Idx()])
for seq in (lst, tup, s):
    for key in (2 ** 70, -(2 ** 70)):
        try:
            seq[key]
        except IndexError as e:
            print(type(seq).__name__, "IndexError:", e)
    try:
        seq[1.0]
    except TypeError as e:
        print(type(seq).__name__, "TypeError:", e)

# subclasses keep their own __getitem__ (or inherit the builtin one)
print(MyStr("abc")[1], MyTuple((7, 8))[0], MyList([5, 6])[-1])
print(s[1:3], tup[::-1], lst[-2:])


def hot(seq, n):
    # one site seeing the three types in turn
    out = []
    for k in range(n):
        out.append(seq[k % 3])
    return out


print(hot("xyz", 5), hot((4, 5, 6), 4), hot([7, 8, 9], 4))
