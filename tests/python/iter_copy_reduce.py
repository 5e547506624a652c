# Copies of the list and tuple iterators (copy.copy through __reduce__
# and __setstate__, as CPython 3.11): the copy goes on from the same
# place, independently; an ended iterator reduces to iter of an empty one.
import copy

it = iter([1, 2, 3])
next(it)
c = copy.copy(it)
print(list(c), list(it), it.__reduce__(), c.__reduce__())
r = reversed([1, 2, 3])
next(r)
print(r.__reduce__(), list(copy.copy(r)), list(r), r.__reduce__())
print(reversed([]).__reduce__(), iter([]).__reduce__())
t = iter((1, 2, 3))
print(t.__reduce__(), list(copy.copy(t)), next(t), list(t), t.__reduce__())
for start in (-5, 0, 2, 10):
    a = iter([1, 2, 3])
    a.__setstate__(start)
    b = reversed([1, 2, 3])
    b.__setstate__(start)
    u = iter((1, 2, 3))
    u.__setstate__(start)
    print(start, list(a), list(b), list(u))
done = iter([1])
list(done)
done.__setstate__(0)
print(list(done), copy.copy(iter([4, 5])).__length_hint__())
e = copy.copy(ValueError("x", 2))
print(type(e).__name__, e.args)
try:
    iter([]).__setstate__("a")
except TypeError as exc:
    print(exc)
