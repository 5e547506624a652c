# a <op> b where a's __op__ is a Python method: execute switches to its
# frame and back (interp.enter_inline), as for generators.  What
# binop_dunder_frames.py does not cover: a return from inside
# try/finally, a generator run inside the method and the method run
# inside a generator (both frame switches nest), a NotImplemented that
# gives way to b's __rop__ inside a generator, the caller's frame as the
# method sees it, an exception caught around the operation in a loop
# (the frame goes on after it), and an uncaught one's traceback.
import sys


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.v + other.v)
        if isinstance(other, int):
            return V(self.v + other)
        return NotImplemented

    def __sub__(self, other):
        try:
            return V(self.v - other.v)
        finally:
            log.append("sub finally")

    def __mul__(self, other):
        return V(sum(self.v * k for k in range(other)))

    def __truediv__(self, other):
        if other == 0:
            raise ZeroDivisionError("V by zero")
        return V(self.v / other)

    def __floordiv__(self, other):
        f = sys._getframe(1)
        return f.f_code.co_name + ":" + str(f.f_lineno)

    def __repr__(self):
        return "V(" + repr(self.v) + ")"


class R:
    def __radd__(self, other):
        return "R.__radd__ of " + repr(other)


log = []
print(V(10) - V(3), log)
print(V(2) * 4)


def caller():
    return V(1) // 2


print(caller())


def gen(n):
    for i in range(n):
        yield V(i) + V(i)
        yield V(i) + R()


print(list(gen(2)), [x for x in gen(1)])
caught = 0
for i in range(4):
    try:
        print(V(i) / (i % 2))
    except ZeroDivisionError as e:
        caught += 1
print("caught", caught)


def deep():
    return V(1) / 0


deep()
