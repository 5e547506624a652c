# issue 8: tuple[T, ...], a tuple of any length: annotations, displays
# where one is expected, tuple(iterable), indexing, slicing, `in`, ==, <,
# +, hash, count/index, repr (with the 1-tuple's comma), print(*t).
from typing import Optional


def pick(xs: tuple[str, ...], i: int) -> str:
    return xs[i]


def stats(*nums: int) -> tuple[int, ...]:
    if not nums:
        return ()
    return (min(nums), max(nums), sum(nums))


def show(*items: str) -> None:
    print(*items)
    print(*items, sep=", ", end=".\n")
    print("items:", *items)


names: tuple[str, ...] = ("ann", "bob", "cy")
print(names, len(names), names[-1], names[1:], names[::-1], "bob" in names, "zed" in names)
print(pick(names, 0), stats(3, 1, 2), stats(), stats(5))
one: tuple[int, ...] = (7,)
print(one, one + (8, 9), one == (7,), one < (8,), names.index("cy"), names.count("ann"))
print(sorted(names, reverse=True), list(names), [n.upper() for n in names])
d = {names: 1}
print(d[("ann", "bob", "cy")], hash(names) == hash(("ann", "bob", "cy")), hash(one) == hash((7,)))
maybe: Optional[tuple[int, ...]] = None
print(maybe)
maybe = (1, 2)
print(maybe)
ys = [3, 1, 2]
t = tuple(ys)
ys.append(9)
print(t, tuple(sorted(ys)), tuple("ab"), tuple(y * 2 for y in ys), type(t).__name__)
show("a", "b")
show()
try:
    print(names[5])
except IndexError as e:
    print("IndexError:", e)
try:
    names.index("zed")
except ValueError as e:
    print("ValueError:", e)

# expect: ('ann', 'bob', 'cy') 3 cy ('bob', 'cy') ('cy', 'bob', 'ann') True False
# expect: ann (1, 3, 6) () (5, 5, 5)
# expect: (7,) (7, 8, 9) True True 2 1
# expect: ['cy', 'bob', 'ann'] ['ann', 'bob', 'cy'] ['ANN', 'BOB', 'CY']
# expect: 1 True True
# expect: None
# expect: (1, 2)
# expect: (3, 1, 2) (1, 2, 3, 9) ('a', 'b') (6, 2, 4, 18) tuple
# expect: a b
# expect: a, b.
# expect: items: a b
# expect:
# expect: .
# expect: items:
# expect: IndexError: tuple index out of range
# expect: ValueError: tuple.index(x): x not in tuple
