# A special method set to None in a class body: CPython calls it like any
# other method, so the operation raises "'NoneType' object is not
# callable" (operators, reflected operators, comparisons, len, bool,
# items, conversions, calls, attribute fallback), except where the
# language gives None a meaning of its own: __hash__ (unhashable),
# __iter__ (not iterable, without falling back to __getitem__),
# __reversed__ (not reversible) and __contains__ (not a container).


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)


class Blocked:
    __add__ = None
    __radd__ = None
    __iadd__ = None
    __eq__ = None
    __lt__ = None
    __neg__ = None
    __len__ = None
    __getitem__ = None
    __setitem__ = None
    __delitem__ = None
    __call__ = None
    __index__ = None
    __int__ = None
    __float__ = None
    __abs__ = None
    __format__ = None
    __getattr__ = None


b = Blocked()
attempt("b + 1", lambda: b + 1)
attempt("1 + b", lambda: 1 + b)
attempt("b == 1", lambda: b == 1)
attempt("1 == b", lambda: 1 == b)
attempt("b < 2", lambda: b < 2)
attempt("2 > b", lambda: 2 > b)
attempt("-b", lambda: -b)
attempt("len", lambda: len(b))
attempt("bool", lambda: bool(b))
attempt("b[0]", lambda: b[0])
attempt("list index", lambda: [10, 20][b])
attempt("int", lambda: int(b))
attempt("float", lambda: float(b))
attempt("abs", lambda: abs(b))
attempt("format", lambda: format(b, ""))
attempt("call", lambda: b())
attempt("missing attribute", lambda: b.anything)
attempt("in list", lambda: b in [1, 2])


def store():
    b[0] = 1


def delete():
    del b[0]


def augmented():
    x = b
    x += 1
    return x


attempt("store", store)
attempt("delete", delete)
attempt("+=", augmented)


class NoHash:
    __hash__ = None


class EqOnly:
    __eq__ = None


class NotIterable:
    __iter__ = None
    __reversed__ = None
    __contains__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


class IterNoneOnly:
    __iter__ = None

    def __getitem__(self, i):
        return i


attempt("hash", lambda: hash(NoHash()))
attempt("set", lambda: {NoHash()})
attempt("dict key", lambda: {EqOnly(): 1})
attempt("iter", lambda: iter(NotIterable()))
attempt("list", lambda: list(NotIterable()))
attempt("for", lambda: [x for x in NotIterable()])
attempt("reversed", lambda: reversed(NotIterable()))
attempt("in", lambda: 1 in NotIterable())
attempt("in through iter", lambda: 1 in IterNoneOnly())
attempt("getitem still works", lambda: NotIterable()[2])


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    __radd__ = None


attempt("Base + Sub", lambda: Base() + Sub())
attempt("Sub + Base", lambda: Sub() + Base())
attempt("1 + Sub", lambda: 1 + Sub())


# a's Python __add__ returning NotImplemented (run from the loop as a
# frame switch), then b's __radd__: absent (the operator's TypeError) or
# set to None (not callable)
class Left:
    def __add__(self, other):
        return NotImplemented


class NoRight:
    pass


class NoneRight:
    __radd__ = None


for right in [NoRight(), NoneRight()]:
    try:
        Left() + right
    except TypeError as e:
        print("TypeError", e)
