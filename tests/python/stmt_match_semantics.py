# match statements: binding only on success, guards, scopes (function, class body, closure, generator), run-time errors of class and mapping patterns, dict subclasses, self-matching builtins
from collections import defaultdict, OrderedDict, Counter

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def failed_binds_nothing():
    match [1, 2, 3]:
        case [a, b]:
            return "no"
        case [x, y, z] if z > 5:
            pass
        case _:
            pass
    try:
        print(a)
    except UnboundLocalError as e:
        print("unbound:", e)
    return (x, y, z)

print("guard leaves names bound:", failed_binds_nothing())

def not_a_type():
    match 1:
        case len():
            return 1
attempt("not a type", not_a_type)

class BadArgs:
    __match_args__ = ["a"]
class BadElem:
    __match_args__ = ("a", 2)
    a = 1
class Dup:
    __match_args__ = ("a",)
    a = 1
def bad(kind):
    match kind():
        case BadArgs(x):
            return x
        case BadElem(x, y):
            return x
        case Dup(x, a=y):
            return x
attempt("list match_args", lambda: bad(BadArgs))
attempt("elem", lambda: bad(BadElem))
attempt("dup attr", lambda: bad(Dup))

class K:
    one = 1
    also_one = 1
def dup_keys():
    match {1: "x", 2: "y"}:
        case {K.one: a, K.also_one: b}:
            return a
attempt("dup keys", dup_keys)

def unhashable():
    class H:
        v = []
    match {1: 2}:
        case {H.v: a}:
            return a
attempt("unhashable key", unhashable)

dd = defaultdict(list)
dd["a"] = 1
match dd:
    case {"b": _}:
        print("no")
    case {"a": v, **rest}:
        print("defaultdict", v, rest, dict(dd))
match OrderedDict(x=1, y=2):
    case {"y": y, **r}:
        print("ordered", y, r, type(r).__name__)
match Counter("aab"):
    case {"a": 2, "b": n}:
        print("counter", n)

# self-matching builtins and __match_args__ inheritance
for v in [1, True, 2.5, "s", b"b", [1], (1,), {1: 2}, {3}, frozenset({4})]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s) | bytes(s):
            print("text", s)
        case list(l) | tuple(l):
            print("seq", l)
        case dict(d):
            print("dict", d)
        case set(s) | frozenset(s):
            print("set", sorted(s))

class Base:
    __match_args__ = ("p", "q")
    def __init__(self, p, q):
        self.p, self.q = p, q
class Sub(Base):
    pass
match Sub(3, 4):
    case Base(p, q=qq):
        print("inherited", p, qq)

class MyInt(int):
    pass
match MyInt(7):
    case int(n):
        print("subclass self", n, type(n).__name__)

# a missing attribute just fails
class Obj:
    x = 1
match Obj():
    case Obj(y=1):
        print("no")
    case Obj(x=1):
        print("x attr")

# class body, module, closure, generator, nested
class Holder:
    match (1, 2):
        case (first, second):
            total = first + second
print("class body", Holder.first, Holder.total)

def closure(v):
    match v:
        case {"f": f}:
            return lambda: f
print("closure", closure({"f": 9})())

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k
            case [*all]:
                yield len(all)
            case _:
                continue
print("gen", list(gen([(1, 2), [1, 2, 3], 5, (3, 4)])))

def nested(v):
    match v:
        case [a, [b, c]]:
            match b:
                case 0:
                    return "zero " + str(c)
                case _:
                    return "nonzero"
    return "none"
print(nested([1, [0, 5]]), nested([1, [2, 3]]), nested(3))

# or-patterns binding in different orders, as-patterns
for v in [[1, 2], (2, 1), {"a": 1}]:
    match v:
        case [1, b] | (b, 1):
            print("or order", b)
        case {"a": (1 | 2) as n}:
            print("as", n)

# subject tuple, walrus subject, star subject
match 1, 2:
    case x, y:
        print("tuple subject", x, y)
match (n := 10):
    case 10:
        print("walrus", n)
rest = [2, 3]
match 1, *rest:
    case [1, *tail]:
        print("star subject", tail)

# break/continue/return inside cases
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)

# an exception inside a guard gets the guard's line
def bad_guard(v):
    match v:
        case [x] if 1 / x:
            return x
try:
    bad_guard([0])
except ZeroDivisionError as e:

    print("guard error", e)

# long sequences and negative-index star wildcards
match list(range(10)):
    case [0, 1, *_, 8, last]:
        print("wild star", last)
match range(3):
    case [a, *mid, c]:
        print("range", a, mid, c)
match "abc":
    case [*_]:
        print("no: str is not a sequence")
    case str():
        print("str")

# __eq__ of a value pattern is called with the subject on the left
class Eq:
    def __eq__(self, other):
        print("eq called with", type(other).__name__)
        return True
class Holder2:
    e = Eq()
match Eq():
    case Holder2.e:
        print("matched by __eq__")
match 5:
    case Holder2.e:
        print("five == e")
match Obj():
    case Obj(x=1) as o if o.x == 1:
        print("as with guard")
print(match_ := "soft keywords", [case for case in range(2)])
