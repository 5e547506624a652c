# The dispatch loop's one-step call of a plain function (interp.plain_callee)
# must behave as the general call: globals rebound between calls, methods
# replaced on the class, instance attributes shadowing methods, __getattr__,
# wrong argument counts, defaults, closures, recursion limit, tracebacks.
import sys
import traceback


def f(a, b):
    return a + b


def g(a, b):
    return a * b


def call_f():
    return f(2, 3)


print(call_f())
f = g                   # rebinding the global the call site has seen
print(call_f())
del f
try:
    call_f()
except NameError as e:
    print("NameError:", e)


class C:
    def m(self, x):
        return ("m", x)

    def n(self):
        return "n"


def call_m(o):
    return o.m(1)


c = C()
print(call_m(c))
C.m = lambda self, x: ("lambda", x)     # a method replaced on the class
print(call_m(c))
c.m = lambda x: ("instance", x)         # an instance attribute shadows it
print(call_m(c))
del c.m
print(call_m(c))


class G:
    def __getattr__(self, name):
        return lambda x: ("getattr", name, x)


print(call_m(G()))

# the same site with the wrong count, defaults, closures, keywords
def two(a, b):
    return (a, b)


def dflt(a, b=5):
    return (a, b)


def outer():
    k = 7

    def inner(a):
        return a + k
    return inner


def call1(fn):
    return fn(1)


print(call1(dflt))
print(call1(outer()))
try:
    call1(two)
except TypeError as e:
    print("TypeError:", e)
print(two(b=1, a=2))


def gen(a):
    yield a
    yield a + 1


print(list(call1(gen)))


# bound methods called as plain callables
bm = C().n
print(bm())


# recursion limit through the fast path (method and function)
class R:
    def down(self, n):
        return self.down(n + 1)


def down(n):
    return down(n + 1)


sys.setrecursionlimit(200)
for fn in (down, R().down):
    try:
        fn(0)
    except RecursionError as e:
        print("RecursionError:", e)
sys.setrecursionlimit(1000)


# tracebacks and line numbers through the fast path
def inner_fail(x):
    return 1 // x


def middle(x):
    y = x
    return inner_fail(y)


class T:
    def meth(self, x):
        return middle(x)


try:
    T().meth(0)
except ZeroDivisionError:
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print(fs.name, fs.lineno, fs.line)


def frame_lines():
    return sys._getframe(1).f_lineno


def caller():
    a = frame_lines()
    b = frame_lines()
    return a, b


print(caller())
print(caller())
T().meth(0)
