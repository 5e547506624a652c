# Calls of builtins with one or two arguments go straight to the builtin
# (interp.builtin_call) and calls of builtin types use their __new__ and
# __init__ kept at start-up (objects.freeze_builtin_types): both must
# behave as the general call, with CPython's errors.
import sys


def use_range(n):
    return list(range(n))


def use_len(x):
    return len(x)


print(use_range(3), use_len("abcd"))
range = lambda n: ["shadowed", n]       # a global shadowing the builtin
len = lambda x: -1
print(use_range(3), use_len("abcd"))
del range, len
print(use_range(3), use_len("abcd"))

# builtin methods through CALL_METHOD, right and wrong argument counts
lst = []
s = set()
lst.append(1)
s.add(2)
print(lst, s, lst.pop(), s.pop())
for call in (lambda: lst.append(), lambda: lst.append(1, 2),
             lambda: s.add(), lambda: s.remove(5), lambda: lst.pop(),
             lambda: len(), lambda: len(1, 2), lambda: len(5),
             lambda: abs("x"), lambda: divmod(1, 0)):
    try:
        call()
    except (TypeError, KeyError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# unbound builtin methods and builtin methods as values
f = list.append
f(lst, 9)
g = lst.append
g(10)
print(lst, str.upper("abc"), getattr(lst, "count")(9))


# builtin types: range, int, float, str, tuple, list... and subclasses
print(int(), int("12"), int("ff", 16), float("1.5"), str(7), tuple([1]),
      list((2,)), dict(a=1), bool(0), complex(1, 2), type(3), type("x"))


class MyInt(int):
    def __init__(self, v):
        self.seen = v


class MyList(list):
    pass


class MyRange:
    def __new__(cls, *a):
        return range(*a)


m = MyInt(5)
print(m, m.seen, MyList((1, 2)), MyRange(2, 5))
for call in (lambda: int("x"), lambda: range(), lambda: range(1, 2, 0),
             lambda: float([]), lambda: object(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)


print(Derived(4).v, super(Derived, Derived(1)).__init__(3))


# a builtin raising inside a call chain: traceback and line numbers
def inner(d):
    return d.pop("missing")


def outer(d):
    return inner(d)


try:
    outer({})
except KeyError:
    tb = sys.exc_info()[2]
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


# `in` runs in the dispatch loop: __contains__, __iter__ fallback, errors
class Box:
    def __contains__(self, x):
        if x == 0:
            raise ValueError("zero")
        return x > 1


def count_up(n):
    yield from range(n)


def member(x, c):
    return (x in c, x not in c)


print(member(2, Box()), member(1, Box()), member(3, count_up(5)),
      member(7, {7}), member("b", "abc"), member(1, {1: 2}))
for c in (Box(), 5):
    try:
        member(0, c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, sys.exc_info()[2].tb_next.tb_lineno)


outer({})
