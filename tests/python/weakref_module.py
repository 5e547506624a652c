# weakref: ref (callback, __callback__, hash, equality, sharing), which
# objects take weak references, getweakrefcount/getweakrefs, WeakMethod,
# WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, gc.collect().
# Objects die at gc.collect() here (rtpython: at its collection; CPython:
# at their last reference or, for cycles, at gc.collect()), and the
# objects that die are made in functions, so that nothing else holds them.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n
        self.me = self          # a cycle: CPython frees it at gc.collect()

    def __repr__(self):
        return 'C(%d)' % self.n

    def m(self):
        return self.n * 10


log = []


def on_death(r):
    log.append(('callback', r() is None))


def dying_ref(n, callback=None):
    return weakref.ref(C(n), callback)


a = C(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), weakref.ref(a) is r)
print(weakref.getweakrefs(a) == [r], type(r) is weakref.ref)
rb = dying_ref(2, on_death)
print(rb.__callback__ is on_death, rb() is not None)
gc.collect()
print(rb(), log, rb.__callback__ is on_death)
print(hash(r) == hash(a), r == weakref.ref(a), r != rb, rb == rb)
try:
    hash(dying_ref(3))
except TypeError as e:
    print('TypeError:', e)


class Sub(C):
    pass


class MyErr(Exception):
    pass


def func():
    pass


for ok in (Sub(4), MyErr(), func, C, {1}, frozenset(), len, C(5).m,
           (x for x in ()), func.__code__, gc):
    print(type(ok).__name__, weakref.ref(ok)() is not None)
for bad in (1, 'x', (1,), [1], {}, None, 1.5, True, b'', ValueError(),
            range(3), slice(1), property()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)


def fill_values(d):
    d['a'] = a
    d['x'] = C(6)
    return len(d)


d = weakref.WeakValueDictionary()
print(fill_values(d))
gc.collect()
print(sorted(d.keys()), len(d), 'x' in d, d.get('x'), d['a'], list(d.values()))


def fill_keys(k):
    k[a] = 'kept'
    k[C(7)] = 'gone'
    return len(k)


k = weakref.WeakKeyDictionary()
print(fill_keys(k))
gc.collect()
print(len(k), k[a], list(k.values()), a in k, list(k.items()))


def fill_set(s):
    s.add(a)
    s.add(C(8))
    return len(s)


s = weakref.WeakSet()
print(fill_set(s))
gc.collect()
print(len(s), a in s, list(s))


def finalized(out):
    f = weakref.finalize(C(9), out.append, 'fin')
    return f


fl = []
f = finalized(fl)
print(f.alive, fl)
gc.collect()
print(f.alive, fl, f())
f2 = weakref.finalize(a, fl.append, 'now')
print(f2.peek()[0] is a, f2(), f2.alive, fl, f2())
f3 = weakref.finalize(a, fl.append, 'detached')
print(f3.detach()[0] is a, f3.alive)
wm = weakref.WeakMethod(a.m)
print(wm()())


def dying_method():
    return weakref.WeakMethod(C(10).m)


wmd = dying_method()
gc.collect()
print(wmd())
print(type(gc.collect()).__name__)


class L(list):
    pass


class I(int):
    pass


for v in (L(), I(1)):
    try:
        print(type(v).__name__, weakref.ref(v)() is v)
    except TypeError as e:
        print(e)
