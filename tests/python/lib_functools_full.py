# functools: partial (nested partials flattened, repr), reduce and its
# errors, wraps, lru_cache (eviction order, typed, cache_info/clear,
# bare decorator), cache, total_ordering from each root, cmp_to_key,
# cached_property.
import functools
from functools import *
def add(a, b=0, *, c=1): return a + b + c
p = partial(add, 1, c=5); print(p(2), p.args, p.keywords, p.func is add)
pp = partial(p, 3, c=7); print(pp(), pp.args, pp.keywords, pp.func is add)
print(repr(partial(max, 1, key=None)))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try: reduce(max, [])
except TypeError as e: print(e)
try: partial(3)
except TypeError as e: print(e)
def deco(f):
    @wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def hello(x):
    "say hello"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello(4))
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def f2(a, b=1): return a + b
f2(1); f2(1, b=1); f2(1, 1); print(f2.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
try: lru_cache('x')
except TypeError as e: print(e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(2), V(3) > V(2), V(1) > V(2), V.__ge__.__name__)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(2) <= W(2), W(3) > W(2), W(1) > W(2), W(1) <= W(0))
@total_ordering
class X:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
print(X(1) < X(2), X(2) < X(2), X(3) > X(2), X(1) >= X(2), X(2) >= X(2))
try:
    @total_ordering
    class Z: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def val(self):
        print('computing'); return 42
c = C(); print(c.val, c.val, 'val' in c.__dict__)
