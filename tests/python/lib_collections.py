# collections: namedtuple (fields, defaults, _make, _replace, _asdict,
# errors), defaultdict, Counter, deque (maxlen, rotate, both ends),
# OrderedDict, ChainMap.
from collections import namedtuple, defaultdict, Counter, deque, OrderedDict, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), p + (3,))
print(len(p), p == (1, 2), isinstance(p, tuple), Point._fields, x := p.x)
a, b = p
print(a, b, Point(y=9, x=8), repr(Point))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(e)
dd = defaultdict(list)
for w in "one two three two one one".split():
    dd[len(w)].append(w)
print(dd, dict(dd), dd[99], sorted(dd))
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(cnt)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements()))
c.update("aaz")
c.subtract({"a": 2})
print(c, c + Counter("zz"), c - Counter("a"), Counter(a=3) | Counter(a=1, b=2), Counter(a=3) & Counter(a=1, b=2))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
print(d, d.popleft(), d.pop(), list(d), d.maxlen, len(d), 2 in d, d[0], d[-1])
d2 = deque(range(6))
d2.rotate(2)
print(d2)
d2.rotate(-3)
print(d2, d2.count(3), d2.index(4))
d2.extendleft("ab")
d2.remove(0)
print(d2, list(reversed(d2)), deque(), deque("x") == deque(["x"]))
try:
    deque().pop()
except IndexError as e:
    print(e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", "none"), "b" in cm)
