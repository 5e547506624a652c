# An attribute access on another line than its object is placed at the
# attribute's name, as CPython 3.11 does: the line a caller's f_lineno
# shows while a getter, a method or __setattr__ runs, and the line and
# carets of a traceback through LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
# the call of a method.
import sys


class W:
    @property
    def line(self):
        return sys._getframe(1).f_lineno

    def meth(self, *args):
        return sys._getframe(1).f_lineno

    def __setattr__(self, name, value):
        print("set", name, sys._getframe(1).f_lineno)


w = W()
a = (w
     .line)
c = (w.
     line)
(w
 .x) = 1
w.y = (w
       .line)
b = (w
     .meth())
d = (w
     .meth(1,
           2))
print(a, c, b, d, w.line, w.meth())


class E:
    pass


class S:
    __slots__ = ()


class K:
    def boom(self, x):
        return 1 // x


def load():
    return (E()
            .missing)


def store():
    (S()
     .attr) = 1


def method():
    return (E()
            .nomethod(1,
                      2))


def inside():
    return (K()
            .boom(
                0))


for fn in (load, store, method, inside):
    try:
        fn()
    except (AttributeError, ZeroDivisionError) as ex:
        print(fn.__name__, ex.__traceback__.tb_next.tb_lineno)
store()
