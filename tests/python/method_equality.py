# Bound methods compare equal when they bind the same object (by identity)
# to the same function, and hash alike then.
class A:
    def m(self):
        return 1

    def n(self):
        return 2


class Eq:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def m(self):
        return 3


a = A()
b = A()
print(a.m == a.m, a.m != a.m, hash(a.m) == hash(a.m))
print(a.m == b.m, a.m != b.m, a.m == a.n, A.m == A.m)
x, y = Eq(), Eq()
print(x.m == y.m, x.m == x.m)
print(len({a.m, a.m, b.m}), a.m in [a.m], (a.m == 1))
