# Generators in depth: state across yields, return values and
# StopIteration.value, close/throw/GeneratorExit, generators in
# comprehensions, a pipeline, generator raising inside for loop.
def gen():
    try:
        x = yield 1
        print("received", x)
        y = yield x * 2
        print("received", y)
    except GeneratorExit:
        print("closing")
        raise
    return "finished"
g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("StopIteration value:", e.value)
g2 = gen()
next(g2)
g2.close()
print("closed")
def numbers():
    yield from range(3)
    yield from "ab"
def pipeline(src):
    for x in src:
        if isinstance(x, int):
            yield x * 10
print(list(pipeline(numbers())))
def raiser():
    yield 1
    raise ValueError("in generator")
try:
    for v in raiser():
        print("v", v)
except ValueError as e:
    print("caught", e)
def delegate():
    result = yield from sub()
    print("sub returned", result)
    yield "after"
def sub():
    received = yield "sub-first"
    print("sub got", received)
    return received * 2
d = delegate()
print(next(d))
print(d.send(21))
def counter(n):
    for i in range(n):
        yield i
c = counter(3)
print(list(c), list(c))
print([y for y in (x + 1 for x in range(5)) if y % 2])
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)], next(it))
print(type(infinite()).__name__, iter(it) is it)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def throw_target():
    while True:
        try:
            yield
        except KeyError as e:
            print("handled", e)
tt = throw_target()
next(tt)
tt.throw(KeyError("k1"))
tt.throw(KeyError("k2"))
tt.close()
print("done")
