# traceback through a generator and next()
def gen(items):
    for x in items:
        yield 10 // x

g = gen([1, 2, 0, 5])
print(next(g), next(g))
total = sum(g)
