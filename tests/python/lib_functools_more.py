# functools: partial, reduce, lru_cache statistics, wraps, cmp_to_key, total_ordering, cached_property
import functools
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords, repr(functools.partial(max, 1))[:27])
pp = functools.partial(p, "111")
print(pp(), functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(e)
@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def documented(x):
    """The real doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) > Ver(1))
class Box:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
b = Box()
print(b.value, b.value, b.calls, "value" in b.__dict__)
@functools.cache
def twice(x):
    print("once for", x)
    return 2 * x
print(twice(4), twice(4))
