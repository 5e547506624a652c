# collections: namedtuple (defaults, rename, errors, subclassing),
# defaultdict, OrderedDict order operations, Counter arithmetic and
# comparisons (3.10+), ChainMap lookups and writes, deque maxlen.
from collections import *
import collections
P = namedtuple('P', 'x y')
p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, type(p).__name__, isinstance(p, tuple))
print(p == (1, 2), hash(p) == hash((1, 2)), P.__doc__, P.x.__doc__, P.__module__, P.__match_args__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9, 8]); print(Q(1), Q._field_defaults, Q(1, 2, 3))
R = namedtuple('R', 'a def _b a', rename=True); print(R._fields)
for bad in [('X', 'a _b'), ('X', 'a a'), ('X', 'a class'), ('1X', 'a'), ('X', 'a-b')]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
try: P(1)
except TypeError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
try: namedtuple('S', 'a', defaults=[1, 2])
except TypeError as e: print(e)
S = namedtuple('S', 'only'); print(S(5), S(only=3))
class PP(P):
    def norm(self): return self.x + self.y
print(PP(3, 4), PP(3, 4).norm())
d = defaultdict(list); d['a'].append(1); d['b']; print(d, d.copy(), d.default_factory)
print(repr(defaultdict(int, {'x': 1})), defaultdict().get('q'))
try: defaultdict()['q']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c, c + Counter(), -c)
a, b = Counter(a=3, b=1, c=-1), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(Counter(), Counter({'x': 2}, y=3), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
c2 = Counter(a=2); c2 += Counter(a=-3, b=1); print(c2); c2 -= Counter(b=1); print(c2)
c3 = Counter(x=1, y=5); c3 |= Counter(x=4, z=2); print(c3); c3 &= Counter(x=2, y=9); print(c3)
del c3['nope']; print(c3)
words = 'the cat the dog the end cat'.split(); print(Counter(words).most_common())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0), 'b' in cm, cm)
ch = cm.new_child(); ch['c'] = 4; print(ch, ch.parents, dict(ch), cm.maps)
try: cm['zz']
except KeyError as e: print('KeyError', e)
try: del cm['b']
except KeyError as e: print('KeyError', e)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); print(dq)
