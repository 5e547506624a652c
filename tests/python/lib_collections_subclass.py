# Subclasses of the containers: collections.deque (its __init__ takes
# the arguments, so a subclass's __init__ can pass its own; copies and
# concatenation keep the subclass; the repr names it), set and frozenset
# (copy and deepcopy rebuild them from their items), defaultdict with
# __missing__ overridden, OrderedDict and Counter.
import copy
from collections import deque, defaultdict, OrderedDict, Counter


class Bounded(deque):
    def __init__(self, items, tag):
        super().__init__(items, maxlen=4)
        self.tag = tag

    def push(self, x):
        self.append(x)
        return self


b = Bounded([1, 2], 'first')
b.push(3).push(4).push(5)
print(b, b.tag, b.maxlen, len(b), b[0], b[-1], list(b), 3 in b)
print(b == deque([2, 3, 4, 5]), deque([2, 3, 4, 5]) == b, isinstance(b, deque))
c = b.copy()
print(type(c).__name__, c, c.tag)


class Plain(deque):
    pass


p = Plain('abc')
p.rotate(1)
p.appendleft('z')
p.extend('12')
print(p, p.pop(), p.popleft(), p, type(p + deque('x')).__name__, p + p)
print(type(reversed(p)).__name__, list(reversed(p)), repr(Plain()))
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(deque([[1]], 3)))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
for bad in (lambda: deque([1], -1), lambda: deque([1], 2, 3),
            lambda: Plain(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


t = Tags(['a']).add_all('b', 'c')
print(sorted(t), len(t), 'b' in t, type(t).__name__, t == {'a', 'b', 'c'})
t.tag = 'x'
print(sorted(copy.copy(t)), type(copy.deepcopy(t)).__name__,
      copy.deepcopy(t).tag, sorted(t | {'d'}), type(t - {'a'}).__name__)


class Frozen(frozenset):
    pass


f = Frozen([3, 1, 2])
print(sorted(f), type(copy.copy(f)).__name__, sorted(copy.deepcopy(f)),
      hash(f) == hash(frozenset([1, 2, 3])))


class Doubles(defaultdict):
    def __missing__(self, key):
        return key * 2


class Lists(defaultdict):
    pass


d = Doubles(int)
lists = Lists(list)
lists['a'].append(1)
print(d[3], d, lists, repr(lists), lists.default_factory)


class Ordered(OrderedDict):
    pass


o = Ordered(a=1, b=2)
o.move_to_end('a')
print(o, o.popitem(last=False), type(o.copy()).__name__)


class Tally(Counter):
    pass


tally = Tally('abracadabra')
print(tally, tally.most_common(2), type(tally + tally).__name__)
