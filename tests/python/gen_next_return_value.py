# next(g) on a generator that returns raises StopIteration carrying the
# return value (e.value, e.args), once; later next() calls raise a bare one.
def g():
    yield 1
    return 42
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
it = g(); next(it)
print(next(it, "dflt"))
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)
def h():
    r = yield from g()
    print("r", r)
    yield 2
print(list(h()))
