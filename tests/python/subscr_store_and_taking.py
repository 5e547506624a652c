# x[i] = v on an exact list with an int i in range is done in STORE_SUBSCR
# itself (as BINARY_SUBSCR reads): negative and out-of-range indexes, bools,
# subclasses with their own __setitem__ and other keys must still go the
# general way.  sum, any and all of a generator run its frame in the
# dispatch loop only when called as functions (builtin_call declines them,
# W_BuiltinFunction.takes_generator): every other way of calling them, and
# the other builtins, must see the generator as a plain argument.


class Loud(list):
    def __setitem__(self, i, v):
        print("Loud set", i, v)
        super().__setitem__(i, v)


class Quiet(list):
    pass


lst = [0, 1, 2, 3]
for i in (0, 3, -1, -4, True, False):
    lst[i] = i * 10 if not isinstance(i, bool) else str(i)
print(lst)
for i in (4, -5, 2 ** 70):
    try:
        lst[i] = "x"
    except IndexError as e:
        print(i if i < 100 else "big", "IndexError:", e)
try:
    lst["a"] = 1
except TypeError as e:
    print("TypeError:", e)
lst[1:3] = ["s", "l", "ice"]
print(lst)
loud = Loud([1, 2, 3])
loud[0] = "a"
loud[-1] = "c"
q = Quiet([1, 2])
q[1] = 5
print(loud, q)
d = {}
d[1] = "one"
d[True] = "true"
d["k"] = [0] * 3
d["k"][2] = 7
print(d)


def fill(target, n):
    # one site seeing a list, a subclass and a dict in turn
    for k in range(n):
        target[k] = k * k
    return target


print(fill([None] * 4, 4), fill(Loud([0, 0]), 2), fill({}, 3))


def squares(n):
    for k in range(n):
        yield k * k


print(sum(squares(5)), any(x > 10 for x in squares(5)),
      all(x < 10 for x in squares(5)), sum(squares(0)))
print(sum([1, 2, 3]), any([]), all(()), sum(squares(4), 100))


class Holder:
    pass


h = Holder()
h.total = sum
h.some = any
print(h.total(squares(4)), h.some(x == 9 for x in squares(4)))
g = squares(6)
next(g)
print(sum(g), list(squares(3)), max(squares(4)), sorted(squares(3)))
fns = [sum, any, all, len]
for f in fns:
    try:
        print(f.__name__, f(x for x in [0, 1, 2]))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
