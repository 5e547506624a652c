# collections: deque, namedtuple, OrderedDict, ChainMap, Counter, defaultdict
from collections import deque, namedtuple, OrderedDict, ChainMap, Counter, defaultdict
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extendleft([7, 8]); print(d, d.popleft(), d.pop(), d.count(2), 3 in d)
e = deque()
try:
    e.pop()
except IndexError as err:
    print(err)
print(deque("abc") == deque("abc"), list(reversed(deque([1, 2]))), deque(range(3)) + deque([9]))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p.x, p[1], p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, Point._make([1, 2]))
x, y = Point(7, 8)
print(x + y, p == (3, 0), isinstance(p, tuple), repr(Point(1, y=2)), hash(p) == hash((3, 0)))
try:
    Point(1, 2, 3)
except TypeError as err:
    print(err)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(list(od))
od.move_to_end("c", last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents["a"])
cm["z"] = 26; print(cm.maps[0])
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements())[:6], sum(c.values()))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.subtract({"a": 10}); print(c["a"], c["b"])
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], len(dd), defaultdict(int)["q"], repr(defaultdict(int, {1: 2})))
