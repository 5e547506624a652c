# Threads: Python code that a bytecode runs and the instructions after it
# are one step.  The code under test stores in box[0] the value it hands
# over, after a switch point (a call, a back edge); the consumer stores
# that value in box[1] before its next switch point, so a watcher thread
# (watched.py), which reads both slots between two of its own switch
# points, always finds them equal: in CPython, which runs that code in
# the consumer's evaluation loop, and under the GIL build.  Under --stm,
# code run by an execute of its own committed as that execute returned
# the transaction that began in it, and the watcher's commit could come
# in between.  Each phase also lets an exception leave that code.
# - generators: a generator's yield and the for loop that consumes it,
#   also a value computed by a call, a `yield from`'s delegate;
# - binop: a <op> b's Python __op__ and the caller, also b's __rop__ run
#   after a NotImplemented from a's __op__ (which broke the transaction);
# - with: a `with` statement's Python __enter__ and the body, also one
#   that acquires a lock (threading.Condition, as queue.Queue uses it);
# - reflected: b's __rop__ first (b's class a subclass of a's), and b's
#   __rop__ with a switch point after a's __op__ returned NotImplemented;
# - inplace: __iadd__, and __add__ for a += b without __iadd__;
# - unary: __neg__, __invert__;
# - compare: __lt__, != by __eq__ (object.__ne__), == by b's __eq__
#   after a's NotImplemented;
# - items: `in` by __contains__, __getitem__, __setitem__;
# - hash: a key's Python __hash__ and the dict store `d[k] = v` it is
#   for, then the caller's next instructions;
# - lookup: the same for d[k], `k in d`, `k not in s` (a set), del d[k];
# - add: set.add, set.discard, which store into the set after the key's
#   __hash__ (the watcher compares what __hash__ stores with the set's
#   length: CPython switches threads only at the end of the call);
# - dictcalls: d.setdefault(k, v), d.pop(k), as add;
# - sort: list.sort(key=f) and one by __lt__: CPython empties the list
#   for the sort, and the last key or __lt__ call stores the length it
#   has again once the sort is done;
# - scan: `x in lst` by x's __eq__ (reflected from int's);
# - remove: lst.remove(x) by x's __eq__, as add.
# stm-stress: 7
import threading

from watched import box, sized, twice, run

N = 20000


def produce(n):
    i = 0
    while i < n:
        i += 1
        box[0] = i
        yield i


def computed(n):
    for i in range(n):
        v = twice(i + 1)
        box[0] = v
        yield v


def delegating(n):
    yield from produce(n)


def failing(n):
    yield from produce(n)
    err = ValueError("end of the values")    # a call: a switch point
    box[0] = -1
    raise err


def generators():
    for v in produce(N):
        box[1] = v
    for v in computed(N):
        box[1] = v
    for v in delegating(N):
        box[1] = v
    try:
        for v in failing(N):
            box[1] = v
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        w = twice(self.v + other)
        box[0] = w
        return w

    def __sub__(self, other):
        twice(self.v)
        return NotImplemented

    def __mul__(self, other):
        twice(self.v)
        err = ValueError("no product")      # a call: a switch point
        box[0] = -1
        raise err


class W:
    # no switch point before its store, but its entry is one in CPython
    def __rsub__(self, other):
        box[0] = -other.v
        return -other.v


def binop():
    for i in range(N):
        r = V(i) + 1
        box[1] = r
    w = W()
    for i in range(N):
        r = V(i) - w
        box[1] = r
    try:
        V(1) * 2
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)


class Step:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        w = twice(self.v)
        box[0] = w
        return w

    def __exit__(self, *exc):
        return False


class Refuse:
    def __enter__(self):
        twice(1)
        err = ValueError("not entered")
        box[0] = -1
        raise err

    def __exit__(self, *exc):
        return False


class Guarded:
    def __init__(self):
        self.cond = threading.Condition()
        self.n = 0

    def __enter__(self):
        self.cond.__enter__()
        self.n += 1
        box[0] = self.n
        return self.n

    def __exit__(self, *exc):
        return self.cond.__exit__(*exc)


def with_enter():
    for i in range(N):
        with Step(i) as w:
            box[1] = w
    try:
        with Refuse():
            box[1] = 0
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    g = Guarded()
    for i in range(N // 10):
        with g as n:
            box[1] = n


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NotImplemented


class Derived(Base):
    def __radd__(self, other):
        w = twice(self.v)
        box[0] = w
        return w


class Late:
    def __rsub__(self, other):
        w = twice(other.v)
        box[0] = w
        return w

    def __radd__(self, other):
        twice(1)
        err = ValueError("no reflected sum")
        box[0] = -1
        raise err


def reflected():
    b = Base(0)
    for i in range(N):
        r = b + Derived(i)
        box[1] = r
    late = Late()
    for i in range(N):
        r = V(i) - late
        box[1] = r
    try:
        Base(1) + late
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        w = twice(self.v + other)
        box[0] = w
        return w


def inplace():
    for i in range(N):
        x = Acc(i)
        x += 1
        box[1] = x
    for i in range(N):
        x = V(i)
        x += 2
        box[1] = x


class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        w = twice(self.v)
        box[0] = -w
        return -w

    def __eq__(self, other):
        w = twice(self.v) % 2 == other % 2
        box[0] = w
        return w

    def __invert__(self):
        twice(self.v)
        err = ValueError("not invertible")
        box[0] = -1
        raise err


def unary():
    for i in range(N):
        r = -Num(i)
        box[1] = r
    try:
        ~Num(1)
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        w = twice(self.v) < other
        box[0] = w
        return w

    def __eq__(self, other):
        w = twice(self.v) % 4 == other.v % 4
        box[0] = not w
        return w


def compare():
    for i in range(N):
        r = Key(i) < i + i % 2
        box[1] = r
    for i in range(N):
        r = Key(i) != Key(i + 1)
        box[1] = r
    for i in range(N):
        r = 7 == Num(i)     # int's NotImplemented, then Num's __eq__
        box[1] = r


class Bag:
    def __contains__(self, v):
        w = twice(v) % 3 == 0
        box[0] = w
        return w

    def __getitem__(self, k):
        w = twice(k)
        box[0] = w
        return w

    def __setitem__(self, k, v):
        twice(k)
        if v < 0:
            err = ValueError("no negative items")
            box[0] = -1
            raise err
        box[0] = v


def items():
    bag = Bag()
    for i in range(N):
        r = i in bag
        box[1] = r
    for i in range(N):
        r = bag[i]
        box[1] = r
    for i in range(N):
        bag[i] = i + 1
        box[1] = i + 1
    try:
        bag[0] = -1
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)



class HashKey:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        w = twice(self.v)
        box[0] = w
        return w

    def __eq__(self, other):
        return self.v == other.v


class NoKey:
    def __hash__(self):
        twice(1)
        err = ValueError("no hash")         # a call: a switch point
        box[0] = -1
        raise err


def hashing():
    d = {}
    for i in range(N):
        d[HashKey(i)] = i
        box[1] = 2 * i
    try:
        d[NoKey()] = 0
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    print("stored:", len(d))


def lookup_keys():
    """The lookup phase's keys, and a dict and a set of them, made before
    its watcher starts (their __hash__ stores in box)."""
    keys = [HashKey(i) for i in range(N)]
    d = {}
    s = set()
    for k in keys:
        d[k] = k.v
        s.add(k)
    return keys, d, s


def lookup():
    keys, d, s = LOOKUP[0]
    for k in keys:
        r = d[k]
        box[1] = 2 * r
    for k in keys:
        r = k in d
        box[1] = 2 * k.v if r else -1
    for k in keys:
        r = k not in s
        box[1] = -1 if r else 2 * k.v
    for k in keys:
        del d[k]
        box[1] = 2 * k.v
    try:
        r = NoKey() in s
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    try:
        r = d[NoKey()]
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    print("left:", len(d), len(s))


class Counted:
    """A key whose __hash__ stores the length its container has once
    the call that hashes it is done (`after`)."""
    def __init__(self, v, after):
        self.v = v
        self.after = after

    def __hash__(self):
        w = twice(self.v)
        box[0] = self.after
        return w


class Refused:
    def __hash__(self):
        twice(1)
        raise ValueError("refused")


def adding():
    s = set()
    sized[0] = s
    keys = []
    for i in range(N):
        k = Counted(i, i + 1)
        keys.append(k)
        s.add(k)
    for i in range(N):
        k = keys[i]
        k.after = N - i - 1
        s.discard(k)
    try:
        s.add(Refused())
    except ValueError as e:
        print("consumer:", e)
    print("left:", len(s))


def dictcalls():
    d = {}
    sized[0] = d
    keys = []
    for i in range(N):
        k = Counted(i, i + 1)
        keys.append(k)
        d.setdefault(k, i)
    for i in range(N):
        k = keys[i]
        k.after = N - i - 1
        d.pop(k)
    try:
        d.setdefault(Refused(), 0)
    except ValueError as e:
        print("consumer:", e)
    print("left:", len(d))


M = 100
calls = [0, 0]      # key or __lt__ calls made, and the sort's last one


def sort_key(x):
    w = twice(x)
    calls[0] += 1
    box[0] = M if calls[0] == calls[1] else 0
    return -w


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        w = twice(self.v) < twice(other.v)
        calls[0] += 1
        box[0] = M if calls[0] == calls[1] else 0
        return w


def sorting():
    objs = [Ordered((i * 7919) % M) for i in range(M)]
    # the number of comparisons their sort makes, counted on a copy
    # before the watcher compares box[0] with a length
    calls[0] = 0
    calls[1] = -1
    sorted(objs)
    n = calls[0]
    l = list(range(M))
    box[0] = M
    sized[0] = l
    for r in range(N // M):
        calls[0] = 0
        calls[1] = M
        box[0] = 0
        l.sort(key=sort_key, reverse=r % 2 == 1)
    box[0] = M
    l[:] = objs
    for r in range(N // M // 5):     # about 540 comparisons a sort
        calls[0] = 0
        calls[1] = n
        box[0] = 0
        l.sort()
        calls[1] = -1
        box[0] = M
        l[:] = objs
    print("sorted:", [o.v for o in l[:5]], n > 0)


class Probe:
    """x whose __eq__ stores box[0] when it finds x, box[1]'s value
    before."""
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        w = twice(self.v) == 2 * other
        box[0] = self.v if w else box[1]
        return w


class Unequal:
    def __eq__(self, other):
        twice(1)
        raise ValueError("no equality")


def scan():
    lst = list(range(10))
    for i in range(N):
        x = Probe(i % 10)
        r = x in lst
        box[1] = x.v if r else -1
    try:
        r = Unequal() in lst
    except ValueError as e:
        print("consumer:", e)


class Removed:
    """x whose __eq__ stores the length of REMOVED once x is removed."""
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        w = twice(self.v) == 2 * other
        box[0] = M - 1 if w else M
        return w


def remove():
    lst = list(range(M))
    box[0] = M
    sized[0] = lst
    for i in range(N):
        x = Removed((i * 37) % M)
        lst.remove(x)
        box[0] = M
        lst.append(x.v)
    try:
        lst.remove(Unequal())
    except ValueError as e:
        print("consumer:", e)
    print("list:", lst[:5])


LOOKUP = [lookup_keys()]
run("generators", generators)
run("binop", binop)
run("with", with_enter)
run("reflected", reflected)
run("inplace", inplace)
run("unary", unary)
run("compare", compare)
run("items", items)
run("hash", hashing)
run("lookup", lookup)
run("add", adding)
run("dictcalls", dictcalls)
run("sort", sorting)
run("scan", scan)
run("remove", remove)
