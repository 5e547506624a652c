# Every binary operator in its in-place form (one BINARY_OP opcode for
# both, the in-place ones numbered after the 13 binary ones, as CPython
# 3.11's NB_INPLACE_*): __iop__ first, then __op__ and __rop__, CPython's
# error for each symbol, and the fast paths of exact ints and floats.
NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
         "pow", "rshift", "sub", "truediv", "xor"]


def logger(kind, name):
    def method(self, other):
        return kind + name + "(" + repr(other) + ")"
    return method


class InPlace:
    pass


class Plain:
    pass


class Reflected:
    pass


for n in NAMES:
    setattr(InPlace, "__i" + n + "__", logger("i", n))
    setattr(Plain, "__" + n + "__", logger("", n))
    setattr(Reflected, "__r" + n + "__", logger("r", n))


def run_all(x, y):
    out = []
    a = x; a += y; out.append(a)
    a = x; a &= y; out.append(a)
    a = x; a //= y; out.append(a)
    a = x; a <<= y; out.append(a)
    a = x; a @= y; out.append(a)
    a = x; a *= y; out.append(a)
    a = x; a %= y; out.append(a)
    a = x; a |= y; out.append(a)
    a = x; a **= y; out.append(a)
    a = x; a >>= y; out.append(a)
    a = x; a -= y; out.append(a)
    a = x; a /= y; out.append(a)
    a = x; a ^= y; out.append(a)
    return out


print(run_all(InPlace(), 2))
print(run_all(Plain(), 3))
print(run_all(1, Reflected()))


def iadd(a, b):
    a += b
    return a


def imatmul(a, b):
    a @= b
    return a


def ipow(a, b):
    a **= b
    return a


def ixor(a, b):
    a ^= b
    return a


for sym, fn in [("+=", iadd), ("@=", imatmul), ("**=", ipow), ("^=", ixor)]:
    print(sym, fn(Plain(), 1), fn(1, Reflected()))
    try:
        fn(object(), 1)
    except TypeError as e:
        print(sym, e)


def ints(x, y):
    a = x; a += y; b = x; b -= y; c = x; c *= y; d = x; d //= y
    e = x; e %= y; f = x; f **= 2; g = x; g /= y
    return a, b, c, d, e, f, g


print(ints(17, 5), ints(-17, 5), ints(True, 2), ints(2 ** 62, 3))
print(ints(7.5, 2.0), ints(-7.5, 0.5))
for bad in (0, 0.0):
    try:
        ints(1, bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
alias2 = t
t += (2,)
print(t, alias2, alias2 is t)
try:
    n = None
    n -= 1
except TypeError as e:
    print(e)
