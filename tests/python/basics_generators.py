# Generators: yield, send, yield from, generator expressions, StopIteration.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g), next(g, "done"))
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
e = echo()
print(next(e), e.send(5), e.send(10))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
squares = (x * x for x in range(6))
print(next(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in with_finally():
    print(v)
gc = with_finally()
print(next(gc))
gc.close()
def thrower():
    try:
        yield "ready"
    except ValueError as exc:
        yield "got " + str(exc)
t = thrower()
print(next(t), t.throw(ValueError("boom")))
print(list(zip(count_up(3), count_up(10))), dict(zip("abc", count_up(3))))
