# A for loop over a generator it alone holds (`for x in gen()`, a method
# of a generator, a generator expression) closes it as soon as it is left
# early, as CPython's refcounting does: break, return, an exception
# unwinding past the loop, nested loops, continue, `yield from`, a loop
# inside a generator that is closed, a loop inside try/finally, and an
# exception from the close (reported as unraisable on sys.stderr, the loop
# goes on).  A generator stored elsewhere is not closed.
import io
import re
import sys

log = []


def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("close " + name)


def show(what):
    print(what, log)
    log.clear()


for x in gen("break"):
    if x == 1:
        log.append("break at 1")
        break
log.append("after the loop")
show("break:")

for x in gen("exhausted"):
    pass
log.append("after the loop")
show("exhausted:")

for x in gen("continue"):
    if x < 2:
        continue
    log.append("body " + str(x))
show("continue:")


def ret():
    for x in gen("return"):
        for y in gen("inner return"):
            return log.append("return value computed") or x + y
    return -1


r = ret()
show("return " + str(r) + ":")


def raiser():
    for x in gen("raise"):
        raise ValueError("boom")


try:
    raiser()
except ValueError as e:
    log.append("handler " + str(e))
show("raise out of a frame:")

try:
    for x in gen("raise in try"):
        raise KeyError("k")
except KeyError:
    log.append("handler")
show("raise to a handler:")

for x in gen("outer"):
    for y in gen("inner"):
        if y == 1:
            break
    log.append("outer body " + str(x))
    if x == 1:
        break
show("nested:")

try:
    for x in gen("in try/finally"):
        break
finally:
    log.append("finally")
show("try/finally:")


def ret_in_finally():
    try:
        for x in gen("return in try"):
            return x
    finally:
        log.append("finally of the function")


ret_in_finally()
show("return through finally:")


def delegate():
    yield from gen("delegate")


for x in delegate():
    break
show("yield from:")


def outer_gen():
    try:
        for x in gen("inside a generator", 10):
            yield x
    finally:
        log.append("close outer_gen")


g = outer_gen()
next(g)
g.close()
show("generator closed, its own loop closes:")

for x in outer_gen():
    break
show("both closed by the loop:")

for x in (v * 2 for v in gen("genexpr source")):
    break
show("genexpr:")


class Box:
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            log.append("close method generator")


for x in Box().items():
    break
show("method:")

class Iterable:
    def __iter__(self):
        try:
            yield "a"
            yield "b"
        finally:
            log.append("close __iter__ generator")


for x in Iterable():
    break
show("__iter__ a generator function:")


class Resource:
    def __enter__(self):
        log.append("enter")

    def __exit__(self, *exc):
        log.append("exit " + exc[0].__name__)
        return True


with Resource():
    for x in gen("under with"):
        1 / 0
show("with:")


def failing():
    try:
        yield 1
        raise IndexError("inside")
    finally:
        log.append("failing finally")


try:
    for x in failing():
        log.append("body")
except IndexError:
    log.append("handler")
show("the generator raises:")

stored = gen("stored")
for x in stored:
    break
show("stored, not closed:")
print(next(stored))
show("still runs:")
stored.close()
show("closed by hand:")

keep = []


def keeps():
    k = gen("kept by a plain function")
    keep.append(k)
    return k


for x in keeps():
    break
show("returned by a plain function, not closed:")
print(next(keep[0]))
keep[0].close()
show("closed by hand:")


for x in gen("unstarted", 0):
    break
show("exhausted at once:")

print([x for x in range(2) for y in gen("comprehension", 1)])
show("comprehension:")

try:
    print([x for y in range(1) for x in gen("comprehension raise")
           if 1 // (x - 1)])
except ZeroDivisionError:
    log.append("handler")
show("comprehension left by an exception:")


def bad_close():
    try:
        yield 1
        yield 2
    finally:
        log.append("bad close")
        raise ValueError("from close")


def ignores_exit():
    try:
        yield 1
    finally:
        yield 2


saved = sys.stderr
sys.stderr = io.StringIO()
for x in bad_close():
    break
log.append("loop went on")
for x in ignores_exit():
    break
log.append("loop went on")
text = sys.stderr.getvalue()
sys.stderr = saved
print(re.sub("0x[0-9a-f]+", "ADDR", text))
show("close raising:")
