# d[k] = v where k's class has a Python __hash__ (run in the caller's
# dispatch loop, then the store): results, replacement of an equal key,
# collisions that call __eq__, a __hash__ that stores into a dict itself,
# a dict subclass, and errors: a hash that is not an integer, a __hash__
# or __eq__ that raises (caught, then uncaught with its traceback).
class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        log.append("hash " + str(self.v))
        return self.h

    def __eq__(self, other):
        log.append("eq " + str(self.v) + " " + str(other.v))
        return self.v == other.v

    def __repr__(self):
        return "K(" + str(self.v) + ")"


log = []
d = {}
d[K(1)] = "one"
d[K(2)] = "two"
d[K(1)] = "uno"                 # equal key: replaced, the first key kept
d[K(3, 1)] = "three"            # same hash as K(1): __eq__ says different
print(d, log)
log.clear()
print(d[K(3, 1)], K(2) in d, len(d), log)


class Nested:
    def __hash__(self):
        inner = {}
        inner[K(5)] = 5
        return sum(inner.values()) + len(inner)


d[Nested()] = "nested"
print(len(d), list(d.values()))


class Sub(dict):
    def __setitem__(self, k, v):
        log.append("sub setitem")
        dict.__setitem__(self, k, v)


s = Sub()
s[K(9)] = 9
print(s, log)
log.clear()


class BadHash:
    def __hash__(self):
        return "nope"


class Raising:
    def __hash__(self):
        raise KeyError("from __hash__")


class BadEq(K):
    __hash__ = K.__hash__

    def __eq__(self, other):
        raise ValueError("from __eq__")


def store(d, k):
    try:
        d[k] = 0
    except Exception as e:
        print(type(e).__name__, e)


store(d, BadHash())
store(d, Raising())
store(d, BadEq(3, 1))
store({}, BadEq(3, 1))
print(len(d))
d[Raising()] = 1
