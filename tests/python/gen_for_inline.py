# Generators run by `for` (FOR_ITER runs the generator's frame in the
# consumer's dispatch loop): the frame's caller, gi_running, the handled
# exception on both sides, exceptions and their tracebacks out of nested
# generators, StopIteration turned into RuntimeError, re-entry, return
# values, `yield from`, a loop left early, recursion through generators,
# and at the end an uncaught exception's traceback through two of them.
import sys
import traceback


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "unused"


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(list(evens(squares(naturals(10)))))
total = 0
for v in evens(squares(naturals(7))):
    total += v
print("total", total)


def who_calls():
    me = sys._getframe()
    yield me.f_back.f_code.co_name
    yield gen.gi_running
    yield me.f_back.f_back is not None


def consumer():
    out = []
    for v in gen:
        out.append(v)
    return out


gen = who_calls()
print(consumer(), gen.gi_running, gen.gi_frame)


def handled_inside():
    yield "start"
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield "end"


try:
    raise ValueError("outer")
except ValueError:
    for v in handled_inside():
        print("gen sees", v, "consumer sees", repr(sys.exc_info()[1]))


def failing(k):
    for i in range(k):
        yield i
    raise IndexError("failing at " + str(k))


def relay(k):
    for v in failing(k):
        yield v * 10


try:
    for v in relay(3):
        print("relayed", v)
except IndexError as e:
    print("caught", e)
    print("".join(traceback.format_tb(e.__traceback__)).count("line"))


def stopper():
    yield 1
    raise StopIteration("early")


try:
    for v in stopper():
        print("stopper", v)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def reenter():
    yield 1
    for v in me_gen:
        yield v


me_gen = reenter()
try:
    for v in me_gen:
        print("reenter", v)
except ValueError as e:
    print("ValueError", e)
print("after", list(me_gen))


def delegate():
    r = yield from naturals(3)
    yield r


print(list(delegate()))

g = naturals(100)
for v in g:
    if v == 4:
        break
print("left at", v, next(g), g.gi_frame is not None)
g.close()
print("closed", g.gi_frame)


def depth(n):
    if n == 0:
        yield 0
        return
    for v in depth(n - 1):
        yield v + 1


print("depth", list(depth(50)))


def catching():
    try:
        yield 1
        yield 2
    finally:
        print("finally of catching")


for v in catching():
    print("catching", v)


# list.extend(generator) runs the generator in the caller's loop too
out = [-1]
out.extend(naturals(4))
out.extend(x for x in squares(naturals(3)))
print("extended", out, out.extend(naturals(1)))
try:
    out.extend(relay(2))
except IndexError as e:
    print("extend caught", e, out)
try:
    out.extend(stopper())
except RuntimeError as e:
    print("extend", type(e).__name__, out[-1])


def grows(lst):
    for i in range(3):
        yield len(lst)


out.extend(grows(out))
print("grew", out[-3:])
list.extend(out, naturals(2))
print("unbound", out[-2:])


class Sub(list):
    pass


sub = Sub([1])
sub.extend(naturals(3))
print("subclass", sub)


def self_extend():
    yield 1
    holder.extend(ext_gen)


holder = []
ext_gen = self_extend()
try:
    holder.extend(ext_gen)
except ValueError as e:
    print("extend ValueError", e, holder)
print("extend after", holder, list(ext_gen))


def last_words():
    yield 1
    1 / 0


for v in relay(2):
    pass
for v in last_words():
    print("last", v)
