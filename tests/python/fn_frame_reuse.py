# frames of returned calls are reused by the next call of the same code in
# rtpython: whatever can still reach a frame (sys._getframe, tb_frame,
# f_back, gi_frame) must keep seeing that call's frame, and a reused frame
# must start blank (unbound locals, keyword binding, locals())
import sys


def capture(x):
    y = x * 2
    return sys._getframe()


def outer(tag):
    mine = tag + "!"
    return capture(len(tag))


kept = [outer("a"), outer("bbb")]
for i in range(5):
    outer("zz" + str(i))
    capture(100 + i)
for f in kept:
    print(f.f_code.co_name, sorted(f.f_locals.items()), f.f_lineno)
    print(" back:", f.f_back.f_code.co_name, sorted(f.f_back.f_locals.items()))
print(kept[0] is not kept[1], kept[0].f_back is not kept[1].f_back)


def fails(n):
    local = [n] * 2
    raise ValueError(n)


def catches(n):
    try:
        fails(n)
    except ValueError as e:
        return e


def middle(n):
    note = "middle " + str(n)
    return catches(n)


errors = [middle(1), middle(2)]
for i in range(5):
    middle(10 + i)
    fails_ok = catches(20 + i)
for e in errors:
    tb = e.__traceback__
    fr = tb.tb_frame
    print(fr.f_code.co_name, tb.tb_lineno, sorted(fr.f_locals))
    print(" next:", tb.tb_next.tb_frame.f_code.co_name,
          tb.tb_next.tb_frame.f_locals["local"])
    print(" back:", fr.f_back.f_code.co_name, fr.f_back.f_locals["note"])


def escaping(n):
    # the exception leaves the frame: its traceback keeps it
    big = "v" + str(n)
    raise KeyError(big)


saved = []
for i in range(3):
    try:
        escaping(i)
    except KeyError as e:
        saved.append(e)
for e in saved:
    print(e.__traceback__.tb_next.tb_frame.f_locals["big"])


def maybe(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(maybe(True), "|", maybe(False), "|", maybe(True), "|", maybe(False))


def kw(a, b=2, *, c=3):
    return (a, b, c)


print(kw(1, b=5, c=6), kw(1), kw(a=7), kw(8, 9))
try:
    kw(1, 2, b=3)
except TypeError as e:
    print(e)
print(kw(4))


def show(n):
    if n > 1:
        first = n
    second = n * 10
    return sorted(locals().items())


print(show(5), show(0), show(3))


def depth(n, acc):
    here = [n]
    if n == 0:
        return acc
    r = depth(n - 1, acc + here)
    return r + here


print(depth(6, []), depth(3, []))


def counter(start):
    count = start

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


b1 = counter(10)
b2 = counter(100)
print(b1(), b1(), b2(), b1(), b2())


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2


def driver(g):
    return next(g)


g = gen()
print(driver(g), g.gi_frame.f_back)
for i in range(3):
    driver(gen())
print(next(g), g.gi_frame.f_back)


def recurse(n):
    return recurse(n + 1)


def trial(n):
    return n + 1


for attempt in range(2):
    try:
        recurse(0)
    except RecursionError as e:
        print("RecursionError", trial(attempt))
print(sum(trial(i) for i in range(100)))


# one code object run with two globals dicts (a function defined by code
# exec'd twice): a reused frame takes its function's globals, and every
# LOAD_GLOBAL of the run reads that frame's
shared = compile("X = 0\ndef get(n):\n    return X + n\n", "<shared>", "exec")
g1 = {}
g2 = {}
exec(shared, g1)
exec(shared, g2)
g1["X"] = 10
g2["X"] = 20
seen = []
for i in range(4):
    seen.append(g1["get"](i))
    seen.append(g2["get"](i))
    g2["X"] += 100
print(g1["get"].__code__ is g2["get"].__code__, seen)
