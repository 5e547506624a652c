# generator protocol: send, throw, close, return values, GeneratorExit
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown in:", e)
            x = 0
        if x is None:
            return total
        total += x

g = acc()
print(next(g), g.send(5), g.send(7), g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
c = closer()
print(next(c))
c.close()
c.close()
print(list(c))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)

def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o), o.send("hello"))

def gen_throw_uncaught():
    yield 1
t = gen_throw_uncaught()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(next(t, "exhausted"))
fresh = gen_throw_uncaught()
try:
    fresh.send(3)
except TypeError as e:
    print(e)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
print(g.gi_running if hasattr(g, "gi_running") else "?", type(g).__name__)
