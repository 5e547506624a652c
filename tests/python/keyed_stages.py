# Builtin methods and instructions that hash a key or compare items by
# Python code first (dict.get, set.add, d[k], k in s, x in lst,
# lst.remove(x)...), which the dispatch loop runs as frames of its own:
# results, exceptions and where they are raised, how many calls, as
# CPython.
calls = []


def where(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return type(e).__name__, str(e), out


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        calls.append(('hash', self.v))
        return self.h

    def __eq__(self, other):
        calls.append(('eq', self.v))
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return 'K(%r)' % (self.v,)


class BadHash:
    def __hash__(self):
        raise ValueError('no hash here')


class StrHash:
    def __hash__(self):
        return 'x'


class MinusOne:
    def __hash__(self):
        return -1


def counted(label, f):
    del calls[:]
    try:
        r = f()
    except Exception as e:
        r = where(e)
    print(label, r, calls)


def dicts():
    d = {K(1): 'a', K(2): 'b', 3: 'c'}
    counted('getitem', lambda: d[K(1)])
    counted('getitem missing', lambda: d[K(9)])
    counted('in', lambda: K(2) in d)
    counted('not in', lambda: K(7) not in d)
    counted('get', lambda: d.get(K(2)))
    counted('get default', lambda: d.get(K(8), 'dflt'))
    counted('get none', lambda: d.get(K(8)))
    counted('setdefault old', lambda: d.setdefault(K(1), 'z'))
    counted('setdefault new', lambda: d.setdefault(K(5), 'e'))
    counted('setdefault none', lambda: d.setdefault(K(6)))
    counted('pop', lambda: d.pop(K(5)))
    counted('pop default', lambda: d.pop(K(5), 'gone'))
    counted('pop missing', lambda: d.pop(K(5)))
    counted('unbound get', lambda: dict.get(d, K(2)))
    counted('bad arity', lambda: d.get())
    counted('bad arity 2', lambda: d.get(K(1), 1, 2))
    counted('bad hash', lambda: d[BadHash()])
    counted('bad hash get', lambda: d.get(BadHash()))
    counted('str hash', lambda: K(1) in d or d.pop(StrHash()))
    counted('minus one', lambda: hash(MinusOne()) in {-2: 1})
    m = {MinusOne(): 1}
    counted('minus one key', lambda: list(m.values()))

    def deleting():
        del d[K(6)]
        del d[K(6)]
    counted('del', deleting)
    print(sorted(repr(k) for k in d))


def collisions():
    d = {K(1, 0): 'a', K(2, 0): 'b'}
    counted('collide get', lambda: d[K(2, 0)])
    counted('collide in', lambda: K(3, 0) in d)
    s = {K(1, 0), K(2, 0)}
    counted('collide set', lambda: K(2, 0) in s)
    counted('collide add', lambda: s.add(K(3, 0)) or len(s))


def sets():
    s = {K(1), K(2)}
    f = frozenset([K(3)])
    counted('set in', lambda: K(1) in s)
    counted('set not in', lambda: K(4) not in s)
    counted('frozenset in', lambda: K(3) in f)
    counted('add', lambda: s.add(K(4)))
    counted('add again', lambda: s.add(K(4)))
    counted('discard', lambda: s.discard(K(4)))
    counted('discard missing', lambda: s.discard(K(4)))
    counted('remove missing', lambda: s.remove(K(4)))
    counted('remove', lambda: s.remove(K(2)))
    counted('set key', lambda: {1} in {frozenset({1}): 0})
    counted('set in set', lambda: {1} in {frozenset({1})})
    counted('bad add', lambda: s.add(BadHash()))
    counted('frozenset add', lambda: set.add(f, K(1)))
    counted('unhashable', lambda: s.add([1]))
    print(sorted(repr(k) for k in s))


class I(int):
    def __hash__(self):
        calls.append(('I.hash', int(self)))
        return 6


def plain_keys():
    # int, bool and str keys, whose hash runs no Python code (set.add and
    # co. skip the stages for them), among keys whose __eq__ does
    s = {K(5), K(6)}
    counted('add int', lambda: s.add(5) or len(s))
    counted('add int again', lambda: s.add(5) or len(s))
    counted('add bool', lambda: s.add(True) or s.add(1) or len(s))
    counted('remove int', lambda: s.remove(5) or len(s))
    counted('remove int missing', lambda: s.remove(5))
    counted('discard int', lambda: s.discard(6) or s.discard(True) or len(s))
    counted('str', lambda: s.add('k') or s.add('k') or s.remove('k') or len(s))
    counted('int subclass', lambda: s.add(I(6)) or I(6) in s)
    counted('remove int subclass', lambda: s.remove(I(6)) or len(s))
    counted('frozenset add int', lambda: set.add(frozenset(), 1))
    print(sorted(repr(k) for k in s))


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(('E.eq', self.v,
                      other.v if isinstance(other, E) else other))
        return self.v == other


class Boom:
    def __eq__(self, other):
        raise KeyError('boom')


class Odd:
    def __eq__(self, other):
        calls.append('odd')
        return 'yes' if other == 2 else ''


class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        calls.append(('grow', other))
        if len(self.lst) < 6:
            self.lst.append(len(self.lst))
        return False


def lists():
    lst = [0, 1, 2, 3]
    counted('list in', lambda: E(2) in lst)
    counted('list not in', lambda: E(9) not in lst)
    counted('odd truth', lambda: Odd() in lst)
    counted('boom', lambda: Boom() in lst)
    counted('remove', lambda: lst.remove(E(1)) or lst)
    counted('remove missing', lambda: lst.remove(E(9)))
    counted('remove boom', lambda: lst.remove(Boom()))
    counted('items first', lambda: E(0) in [E(5), E(0)])
    x = E(7)
    counted('identity', lambda: x in [1, x])
    g = [0, 1]
    counted('growing', lambda: Grow(g) in g)
    counted('grown', lambda: g)
    counted('in tuple', lambda: E(2) in (1, 2))
    counted('in gen', lambda: E(2) in (i for i in range(4)))
    print(lst)


class D(dict):
    def __missing__(self, k):
        return 'missing'


class S(set):
    pass


def subclasses():
    d = D()
    counted('missing', lambda: d[K(1)])
    s = S([K(1)])
    counted('set subclass', lambda: K(1) in s)
    counted('set subclass add', lambda: s.add(K(2)) or len(s))
    import collections
    dd = collections.defaultdict(list)
    counted('defaultdict', lambda: dd[K(1)])
    counted('defaultdict get', lambda: dd.get(K(1)))


dicts()
collisions()
sets()
plain_keys()
lists()
subclasses()
