# generator protocol: send, throw, close, return values, yield from delegation, GeneratorExit
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()

def with_return():
    yield 1
    return "result"
def delegate():
    r = yield from with_return()
    print("delegate got", r)
    yield r
print(list(delegate()))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
print(c.throw(ValueError("bad")))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(next(c, "exhausted"))

def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield 3
o = outer()
print(next(o))
o.close()
print(list(outer()))

def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, type(gs).__name__, gs.__name__)
list(gs)
try:
    next(gs)
except StopIteration as e:
    print("StopIteration", e.value)
def bad_start():
    yield
try:
    bad_start().send(5)
except TypeError as e:
    print(e)
def stop_inside():
    raise StopIteration
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print(e)
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(e)
