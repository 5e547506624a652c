# itertools and functools: infinite iterators, combinatorics, grouping,
# accumulate, zip_longest, chain; reduce, partial, lru_cache, wraps,
# cmp_to_key, total_ordering; operator helpers.
import itertools as it
import functools
import operator
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.permutations("abc", 2)), list(it.permutations(range(3))))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print([(k, list(g)) for k, g in it.groupby("aabbbcaa")], [(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda v: v // 4)])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable(["ab", "c"])))
print(list(it.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(None, [0, 1, 0, 2])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise("abcd")), [list(t) for t in it.tee([1, 2, 3], 2)], list(it.islice("abcdefg", 1, 6, 2)))
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("1010"), functools.partial(max, 5)(3, 9))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented():
    "The doc."
    return 1
print(documented.__name__, documented.__doc__, documented())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("imag")(3j), operator.methodcaller("upper")("q"))
print(sorted({"b": 2, "a": 3}.items(), key=operator.itemgetter(1)), operator.add(2, 3), operator.neg(4))
