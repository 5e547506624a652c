# zip() and map() step by step: which iterators each step advances when
# one runs out (the items taken from the ones before it are lost, the
# ones after it are not touched), zip(strict=True)'s messages, zero, one
# and many iterables, and map() with several iterables; d[k] += 1 on
# dict subclasses (defaultdict, Counter, one overriding __setitem__), and
# a defaultdict miss storing the factory's value through __setitem__.
from collections import defaultdict, Counter


def counted(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i


log = []
print(list(zip(counted("a", 3, log), counted("b", 2, log), counted("c", 5, log))))
print(log)
log.clear()
print(list(map(lambda *xs: sum(xs), counted("a", 4, log), counted("b", 1, log))))
print(log)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2, 3], (True, None, 0.5))))
print(list(map(pow, [2, 3, 4], [5, 6])), list(map(str.upper, "abc")))

it = iter([1, 2, 3])
z = zip(it, "xy")
print(next(z), next(z), list(z), list(it))

for args in (("ab", "abc"), ("abc", "ab"), ("abc", "abc", "a"), ("a", "ab", "ab"),
             ("ab", "ab", "abc")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

pairs = list(zip(range(100000), range(100000, 200000)))
print(len(pairs), pairs[0], pairs[-1], sum(a * b for a, b in pairs) % 1000003)

d = defaultdict(int)
c = Counter()
words = "the cat and the hat and the bat".split()
for first, second in zip(words, words[1:]):
    d[first + " " + second] += 1
    c[second] += 2
d["x"] = d["y"]
print(sorted(d.items()), sorted(c.items()))


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)


ld = Loud()
ld["a"] = 1
ld.update(b=2)
print(ld)


# a miss of defaultdict(int) stores 0 through the object's own __setitem__
class LoudDefault(defaultdict):
    def __setitem__(self, k, v):
        print("set", k, repr(v), type(v).__name__)
        super().__setitem__(k, v)


class MyInt(int):
    pass


dd = LoudDefault(int)
dd["a"] += 5
print(dd["b"], dict(dd))
sub = defaultdict(MyInt)
print(type(sub["q"]).__name__, sub, defaultdict(bool)["x"], defaultdict(float)[1])
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
