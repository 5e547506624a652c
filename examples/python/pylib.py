"""Standard library modules written in Python: compiled from these
sources when first imported (as CPython's own pure-Python modules are).
Each behaves as its CPython counterpart for what it provides; the
algorithms that decide visible results (heapq's layout, namedtuple's
messages) are CPython's.

To add a module: add its source to SOURCES under its name.
"""
from __future__ import annotations

FUNCTOOLS = '''
"""functools (partial, reduce, wraps, lru_cache, cache, cmp_to_key,
total_ordering)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(
                "reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    root = max(roots)
    def lt_from(self, other):
        r = getattr(self, root)(other)
        if r is NotImplemented:
            return r
        if root == '__le__':
            return r and self != other
        if root == '__gt__':
            return not r and self != other
        if root == '__ge__':
            return not r
        return r
    def le_from(self, other):
        r = lt_from(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    def gt_from(self, other):
        r = le_from(self, other)
        if r is NotImplemented:
            return r
        return not r
    def ge_from(self, other):
        r = lt_from(self, other)
        if r is NotImplemented:
            return r
        return not r
    table = {'__lt__': lt_from, '__le__': le_from, '__gt__': gt_from,
             '__ge__': ge_from}
    for name, func in table.items():
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])
    def __repr__(self):
        return ("CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)"
                % tuple(self))


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')
    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result
    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attrname = name
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val
'''

ITERTOOLS = '''
"""itertools."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))
    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
    def __iter__(self):
        return self
    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))
    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def _as_index(v):
    """v as an int through __index__, or -1 when it is not one (where
    islice's checks then fail, as CPython's)."""
    if isinstance(v, int):
        return v
    method = getattr(type(v), '__index__', None)
    return -1 if method is None else method(v)


class islice:
    """The items of an iterator from start to stop by step; arguments are
    checked at once, items are read only as needed (skipped ones too)."""

    def __init__(self, iterable, *args):
        if len(args) == 0 or len(args) > 3:
            n = len(args) + 1
            raise TypeError('islice expected at ' + ('least 2' if n < 2
                            else 'most 4') + ' arguments, got ' + str(n))
        start_arg, stop_arg, step_arg = None, args[0], None
        if len(args) > 1:
            start_arg, stop_arg = args[0], args[1]
            if len(args) > 2:
                step_arg = args[2]
        stop = -1
        if stop_arg is not None:
            stop = _as_index(stop_arg)
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None '
                                 'or an integer: 0 <= x <= sys.maxsize.')
        start = 0 if start_arg is None else _as_index(start_arg)
        step = 1 if step_arg is None else _as_index(step_arg)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._read = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._read < self._next:
                next(it)
                self._read += 1
            if self._stop != -1 and self._read >= self._stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._read += 1
        self._next += self._step
        if self._stop != -1 and self._next > self._stop:
            self._next = self._stop
        return item


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(newval)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
'''

OPERATOR = '''
"""operator."""
import builtins as _builtins


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _builtins.abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__()
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def indexOf(a, b):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')
def setitem(a, b, c): a[b] = c
def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a


class attrgetter:
    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs
    def __call__(self, obj):
        def resolve(o, attr):
            for name in attr.split("."):
                o = getattr(o, name)
            return o
        if len(self._attrs) == 1:
            return resolve(obj, self._attrs[0])
        return tuple(resolve(obj, a) for a in self._attrs)
    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class itemgetter:
    def __init__(self, item, *items):
        self._items = (item,) + items
    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)
    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        self._name = name
        self._args = args
        self._kwargs = kwargs
    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
'''

STRING = '''
"""string constants and capwords."""
whitespace = ' \\t\\n\\r\\x0b\\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
'''

HEAPQ = '''
"""heapq: the heap invariant and layouts of CPython's heapq."""


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    return iter(sorted([x for it in iterables for x in it], key=key,
                       reverse=reverse))
'''

BISECT = '''
"""bisect."""


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
'''

COPY = '''
"""copy: shallow and deep copies."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, tuple, frozenset,
               type, range, type(None), type(copy)):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    cp = getattr(cls, "__copy__", None)
    if cp is not None:
        return cp(x)
    if isinstance(x, list):
        y = cls.__new__(cls)
        y.extend(x)
        y.__dict__.update(x.__dict__)
        return y
    if isinstance(x, dict):
        y = cls.__new__(cls)
        y.update(x)
        y.__dict__.update(x.__dict__)
        return y
    y = object.__new__(cls)
    if hasattr(x, "__dict__"):
        y.__dict__.update(x.__dict__)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, memo)
    if y is not memo:
        return y
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, type, range,
               type(None), type(copy)):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    dc = getattr(cls, "__deepcopy__", None)
    if dc is not None:
        y = dc(x, memo)
        memo[d] = y
        return y
    if isinstance(x, list):
        y = cls.__new__(cls)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif isinstance(x, tuple):
        y = cls.__new__(cls, [deepcopy(a, memo) for a in x])
        memo[d] = y
        return y
    else:
        y = object.__new__(cls)
        memo[d] = y
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            setattr(y, k, deepcopy(v, memo))
    return y
'''

COLLECTIONS = '''
"""collections: namedtuple, defaultdict, OrderedDict, Counter, deque,
ChainMap."""
import sys as _sys
from operator import itemgetter as _itemgetter
from _collections import deque


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return (f"defaultdict({self.default_factory!r}, "
                f"{dict.__repr__(self)})")

    def copy(self):
        return type(self)(self.default_factory, self)


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = self.pop(key)
        return key, value

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        d = dict(self.most_common())
        return f'{self.__class__.__name__}({d!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        del self.maps[0][key]

    def new_child(self, m=None):
        if m is None:
            m = {}
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    namespace = {'_tuple_new': tuple.__new__,
                 '__builtins__': {'tuple': tuple},
                 '__name__': f'namedtuple_{typename}'}
    code = f'def __new__(_cls, {arg_list}): return _tuple_new(_cls, ({arg_list}))'
    exec(code, namespace)
    __new__ = namespace['__new__']
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got '
                            f'{len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index),
                                         doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError, TypeError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result
'''

TYPING = '''
"""typing: the names annotations use (no checking)."""


class _Alias:
    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, params)
    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        return ('typing.' + self._name + '[' +
                ', '.join(_name_of(a) for a in self.__args__) + ']')
    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")
    def __or__(self, other):
        return _Alias('Union', (self, other))
    def __ror__(self, other):
        return _Alias('Union', (other, self))


def _name_of(a):
    if isinstance(a, type):
        return a.__name__ if a.__module__ == 'builtins' else a.__qualname__
    if a is None:
        return 'None'
    if a is Ellipsis:
        return '...'
    return repr(a)


Any = _Alias('Any')
Union = _Alias('Union')
Optional = _Alias('Optional')
List = _Alias('List')
Dict = _Alias('Dict')
Tuple = _Alias('Tuple')
Set = _Alias('Set')
FrozenSet = _Alias('FrozenSet')
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
Type = _Alias('Type')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
DefaultDict = _Alias('DefaultDict')
Deque = _Alias('Deque')
Counter = _Alias('Counter')
NoReturn = _Alias('NoReturn')
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, '__annotations__', {}))


def NamedTuple(typename, fields=None, **kwargs):
    import collections
    if fields is None:
        fields = list(kwargs.items())
    return collections.namedtuple(typename, [n for n, t in fields])
'''

ABC = '''
"""abc: abstract base classes (instantiation checks)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__}"
                            f" with abstract method{s} "
                            + ", ".join(names))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()
'''

RANDOM = '''
"""random: CPython's algorithms over _random's Mersenne Twister."""
from _random import Random as _Random
from math import log as _log, exp as _exp, pi as _pi, e as _e
from math import ceil as _ceil, sqrt as _sqrt, acos as _acos, cos as _cos
from math import sin as _sin, floor as _floor
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _index(x, which):
    if isinstance(x, int):
        return int(x)
    try:
        return x.__index__()
    except AttributeError:
        pass
    n = int(x)
    if n != x:
        raise ValueError(f"non-integer {which} for randrange()")
    return n


class Random(_Random):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if isinstance(a, (str, bytes)):
            raise NotImplementedError("seeding random with a str or bytes "
                                      "is not supported by this interpreter")
        if not isinstance(a, (type(None), int, float)):
            raise TypeError('The only supported seed types are: None,\\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version, internalstate, self.gauss_next = state
        super().setstate(internalstate)

    def _randbelow(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or "
                            "sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the '
                                 'population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                return [population[floor(random() * n)]
                        for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword '
                                f'argument: k={k}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
gauss = _inst.gauss
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
'''

POSIXPATH = '''
"""os.path for POSIX paths."""
import os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def exists(path):
    return os._kind(path) != 0


def isfile(path):
    return os._kind(path) == 1


def isdir(path):
    return os._kind(path) == 2


def expanduser(path):
    if not path.startswith('~'):
        return path
    home = os.environ.get('HOME', '/')
    return home + path[1:]
'''

DATACLASSES = '''
"""dataclasses: @dataclass, field, fields, asdict, astuple, replace."""
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple',
           'replace', 'is_dataclass', 'FrozenInstanceError', 'MISSING',
           'InitVar', 'KW_ONLY']


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type)
                + ',default=' + repr(self.default) + ',default_factory='
                + repr(self.default_factory) + ',init=' + repr(self.init)
                + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash)
                + ',compare=' + repr(self.compare) + ',metadata='
                + repr(self.metadata) + ',kw_only=' + repr(self.kw_only)
                + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(tp):
    s = tp if isinstance(tp, str) else repr(tp)
    return s.startswith('ClassVar') or s.startswith('typing.ClassVar')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if _is_classvar(tp):
            continue
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only_now = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{name} is not allowed: use default_factory')
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    if init:
        _set_init(cls, all_fields, frozen)
    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}'
                              for f in all_fields if f.repr)
            return f'{self.__class__.__qualname__}({parts})'
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = __repr__
    cmp_fields = [f for f in all_fields if f.compare]
    def as_tuple(self):
        return tuple(getattr(self, f.name) for f in cmp_fields)
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        for name, test in (('__lt__', lambda a, b: a < b),
                           ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b),
                           ('__ge__', lambda a, b: a >= b)):
            def method(self, other, test=test):
                if other.__class__ is self.__class__:
                    return test(as_tuple(self), as_tuple(other))
                return NotImplemented
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')
            setattr(cls, name, method)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field '{name}'")
            super(cls, self).__setattr__(name, value)
        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field '{name}'")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(as_tuple(self))
        cls.__hash__ = __hash__
    elif eq and not has_hash:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init)
    return cls


def _set_init(cls, all_fields, frozen):
    globs = {'MISSING': MISSING, '_HAS_FACTORY': _HAS_FACTORY,
             '__builtins__': __builtins__}
    params = []
    kw_params = []
    body = []
    seen_default = False
    for f in all_fields:
        if f.init:
            if f.default is not MISSING:
                globs['_dflt_' + f.name] = f.default
                p = f'{f.name}=_dflt_{f.name}'
                default = True
            elif f.default_factory is not MISSING:
                globs['_dflt_' + f.name] = f.default_factory
                p = f'{f.name}=_HAS_FACTORY'
                default = True
            else:
                p = f.name
                default = False
            if f.kw_only:
                kw_params.append(p)
            else:
                if seen_default and not default:
                    raise TypeError(f"non-default argument '{f.name}' "
                                    "follows default argument")
                seen_default = seen_default or default
                params.append(p)
        if f.default_factory is not MISSING:
            globs['_dflt_' + f.name] = f.default_factory
            if f.init:
                value = (f'_dflt_{f.name}() if {f.name} is _HAS_FACTORY '
                         f'else {f.name}')
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            globs['_dflt_' + f.name] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'object.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if hasattr(cls, '__post_init__'):
        body.append('self.__post_init__()')
    if not body:
        body.append('pass')
    args = ['self'] + params
    if kw_params:
        args.append('*')
        args.extend(kw_params)
    src = ('def __init__(' + ', '.join(args) + '):\\n    '
           + '\\n    '.join(body) + '\\n')
    exec(src, globs)
    fn = globs['__init__']
    fn.__qualname__ = cls.__qualname__ + '.__init__'
    cls.__init__ = fn


class _HAS_FACTORY_TYPE:
    def __repr__(self):
        return '<factory>'


_HAS_FACTORY = _HAS_FACTORY_TYPE()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False,'
                                 ' it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
'''

ENUM = '''
"""enum: Enum, IntEnum, Flag, IntFlag, auto, unique."""

__all__ = ['Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'EnumMeta', 'EnumType']


class auto:
    _counter = 0

    def __init__(self):
        self.value = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        values = {}
        for key in list(classdict.keys()):
            value = classdict[key]
            if key.startswith('_') or _is_descriptor(value) or \\
                    callable(value) and not isinstance(value, auto):
                continue
            member_names.append(key)
            values[key] = value
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for b in enum_class.__mro__[1:]:
            if b is not object and not isinstance(b, EnumMeta):
                member_type = b
                break
        enum_class._member_type_ = member_type
        if member_type is not object and '__repr__' not in classdict and \\
                'Enum' in globals():
            enum_class.__repr__ = Enum.__repr__
        is_flag = any(issubclass(b, Flag) for b in bases
                      if isinstance(b, EnumMeta)) if 'Flag' in globals() \\
            else False
        last = 0
        for i, name in enumerate(member_names):
            value = values[name]
            if isinstance(value, auto):
                if is_flag:
                    value = 1 if last == 0 else (last * 2 if last & (last - 1) == 0
                                                 else 1 << last.bit_length())
                else:
                    value = enum_class._generate_next_value_(
                        name, 1, i, [values[n] for n in member_names[:i]])
                values[name] = value
            if isinstance(value, int):
                last = value
            if value in enum_class._value2member_map_:
                member = enum_class._value2member_map_[value]
                enum_class._member_map_[name] = member
                setattr(enum_class, name, member)
                continue
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                args = value if isinstance(value, tuple) else (value,)
                member = member_type.__new__(enum_class, *args)
            member._name_ = name
            member._value_ = value
            member.__objclass__ = enum_class
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
            setattr(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError("functional Enum creation is not supported by "
                            "this interpreter")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if result is not None:
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __bool__(cls):
        return True


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return (f"<{self.__class__.__name__}.{self._name_}: "
                f"{self._value_!r}>")

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(int, Enum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class Flag(Enum):
    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ & value == m._value_
                 and m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo


class IntFlag(int, Flag):
    def __str__(self):
        return int.__repr__(self)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}"
                                  for (alias, name) in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: '
                         f'{alias_details}')
    return enumeration
'''

JSON = '''
"""json for rtpython: the text format of RFC 8259, with the json module's
interface (dumps/loads/dump/load, JSONEncoder, JSONDecoder,
JSONDecodeError) and its messages and positions."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        line = doc.count('\\n', 0, pos) + 1
        col = pos - doc.rfind('\\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_BLANKS = ' \\t\\n\\r'
_SIMPLE_ESCAPES = {'"': '"', '\\\\': '\\\\', '/': '/', 'b': '\\b', 'f': '\\f',
                   'n': '\\n', 'r': '\\r', 't': '\\t'}
_DIGITS = '0123456789'


class _Scan:
    """One decoding: the text, the decoder's hooks, and a cursor."""

    def __init__(self, dec, text):
        self.dec = dec
        self.text = text
        self.n = len(text)

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.text, pos)

    def blanks(self, i):
        t = self.text
        while i < self.n and t[i] in _BLANKS:
            i += 1
        return i

    def value(self, i):
        """The value starting at i (no blanks before it): (value, end)."""
        if i >= self.n:
            self.fail('Expecting value', i)
        c = self.text[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.array(i + 1)
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, i):
                return val, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if self.text.startswith(word, i):
                return self.dec.parse_constant(word), i + len(word)
        if c == '-' or c in _DIGITS:
            got = self.number(i)
            if got is not None:
                return got
        self.fail('Expecting value', i)

    def number(self, i):
        t = self.text
        j = i
        if t[j] == '-':
            j += 1
        if j >= self.n or t[j] not in _DIGITS:
            return None
        if t[j] == '0':
            j += 1
        else:
            while j < self.n and t[j] in _DIGITS:
                j += 1
        whole_end = j
        if j + 1 < self.n and t[j] == '.' and t[j + 1] in _DIGITS:
            j += 2
            while j < self.n and t[j] in _DIGITS:
                j += 1
        if j < self.n and t[j] in 'eE':
            k = j + 1
            if k < self.n and t[k] in '+-':
                k += 1
            if k < self.n and t[k] in _DIGITS:
                while k < self.n and t[k] in _DIGITS:
                    k += 1
                j = k
        if j == whole_end:
            return self.dec.parse_int(t[i:j]), j
        return self.dec.parse_float(t[i:j]), j

    def hex4(self, i):
        """The four hex digits at i (after a backslash-u) as a number."""
        digits = self.text[i:i + 4]
        if len(digits) == 4 and all(d in '0123456789abcdefABCDEF'
                                    for d in digits):
            return int(digits, 16)
        self.fail('Invalid \\\\uXXXX escape', i - 1)

    def string(self, i):
        """The string whose opening quote is at i - 1: (str, end)."""
        t = self.text
        start = i - 1
        parts = []
        while True:
            j = i
            while j < self.n and t[j] != '"' and t[j] != '\\\\' \\
                    and (t[j] >= ' ' or not self.dec.strict):
                j += 1
            parts.append(t[i:j])
            if j >= self.n:
                self.fail('Unterminated string starting at', start)
            c = t[j]
            if c == '"':
                return ''.join(parts), j + 1
            if c != '\\\\':
                self.fail('Invalid control character at', j)
            if j + 1 >= self.n:
                self.fail('Unterminated string starting at', start)
            e = t[j + 1]
            if e != 'u':
                if e not in _SIMPLE_ESCAPES:
                    self.fail('Invalid \\\\escape', j)
                parts.append(_SIMPLE_ESCAPES[e])
                i = j + 2
                continue
            code = self.hex4(j + 2)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and t.startswith('\\\\u', i):
                low = self.hex4(i + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i += 6
            parts.append(chr(code))

    def obj(self, i):
        """The object whose '{' is at i - 1."""
        pairs = []
        i = self.blanks(i)
        if i < self.n and self.text[i] == '}':
            return self.make_object(pairs), i + 1
        while True:
            if i >= self.n or self.text[i] != '"':
                self.fail('Expecting property name enclosed in double '
                          'quotes', i)
            key, i = self.string(i + 1)
            i = self.blanks(i)
            if i >= self.n or self.text[i] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = self.blanks(i + 1)
            val, i = self.value(i)
            pairs.append((key, val))
            i = self.blanks(i)
            if i < self.n and self.text[i] == '}':
                return self.make_object(pairs), i + 1
            if i >= self.n or self.text[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = self.blanks(i + 1)

    def make_object(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(d)
        return d

    def array(self, i):
        """The array whose '[' is at i - 1."""
        items = []
        i = self.blanks(i)
        if i < self.n and self.text[i] == ']':
            return items, i + 1
        while True:
            val, i = self.value(i)
            items.append(val)
            i = self.blanks(i)
            if i < self.n and self.text[i] == ']':
                return items, i + 1
            if i >= self.n or self.text[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = self.blanks(i + 1)


_NON_FINITE = {'NaN': float('nan'), 'Infinity': float('inf'),
               '-Infinity': float('-inf')}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = (_NON_FINITE.__getitem__
                               if parse_constant is None else parse_constant)
        self.strict = strict

    def raw_decode(self, s, idx=0):
        return _Scan(self, s).value(idx)

    def decode(self, s):
        scan = _Scan(self, s)
        val, end = scan.value(scan.blanks(0))
        end = scan.blanks(end)
        if end != len(s):
            scan.fail('Extra data', end)
        return val


_SHORT = {'"': '\\\\"', '\\\\': '\\\\\\\\', '\\n': '\\\\n', '\\r': '\\\\r', '\\t': '\\\\t',
          '\\b': '\\\\b', '\\f': '\\\\f'}


def _quote(s, ascii_only):
    out = ['"']
    for c in s:
        short = _SHORT.get(c)
        if short is not None:
            out.append(short)
            continue
        n = ord(c)
        if n < 0x20 or (ascii_only and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\\\u%04x\\\\u%04x' % (0xd800 + (n >> 10),
                                               0xdc00 + (n & 0x3ff)))
            else:
                out.append('\\\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator = separators[0]
            self.key_separator = separators[1]
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type ' + type(o).__name__
                        + ' is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Emit(self, indent, out).value(o, 0)
        return iter(out)


class _Emit:
    """One encoding: appends the text's pieces to out."""

    def __init__(self, enc, indent, out):
        self.enc = enc
        self.indent = indent
        self.out = out
        self.active = set() if enc.check_circular else None

    def float_text(self, f):
        if f != f:
            text = 'NaN'
        elif f == float('inf'):
            text = 'Infinity'
        elif f == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant')
        return text

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for others."""
        if isinstance(o, str):
            return _quote(o, self.enc.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def value(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.container(o, depth, self.array)
        elif isinstance(o, dict):
            self.container(o, depth, self.obj)
        else:
            self.container(o, depth, self.other)

    def container(self, o, depth, emit):
        """emit(o, depth) while o is marked as being encoded."""
        if self.active is not None:
            key = id(o)
            if key in self.active:
                raise ValueError('Circular reference detected')
            self.active.add(key)
        emit(o, depth)
        if self.active is not None:
            self.active.discard(id(o))

    def other(self, o, depth):
        self.value(self.enc.default(o), depth)

    def newline(self, depth):
        """The separator before an item at depth (None: no indentation)."""
        if self.indent is None:
            return None
        return '\\n' + self.indent * depth

    def array(self, seq, depth):
        if len(seq) == 0:
            self.out.append('[]')
            return
        nl = self.newline(depth + 1)
        self.out.append('[' if nl is None else '[' + nl)
        sep = self.enc.item_separator if nl is None \\
            else self.enc.item_separator + nl
        first = True
        for item in seq:
            if not first:
                self.out.append(sep)
            first = False
            self.value(item, depth + 1)
        end = self.newline(depth)
        self.out.append(']' if end is None else end + ']')

    def key_text(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.float_text(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + type(k).__name__)

    def obj(self, d, depth):
        if len(d) == 0:
            self.out.append('{}')
            return
        items = sorted(d.items()) if self.enc.sort_keys else d.items()
        nl = self.newline(depth + 1)
        self.out.append('{' if nl is None else '{' + nl)
        sep = self.enc.item_separator if nl is None \\
            else self.enc.item_separator + nl
        first = True
        for k, v in items:
            text = self.key_text(k)
            if text is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(_quote(text, self.enc.ensure_ascii))
            self.out.append(self.enc.key_separator)
            self.value(v, depth + 1)
        end = self.newline(depth)
        self.out.append('}' if end is None else end + '}')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    for piece in _encoder_for(kw).iterencode(obj):
        fp.write(piece)


def _encoder_for(kw):
    cls = kw.pop('cls', None)
    if cls is None:
        cls = JSONEncoder
    return cls(**kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None,
          **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not ' + type(s).__name__)
    elif s.startswith('\\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                              'utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
'''


CONTEXTLIB = '''
"""contextlib for rtpython: generator-based context managers and the small
helpers (closing, suppress, nullcontext, redirect_stdout/stderr, chdir,
ExitStack), with the behaviour and messages of CPython's module."""
import sys


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that is also a decorator: the decorated function
    runs inside a fresh manager each call."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_names(run_inside, func)
        return run_inside


def _copy_names(wrapper, func):
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func


class _GeneratorCM(ContextDecorator, AbstractContextManager):
    """The manager made by @contextmanager: the code before the generator's
    yield is __enter__, the code after it is __exit__."""

    def __init__(self, func, args, kwds):
        self._func = func
        self._args = args
        self._kwds = kwds
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None)

    def _recreate_cm(self):
        return type(self)(self._func, self._args, self._kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # the generator caught the exception and returned: suppressed,
            # unless the exception was this StopIteration itself
            return stop is not value
        except RuntimeError as err:
            # a StopIteration thrown in turns into a RuntimeError (PEP 479):
            # let the original propagate
            if err is value or (isinstance(value, StopIteration)
                                and err.__cause__ is value):
                # the traceback as it was, without the generator's frames
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as other:
            if other is not value:
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def make_cm(*args, **kwds):
        return _GeneratorCM(func, args, kwds)
    _copy_names(make_cm, func)
    return make_cm


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _Redirect(AbstractContextManager):
    _attr = ''

    def __init__(self, new_target):
        self._new = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._new)
        return self._new

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_Redirect):
    _attr = 'stdout'


class redirect_stderr(_Redirect):
    _attr = 'stderr'


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self._saved = []

    def __enter__(self):
        import os
        self._saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._saved.pop())


def _set_context(new, old, handled):
    """Make old the exception new was raised during: replace, at the end
    of new's context chain, the exception that was being handled when the
    stack unwound (handled) by old."""
    if new is old:
        return
    link = new
    while True:
        ctx = link.__context__
        if ctx is None or ctx is old:
            return
        if ctx is handled:
            break
        link = ctx
    link.__context__ = old


class ExitStack(AbstractContextManager):
    """Callbacks run last-in first-out on exit, each seeing the exception
    left by those before it."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        other = type(self)()
        other._callbacks = self._callbacks
        self._callbacks = []
        return other

    def push(self, exit):
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._callbacks.append(exit)
        else:
            self._callbacks.append(_bound_exit(method, exit))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'" + cls.__module__ + "." + cls.__qualname__
                            + "' object does not support the context "
                            "manager protocol") from None
        result = enter(cm)
        self._callbacks.append(_bound_exit(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        def run(exc_type, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._callbacks.append(run)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        handled = sys.exc_info()[1]
        current = exc_details[1] if received else None
        raised = False
        while self._callbacks:
            cb = self._callbacks.pop()
            try:
                if current is None:
                    quiet = cb(None, None, None)
                else:
                    quiet = cb(type(current), current,
                               current.__traceback__)
                if quiet and current is not None:
                    current = None
                    raised = False
            except BaseException as err:
                _set_context(err, current, handled)
                current = err
                raised = True
        if raised:
            # raising sets the context to the exception being handled:
            # keep the chain built above
            ctx = current.__context__
            try:
                raise current
            except BaseException:
                current.__context__ = ctx
                raise
        return received and current is None


def _bound_exit(method, cm):
    def call_exit(exc_type, exc, tb):
        return method(cm, exc_type, exc, tb)
    call_exit.__self__ = cm
    return call_exit
'''


SOURCES: dict[str, str] = {
    "functools": FUNCTOOLS,
    "itertools": ITERTOOLS,
    "operator": OPERATOR,
    "string": STRING,
    "heapq": HEAPQ,
    "bisect": BISECT,
    "copy": COPY,
    "collections": COLLECTIONS,
    "typing": TYPING,
    "abc": ABC,
    "random": RANDOM,
    "posixpath": POSIXPATH,
    "dataclasses": DATACLASSES,
    "enum": ENUM,
    "json": JSON,
    "contextlib": CONTEXTLIB,
}
