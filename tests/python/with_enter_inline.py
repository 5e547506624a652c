# `with` whose context manager's __enter__ is a Python method: execute
# switches to its frame and back (interp.enter_inline).  The value it
# returns bound by `as` (or dropped), nested managers, __enter__ with a
# generator and a `with` inside it, an __enter__ that raises (no __exit__
# then; the exception caught outside, or uncaught with its traceback), a
# suppressing __exit__, a `with` in a generator, the caller's frame as
# __enter__ sees it, and deep recursion through __enter__.
import sys


class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail:
            raise KeyError(self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        log.append("exit " + self.name + " " + repr(t and t.__name__))
        return self.name == "quiet"


class Counting:
    def __enter__(self):
        return sum(k for k in range(5))

    def __exit__(self, *exc):
        return False


class Inner:
    def __enter__(self):
        with CM("inner") as v:
            return v + "!"

    def __exit__(self, *exc):
        return False


class Where:
    def __enter__(self):
        f = sys._getframe(1)
        return f.f_code.co_name

    def __exit__(self, *exc):
        return False


class Deep:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        if self.n == 0:
            return 0
        with Deep(self.n - 1) as d:
            return d + 1

    def __exit__(self, *exc):
        return False


log = []
with CM("a") as a, CM("b") as b:
    print(a, b)
with CM("c"):
    pass
print(log)
log.clear()
with Counting() as n, Inner() as i:
    print(n, i, log)
log.clear()
try:
    with CM("x"), CM("y", True):
        print("not here")
except KeyError as e:
    print("KeyError", e, log)
log.clear()
with CM("quiet"):
    raise ValueError("suppressed")
print(log)


def where():
    with Where() as w:
        return w


def gen():
    for k in range(2):
        with CM("g" + str(k)) as v:
            yield v


print(where(), list(gen()))
print(Deep(50).__enter__())
sys.setrecursionlimit(100)
try:
    with Deep(200):
        pass
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


def entering():
    with CM("last", True):
        pass


entering()
