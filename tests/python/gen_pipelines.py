# generator pipelines, infinite generators with islice, generator expressions, laziness
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(take(5, squares))
print(list(itertools.islice(naturals(), 3, 10, 2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()), next(itertools.dropwhile(lambda v: v < 1000, fib())))
log = []
def noisy(xs):
    for x in xs:
        log.append(x)
        yield x
ge = (x * 10 for x in noisy([1, 2, 3]))
print(log, next(ge), log)
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "a bb ccc".split()))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
gen = (i for i in range(3))
print(list(gen), list(gen))
try:
    (1 / x for x in [0]).__next__()
except ZeroDivisionError as e:
    print("lazy error", e)
x = 10
print(list(x + i for i in range(3)), [list(r) for r in zip(*[iter(range(6))] * 2)])
