# yield from: values, send(), return values, exceptions through the
# delegate, StopIteration turned RuntimeError, recursion, close on break
# (the delegate's frame runs in the consumer's loop: interp.INLINE_SEND).
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return "inner-done"
def outer(n):
    r = yield from inner(n)
    print("outer saw", r)
    r2 = yield from [10, 11]
    print("list r", r2)
    return "outer-done"
for v in outer(3):
    print(v)
g = outer(2)
print(next(g), g.send("hello"), next(g))
def bad():
    yield 1
    raise ValueError("x")
def wrap():
    try:
        yield from bad()
    except ValueError as e:
        print("caught", e)
        yield 99
print(list(wrap()))
def stopper():
    yield 1
    raise StopIteration
def wrap2():
    yield from stopper()
try:
    print(list(wrap2()))
except RuntimeError as e:
    print("RE", e)
def deep(k):
    if k == 0:
        yield "leaf"
        return 0
    x = yield from deep(k - 1)
    yield k
    return x + k
print([v for v in deep(5)])
def closer():
    try:
        yield from inner(5)
    finally:
        print("closer finally")
for v in closer():
    if v == 2:
        break
print("after")
import sys
def rec(k):
    yield from rec(k + 1)
try:
    list(rec(0))
except RecursionError:
    print("recursion")
