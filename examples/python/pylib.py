"""Standard library modules written in Python for rtpython: each source is
compiled when the module is first imported (as CPython compiles its own
pure-Python modules).  Each module behaves as its CPython 3.11 counterpart
for what it provides (the results, the messages, the layouts that programs
can see: heapq's lists, random's sequences), but the code is this
interpreter's own.

To add a module: add its source here and its name to sources(); a new
file of modules has a sources() of its own, listed in importer.library().
"""
from __future__ import annotations

import pylib_re

FUNCTOOLS = '''
"""functools: partial, reduce, wraps/update_wrapper, lru_cache and cache,
cached_property, cmp_to_key, total_ordering, singledispatch and
singledispatchmethod (written for rtpython)."""
from _thread import allocate_lock as _allocate_lock

WRAPPER_UPDATES = ('__dict__',)
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__',
                       '__doc__', '__annotations__')

# marks an argument that was not given (None is a valid value)
_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        found = getattr(wrapped, name, _ABSENT)
        if found is not _ABSENT:
            setattr(wrapper, name, found)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last: copying __dict__ may have brought the wrapped one's own
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


def reduce(function, iterable, *start):
    if len(start) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d'
                        % (2 + len(start)))
    try:
        source = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if start:
        acc = start[0]
    else:
        acc = next(source, _ABSENT)
        if acc is _ABSENT:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value')
    for item in source:
        acc = function(acc, item)
    return acc


class partial:
    """A callable that calls func with some arguments filled in; a partial
    of a partial is flattened into one."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __call__(self, /, *args, **keywords):
        every = dict(self.keywords)
        every.update(keywords)
        return self.func(*(self.args + args), **every)

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(a) for a in self.args]
        shown += ['%s=%r' % kv for kv in self.keywords.items()]
        return 'functools.%s(%s)' % (type(self).__name__, ', '.join(shown))


def cmp_to_key(mycmp):
    """A key class whose comparisons ask mycmp (old-style cmp functions)."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        __lt__ = lambda self, other: mycmp(self.obj, other.obj) < 0
        __le__ = lambda self, other: mycmp(self.obj, other.obj) <= 0
        __gt__ = lambda self, other: mycmp(self.obj, other.obj) > 0
        __ge__ = lambda self, other: mycmp(self.obj, other.obj) >= 0
        __eq__ = lambda self, other: mycmp(self.obj, other.obj) == 0
        __hash__ = None
    return KeyWrapper


# each ordering method as (direction, strict): '<' for __lt__/__le__
_ORDERINGS = {'__lt__': ('<', True), '__le__': ('<', False),
              '__gt__': ('>', True), '__ge__': ('>', False)}


def _derived_order(root, target):
    """target computed from root's result r and, where needed, equality:
    the same direction widens (r or ==) or narrows (r and !=); the other
    direction with the other strictness is the complement (not r); with
    the same strictness it is the complement corrected by equality."""
    root_dir, root_strict = _ORDERINGS[root]
    target_dir, target_strict = _ORDERINGS[target]

    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if root_dir == target_dir:
            return (r or self == other) if root_strict else \\
                (r and self != other)
        if root_strict != target_strict:
            return not r
        return (not r and self != other) if root_strict else \\
            (not r or self == other)
    method.__name__ = target
    return method


def total_ordering(cls):
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    for name in _ORDERINGS:
        if name not in defined:
            setattr(cls, name, _derived_order(defined[0], name))
    return cls


class _CacheInfo(tuple):
    """cache_info()'s result: a named 4-tuple."""
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        pairs = ['%s=%r' % nv for nv in zip(self._fields, self)]
        return 'CacheInfo(' + ', '.join(pairs) + ')'

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])


_MISSING = object()


class _KeywordsFollow:
    """Separates positional arguments from keyword pairs in a cache key."""


_KW_SEPARATOR = _KeywordsFollow()


def _call_key(args, kwargs, typed):
    key = list(args)
    if kwargs:
        key.append(_KW_SEPARATOR)
        for pair in kwargs.items():
            key.extend(pair)
    if typed:
        key.extend([type(a) for a in args])
        key.extend([type(v) for v in kwargs.values()])
    if len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return tuple(key)


class _LruState:
    """One cached function's table (oldest use first) and counters.  A
    lock makes each lookup and store one step, as CPython's C cache is
    under its GIL: threads sharing a cache neither lose a hit count nor
    see an entry vanish while another thread moves it to the end.  The
    function itself runs outside the lock."""

    def __init__(self, func, maxsize, typed):
        self.func = func
        self.maxsize = maxsize
        self.typed = typed
        self.table = {}
        self.hits = 0
        self.misses = 0
        self.lock = _allocate_lock()

    def lookup(self, key):
        table = self.table
        with self.lock:
            if self.maxsize is None:
                value = table.get(key, _MISSING)
            else:
                value = table.pop(key, _MISSING)
                if value is not _MISSING:
                    table[key] = value
            if value is _MISSING:
                self.misses += 1
            else:
                self.hits += 1
            return value

    def store(self, key, value):
        table = self.table
        limit = self.maxsize
        if limit is not None and limit <= 0:
            return
        with self.lock:
            if key in table:
                del table[key]
            elif limit is not None and len(table) >= limit:
                del table[next(iter(table))]
            table[key] = value

    def call(self, args, kwargs):
        key = _call_key(args, kwargs, self.typed)
        value = self.lookup(key)
        if value is _MISSING:
            value = self.func(*args, **kwargs)
            self.store(key, value)
        return value

    def clear(self):
        with self.lock:
            self.table.clear()
            self.hits = self.misses = 0


def _lru_wrap(func, maxsize, typed):
    state = _LruState(func, maxsize, typed)

    def cached(*args, **kwargs):
        return state.call(args, kwargs)

    def cache_info():
        return _CacheInfo(state.hits, state.misses, state.maxsize,
                          len(state.table))

    def cache_clear():
        state.clear()

    def cache_parameters():
        return {'maxsize': state.maxsize, 'typed': state.typed}
    cached.cache_info = cache_info
    cached.cache_clear = cache_clear
    cached.cache_parameters = cache_parameters
    return update_wrapper(cached, func)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrap(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')
    return lambda func: _lru_wrap(func, maxsize, typed)


def cache(user_function, /):
    return _lru_wrap(user_function, None, False)


class cached_property:
    """Computed on first access, then kept in the instance's __dict__
    (which then shadows this non-data descriptor)."""

    def __init__(self, func):
        self.func, self.attrname = func, None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        instance.__dict__[name] = computed = self.func(instance)
        return computed


def _dispatch_class(cls):
    """Whether register() takes cls: a class, or a union of classes."""
    if isinstance(cls, type):
        return True
    members = getattr(cls, '__args__', None)
    return type(cls).__name__ == 'UnionType' and all(
        isinstance(member, type) for member in members)


def _best_registered(cls, registry):
    """The registered class an argument of class cls dispatches to: the
    first of its MRO (object last), else the most specific registered
    class it is a virtual subclass of (an ABC)."""
    for base in cls.__mro__[:-1]:
        if base in registry:
            return base
    virtual = [k for k in registry
               if k not in cls.__mro__ and issubclass(cls, k)]
    best = [k for k in virtual
            if not any(o is not k and issubclass(o, k) for o in virtual)]
    if len(best) > 1:
        raise RuntimeError('Ambiguous dispatch: {} or {}'.format(*best[:2]))
    return best[0] if best else object


def singledispatch(func):
    """A generic function of one argument: the implementation called is
    chosen by the class of the first positional argument among those
    given to register() (func itself for object)."""
    import types as _types
    registry = {object: func}

    def dispatch(cls):
        return registry[_best_registered(cls, registry)]

    def register(cls, func=None):
        given_class = _dispatch_class(cls)
        if given_class and func is None:
            # @register(some_class): the decorator to apply next
            return lambda f: register(cls, f)
        if not given_class:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            if not getattr(cls, '__annotations__', None):
                raise TypeError('Invalid first argument to `register()`: '
                                '%r. Use either `@register(some_class)` or '
                                'plain `@register` on an annotated function.'
                                % (cls,))
            # @register on a function: its first annotation names the class
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _dispatch_class(cls):
                what = ('not all arguments are classes'
                        if type(cls).__name__ == 'UnionType'
                        else 'is not a class')
                raise TypeError('Invalid annotation for %r. %r %s.'
                                % (argname, cls, what))
        for member in getattr(cls, '__args__', None) or (cls,):
            registry[member] = func
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(name + ' requires at least 1 positional '
                            'argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _types.MappingProxyType(registry)
    wrapper._clear_cache = lambda: None     # nothing is cached here
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        choose = self.dispatcher.dispatch

        def bound(*args, **kwargs):
            return choose(args[0].__class__).__get__(obj, cls)(*args,
                                                               **kwargs)
        bound.__isabstractmethod__ = self.__isabstractmethod__
        bound.register = self.register
        update_wrapper(bound, self.func)
        return bound

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
'''

ITERTOOLS = '''
"""itertools (written for rtpython): the iterator building blocks, lazy
as CPython's, producing the same items in the same order."""


class count:
    def __init__(self, start=0, step=1):
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        current = self._value
        self._value = current + self._step
        return current

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, self._step)


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        # None: forever; a negative count repeats nothing
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left == 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def cycle(iterable):
    remembered = []
    for item in iterable:
        remembered.append(item)
        yield item
    if remembered:
        while True:
            yield from remembered


def accumulate(iterable, func=None, *, initial=None):
    source = iter(iterable)
    if initial is None:
        for running in source:
            break
        else:
            return
    else:
        running = initial
    yield running
    combine = func if func is not None else (lambda a, b: a + b)
    for item in source:
        running = combine(running, item)
        yield running


class chain:
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        made = cls()
        made._sources = iter(iterables)
        return made

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                # StopIteration here ends the chain
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


def compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    source = iter(iterable)
    for item in source:
        if not predicate(item):
            yield item
            yield from source
            return


def takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    test = bool if predicate is None else predicate
    return (item for item in iterable if not test(item))


def starmap(function, iterable):
    return (function(*args) for args in iterable)


class groupby:
    """Runs of consecutive items with equal keys.  Advancing the groupby
    object abandons the previous group (its iterator then stops)."""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._pending = False       # an item read but not yet handed out
        self._item = None
        self._key = None
        self._group_key = None
        self._generation = 0

    def __iter__(self):
        return self

    def _read(self):
        """Read the next item and its key; False at the end."""
        for item in self._source:
            self._item = item
            self._key = item if self._keyfunc is None else self._keyfunc(item)
            self._pending = True
            return True
        return False

    def _in_group(self):
        return self._key == self._group_key

    def __next__(self):
        self._generation += 1
        while True:
            if not self._pending and not self._read():
                raise StopIteration
            # the first group starts at the first item; later ones where
            # the key changes (skipping what the last group left)
            if self._generation == 1 or not self._in_group():
                break
            self._pending = False
        self._group_key = self._key
        return self._key, self._members(self._generation)

    def _members(self, generation):
        while generation == self._generation:
            if not self._pending and not self._read():
                return
            if not self._in_group():
                return
            self._pending = False
            yield self._item


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


class _TeeCell:
    """A cell of the list shared by tee's iterators: each iterator holds
    the cell it reads next; a cell's value is read from the source when
    the first iterator reaches it."""
    __slots__ = ('value', 'after')

    def __init__(self):
        self.after = None


class _TeeIterator:
    def __init__(self, source, cell):
        self._source = source
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell.after is None:
            cell.value = next(self._source)
            cell.after = _TeeCell()
        self._cell = cell.after
        return cell.value

    def __copy__(self):
        return _TeeIterator(self._source, self._cell)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    start = _TeeCell()
    return tuple(_TeeIterator(source, start) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    sources = [iter(x) for x in iterables]
    live = len(sources)
    while live:
        row = []
        for position, source in enumerate(sources):
            if source is None:
                row.append(fillvalue)
                continue
            for item in source:
                row.append(item)
                break
            else:
                sources[position] = None
                live -= 1
                row.append(fillvalue)
        if live:
            yield tuple(row)


def pairwise(iterable):
    source = iter(iterable)
    for previous in source:
        for item in source:
            yield previous, item
            previous = item


def product(*iterables, repeat=1):
    pools = [tuple(x) for x in iterables] * repeat
    if any(len(pool) == 0 for pool in pools):
        return
    # an odometer over the pools: the last position turns fastest
    wheel = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, wheel))
        position = len(pools) - 1
        while position >= 0:
            wheel[position] += 1
            if wheel[position] < len(pools[position]):
                break
            wheel[position] = 0
            position -= 1
        if position < 0:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    items = tuple(iterable)
    if r is None:
        r = len(items)
    else:
        _check_r(r)
    if r > len(items):
        return
    taken = [False] * len(items)
    chosen = []

    # orderings of r distinct positions, in lexicographic order of the
    # positions (as CPython yields them)
    def extend():
        if len(chosen) == r:
            yield tuple(items[i] for i in chosen)
            return
        for i in range(len(items)):
            if not taken[i]:
                taken[i] = True
                chosen.append(i)
                yield from extend()
                chosen.pop()
                taken[i] = False
    yield from extend()


def _choose(items, r, least_step):
    """Non-decreasing position tuples of length r in lexicographic order,
    each position at least least_step (0 or 1) above the one before."""
    chosen = []

    def extend(low):
        if len(chosen) == r:
            yield tuple(items[i] for i in chosen)
            return
        for i in range(low, len(items)):
            chosen.append(i)
            yield from extend(i + least_step)
            chosen.pop()
    return extend(0)


def combinations(iterable, r):
    _check_r(r)
    items = tuple(iterable)
    if r <= len(items):
        yield from _choose(items, r, 1)


def combinations_with_replacement(iterable, r):
    _check_r(r)
    items = tuple(iterable)
    if items or r == 0:
        yield from _choose(items, r, 0)
'''

OPERATOR = '''
"""operator (written for rtpython): the operators as functions, and the
attrgetter / itemgetter / methodcaller callables."""
import builtins as _builtins

# comparisons and truth
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b

# arithmetic and bits
def abs(a): return _builtins.abs(a)
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def neg(a): return -a
def pos(a): return +a
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def inv(a): return ~a
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def index(a): return type(a).__index__(a)
invert = inv

# sequences
def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated"
                        % type(a).__name__)
    return a + b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def countOf(a, b):
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b):
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    return default if value is NotImplemented else value


# in-place forms: the augmented assignment's result
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def imod(a, b):
    a %= b
    return a
def iconcat(a, b):
    a += b
    return a


def _dotted(obj, path):
    for part in path.split('.'):
        obj = getattr(obj, part)
    return obj


class attrgetter:
    def __init__(self, attr, *attrs):
        self._paths = (attr,) + attrs
        for path in self._paths:
            if not isinstance(path, str):
                raise TypeError('attribute name must be a string')

    def __call__(self, obj):
        found = tuple(_dotted(obj, path) for path in self._paths)
        return found[0] if len(found) == 1 else found

    def __repr__(self):
        return 'operator.attrgetter(' + ', '.join(map(repr, self._paths)) + ')'


class itemgetter:
    def __init__(self, item, *items):
        self._keys = (item,) + items

    def __call__(self, obj):
        if len(self._keys) == 1:
            return obj[self._keys[0]]
        return tuple(obj[key] for key in self._keys)

    def __repr__(self):
        return 'operator.itemgetter(' + ', '.join(map(repr, self._keys)) + ')'


class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._call = (name, args, kwargs)

    def __call__(self, obj):
        name, args, kwargs = self._call
        return getattr(obj, name)(*args, **kwargs)

    def __repr__(self):
        name, args, kwargs = self._call
        shown = [repr(name)] + [repr(a) for a in args]
        shown += ['%s=%r' % kv for kv in kwargs.items()]
        return 'operator.methodcaller(' + ', '.join(shown) + ')'
'''

STRING = r'''
"""string (written for rtpython): the character-class constants,
capwords, Template ($-substitution, with CPython's pattern, hooks for
subclasses and messages) and Formatter (str.format's parsing and lookups
as methods a subclass may override)."""
import re as _re
from collections import ChainMap as _ChainMap

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template', 'Formatter']

ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdefABCDEF'
# the printable ASCII characters that are neither letters nor digits
punctuation = ''.join(chr(c) for c in range(33, 127)
                      if not chr(c).isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join(word.capitalize() for word in words)


_NO_MAPPING = {}        # substitute() given keywords only


def _placeholder(template, mo):
    """What one match of a Template's pattern stands for: ('name', its
    identifier), ('escape', None) for the doubled delimiter, ('bad', None)
    for a delimiter followed by nothing usable.  A pattern whose match has
    none of the four groups set is the subclass's mistake."""
    name = mo.group('named') or mo.group('braced')
    if name is not None:
        return 'name', name
    if mo.group('escaped') is not None:
        return 'escape', None
    if mo.group('invalid') is not None:
        return 'bad', None
    raise ValueError('Unrecognized named group in pattern', template.pattern)


class Template:
    """$-placeholders in a string, filled from a mapping or keywords."""

    delimiter = '$'
    flags = _re.IGNORECASE
    braceidpattern = None           # None: braces hold an idpattern too
    # ASCII identifiers, case-insensitively (see flags)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'

    def __init_subclass__(cls):
        # a class without a pattern of its own gets one built from its
        # delimiter and identifier patterns; either is compiled here
        super().__init_subclass__()
        if 'pattern' not in cls.__dict__:
            d = _re.escape(cls.delimiter)
            cls.pattern = ('%s(?:(?P<escaped>%s)|(?P<named>%s)'
                           '|{(?P<braced>%s)}|(?P<invalid>))'
                           % (d, d, cls.idpattern,
                              cls.braceidpattern or cls.idpattern))
        cls.pattern = _re.compile(cls.pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        line, column = 1, 1
        if before:
            line = len(before)
            column = at - sum(len(text) for text in before[:-1])
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    def _fill(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            values = kws
        else:
            values = _ChainMap(kws, mapping) if kws else mapping

        def one(mo):
            kind, name = _placeholder(self, mo)
            if kind == 'escape':
                return self.delimiter
            if kind == 'bad':
                if safe:
                    return mo.group()
                self._invalid(mo)
            try:
                return str(values[name])
            except KeyError:
                if safe:            # the placeholder stays as written
                    return mo.group()
                raise
        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        # stops at the first bad placeholder, as CPython does
        return all(_placeholder(self, mo)[0] != 'bad'
                   for mo in self.pattern.finditer(self.template))

    def get_identifiers(self):
        found = {}
        for mo in self.pattern.finditer(self.template):
            kind, name = _placeholder(self, mo)
            if kind == 'name':
                found.setdefault(name)
        return list(found)


# Template itself gets its pattern as its subclasses do
Template.__init_subclass__()


def _markup(text):
    """str.format's tokens: (literal, field name, spec, conversion), the
    last three None after the final literal or an escaped brace."""
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and text[j] not in '{}':
            j += 1
        if j == n:
            yield text[i:], None, None, None
            return
        brace = text[j]
        doubled = j + 1 < n and text[j + 1] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            yield text[i:j + 1], None, None, None
            i = j + 2
            continue
        literal = text[i:j]
        name, spec, conversion, i = _field(text, j + 1)
        yield literal, name, spec, conversion


def _field(text, k):
    """The field starting at text[k] (after its brace): name, spec,
    conversion and where the text goes on.  The name ends at '}', ':' or
    '!' outside brackets; the spec at the brace closing its nested ones."""
    n, start, c = len(text), k, ''
    while k < n:
        c = text[k]
        k += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while k < n and text[k] != ']':
                k += 1
        elif c in '}:!':
            break
    else:
        c = ''
    name, conversion = text[start:k - 1], None
    if c == '}':
        return name, '', None, k
    if not c:
        raise ValueError("expected '}' before end of string")
    if c == '!':
        if k == n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion, k = text[k], k + 1
        if k < n:
            k += 1
            if text[k - 1] == '}':
                return name, '', conversion, k
            if text[k - 1] != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec, depth = k, 1
    while k < n:
        k += 1
        if text[k - 1] == '{':
            depth += 1
        elif text[k - 1] == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec:k - 1], conversion, k
    raise ValueError("unmatched '{' in format spec")


def _split_name(name):
    """A field name's first part (an int when all digits) and its
    (is_attribute, key) accessors."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    steps = []
    while k < len(name):
        if name[k] == '.':
            end = k + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            if end == k + 1:
                raise ValueError('Empty attribute in format string')
            steps.append((True, name[k + 1:end]))
        elif name[k] == '[':
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            if end == k + 1:
                raise ValueError('Empty attribute in format string')
            key = name[k + 1:end]
            steps.append((False, int(key) if key.isdigit() else key))
            end += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        k = end
    return (int(first) if first.isdigit() else first), steps


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()            # the keys and indexes the fields named
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        """The text and the next automatic index (False once a field was
        numbered by hand)."""
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if name is None:
                continue
            # CPython's Formatter says the same in both directions
            switching = ValueError('cannot switch from manual field '
                                   'specification to automatic field '
                                   'numbering')
            if name == '':
                if auto_arg_index is False:
                    raise switching
                name, auto_arg_index = str(auto_arg_index), auto_arg_index + 1
            elif name.isdigit():
                if auto_arg_index:
                    raise switching
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """A hook: unused arguments are no error by default."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:          # no !x
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _markup(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _split_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in steps:
            value = getattr(value, key) if is_attr else value[key]
        return value, first
'''

HEAPQ = '''
"""heapq (written for rtpython): binary min-heaps in lists, heap[k] <=
heap[2k+1] and heap[2k+2].  The moves are CPython's (an item popped from
the end fills the root, sinks to a leaf along the smaller children, then
rises), so the lists are laid out as CPython lays them out."""


def _rise(heap, floor, at):
    """Move heap[at] up toward position floor past larger parents."""
    moving = heap[at]
    while at > floor:
        parent = (at - 1) // 2
        if not moving < heap[parent]:
            break
        heap[at] = heap[parent]
        at = parent
    heap[at] = moving


def _sink(heap, at):
    """Move heap[at] down to a leaf, each time taking the smaller child's
    place, then let it rise back to where it belongs."""
    size = len(heap)
    origin = at
    moving = heap[at]
    child = 2 * at + 1
    while child < size:
        other = child + 1
        if other < size and not (heap[child] < heap[other]):
            child = other
        heap[at] = heap[child]
        at = child
        child = 2 * at + 1
    heap[at] = moving
    _rise(heap, origin, at)


def heappush(heap, item):
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def _nonempty(heap):
    if not heap:
        raise IndexError('index out of range')


def heappop(heap):
    _nonempty(heap)
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    _nonempty(heap)
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    if not heap or not (heap[0] < item):
        return item
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(x):
    for at in range(len(x) // 2 - 1, -1, -1):
        _sink(x, at)


def nsmallest(n, iterable, key=None):
    # the documented equivalent (stable for equal keys)
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs: each step takes the best head (smallest,
    or largest with reverse); among equal heads the earliest input's."""
    heads = []
    for source in map(iter, iterables):
        for first in source:
            heads.append([first, first if key is None else key(first),
                          source])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                better = heads[best][1] < heads[i][1]
            else:
                better = heads[i][1] < heads[best][1]
            if better:
                best = i
        head = heads[best]
        yield head[0]
        for item in head[2]:
            head[0] = item
            head[1] = item if key is None else key(item)
            break
        else:
            del heads[best]
'''

BISECT = '''
"""bisect (written for rtpython): binary search in sorted lists."""


def _position(a, x, lo, hi, key, after_equal):
    """The index where x goes in a[lo:hi]: after the items equal to it
    (after_equal) or before them.  Only < is used, as CPython's."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    end = len(a) if hi is None else hi
    while lo < end:
        middle = (lo + end) // 2
        probe = a[middle] if key is None else key(a[middle])
        if after_equal:
            goes_right = not (x < probe)
        else:
            goes_right = probe < x
        if goes_right:
            lo = middle + 1
        else:
            end = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    return _position(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    return _position(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    probe = x if key is None else key(x)
    a.insert(_position(a, probe, lo, hi, key, True), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    probe = x if key is None else key(x)
    a.insert(_position(a, probe, lo, hi, key, False), x)


bisect = bisect_right
insort = insort_right
'''

COPY = '''
"""copy: shallow and deep copies, by the protocol CPython's copy module
follows: __copy__/__deepcopy__, else copyreg's table, else the object's
__reduce_ex__(4) (whose default comes from copyreg), rebuilt here.
Written for rtpython."""
import copyreg as _copyreg
from _collections import deque as _deque


class Error(Exception):
    pass


error = Error

# values that are their own copies
_SELF = frozenset((int, float, bool, complex, str, bytes, type, range,
                   type(None), type(Ellipsis), type(NotImplemented),
                   type(len), type(lambda: 0), property))


def _reduced(x, what):
    """x taken apart: (func, args, state, listitems, dictitems)."""
    cls = type(x)
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif isinstance(x, _deque):
        # CPython's deque.__reduce__: the class called with no items
        # (and the bound), the items appended after
        bound = () if x.maxlen is None else ((), x.maxlen)
        rv = (cls, bound, getattr(x, '__dict__', None) or None, iter(x))
    else:
        by_ex = getattr(x, '__reduce_ex__', None)
        if by_ex is not None:
            rv = by_ex(4)
        else:
            by_plain = getattr(x, '__reduce__', None)
            if by_plain is None:
                raise Error('un(%s)copyable object of type %s'
                            % (what, cls))
            rv = by_plain()
    return rv


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SELF or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    own = getattr(cls, '__copy__', None)
    if own is not None:
        return own(x)
    rv = _reduced(x, 'shallow')
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x and, recursively, of what it holds; memo maps the id
    of each object copied so far to its copy (shared parts stay shared,
    cycles end)."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if cls in _SELF:
        return x
    maker = _DEEP.get(cls)
    if maker is not None:
        y = maker(x, memo)
    else:
        own = getattr(x, '__deepcopy__', None)
        if own is not None:
            y = own(memo)
        else:
            rv = _reduced(x, 'deep')
            if isinstance(rv, str):
                return x
            y = _rebuild(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep(x, memo)
    return y


def _keep(x, memo):
    """Hold x alive while memo is in use, so that its id is not given to
    another object meanwhile (memo's own id keys the list)."""
    kept = memo.setdefault(id(memo), [])
    kept.append(x)


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # a tuple that holds it may already have been copied through a cycle
    done = memo.get(id(x))
    if done is not None:
        return done
    for old, new in zip(x, parts):
        if old is not new:
            return tuple(parts)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deep_set(x, memo):
    return type(x)(deepcopy(item, memo) for item in x)


def _deep_bytearray(x, memo):
    return bytearray(x)


_DEEP = {list: _deep_list, tuple: _deep_tuple, dict: _deep_dict,
         set: _deep_set, frozenset: _deep_set, bytearray: _deep_bytearray}


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """The object a __reduce_ex__ result describes; deep when memo is
    given (its parts copied deeply, the new object entered in memo before
    them so that cycles through it end)."""
    deep = memo is not None
    y = func(*(deepcopy(args, memo) if deep and args else args))
    if not deep:
        copy_of = _same
    else:
        memo[id(x)] = y
        copy_of = lambda part: deepcopy(part, memo)
    if state is not None:
        state = copy_of(state)
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            _set_state(y, state)
    for item in listiter or ():
        y.append(copy_of(item))
    for k, v in dictiter or ():
        y[copy_of(k)] = copy_of(v)
    return y


def _same(part):
    return part


def _set_state(y, state):
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)
'''

COLLECTIONS = '''
"""collections (written for rtpython): namedtuple, defaultdict,
OrderedDict, Counter, ChainMap, and deque (from _collections)."""
import sys as _sys
from _collections import deque, _bind_missing

_KEYWORDS = frozenset((
    'False None True and as assert async await break class continue def '
    'del elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield').split())


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys')
                                     and hasattr(obj, '__getitem__'))


class defaultdict(dict):
    # no __dict__, as CPython's
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory,
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged


_bind_missing(defaultdict)      # __missing__ runs in the interpreter's code
del _bind_missing


class OrderedDict(dict):
    """dicts keep insertion order already: this adds the order-aware
    methods, equality and repr."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        self.update(rest)

    def popitem(self, last=True):
        if len(self) == 0:
            raise KeyError('dictionary is empty')
        for key in (reversed(self) if last else self):
            return key, self.pop(key)

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return list(self) == list(other)
        return same

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        return '%s(%r)' % (name, list(self.items()))

    def copy(self):
        return type(self)(self)


class Counter(dict):
    """A dict of counts: a missing key counts 0."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use '
                                  'Counter(iterable) instead.')

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep their insertion order
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for item, times in self.items():
            for _ in range(times):
                yield item

    def _apply(self, iterable, kwds, sign):
        if iterable is not None:
            if _is_mapping(iterable):
                for item in iterable.keys():
                    self[item] = self[item] + sign * iterable[item]
            else:
                for item in iterable:
                    self[item] = self[item] + sign
        if kwds:
            self._apply(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        self._apply(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._apply(iterable, kwds, -1)

    def copy(self):
        return type(self)(self)

    def __delitem__(self, item):
        if item in self:
            dict.__delitem__(self, item)

    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # comparisons treat missing items as zero counts
    def _all_pairs(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(test(self[k], other[k]) for side in (self, other)
                   for k in side)

    def __eq__(self, other):
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __le__(self, other):
        return self._all_pairs(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._all_pairs(other, lambda a, b: a >= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combined(self, other, merge):
        """A new Counter of merge(mine, theirs) over my keys then the other's
        new ones, keeping the positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key in list(self) + [k for k in other if k not in self]:
            value = merge(self[key], other[key])
            if value > 0:
                out[key] = value
        return out

    def __add__(self, other):
        return self._combined(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combined(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combined(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combined(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return self._combined(Counter(), lambda a, b: a)

    def __neg__(self):
        return self._combined(Counter(), lambda a, b: -a)

    def _drop_nonpositive(self):
        for key in [k for k, v in self.items() if not v > 0]:
            dict.__delitem__(self, key)
        return self

    def __iadd__(self, other):
        for key, value in other.items():
            self[key] += value
        return self._drop_nonpositive()

    def __isub__(self, other):
        for key, value in other.items():
            self[key] -= value
        return self._drop_nonpositive()

    def __ior__(self, other):
        for key, value in other.items():
            if value > self[key]:
                self[key] = value
        return self._drop_nonpositive()

    def __iand__(self, other):
        for key, value in self.items():
            if other[key] < value:
                self[key] = other[key]
        return self._drop_nonpositive()


class ChainMap:
    """Several mappings searched in order; writes go to the first."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return default

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def _keys_in_order(self):
        # the order of a dict updated from the last mapping to the first
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return list(order)

    def __iter__(self):
        return iter(self._keys_in_order())

    def __len__(self):
        return len(self._keys_in_order())

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._keys_in_order()

    def values(self):
        return [self[k] for k in self._keys_in_order()]

    def items(self):
        return [(k, self[k]) for k in self._keys_in_order()]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        first = self.maps[0]
        if key not in first:
            raise KeyError('Key not found in the first mapping: %r' % (key,))
        del first[key]

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def clear(self):
        self.maps[0].clear()

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        first = {} if m is None else m
        first.update(kwargs)
        return type(self)(first, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(repr(m) for m in self.maps))


def _checked_field_names(typename, names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(names):
            if (name in seen or name.startswith('_') or name in _KEYWORDS
                    or not name.isidentifier()):
                names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r'
                             % (name,))
        seen.add(name)
    return tuple(names)


# the methods every namedtuple class gets (its __new__ is generated for
# its fields); each class holds them itself, as its only base is tuple
def _nt_make(cls, iterable):
    made = tuple.__new__(cls, iterable)
    if len(made) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d'
                        % (len(cls._fields), len(made)))
    return made


def _nt_replace(self, /, **kwds):
    values = [kwds.pop(name, old) for name, old in zip(self._fields, self)]
    if kwds:
        raise ValueError('Got unexpected field names: %r' % (list(kwds),))
    return self._make(values)


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_repr(self):
    inner = ', '.join('%s=%r' % pair for pair in zip(self._fields, self))
    return type(self).__name__ + '(' + inner + ')'


def _nt_getnewargs(self):
    return tuple(self)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    names = field_names.replace(',', ' ').split() \\
        if isinstance(field_names, str) else [str(f) for f in field_names]
    typename = _sys.intern(str(typename))
    fields = _checked_field_names(typename, names, rename)
    defaults = None if defaults is None else tuple(defaults)
    if defaults and len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    # the last fields take the defaults
    field_defaults = {} if not defaults else \\
        dict(zip(fields[len(fields) - len(defaults):], defaults))
    params = ', '.join(fields)
    # a real signature, so that wrong calls fail with CPython's messages
    scope = {'_build': tuple.__new__, '__name__': 'namedtuple_' + typename}
    exec('def __new__(_cls, %s):\\n    return _build(_cls, (%s%s))\\n'
         % (params, params, ',' if len(fields) == 1 else ''), scope)
    make = scope['__new__']
    make.__qualname__ = typename + '.__new__'
    if defaults is not None:
        make.__defaults__ = defaults
    body = {'__doc__': '%s(%s)' % (typename, params), '__slots__': (),
            '_fields': fields, '_field_defaults': field_defaults,
            '__new__': make, '__match_args__': fields,
            '_make': classmethod(_nt_make), '_replace': _nt_replace,
            '_asdict': _nt_asdict, '__repr__': _nt_repr,
            '__getnewargs__': _nt_getnewargs}
    for index, name in enumerate(fields):
        body[name] = property(_field_reader(index),
                              doc='Alias for field number %d' % index)
    cls = type(typename, (tuple,), body)
    cls.__module__ = _caller_module() if module is None else module
    return cls


def _caller_module():
    """The __name__ of the module that called namedtuple()."""
    try:
        caller = _sys._getframe(2)
    except (AttributeError, ValueError):
        return '__main__'
    return caller.f_globals.get('__name__', '__main__')


def _field_reader(index):
    return lambda self: self[index]


_USER_CLASSES = ('UserDict', 'UserList', 'UserString')


def __getattr__(name):
    # the User* classes derive from collections.abc's: made on first use
    # (module __getattr__), so that importing collections does not
    # compile collections.abc
    if name not in _USER_CLASSES:
        raise AttributeError(f"module 'collections' has no attribute "
                             f"'{name}'")
    import _collections_user
    for user_class in _USER_CLASSES:
        globals()[user_class] = getattr(_collections_user, user_class)
    return globals()[name]
'''

TYPING = '''
"""typing for rtpython: the objects annotations build at run time, with
the reprs, attributes and errors CPython 3.11 gives them.  Nothing is
checked.  Three kinds of object carry it: a _Form is a special form
(Union, Optional, ClassVar...), a _Bare is an unsubscripted alias of a
container (List, Dict, Callable...) and an _Alias is anything
subscripted (List[int], Box[T], Optional[str]), whose type variables can
be replaced by subscripting it again.  Then Generic and Protocol
classes, NamedTuple and TypedDict, NewType and the introspection
functions (get_type_hints, get_origin, get_args)."""
import collections
import collections.abc
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = """Annotated Any Callable ClassVar Concatenate Final ForwardRef
Generic Literal Optional ParamSpec Protocol Tuple Type TypeVar Union
TypeVarTuple Coroutine AsyncIterable AsyncIterator AsyncGenerator
AbstractSet ByteString Container Hashable ItemsView Iterable Iterator
KeysView Mapping MappingView MutableMapping MutableSequence MutableSet
Sequence Sized ValuesView Awaitable Collection Reversible Generator
SupportsAbs SupportsFloat SupportsIndex SupportsInt SupportsRound ChainMap
Counter Deque Dict DefaultDict List OrderedDict Set FrozenSet NamedTuple
TypedDict AnyStr assert_type assert_never cast clear_overloads
dataclass_transform final get_args get_origin get_overloads get_type_hints
is_typeddict LiteralString Never NewType no_type_check
no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs
ParamSpecKwargs Required reveal_type runtime_checkable Self Text
TYPE_CHECKING TypeAlias TypeGuard Unpack IO TextIO BinaryIO Pattern Match
ContextManager SupportsBytes SupportsComplex""".split()
GenericAlias = types.GenericAlias
_NoneType = type(None)


def _show(x):
    """How an argument appears inside the brackets of an alias."""
    if x is ...:
        return '...'
    if isinstance(x, types.FunctionType):
        return x.__name__
    if not isinstance(x, type) or isinstance(x, GenericAlias):
        return repr(x)
    if x.__module__ == 'builtins':
        return x.__qualname__
    return f'{x.__module__}.{x.__qualname__}'


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _convert(x, module=None):
    """None stands for NoneType and a string for the type it names."""
    if x is None:
        return _NoneType
    return ForwardRef(x, module=module) if isinstance(x, str) else x


def _as_type(x, msg, is_argument=True, allow_special=False, module=None):
    """x as the argument of a form or alias.  A bare form or a tuple is
    refused, so are ClassVar[...] (and Final[...] as an argument) unless
    the place allows them."""
    x = _convert(x, module)
    refused = (Generic, Protocol)
    if not allow_special:
        refused += (ClassVar, Final) if is_argument else (ClassVar,)
    if isinstance(x, _Alias) and x.__origin__ in refused:
        raise TypeError(f"{x} is not valid as type argument")
    if x in _PLAIN_FORMS or allow_special and x in (ClassVar, Final):
        return x
    if isinstance(x, _Form) or x in (Generic, Protocol):
        raise TypeError(f"Plain {x} is not valid as type argument")
    if type(x) is tuple:
        raise TypeError(f"{msg} Got {x!r:.100}.")
    return x


def _vars_in(args):
    """The distinct type variables of args, first appearance first."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        inner = (a,) if hasattr(a, '__typing_subst__') else \\
            getattr(a, '__parameters__', ())
        found.extend(v for v in inner if v not in found)
    return tuple(found)


def _check_arity(alias, args, expected):
    if not expected:
        raise TypeError(f"{alias} is not a generic class")
    got = len(args)
    if got != expected:
        word = 'many' if got > expected else 'few'
        raise TypeError(f"Too {word} arguments for {alias}; "
                        f"actual {got}, expected {expected}")


def _is_union(x):
    return isinstance(x, types.UnionType) or \\
        isinstance(x, _Alias) and x._kind == 'union'


def _module_of_caller(inside):
    """The module a TypeVar, NewType or NamedTuple is defined in: that of
    the code below the `inside` frames of typing calling this."""
    try:
        return sys._getframe(inside + 1).f_globals.get('__name__',
                                                       '__main__')
    except (AttributeError, ValueError):
        return None


# ---- special forms -------------------------------------------------------

class _Form:
    """typing.Union, typing.ClassVar...: refuses calls, isinstance() and
    subclassing; what a subscript makes is up to its `subscript`, a
    function, a message for forms taking one type, or None."""

    def __init__(self, name, doc, subscript=None):
        self._name = name
        self.__doc__ = doc
        self._subscript = subscript

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        how = self._subscript
        if how is None:
            raise TypeError(f"{self} is not subscriptable")
        if isinstance(how, str):
            return _Alias(self, (_as_type(params, how.format(self)),))
        return how(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for p in _as_tuple(params):
        p = _as_type(p, "Union[arg, ...]: each arg must be a type.")
        for m in p.__args__ if _is_union(p) else (p,):
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and _NoneType in members
    return _Alias(form, tuple(members), 'Optional' if optional else None,
                  kind='union')


def _optional(form, params):
    return Union[_as_type(params, f"{form} requires a single type."),
                 _NoneType]


def _literal(form, params):
    # 1 and True are equal but distinct literals.
    values = []
    for p in _as_tuple(params):
        inner = p.__args__ if isinstance(p, _Alias) and \\
            p._kind == 'literal' else (p,)
        for v in inner:
            if not any(type(w) is type(v) and w == v for w in values):
                values.append(v)
    return _Alias(form, tuple(values), kind='literal')


def _concatenate(form, params):
    if params == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    params = _as_tuple(params)
    if params[-1] is not ... and not isinstance(params[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    head = [_as_type(p, "Concatenate[arg, ...]: each arg must be a type.")
            for p in params[:-1]]
    return _Alias(form, (*head, params[-1]))


_ONE = 'typing.{0._name} accepts only single type.'
_ONE_KEY = '{0._name} accepts only a single type.'
NoReturn = _Form('NoReturn', "A function that never returns.")
Never = _Form('Never', "The bottom type: no value has it.")
Self = _Form('Self', "The class of the enclosing method's instance.")
LiteralString = _Form('LiteralString', "A string written in the source.")
TypeAlias = _Form('TypeAlias', "Declares a variable a type alias.")
ClassVar = _Form('ClassVar', "ClassVar[T]: a class attribute.", _ONE)
Final = _Form('Final', "Final[T]: a name not to be reassigned.", _ONE)
TypeGuard = _Form('TypeGuard', "TypeGuard[T]: the argument is a T.", _ONE)
Required = _Form('Required', "A key a TypedDict needs.", _ONE_KEY)
NotRequired = _Form('NotRequired', "A key a TypedDict may lack.",
                    _ONE_KEY)
Unpack = _Form('Unpack', "Unpack[Ts]: *Ts.", _ONE_KEY)
Union = _Form('Union', "Union[X, Y]: an X or a Y.", _union)
Optional = _Form('Optional', "Optional[X]: an X or None.", _optional)
Literal = _Form('Literal', "Literal[1, 'a']: one of these values.",
                _literal)
Concatenate = _Form('Concatenate', "Concatenate[X, P]: an X, then P.",
                    _concatenate)


class _AnyType(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(cls):
        return "typing.Any" if cls is Any else super().__repr__()


class Any(metaclass=_AnyType):
    """Any type at all (a class may derive from it)."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls, *args, **kwargs)
        raise TypeError("Any cannot be instantiated")


_PLAIN_FORMS = (Any, NoReturn, Never, Self, LiteralString, TypeAlias)


# ---- forward references and type variables ------------------------------

class ForwardRef:
    """An annotation still a string; get_type_hints evaluates it."""

    def __init__(self, arg, is_argument=True, module=None, *,
                 is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got "
                            f"{arg!r}")
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression "
                              f"-- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_class__ = is_class
        self.__forward_is_argument__ = is_argument
        # Kept for programs that read them; nothing here caches a value.
        self.__forward_value__ = None
        self.__forward_evaluated__ = False

    def _value_in(self, globalns, localns):
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__)
            globalns = getattr(home, '__dict__', globalns)
        value = eval(self.__forward_arg__, globalns, localns)
        return _as_type(value, "Forward references must evaluate to types.",
                        self.__forward_is_argument__,
                        self.__forward_is_class__)

    def _key(self):
        return self.__forward_arg__, self.__forward_module__

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = self.__forward_module__
        extra = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


class _Variable:
    """TypeVar and ParamSpec: a name, a bound and a variance."""

    def _setup(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _as_type(bound, "Bound must be a type.") \\
            if bound else None
        module = _module_of_caller(2)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        return ('-' if self.__contravariant__ else '~') + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __init_subclass__(cls, *args, **kwargs):
        # TypeVar and ParamSpec themselves; nothing below them.
        if _Variable not in cls.__bases__:
            raise TypeError("Cannot subclass special typing classes")


class TypeVar(_Variable):
    """T = TypeVar('T'), with constraints or bound=."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _as_type(c, "TypeVar(name, constraint, ...): constraints must "
                     "be types.") for c in constraints)

    def __typing_subst__(self, arg):
        return _as_type(arg, "Parameters to generic types must be types.")


class _SpecPart:
    """P.args or P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_SpecPart):
    _part = 'args'


class ParamSpecKwargs(_SpecPart):
    _part = 'kwargs'


class ParamSpec(_Variable):
    """P = ParamSpec('P'): the parameters of a callable."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self._setup(name, bound, covariant, contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_as_type(a, "Expected a type.") for a in arg)
        if arg is ... or isinstance(arg, ParamSpec):
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {arg}")


class TypeVarTuple:
    """Ts = TypeVarTuple('Ts'): any number of types, which *Ts (that is
    Unpack[Ts]) stands for in a subscript: Generic[*Ts], tuple[int, *Ts]."""

    def __init__(self, name):
        self.__name__ = name
        module = _module_of_caller(1)
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass special typing classes")


def _is_unpacked_tuple_var(x):
    return isinstance(x, _Alias) and x.__origin__ is Unpack and \
        isinstance(x.__args__[0], TypeVarTuple)


# ---- aliases ------------------------------------------------------------

_NO_CHECKS = "Subscripted generics cannot be used with class and " \\
    "instance checks"


class _AliasBase:
    """Calling an alias creates its origin (which learns its
    __orig_class__); other attributes are the origin's."""

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        made = origin(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name or self.__origin__.__name__
        origin = self.__dict__.get('__origin__')
        dunder = attr[:2] == '__' and attr[-2:] == '__'
        if origin is None or dunder:
            raise AttributeError(attr)
        return getattr(origin, attr)

    def __mro_entries__(self, bases):
        # The origin, and Generic unless a later base brings it.
        entries = () if self.__origin__ in bases else (self.__origin__,)
        later = bases[bases.index(self) + 1:]
        if any(isinstance(b, _AliasBase) or issubclass(b, Generic)
               for b in later):
            return entries
        return entries + (Generic,)

    def __subclasscheck__(self, cls):
        raise TypeError(_NO_CHECKS)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _Alias(_AliasBase):
    """A subscripted form, container alias or generic class.  _kind says
    which rules of repr and equality apply: 'union', 'literal',
    'callable', 'annotated' or None."""

    def __init__(self, origin, args, name=None, inst=True, kind=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst
        self._kind = kind
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _vars_in(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def _identity(self):
        if self._kind in ('union', 'literal'):
            return frozenset(self.__args__)
        if self._kind == 'annotated':
            return self.__origin__, self.__metadata__
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if self._kind == 'union' and isinstance(other, types.UnionType):
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._kind == other._kind and \\
            self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity())

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        args = tuple(_convert(a) for a in _as_tuple(args))
        args = _spec_args(self.__parameters__, args)
        _check_arity(self, args, len(self.__parameters__))
        values = dict(zip(self.__parameters__, args))
        # What replaces a ParamSpec spreads into the arguments of a
        # Callable or Concatenate: Callable[P, R][[A, B]] is
        # Callable[[A, B], R], and so is Callable[Concatenate[A, P], R][[B]].
        spread = self._kind == 'callable' or self.__origin__ is Concatenate
        new = []
        for a in self.__args__:
            a = _substitute(a, values)
            if spread and _is_concatenate(a) and \\
                    not _param_like(a.__args__[-1]):
                a = a.__args__
            if spread and isinstance(a, tuple):
                new.extend(a)
            else:
                new.append(a)
        return self.copy_with(tuple(new))

    def copy_with(self, args):
        if self._kind == 'union':
            return Union[args]
        if self._kind == 'annotated':
            return _annotated(args[0], self.__metadata__)
        return _Alias(self.__origin__, args, self._name, self._inst,
                      self._kind)

    def __repr__(self):
        args = self.__args__
        if self._kind == 'annotated':
            extra = ", ".join(repr(m) for m in self.__metadata__)
            return f"typing.Annotated[{_show(self.__origin__)}, {extra}]"
        if self.__origin__ is Unpack:
            return '*' + repr(args[0])
        if self._kind == 'union' and len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f'typing.Optional[{_show(other)}]'
        if self._kind == 'callable' and not _takes_anything(args):
            shown = ", ".join(_show(a) for a in args[:-1])
            return f'typing.Callable[[{shown}], {_show(args[-1])}]'
        head = 'typing.' + self._name if self._name and \\
            self._kind != 'union' else _show(self.__origin__)
        inner = ", ".join(_show(a) for a in args) if args else "()"
        return f'{head}[{inner}]'

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._kind == 'annotated':
            return (origin,)
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            # Protocol or another subscripted base brings Generic.
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _AliasBase)
                                        for b in later):
                return ()
        return (origin,)

    def __subclasscheck__(self, cls):
        if self._kind == 'union':
            return any(issubclass(cls, a) for a in self.__args__)
        return super().__subclasscheck__(cls)


def _substitute(arg, values):
    """arg with the type variables of values replaced."""
    if isinstance(arg, type):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return arg.__typing_subst__(values[arg])
    inner = getattr(arg, '__parameters__', ())
    if not inner:
        return arg
    return arg[tuple(values.get(v, v) for v in inner)]


def _is_concatenate(x):
    return isinstance(x, _Alias) and x.__origin__ is Concatenate


def _param_like(x):
    """Whether x stands for a whole parameter list."""
    return x is ... or isinstance(x, ParamSpec) or _is_concatenate(x)


def _takes_anything(args):
    """Callable[..., R], Callable[P, R] and Callable[Concatenate[X, P], R]
    print as written."""
    return len(args) == 2 and _param_like(args[0])


def _spec_args(params, args):
    """The arguments for params when a ParamSpec is among them: a list
    for it is kept as a tuple, and a class whose only parameter is one
    takes Z[int, str] as Z[[int, str]]."""
    if not any(isinstance(p, ParamSpec) for p in params) or not args:
        return args
    first = args[0]
    if len(params) == 1 and not (_param_like(first) or
                                 isinstance(first, (tuple, list))):
        return (args,)
    return tuple(tuple(a) if isinstance(a, list) and
                 isinstance(p, ParamSpec) else a
                 for p, a in zip(params, args)) + args[len(params):]


class _Bare(_AliasBase):
    """List, Dict, Callable...: a container alias not yet subscripted;
    isinstance() and issubclass() read it as its origin.  kind 'tuple'
    takes any number of arguments, 'callable' an argument list and a
    result."""

    def __init__(self, name, origin, nparams, inst=True, kind=None):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst
        self._kind = kind
        where = '' if origin.__module__ == 'builtins' else \\
            origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        if self._kind == 'callable':
            args = _callable_args(params)
        elif self._kind == 'tuple':
            args = _tuple_args(_as_tuple(params))
        else:
            args = tuple(_as_type(p, "Parameters to generic types must be "
                                  "types.") for p in _as_tuple(params))
            _check_arity(self, args, self._nparams)
        return _Alias(self.__origin__, args, self._name, self._inst,
                      self._kind)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _Alias):
            return super().__subclasscheck__(cls)
        if isinstance(cls, _Bare):
            cls = cls.__origin__
        return issubclass(cls, self.__origin__)


def _callable_args(params):
    """Callable[[A, B], R] is kept as (A, B, R); what stands for the
    arguments is not checked (Callable[P, R], Callable[..., R] ...)."""
    if len(_as_tuple(params)) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], "
                        "result].")
    args, result = params
    result = _as_type(result, "Callable[args, result]: result must be a "
                      "type.")
    if args is ...:
        return args, result
    args = tuple(args) if isinstance(args, list) else _as_tuple(args)
    return (*(_convert(a) for a in args), result)


def _tuple_args(params):
    if len(params) > 1 and params[-1] is ...:
        return (*(_as_type(p, "Tuple[t, ...]: t must be a type.")
                  for p in params[:-1]), ...)
    return tuple(_as_type(p, "Tuple[t0, t1, ...]: each t must be a type.")
                 for p in params)


_abc = collections.abc
Hashable = _Bare('Hashable', _abc.Hashable, 0)
Awaitable = _Bare('Awaitable', _abc.Awaitable, 1)
Iterable = _Bare('Iterable', _abc.Iterable, 1)
Iterator = _Bare('Iterator', _abc.Iterator, 1)
Reversible = _Bare('Reversible', _abc.Reversible, 1)
Sized = _Bare('Sized', _abc.Sized, 0)
Container = _Bare('Container', _abc.Container, 1)
Collection = _Bare('Collection', _abc.Collection, 1)
Callable = _Bare('Callable', _abc.Callable, 2, kind='callable')
AbstractSet = _Bare('AbstractSet', _abc.Set, 1)
MutableSet = _Bare('MutableSet', _abc.MutableSet, 1)
Mapping = _Bare('Mapping', _abc.Mapping, 2)
MutableMapping = _Bare('MutableMapping', _abc.MutableMapping, 2)
Sequence = _Bare('Sequence', _abc.Sequence, 1)
MutableSequence = _Bare('MutableSequence', _abc.MutableSequence, 1)
ByteString = _Bare('ByteString', _abc.ByteString, 0)
MappingView = _Bare('MappingView', _abc.MappingView, 1)
KeysView = _Bare('KeysView', _abc.KeysView, 1)
ItemsView = _Bare('ItemsView', _abc.ItemsView, 2)
ValuesView = _Bare('ValuesView', _abc.ValuesView, 1)
Generator = _Bare('Generator', _abc.Generator, 3)
Coroutine = _Bare('Coroutine', _abc.Coroutine, 3)
AsyncIterable = _Bare('AsyncIterable', _abc.AsyncIterable, 1)
AsyncIterator = _Bare('AsyncIterator', _abc.AsyncIterator, 1)
AsyncGenerator = _Bare('AsyncGenerator', _abc.AsyncGenerator, 2)
Tuple = _Bare('Tuple', tuple, -1, False, 'tuple')
List = _Bare('List', list, 1, False)
Set = _Bare('Set', set, 1, False)
FrozenSet = _Bare('FrozenSet', frozenset, 1, False)
Dict = _Bare('Dict', dict, 2, False)
Type = _Bare('Type', type, 1, False)
Deque = _Bare('Deque', collections.deque, 1)
DefaultDict = _Bare('DefaultDict', collections.defaultdict, 2)
OrderedDict = _Bare('OrderedDict', collections.OrderedDict, 2)
Counter = _Bare('Counter', collections.Counter, 1)
ChainMap = _Bare('ChainMap', collections.ChainMap, 2)
del _abc
Text = str
TYPE_CHECKING = False


# ---- Generic and Protocol -----------------------------------------------

def _check_declared(cls, params):
    """The parameters of Generic[...] or Protocol[...]."""
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] "
                        "cannot be empty")
    if not all(isinstance(p, (TypeVar, ParamSpec)) or
               _is_unpacked_tuple_var(p) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be "
                        "type variables or parameter specification "
                        "variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be "
                        "unique")


def _class_parameters(cls):
    """The type variables of a new generic class: those its subscripted
    bases use, which Generic[...] among them must all list."""
    bases = cls.__dict__.get('__orig_bases__')
    if bases is None:
        plain = Generic in cls.__bases__ and cls.__name__ != 'Protocol' \\
            and type(cls) is not _TypedDictType
        bases = cls.__bases__ if plain else ()
    if Generic in bases:
        raise TypeError("Cannot inherit from plain Generic")
    found = _vars_in(bases)
    listed = [b.__parameters__ for b in bases
              if isinstance(b, _Alias) and b.__origin__ is Generic]
    if not listed:
        return found
    if len(listed) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple times.")
    missing = [str(v) for v in found if v not in listed[0]]
    if missing:
        raise TypeError(f"Some type variables ({', '.join(missing)}) are "
                        f"not listed in Generic"
                        f"[{', '.join(str(v) for v in listed[0])}]")
    return listed[0]


class Generic:
    """The base of generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_convert(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            _check_declared(cls, params)
        elif any(isinstance(p, TypeVarTuple) for p in cls.__parameters__):
            # the TypeVarTuple takes the arguments the others leave
            fixed = len(cls.__parameters__) - 1
            if len(params) < fixed:
                raise TypeError(f"Too few arguments for {cls}; actual "
                                f"{len(params)}, expected at least {fixed}")
        else:
            params = _spec_args(cls.__parameters__, params)
            _check_arity(cls, params, len(cls.__parameters__))
        return _Alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _class_parameters(cls)


# What a class body holds besides the members a protocol asks for.
_NOT_MEMBERS = frozenset(
    '__abstractmethods__ __annotations__ __dict__ __doc__ __init__ '
    '__module__ __new__ __slots__ __subclasshook__ __weakref__ '
    '__class_getitem__ __parameters__ __orig_bases__ __orig_class__ '
    '_is_protocol _is_runtime_protocol __protocol_attrs__ __qualname__ '
    '__init_subclass__ _abc_virtual'.split())


def _members(proto):
    """The names a protocol class declares, methods or annotated."""
    names = set()
    for c in proto.__mro__[:-1]:
        if c.__name__ in ('Protocol', 'Generic'):
            continue
        names.update(n for n in [*c.__dict__, *getattr(c, '__annotations__',
                                                       {})]
                     if n not in _NOT_MEMBERS and not n.startswith('_abc_'))
    return names


def _checkable(cls):
    """Whether cls is a protocol; one not marked @runtime_checkable
    cannot be asked about."""
    if not getattr(cls, '_is_protocol', False):
        return False
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used"
                        " with @runtime_checkable protocols")
    return True


def _provides(obj, proto, name):
    # A method the object sets to None counts as absent.
    if not hasattr(obj, name):
        return False
    return not callable(getattr(proto, name, None)) or \\
        getattr(obj, name) is not None


class _ProtocolType(ABCMeta):
    def __instancecheck__(cls, obj):
        if _checkable(cls) and all(_provides(obj, cls, n)
                                   for n in _members(cls)):
            return True
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, other):
        if not _checkable(cls):
            return super().__subclasscheck__(other)
        members = _members(cls)
        if not all(callable(getattr(cls, n, None)) for n in members):
            raise TypeError("Protocols with non-method members don't "
                            "support issubclass()")
        return all(any(n in c.__dict__ for c in other.__mro__)
                   for n in members)


def _refuse_instances(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolType):
    """The base of structural types, which isinstance() checks member by
    member once @runtime_checkable."""
    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _refuse_instances


def runtime_checkable(cls):
    """Lets isinstance() check a protocol by its members."""
    if not (issubclass(cls, Generic) and getattr(cls, '_is_protocol',
                                                 False)):
        raise TypeError('@runtime_checkable can be only applied to '
                        f'protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _annotated(origin, metadata):
    if isinstance(origin, _Alias) and origin._kind == 'annotated':
        origin, metadata = origin.__origin__, origin.__metadata__ + metadata
    alias = _Alias(origin, (origin,), kind='annotated')
    alias.__metadata__ = metadata
    return alias


class Annotated:
    """Annotated[T, x, ...]: T, with metadata for tools."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least "
                            "two arguments (a type and an annotation).")
        tp = _as_type(params[0], "Annotated[t, ...]: t must be a type.",
                      allow_special=True)
        return _annotated(tp, params[1:])


# ---- functions for type checkers ----------------------------------------

def cast(typ, val):
    """val itself (the type is for checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\\n")
    return obj


def assert_never(arg, /):
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: "
                         + shown)


_overloads = {}


def _overloaded(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of "
        "@overload-decorated functions outside a stub module "
        "should always be followed by an implementation that is not "
        "@overload-ed.")


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return func.__module__, func.__qualname__


def overload(func):
    """Remembers one signature; the implementation defined last replaces
    the name."""
    try:
        _overloads.setdefault(_overload_key(func), []).append(func)
    except AttributeError:
        pass
    return _overloaded


def get_overloads(func):
    return list(_overloads.get(_overload_key(func), ()))


def clear_overloads():
    _overloads.clear()


def _mark(obj, attr, value):
    """obj with attr set where it takes attributes."""
    try:
        setattr(obj, attr, value)
    except (AttributeError, TypeError):
        pass
    return obj


def final(f):
    return _mark(f, '__final__', True)


def no_type_check(arg):
    return _mark(arg, '__no_type_check__', True)


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(),
                        **kwargs):
    spec = dict(eq_default=eq_default, order_default=order_default,
                kw_only_default=kw_only_default,
                field_specifiers=field_specifiers, kwargs=kwargs)
    return lambda target: _mark(target, '__dataclass_transform__', spec)


class NewType:
    """UserId = NewType('UserId', int): calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _module_of_caller(1)
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        parent = self.__name__

        class Refuser:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you "
                    f"were looking for: `{name} = NewType({name!r}, "
                    f"{parent})`")
        return (Refuser,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- NamedTuple and TypedDict -------------------------------------------

def _class_syntax(meta, name):
    """The base `class X(NamedTuple)` really derives from: an empty class
    of meta, which then builds X."""
    return type.__new__(meta, name, (), {})


# Names of a NamedTuple class body the namedtuple itself defines.
_NT_OWN = frozenset('__new__ __init__ __slots__ __getnewargs__ _fields '
                    '_field_defaults _make _replace _asdict _source'.split())


def _typed_namedtuple(name, fields, module, defaults=()):
    fields = list(fields)
    annotations = {f: _as_type(t, f"field {f} annotation must be a type",
                               module=module) for f, t in fields}
    cls = collections.namedtuple(name, [f for f, _ in fields],
                                 defaults=defaults, module=module)
    cls.__annotations__ = annotations
    return cls


def _defaults_of(fields, ns):
    """The values given to the last fields of a NamedTuple body."""
    given = []
    for f in fields:
        if f in ns:
            given.append(f)
        elif given:
            s = 's' if len(given) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {f} cannot "
                            f"follow default field{s} {', '.join(given)}")
    return [ns[f] for f in given]


class _NamedTupleType(type):
    def __new__(meta, typename, bases, ns):
        if any(type(b) is not meta and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and '
                            'Generic')
        fields = ns.get('__annotations__', {})
        cls = _typed_namedtuple(typename, fields.items(), ns['__module__'],
                                _defaults_of(fields, ns))
        for key, value in ns.items():
            if key in _NT_OWN:
                raise AttributeError("Cannot overwrite NamedTuple "
                                     "attribute " + key)
            if key not in ('__module__', '__name__', '__annotations__') \\
                    and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with types: NamedTuple('P', [('x', int)]), or a class
    statement with annotated fields."""
    if kwargs and fields is not None:
        raise TypeError("Either list of fields or keywords can be provided "
                        "to NamedTuple, not both")
    return _typed_namedtuple(typename, kwargs.items() if fields is None
                             else fields, _module_of_caller(1))


_named_tuple_base = _class_syntax(_NamedTupleType, 'NamedTuple')
NamedTuple.__mro_entries__ = lambda bases: (_named_tuple_base,)


def _key_required(tp, total):
    origin = get_origin(tp)
    if origin is Required or origin is NotRequired:
        return origin is Required
    return total


class _TypedDictType(type):
    def __new__(meta, name, bases, ns, total=True):
        if any(type(b) is not meta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        cls = type.__new__(meta, name, (dict,), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _as_type(t, msg, module=cls.__module__)
               for k, t in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for b in bases:
            annotations.update(b.__dict__.get('__annotations__', {}))
            required.update(b.__dict__.get('__required_keys__', ()))
            optional.update(b.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for k, t in own.items():
            (required if _key_required(t, total) else optional).add(k)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if not hasattr(cls, '__total__'):
            cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class '
                        'checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys: TypedDict('P', {'x': int}) or a class
    statement; calling it makes a plain dict."""
    if kwargs and fields is not None:
        raise TypeError("TypedDict takes either a dict or keyword "
                        "arguments, but not both")
    ns = {'__annotations__': dict(kwargs if fields is None else fields)}
    module = _module_of_caller(1)
    if module is not None:
        ns['__module__'] = module
    return _TypedDictType(typename, (), ns, total=total)


_typed_dict_base = _class_syntax(_TypedDictType, 'TypedDict')
TypedDict.__mro_entries__ = lambda bases: (_typed_dict_base,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictType)


# ---- introspection -------------------------------------------------------

def _map_args(t, fn):
    """The alias or union t with fn applied to its arguments (t itself
    when none changes)."""
    if not isinstance(t, (_Alias, GenericAlias, types.UnionType)):
        return t
    args = tuple(fn(a) for a in t.__args__)
    if args == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        return Union[args]
    return t.copy_with(args)


def _evaluated(t, globalns, localns):
    """t with its ForwardRefs evaluated, however deep (and the strings in
    list['int'], which stay strings until now)."""
    if isinstance(t, ForwardRef):
        return _evaluated(t._value_in(globalns, localns), globalns, localns)
    if isinstance(t, GenericAlias):
        t = _map_args(t, _convert)
    return _map_args(t, lambda a: _evaluated(a, globalns, localns))


def _without_extras(t):
    """t without Annotated, Required and NotRequired, however deep."""
    if isinstance(t, _Alias) and t._kind == 'annotated':
        return _without_extras(t.__origin__)
    if isinstance(t, _Alias) and t.__origin__ in (Required, NotRequired):
        return _without_extras(t.__args__[0])
    return _map_args(t, _without_extras)


def _resolve_into(hints, annotations, globalns, localns, is_argument,
                  is_class):
    for name, t in annotations.items():
        if t is None:
            t = _NoneType
        elif isinstance(t, str):
            t = ForwardRef(t, is_argument, is_class=is_class)
        hints[name] = _evaluated(t, globalns, localns)


def _class_hints(cls, globalns, localns):
    # Bases first, so a subclass's annotation wins.  Without namespaces,
    # the class body's names are the globals and the module's the locals.
    hints = {}
    for c in reversed(cls.__mro__):
        ann = c.__dict__.get('__annotations__')
        if not isinstance(ann, dict):
            continue
        g, l = globalns, localns
        if g is None:
            g = getattr(sys.modules.get(c.__module__), '__dict__', {})
        if l is None:
            l = dict(vars(c))
        if globalns is None and localns is None:
            g, l = l, g
        _resolve_into(hints, ann, g, l, False, True)
    return hints


def _globals_of(obj):
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' too), a function or a
    module, strings evaluated and None read as NoneType."""
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            globalns = _globals_of(obj)
        if localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (types.ModuleType, types.FunctionType,
                                types.MethodType,
                                types.BuiltinFunctionType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, '
                            'or function.')
        hints = {}
        _resolve_into(hints, ann, globalns, localns,
                      not isinstance(obj, types.ModuleType), False)
    if include_extras:
        return hints
    return {k: _without_extras(t) for k, t in hints.items()}


def get_origin(tp):
    """What was subscripted: get_origin(List[int]) is list."""
    if isinstance(tp, _Alias) and tp._kind == 'annotated':
        return Annotated
    if isinstance(tp, (_AliasBase, GenericAlias, _SpecPart)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return types.UnionType if isinstance(tp, types.UnionType) else None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if isinstance(tp, _Alias) and tp._kind == 'annotated':
        return (tp.__origin__, *tp.__metadata__)
    if not isinstance(tp, (_Alias, GenericAlias)):
        return ()
    args = tp.__args__
    if tp.__origin__ is collections.abc.Callable and \\
            not _takes_anything(args):
        return list(args[:-1]), args[-1]
    return args


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co: ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: ...


# ---- files and regular expressions ---------------------------------------

class IO(Generic[AnyStr]):
    """What a file object offers, for annotations only: the real file
    classes do not derive from it, so isinstance(open(p), IO) is False,
    as in CPython.  Its members are filled in from the tables below."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


def _declare(cls, methods, properties):
    """Abstract members that do nothing, as annotations need them."""
    for name in methods.split():
        def member(self, *args, **kwargs):
            return None
        member.__name__ = name
        member.__qualname__ = cls.__name__ + '.' + name
        setattr(cls, name, abstractmethod(member))
    for name in properties.split():
        def read(self):
            return None
        read.__name__ = name
        setattr(cls, name, property(abstractmethod(read)))


_declare(IO, 'close fileno flush isatty read readable readline readlines '
         'seek seekable tell truncate writable write writelines '
         '__enter__ __exit__', 'mode name closed')
_declare(BinaryIO, 'write __enter__', '')
_declare(TextIO, '__enter__',
         'buffer encoding errors line_buffering newlines')
del _declare


# Aliases of classes that live in modules `import typing` does not need
# otherwise: made on first use (module __getattr__), so that importing
# typing does not import re or contextlib.
_LATER = {'Pattern': ('re', 'Pattern'), 'Match': ('re', 'Match'),
          'ContextManager': ('contextlib', 'AbstractContextManager')}


def __getattr__(name):
    if name not in _LATER:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    module, attr = _LATER[name]
    alias = _Bare(name, getattr(__import__(module), attr), 1)
    globals()[name] = alias
    return alias
'''

ABC = '''
"""abc (written for rtpython): abstract methods make a class
uninstantiable until a subclass overrides them all; register() records
virtual subclasses for isinstance/issubclass."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls, own):
    """The abstract methods of cls, own being its class body's items:
    those declared so there, and those inherited as abstract that still
    resolve to an abstract value."""
    pending = [n for n, v in own if _is_abstract(v)]
    for base in cls.__bases__:
        for n in getattr(base, '__abstractmethods__', ()):
            if n not in pending and _is_abstract(getattr(cls, n, None)):
                pending.append(n)
    return frozenset(pending)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an ABC whose methods were set
    after its class statement (a class decorator's work); returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items())
        cls._abc_virtual = []
        return cls

    def __call__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing and (args or kwargs) and cls.__new__ is object.__new__ \\
                and cls.__init__ is object.__init__:
            # object() refuses the arguments before it looks at what is
            # abstract: "A() takes no arguments"
            return type.__call__(cls, *args, **kwargs)
        if missing:
            raise TypeError("Can't instantiate abstract class %s with "
                            "abstract method%s %s"
                            % (cls.__name__, 's' if len(missing) > 1 else '',
                               ', '.join(missing)))
        return type.__call__(cls, *args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls._abc_virtual.append(subclass)
        return subclass

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if type.__subclasscheck__(cls, subclass):
            return True
        if any(issubclass(subclass, v) for v in cls._abc_virtual):
            return True
        # registered with a subclass (int with numbers.Integral is a
        # numbers.Number)
        return any(issubclass(subclass, s)
                   for s in type.__subclasses__(cls))

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


class ABC(metaclass=ABCMeta):
    __slots__ = ()
'''

RANDOM = '''
"""random (written for rtpython) over _random's Mersenne Twister.

CPython's sequences are part of the contract: a seeded program must draw
what it draws under CPython.  So each method consumes the generator as
CPython's does (how many words, in which order, which float formula), as
its documentation and the published algorithms describe; the code is
this interpreter's own."""
import math as _math
from _random import Random as _Core

_TWO_PI = 2.0 * _math.pi
# the Kinderman-Monahan ratio-of-uniforms constant: 4 e^-1/2 / sqrt 2
_KM_CONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)


def _whole(value, what):
    """randrange's arguments: integers, or floats with integral values."""
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    whole = int(value)
    if whole != value:
        raise ValueError('non-integer %s for randrange()' % what)
    return whole


def _upper_bound(cumulative, target, hi):
    """The first index in cumulative[0:hi] whose value exceeds target."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if target < cumulative[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    totals = []
    for v in values:
        totals.append(v if not totals else totals[-1] + v)
    return totals


def _sample_set_threshold(k):
    """Up to this population size, sample() draws from a copied pool;
    above it, it redraws positions already chosen (CPython's rule: 21,
    plus for k > 5 the smallest power of 4 above 3k)."""
    if k <= 5:
        return 21
    power = 4
    while power <= 3 * k:
        power *= 4
    return 21 + power


def _old_string_seed(text):
    """The number version 1 seeding (Python 2's) made of a str or bytes:
    a multiplicative hash of the code points, then xored with the
    length."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    mixed = ord(text[0]) << 7 if text else 0
    for ch in text:
        mixed = (mixed * 1000003 ^ ord(ch)) & _MASK64
    mixed ^= len(text)
    return -2 if mixed == -1 else mixed


_MASK64 = (1 << 64) - 1
_SHA512_TABLES = []


def _root_bits(n, k):
    """The first 64 bits after the point of the k-th root of n:
    floor(root(n * 2**(64k))) mod 2**64, by Newton's method on ints."""
    target = n << (64 * k)
    x = 1 << ((target.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + target // x ** (k - 1)) // k
        if y >= x:
            return x & _MASK64
        x = y


def _sha512_tables():
    """SHA-512's constants as FIPS 180-4 defines them: the round
    constants from the cube roots of the first 80 primes, the initial
    state from the square roots of the first 8 (computed on first use)."""
    if not _SHA512_TABLES:
        primes = []
        candidate = 2
        while len(primes) < 80:
            if all(candidate % p for p in primes):
                primes.append(candidate)
            candidate += 1
        _SHA512_TABLES.append([_root_bits(p, 3) for p in primes])
        _SHA512_TABLES.append([_root_bits(p, 2) for p in primes[:8]])
    return _SHA512_TABLES


def _rotr(x, n):
    return (x >> n) | ((x << (64 - n)) & _MASK64)


def _sha512_block(state, block, rounds):
    words = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    for t in range(16, 80):
        w15 = words[t - 15]
        w2 = words[t - 2]
        sigma0 = _rotr(w15, 1) ^ _rotr(w15, 8) ^ (w15 >> 7)
        sigma1 = _rotr(w2, 19) ^ _rotr(w2, 61) ^ (w2 >> 6)
        words.append((words[t - 16] + sigma0 + words[t - 7] + sigma1)
                     & _MASK64)
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        choose = (e & f) ^ (~e & _MASK64 & g)
        sum1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        t1 = h + sum1 + choose + rounds[t] + words[t]
        majority = (a & b) ^ (a & c) ^ (b & c)
        sum0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        h, g, f, e = g, f, e, (d + t1) & _MASK64
        d, c, b, a = c, b, a, (t1 + sum0 + majority) & _MASK64
    return [(x + y) & _MASK64 for x, y in zip(state, (a, b, c, d, e, f, g,
                                                      h))]


def _sha512(data):
    """The SHA-512 digest of bytes data (what seed() of a str needs; no
    hashlib here)."""
    rounds, initial = _sha512_tables()
    size = len(data)
    # a 1 bit, zeros up to 112 mod 128 bytes, then the bit length
    padded = data + b'\\x80' + bytes((111 - size) % 128) \\
        + (size * 8).to_bytes(16, 'big')
    state = initial
    for start in range(0, len(padded), 128):
        state = _sha512_block(state, padded[start:start + 128], rounds)
    return b''.join(x.to_bytes(8, 'big') for x in state)


class Random(_Core):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            a = _old_string_seed(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            # the text's bytes followed by their SHA-512 digest, read as
            # one big-endian number
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data), 'big')
        elif a is not None and not isinstance(
                a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\\n'
                            'int, float, str, bytes, and bytearray.')
        _Core.seed(self, a)
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, _Core.getstate(self), self.gauss_next)

    def setstate(self, state):
        if state[0] != self.VERSION:
            raise ValueError('state with version %s passed to '
                             'Random.setstate() of version %s'
                             % (state[0], self.VERSION))
        _Core.setstate(self, state[1])
        self.gauss_next = state[2]

    def _randbelow(self, n):
        # draw as many bits as n has until the draw is below n
        bits = n.bit_length()
        while True:
            draw = self.getrandbits(bits)
            if draw < n:
                return draw

    def randrange(self, start, stop=None, step=1):
        first = _whole(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(first)
        last = _whole(stop, 'stop')
        stride = _whole(step, 'step')
        width = last - first
        if stride == 1:
            if width <= 0:
                raise ValueError('empty range for randrange() (%d, %d, %d)'
                                 % (first, last, width))
            return first + self._randbelow(width)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // stride)      # ceil(width / stride), any signs
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def choice(self, seq):
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        # Fisher-Yates from the end: position i swaps with one in [0, i]
        i = len(x) - 1
        while i > 0:
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or \\
                not hasattr(population, '__getitem__'):
            raise TypeError('Population must be a sequence.  For dicts or '
                            'sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if k < 0 or k > size:
            raise ValueError('Sample larger than population or is negative')
        if size <= _sample_set_threshold(k):
            # a partial Fisher-Yates on a copy: the taken slot receives
            # the pool's last live item
            pool = list(population)
            picked = []
            for live in range(size, size - k, -1):
                at = self._randbelow(live)
                picked.append(pool[at])
                pool[at] = pool[live - 1]
            return picked
        taken = set()
        picked = []
        while len(picked) < k:
            at = self._randbelow(size)
            if at not in taken:
                taken.add(at)
                picked.append(population[at])
        return picked

    def _sample_counted(self, population, size, counts, k):
        bounds = _running_totals(counts)
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the '
                             'population')
        total = bounds.pop() if bounds else 0
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        elif total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_upper_bound(bounds, s, len(bounds))]
                for s in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = float(size)
                return [population[_math.floor(self.random() * scale)]
                        for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%d' % weights) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        return [population[_upper_bound(cum_weights, self.random() * total,
                                        size - 1)]
                for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            split = 0.5
        elif high == low:
            return low
        else:
            split = (mode - low) / (high - low)
        if u > split:
            # the upper side, mirrored
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _math.sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _KM_CONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: each pair of draws gives two deviates; the second is
        # kept for the next call
        kept = self.gauss_next
        if kept is not None:
            self.gauss_next = None
            return mu + kept * sigma
        angle = self.random() * _TWO_PI
        radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
        self.gauss_next = _math.sin(angle) * radius
        return mu + _math.cos(angle) * radius * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)


_shared = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint',
              'choice', 'randrange', 'sample', 'shuffle', 'choices',
              'normalvariate', 'lognormvariate', 'expovariate',
              'paretovariate', 'weibullvariate', 'gauss', 'getstate',
              'setstate', 'getrandbits', 'randbytes'):
    globals()[_name] = getattr(_shared, _name)
del _name
'''

POSIXPATH = '''
"""os.path for POSIX paths (written for rtpython); results as CPython's
posixpath for str paths."""
import os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def isabs(s):
    s = os.fspath(s)
    return s[:1] == '/'


def join(a, *p):
    a = os.fspath(a)
    p = [os.fspath(x) for x in p]
    result = a
    for part in p:
        if part[:1] == '/':
            result = part                 # an absolute part restarts
        elif result == '' or result[-1:] == '/':
            result = result + part
        else:
            result = result + '/' + part
    return result


def _cut(p):
    """p's directory part (with its slashes) and its last component."""
    cut = p.rfind('/') + 1
    return p[:cut], p[cut:]


def _trim_dir(head):
    # trailing slashes go, unless the head is only slashes
    if head.strip('/'):
        return head.rstrip('/')
    return head


def split(p):
    p = os.fspath(p)
    head, tail = _cut(p)
    return _trim_dir(head), tail


def basename(p):
    p = os.fspath(p)
    return _cut(p)[1]


def dirname(p):
    p = os.fspath(p)
    return _trim_dir(_cut(p)[0])


def splitext(p):
    p = os.fspath(p)
    name_start = p.rfind('/') + 1
    dot = p.rfind('.')
    # a dot counts only after some other character of the last component
    # (".bashrc" has no extension)
    if dot > name_start and p[name_start:dot].strip('.'):
        return p[:dot], p[dot:]
    return p, ''


def normpath(path):
    path = os.fspath(path)
    if not path:
        return '.'
    lead = len(path) - len(path.lstrip('/'))
    # POSIX keeps exactly two leading slashes; one, or three and more, are /
    lead = 2 if lead == 2 else min(lead, 1)
    kept = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part != '..':
            kept.append(part)
        elif kept and kept[-1] != '..':
            kept.pop()
        elif not lead:
            kept.append(part)               # relative paths keep leading ..
    return ('/' * lead + '/'.join(kept)) or '.'


def abspath(path):
    path = os.fspath(path)
    return normpath(path if isabs(path) else join(os.getcwd(), path))


def exists(path):
    return os._kind(path) != 0


def isfile(path):
    return os._kind(path) == 1


def isdir(path):
    return os._kind(path) == 2


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1, s2 = os.stat(f1), os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def realpath(filename, *, strict=False):
    """filename with every symbolic link resolved, absolute; a loop of
    links stays unresolved (strict=False) or raises (strict=True)."""
    return abspath(_resolve('', os.fspath(filename), strict, {})[0])


def _resolve(done, rest, strict, seen):
    """Resolves rest's components onto the resolved path done: the new
    path and False when a loop of links stopped it (the rest joined on
    unresolved).  seen maps a link's path to its target's resolution
    (None while it is being resolved: met again, it is a loop)."""
    if rest[:1] == '/':
        done = '/'
    names = rest.split('/')
    for i, name in enumerate(names):
        if name in ('', '.'):
            continue
        if name == '..':
            if not done:
                done = '..'
                continue
            head, tail = split(done)
            done = join(head, '..', '..') if tail == '..' else head
            continue
        step = join(done, name)
        try:
            mode = os.lstat(step).st_mode
        except OSError:
            if strict:
                raise
            mode = 0                          # missing: kept as written
        if mode & 0o170000 != 0o120000:
            done = step
            continue
        left = '/'.join(names[i + 1:])
        if seen.get(step, 0) is None:
            if strict:
                os.stat(step)                # raises the loop's OSError
            return join(step, left), False
        if step not in seen:
            seen[step] = None
            done, ok = _resolve(done, os.readlink(step), strict, seen)
            if not ok:
                return join(done, left), False
            seen[step] = done
        else:
            done = seen[step]
    return done, True


def expanduser(path):
    path = os.fspath(path)
    if path[:1] != '~':
        return path
    end = path.find('/')
    if end == -1:
        end = len(path)
    if end != 1:
        return path                          # ~user: not looked up
    home = os.environ.get('HOME', '/')
    return (home.rstrip('/') + path[end:]) or '/'
'''

DATACLASSES = '''
"""dataclasses (written for rtpython): @dataclass generates __init__,
__repr__, __eq__, the orderings, __hash__ and frozen attribute guards
from a class's annotated fields, with CPython's rules and messages."""
import _thread
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple',
           'replace', 'is_dataclass', 'FrozenInstanceError', 'MISSING',
           'InitVar', 'KW_ONLY']


class _Marker:
    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


MISSING = _Marker('MISSING')           # no default given
_FACTORY = _Marker('<factory>')        # __init__'s default when a factory
                                       # makes the value
KW_ONLY = _Marker('KW_ONLY')           # the annotation of the separator


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """An __init__ parameter passed to __post_init__, not a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, item):
        return cls(item)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) \\
            else repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown


# what an annotated name is: a field, a class variable, an init-only one
_KIND_FIELD = _Marker('_FIELD')
_KIND_CLASSVAR = _Marker('_FIELD_CLASSVAR')
_KIND_INITVAR = _Marker('_FIELD_INITVAR')

_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                'hash', 'compare', 'metadata', 'kw_only')


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash = init, repr, hash
        self.compare, self.kw_only = compare, kw_only
        self.metadata = {} if metadata is None else metadata
        self._field_type = None

    def __repr__(self):
        parts = ['%s=%r' % (a, getattr(self, a)) for a in _FIELD_ATTRS]
        parts.append('_field_type=%r' % (self._field_type,))
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default=default, default_factory=default_factory,
                 init=init, repr=repr, hash=hash, compare=compare,
                 metadata=metadata, kw_only=kw_only)


def _annotation_kind(annotation):
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return _KIND_INITVAR
    text = annotation if isinstance(annotation, str) else repr(annotation)
    if text.startswith(('ClassVar', 'typing.ClassVar')):
        return _KIND_CLASSVAR
    if isinstance(annotation, str) and text.startswith(
            ('InitVar', 'dataclasses.InitVar')):
        return _KIND_INITVAR
    return _KIND_FIELD


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or (isinstance(annotation, str) and
                                     annotation.split('.')[-1] == 'KW_ONLY')


def _own_fields(cls, kw_only):
    """The fields declared in cls's own annotations, in order."""
    found = []
    seen_marker = False
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        if _is_kw_only_marker(annotation):
            if seen_marker:
                raise TypeError("'KW_ONLY' is KW_ONLY, but KW_ONLY has "
                                "already been specified")
            seen_marker = kw_only = True
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        f.name, f.type = name, annotation
        f._field_type = _annotation_kind(annotation)
        if f._field_type is _KIND_FIELD and f.kw_only is MISSING:
            f.kw_only = kw_only
        elif f._field_type is not _KIND_FIELD:
            if f.default_factory is not MISSING:
                raise TypeError('field %s cannot have a default factory'
                                % name)
            f.kw_only = False if f._field_type is _KIND_CLASSVAR \\
                else kw_only
        default = f.default
        if (f._field_type is _KIND_FIELD and default is not MISSING
                and type(default).__hash__ is None):
            raise ValueError('mutable default %s for field %s is not '
                             'allowed: use default_factory'
                             % (type(default), name))
        found.append(f)
    return found


def _collect_fields(cls, kw_only):
    table = {}
    # bases first, the most basic one first, so that a redefinition keeps
    # the first definition's place
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            table[f.name] = f
    for f in _own_fields(cls, kw_only):
        table[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            # the class attribute becomes the plain default, if any
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in table:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))
    return table


def _init_source(fields, frozen, has_post_init, scope):
    """The text of __init__ and the names it reads (added to scope)."""
    positional, keyword, body = [], [], []
    post_args = []
    defaults_started = None
    for f in fields:
        if f._field_type is _KIND_CLASSVAR:
            continue
        if f.init:
            if f.default is not MISSING:
                scope['_dflt_' + f.name] = f.default
                param = '%s=_dflt_%s' % (f.name, f.name)
            elif f.default_factory is not MISSING:
                param = '%s=_FACTORY' % f.name
            else:
                param = f.name
            if f.kw_only:
                keyword.append(param)
            elif param == f.name and defaults_started:
                raise TypeError("non-default argument %r follows default "
                                "argument" % (f.name,))
            else:
                defaults_started = defaults_started or param != f.name
                positional.append(param)
        if f._field_type is _KIND_INITVAR:
            post_args.append(f.name)
            continue
        value = _init_value(f, scope)
        if value is None:
            continue
        if frozen:
            body.append('_setattr(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        body.append('self.__post_init__(%s)' % ', '.join(post_args))
    params = ['self'] + positional
    if keyword:
        params += ['*'] + keyword
    return ('def __init__(%s):\\n    %s\\n'
            % (', '.join(params), '\\n    '.join(body or ['pass'])))


def _init_value(f, scope):
    """The expression __init__ assigns to field f, or None for none."""
    if f.default_factory is not MISSING:
        scope['_make_' + f.name] = f.default_factory
        if f.init:
            return ('_make_%s() if %s is _FACTORY else %s'
                    % (f.name, f.name, f.name))
        return '_make_%s()' % f.name
    if f.init:
        return f.name
    if f.default is not MISSING:
        scope['_dflt_' + f.name] = f.default
        return '_dflt_' + f.name
    return None


def _install_init(cls, fields, frozen):
    scope = {'_FACTORY': _FACTORY, '_setattr': object.__setattr__,
             '__builtins__': __builtins__}
    exec(_init_source(fields, frozen, hasattr(cls, '__post_init__'), scope),
         scope)
    init = scope['__init__']
    init.__qualname__ = cls.__qualname__ + '.__init__'
    cls.__init__ = init


def _compared(fields):
    names = [f.name for f in fields if f.compare]
    return lambda obj: tuple(getattr(obj, n) for n in names)


_reprs_running = set()


def _install_repr(cls, fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        # an object met again while its own repr is being made (in this
        # thread) prints as ... (CPython wraps it in recursive_repr)
        key = (id(self), _thread.get_ident())
        if key in _reprs_running:
            return '...'
        _reprs_running.add(key)
        try:
            inner = ', '.join('%s=%r' % (n, getattr(self, n))
                              for n in names)
        finally:
            _reprs_running.discard(key)
        return '%s(%s)' % (type(self).__qualname__, inner)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    # pprint may write the fields of an object with this repr on lines
    __repr__._lists_fields = True
    cls.__repr__ = __repr__


def _install_eq(cls, fields):
    key = _compared(fields)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return key(self) == key(other)
    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    cls.__eq__ = __eq__


def _order_method(key, test):
    def method(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(key(self), key(other))
    return method


def _install_order(cls, fields):
    key = _compared(fields)
    tests = {'__lt__': lambda a, b: a < b, '__le__': lambda a, b: a <= b,
             '__gt__': lambda a, b: a > b, '__ge__': lambda a, b: a >= b}
    for name, test in tests.items():
        if name in cls.__dict__:
            raise TypeError('Cannot overwrite attribute %s in class %s. '
                            'Consider using functools.total_ordering'
                            % (name, cls.__name__))
        method = _order_method(key, test)
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, method)


def _install_frozen(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    for method in (__setattr__, __delattr__):
        if method.__name__ in cls.__dict__:
            raise TypeError('Cannot overwrite attribute %s in class %s'
                            % (method.__name__, cls.__name__))
        method.__qualname__ = cls.__qualname__ + '.' + method.__name__
        setattr(cls, method.__name__, method)


def _install_hash(cls, fields, eq, frozen, unsafe_hash):
    own = cls.__dict__.get('__hash__', MISSING)
    # an explicit __hash__ is one written in the class body (a None put
    # there by defining __eq__ does not count)
    explicit = not (own is MISSING or
                    (own is None and '__eq__' in cls.__dict__))
    hashed = [f.name for f in fields
              if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in hashed))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and not explicit:
        cls.__hash__ = __hash__ if frozen else None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    table = _collect_fields(cls, kw_only)
    for base in cls.__mro__[1:]:
        params = getattr(base, '__dataclass_params__', None)
        if params is not None and params[5] != frozen:
            raise TypeError('cannot inherit %s dataclass from a %s one'
                            % ('frozen' if frozen else 'non-frozen',
                               'non-frozen' if frozen else 'frozen'))
    cls.__dataclass_fields__ = table
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    real = [f for f in table.values() if f._field_type is _KIND_FIELD]
    if init:
        _install_init(cls, list(table.values()), frozen)
    if repr and '__repr__' not in cls.__dict__:
        _install_repr(cls, real)
    if eq and '__eq__' not in cls.__dict__:
        _install_eq(cls, real)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        _install_order(cls, real)
    if frozen:
        _install_frozen(cls, real)
    _install_hash(cls, real, eq, frozen, unsafe_hash)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in real if f.init
                                   and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    def apply(target):
        return _process_class(target, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)
    return apply if cls is None else apply(cls)


def fields(class_or_instance):
    table = getattr(class_or_instance, '__dataclass_fields__', None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in table.values() if f._field_type is _KIND_FIELD)


def is_dataclass(obj):
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, '__dataclass_fields__')


def _is_instance(obj):
    return is_dataclass(obj) and not isinstance(obj, type)


def _rebuild(obj, outer):
    """obj with its containers rebuilt and dataclasses turned by outer."""
    if _is_instance(obj):
        return outer(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_rebuild(v, outer) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_rebuild(v, outer) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_rebuild(k, outer), _rebuild(v, outer))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def convert(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name),
                                               convert))
                             for f in fields(instance)])
    return convert(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def convert(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), convert)
                              for f in fields(instance)])
    return convert(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _KIND_CLASSVAR:
            continue
        if f.init is False:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % f.name)
        elif f.name not in changes:
            if f._field_type is _KIND_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            if f._field_type is not _KIND_INITVAR:
                changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
'''

ENUM = '''
"""enum (written for rtpython): Enum, IntEnum, StrEnum, Flag, IntFlag,
auto, unique, with CPython 3.11's reprs, str() and format() rules."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum',
           'Flag', 'IntFlag', 'auto', 'unique']


class auto:
    """A member value to be generated by _generate_next_value_."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_special(name):
    # dunder, sunder and class-private names never become members
    if len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \\
            and name[-2] != '_':
        return True
    return name.startswith('__') or (name.startswith('_') and '__' in name)


def _plain_function():
    """Only its type is used: functions are never members."""


_FUNCTION = type(_plain_function)


def _could_be_member(name, value):
    if _is_special(name):
        return False
    if isinstance(value, auto):
        return True
    if isinstance(value, (classmethod, staticmethod, property,
                          _FUNCTION)):
        return False
    kind = type(value)
    return not (hasattr(kind, '__get__') or hasattr(kind, '__set__')
                or hasattr(kind, '__delete__'))


def _mixed_in_type(bases):
    """The data type members are instances of (int for IntEnum), or
    object."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            return klass
    return object


def _keep_enum_methods(made, classdict, enum_base):
    """Where the data type's repr/str/format (or object's) would win by
    the MRO, the enum base's are used (as CPython's EnumType does)."""
    data = made._member_type_
    for name in ('__repr__', '__str__', '__format__'):
        if name in classdict:
            continue
        found = getattr(made, name)
        if found == getattr(data, name) or found == getattr(object, name):
            type.__setattr__(made, name, getattr(enum_base, name))


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        pending = [(k, v) for k, v in list(classdict.items())
                   if _could_be_member(k, v)]
        for key, _ in pending:
            del classdict[key]
        made = type.__new__(metacls, cls, bases, classdict, **kwds)
        setup = type.__setattr__
        setup(made, '_member_names_', [])
        setup(made, '_member_map_', {})
        setup(made, '_value2member_map_', {})
        setup(made, '_member_type_', _mixed_in_type(bases))
        setup(made, '_flag_mask_', 0)
        if bases:
            _keep_enum_methods(made, classdict, bases[-1])
        values = []
        for name, value in pending:
            if isinstance(value, auto):
                value = made._generate_next_value_(name, 1, len(values),
                                                   values[:])
            values.append(value)
            made._add_member(name, value)
        return made

    def _add_member(cls, name, value):
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                # an alias: another name for the same member
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        data = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if data is object:
            member = object.__new__(cls)
        else:
            member = data.__new__(cls, *args)
        member._name_ = name
        member._value_ = value
        member.__init__(*args)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        if cls._counts_as_member(value):
            cls._member_names_.append(name)
        type.__setattr__(cls, name, member)

    def _counts_as_member(cls, value):
        return True

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError('creating enums by calling the class is not '
                            'supported by this interpreter')
        if type(value) is cls:
            return value
        # By hash first; an unhashable value, or one that equals a
        # member's value without hashing like it, is found by comparing.
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:
            member = None
        if member is not None:
            return member
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_[::-1]])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and "
                            "'%s'" % (type(member).__qualname__,
                                      type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if 'Flag' in globals() and issubclass(cls, Flag) \\
            else 'enum'
        return "<%s %r>" % (kind, cls.__name__)

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot delete member %r' % (name,))
        type.__delattr__(cls, name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return last_values[-1] + 1

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = self._member_type_.__repr__(self._value_) \\
            if self._member_type_ is not object else repr(self._value_)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only repr() is the enum's: str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members are bits; | & ^ ~ combine them into (cached) pseudo-members
    named after the defined bits they hold."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _counts_as_member(cls, value):
        # only single bits are iterated; others are aliases of combinations
        type.__setattr__(cls, '_flag_mask_', cls._flag_mask_ | value)
        return value != 0 and value & (value - 1) == 0

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        extra = value & ~cls._flag_mask_
        if extra and not issubclass(cls, int):
            return None
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        if extra:
            names.append(str(extra))
        data = cls._member_type_
        pseudo = object.__new__(cls) if data is object \\
            else data.__new__(cls, value)
        pseudo._name_ = '|'.join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        shown = self._member_type_.__repr__(self._value_) \\
            if self._member_type_ is not object else repr(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, shown)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __iter__(self):
        return iter([m for m in type(self)
                     if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and "
                            "'%s'" % (type(other).__qualname__,
                                      type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other_bits(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    # the flag operations, ahead of int's in the MRO
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    aliases = ['%s -> %s' % (name, member._name_)
               for name, member in enumeration._member_map_.items()
               if name != member._name_]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration
'''

JSON = '''
"""json for rtpython: the text format of RFC 8259, with the json module's
interface (dumps/loads/dump/load, JSONEncoder, JSONDecoder,
JSONDecodeError) and its messages and positions."""


class JSONDecodeError(ValueError):
    """A syntax error at offset pos of doc; the message tells the line and
    column (both from 1) as well."""

    def __init__(self, msg, doc, pos):
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = 1 + doc.count('\\n', 0, pos)
        self.colno = pos - doc.rfind('\\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


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
        options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       sort_keys=sort_keys, indent=indent)
        for option, setting in options.items():
            setattr(self, option, setting)
        # with an indent, the item separator's space would end lines
        if separators is None and indent is not None:
            separators = (',', self.key_separator)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type ' + type(o).__name__
                        + ' is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        step = self.indent
        if isinstance(step, int):
            step = ' ' * step
        _Emit(self, step, out).value(o, 0)
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


def dumps(obj, *, cls=None, **kw):
    """obj as JSON text; the keywords are the encoder's (skipkeys,
    ensure_ascii, check_circular, allow_nan, indent, separators, default,
    sort_keys) or those of the class given as cls."""
    return (cls or JSONEncoder)(**kw).encode(obj)


def dump(obj, fp, **kw):
    for piece in _encoder_for(kw).iterencode(obj):
        fp.write(piece)


def _encoder_for(kw):
    return (kw.pop('cls', None) or JSONEncoder)(**kw)


def loads(s, *, cls=None, **kw):
    """The value of JSON text s (str or UTF-8 bytes); the keywords are the
    decoder's (object_hook, parse_float, parse_int, parse_constant,
    object_pairs_hook, strict) or those of the class given as cls."""
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not ' + type(s).__name__)
    elif s.startswith('\\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                              'utf-8-sig)', s, 0)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
'''

CONTEXTLIB = '''
"""contextlib for rtpython: generator-based context managers and the small
helpers (closing, suppress, nullcontext, redirect_stdout/stderr, chdir,
ExitStack), with the behaviour and messages of CPython's module."""
import sys


class AbstractContextManager:
    """Entering gives the manager itself; leaving does nothing."""
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that is also a decorator: each call of the
    decorated function runs inside a fresh manager (_recreate_cm)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_of_call = self._recreate_cm

        def run_inside(*args, **kwds):
            with manager_of_call():
                return func(*args, **kwds)
        _copy_names(run_inside, func)
        return run_inside


def _copy_names(wrapper, func):
    for name in ('__name__', '__qualname__', '__doc__'):
        setattr(wrapper, name, getattr(func, name))
    wrapper.__wrapped__ = func


def _is_thrown(err, thrown):
    """Whether err, raised by throw(thrown), is thrown itself coming back
    (a StopIteration thrown in comes back as a RuntimeError, PEP 479)."""
    if err is thrown:
        return True
    return (isinstance(err, RuntimeError) and isinstance(thrown, StopIteration)
            and err.__cause__ is thrown)


class _GeneratorCM(ContextDecorator, AbstractContextManager):
    """The manager made by @contextmanager: the generator's code up to its
    yield runs on entry, the rest on exit (with the exception, if any,
    raised at the yield)."""

    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None)

    def _recreate_cm(self):
        return type(self)(*self._factory)

    def __enter__(self):
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        thrown = typ() if value is None else value
        try:
            self.gen.throw(thrown)
        except BaseException as err:
            if isinstance(err, StopIteration):
                # the generator returned: it swallowed the exception
                # (unless the exception was that very StopIteration)
                return err is not thrown
            if not _is_thrown(err, thrown):
                raise
            # the caller's exception goes on, with its own traceback
            thrown.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def make_cm(*args, **kwds):
        return _GeneratorCM(func, args, kwds)
    _copy_names(make_cm, func)
    return make_cm


class closing(AbstractContextManager):
    """Closes the object on the way out."""

    def __init__(self, thing):
        self._target = thing

    def __enter__(self):
        return self._target

    def __exit__(self, *exc_info):
        self._target.close()


class suppress(AbstractContextManager):
    """Swallows the listed exception classes (and their subclasses)."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._kinds)


class nullcontext(AbstractContextManager):
    """A manager that does nothing; entering gives the value given."""

    def __init__(self, enter_result=None):
        self._result = enter_result

    def __enter__(self):
        return self._result

    def __exit__(self, *excinfo):
        return None


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
    """Works in another directory, returning to the previous one after."""

    def __init__(self, path):
        self._where = path
        self._came_from = []

    def __enter__(self):
        import os
        self._came_from.append(os.getcwd())
        os.chdir(self._where)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._came_from.pop())


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
        kind = type(cm)
        on_enter = getattr(kind, '__enter__', None)
        on_exit = getattr(kind, '__exit__', None)
        if on_enter is None or on_exit is None:
            raise TypeError("'" + kind.__module__ + "." + kind.__qualname__
                            + "' object does not support the context "
                            "manager protocol")
        entered = on_enter(cm)
        self._callbacks.append(_bound_exit(on_exit, cm))
        return entered

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


COLLECTIONS_ABC = '''
"""collections.abc (written for rtpython): the abstract classes of
containers.  The structural ABCs (Iterable, Sized, Hashable, ...) accept
any class whose MRO defines their methods without setting one to None:
_NEEDS says which methods, and one hook (_structural_hook) decides for
all of them.  The richer ABCs (Set, Mapping, Sequence and their mutable
kinds) hold mixin methods built from the abstract ones; the builtin
containers are registered with them at the end."""
from abc import ABCMeta, abstractmethod

GenericAlias = type(list[int])
_ABSENT = object()          # a name no class of the MRO defines
_NEEDS = {}                 # structural ABC -> the method names it needs


def _first_definition(C, name):
    for klass in C.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _ABSENT


def _structural_hook(cls, C):
    """A subclass of a structural ABC that is not itself in _NEEDS is
    decided by inheritance and registration alone (NotImplemented)."""
    names = _NEEDS.get(cls)
    if names is None:
        return NotImplemented
    for name in names:
        found = _first_definition(C, name)
        if found is None or found is _ABSENT:
            return NotImplemented
    return True


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield None


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return              # a generator that ends at once
        yield


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    """send() and throw() are the abstract pair; next() is send(None) and
    close() throws GeneratorExit in and expects it (or the end) back."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        # the three-argument form of the old protocol: an instance is
        # made from the class when no value is given with a traceback
        if val is not None:
            exc = val
        elif tb is not None:
            exc = typ()
        else:
            exc = typ
        if tb is not None:
            exc = exc.with_traceback(tb)
        raise exc

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Collection(Sized, Iterable, Container):
    __slots__ = ()


# The asynchronous ABCs, for annotations and isinstance() (this
# interpreter has no async/await, so their methods are plain functions).
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    close = Generator.close


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return self


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def aclose(self):
        return self.athrow(GeneratorExit)


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    def __class_getitem__(cls, item):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], "
                            "result].")
        params, result = item
        if isinstance(params, list):
            return _CallableGenericAlias(cls, (*params, result))
        if params is Ellipsis or _is_param_spec(params):
            return _CallableGenericAlias(cls, (params, result))
        raise TypeError("Callable[args, result]: args must be a list, "
                        "a ParamSpec or Ellipsis. Got %r" % (params,))


_NEEDS.update({
    Hashable: ('__hash__',), Awaitable: ('__await__',),
    Iterable: ('__iter__',), Sized: ('__len__',),
    Container: ('__contains__',), Iterator: ('__iter__', '__next__'),
    Reversible: ('__reversed__', '__iter__'),
    Generator: ('__iter__', '__next__', 'send', 'throw', 'close'),
    Coroutine: ('__await__', 'send', 'throw', 'close'),
    AsyncIterable: ('__aiter__',), AsyncIterator: ('__anext__', '__aiter__'),
    AsyncGenerator: ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
    Collection: ('__len__', '__iter__', '__contains__'),
    Callable: ('__call__',),
})
for _cls in _NEEDS:
    _cls.__subclasshook__ = classmethod(_structural_hook)


def _is_param_spec(obj):
    return type(obj).__name__ == 'ParamSpec'


def _type_repr(obj):
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias:
    """Callable[[int], str]: the argument types then the result, kept
    flat in __args__ as CPython 3.11 does, shown with the brackets."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        *params, result = self.__args__
        shown = [_type_repr(a) for a in params]
        if len(params) == 1 and (params[0] is Ellipsis
                                 or _is_param_spec(params[0])):
            head = shown[0]
        else:
            head = '[%s]' % ', '.join(shown)
        return '%s[%s, %s]' % (_type_repr(self.__origin__), head,
                               _type_repr(result))

    @property
    def __parameters__(self):
        return GenericAlias(tuple, self.__args__).__parameters__

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__,
                                                    other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized "
                        "generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized "
                        "generic")


def _all_in(items, where):
    for x in items:
        if x not in where:
            return False
    return True


def _set_operand(s, other):
    """other as a Set for -, ^ and their reflections; None when it is not
    even iterable (the operator then returns NotImplemented)."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _same(a, b):
    # containers compare their items by identity first, as `in` does
    return a is b or a == b


class Set(Collection):
    """A set: comparisons and operators from __contains__, __iter__ and
    __len__; results are built with _from_iterable."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and _all_in(self, other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and _all_in(other, self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and _all_in(self, other)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        # discard() is silent about a missing value; remove() is not
        missing = value not in self
        if missing:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        # x ^= x empties x; otherwise each item of it flips membership
        # (it is made a set first so that a repeated item flips once)
        if it is self:
            toggles = ()
        elif isinstance(it, Set):
            toggles = it
        else:
            toggles = self._from_iterable(it)
        if it is self:
            self.clear()
        for value in toggles:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        leaving = () if it is self else it
        if it is self:
            self.clear()
        for value in leaving:
            self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: get, keys/items/values, ==, `in` from
    __getitem__, __iter__ and __len__."""
    __slots__ = ()
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        found = _lookup(self, key)
        return default if found is _ABSENT else found

    def __contains__(self, key):
        return _lookup(self, key) is not _ABSENT

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for k in self._mapping:
            yield k


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        found = _lookup(self._mapping, key)
        return found is not _ABSENT and _same(found, value)

    def __iter__(self):
        for k in self._mapping:
            yield k, self._mapping[k]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        for k in self._mapping:
            yield self._mapping[k]


def _lookup(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        return _ABSENT


def _item_or_absent(seq, i):
    try:
        return seq[i]
    except IndexError:
        return _ABSENT


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_ABSENT):
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise           # the mapping's own KeyError
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, "keys"):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for source in (pairs, kwds.items()):
            for key, value in source:
                self[key] = value

    def setdefault(self, key, default=None):
        value = _lookup(self, key)
        if value is _ABSENT:
            self[key] = value = default
        return value


class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, `in`, reversed, index and count
    from __getitem__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # by index until IndexError: __len__ is not asked
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        # negative bounds count from the end; len() only for them
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        i = start
        while stop is None or i < stop:
            item = _item_or_absent(self, i)
            if item is _ABSENT:
                break           # the end of the sequence
            if _same(item, value):
                return i
            i = i + 1
        raise ValueError

    def count(self, value):
        return len([item for item in self if _same(item, value)])


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # a copy first when extending by itself: it grows as it is read
        for v in (list(values) if values is self else values):
            self.append(v)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1


for _cls in (Hashable, Awaitable, Iterable, Sized, Container, Iterator,
             Reversible, Generator, Coroutine, AsyncIterable, AsyncIterator,
             AsyncGenerator, Collection, Set, MutableSet, Mapping,
             MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
             Sequence, ByteString, MutableSequence):
    if '__class_getitem__' not in _cls.__dict__:
        _cls.__class_getitem__ = classmethod(GenericAlias)


def _registered():
    import collections
    import types
    yield Set, (frozenset,)
    yield MutableSet, (set,)
    yield MutableMapping, (dict, collections.OrderedDict,
                           collections.defaultdict, collections.Counter,
                           collections.ChainMap)
    yield Mapping, (types.MappingProxyType,)
    yield Sequence, (tuple, str, range)
    yield ByteString, (bytes, bytearray)
    yield MutableSequence, (list, bytearray, collections.deque)
    yield KeysView, (type({}.keys()),)
    yield ItemsView, (type({}.items()),)
    yield ValuesView, (type({}.values()),)
    # the builtin callables whose types call them without a __call__
    yield Callable, tuple(t for t in (type(len), type([].append),
                                       type(list.append), type(_registered))
                          if '__call__' not in t.__dict__)


for _abc, _classes in _registered():
    for _c in _classes:
        _abc.register(_c)
del _abc, _classes, _c, _cls
'''


COLLECTIONS_USER = '''
"""UserDict, UserList and UserString (written for rtpython): classes
that keep a dict, list or str in .data and act as one, for subclassing.
collections hands them out on first use, so that importing collections
does not import collections.abc.  Most methods only pass the call on to
the data: _forward and _apply make them from tables."""
import operator as _operator
from abc import update_abstractmethods as _update_abstractmethods
from collections.abc import MutableMapping, MutableSequence, Sequence

__all__ = ['UserDict', 'UserList', 'UserString']


def _inner(obj, kind):
    """obj's wrapped value when obj is an instance of kind, else obj."""
    return obj.data if isinstance(obj, kind) else obj


def _copied_instance(obj):
    """A new object of obj's class with obj's attributes, its data
    copied shallowly (without running __init__)."""
    twin = type(obj).__new__(type(obj))
    twin.__dict__.update(obj.__dict__)
    twin.__dict__['data'] = obj.__dict__['data'].copy()
    return twin


def _named(method, cls, name):
    method.__name__ = name
    method.__qualname__ = cls.__name__ + '.' + name
    setattr(cls, name, method)


def _forward(cls, names, kind=None, wrap=False):
    """Gives cls, for each name, a method calling the data's method of
    that name: arguments of class kind go as their data, and when wrap
    the result becomes an instance of the caller's class."""
    for name in names.split():
        def method(self, /, *args, _name=name, **kwargs):
            if kind is not None:
                args = [_inner(arg, kind) for arg in args]
            result = getattr(self.data, _name)(*args, **kwargs)
            return type(self)(result) if wrap else result
        _named(method, cls, name)


def _apply(cls, functions, kind):
    """Gives cls, for each (name, function), a method returning
    function(data, *arguments), arguments of class kind as their data
    (comparisons and conversions go through the full protocol)."""
    for name, function in functions:
        def method(self, /, *args, _function=function):
            return _function(self.data, *[_inner(a, kind) for a in args])
        _named(method, cls, name)


_COMPARISONS = (('__lt__', _operator.lt), ('__le__', _operator.le),
                ('__eq__', _operator.eq), ('__gt__', _operator.gt),
                ('__ge__', _operator.ge))


class UserDict(MutableMapping):
    __module__ = 'collections'

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(self.data | _inner(other, UserDict))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(_inner(other, UserDict) | self.data)

    def __ior__(self, other):
        self.data |= _inner(other, UserDict)
        return self

    __copy__ = _copied_instance

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # a subclass is copied by copy.copy with empty data, then filled
        # through its own __setitem__
        import copy as _copy
        kept, self.data = self.data, {}
        try:
            twin = _copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# __contains__ asks the data only: a key __missing__ would answer for is
# still absent
_forward(UserDict, '__len__ __iter__ __contains__ __setitem__ __delitem__')
_apply(UserDict, [('__repr__', repr)], UserDict)


def _list_operand(self, other):
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, type(self.data)) else list(other)


class UserList(MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""
    __module__ = 'collections'
    __hash__ = None

    def __init__(self, initlist=None):
        self.data = []
        if isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        elif type(initlist) is list:
            self.data[:] = initlist
        elif initlist is not None:
            self.data = list(initlist)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __add__(self, other):
        return type(self)(self.data + _list_operand(self, other))

    def __radd__(self, other):
        return type(self)(_list_operand(self, other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(self, other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    __copy__ = _copied_instance

    def copy(self):
        return type(self)(self)


_forward(UserList, '__contains__ __len__ __setitem__ __delitem__ append '
         'insert pop remove clear count index reverse sort')
_forward(UserList, 'extend', UserList)
_apply(UserList, _COMPARISONS + (('__repr__', repr),), UserList)


class UserString(Sequence):
    __module__ = 'collections'

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _inner(char, UserString) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if not isinstance(other, (UserString, str)):
            other = str(other)
        return type(self)(self.data + _inner(other, UserString))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other))
                          + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


_apply(UserString, _COMPARISONS + (
    ('__str__', str), ('__repr__', repr), ('__int__', int),
    ('__float__', float), ('__complex__', complex), ('__hash__', hash),
    ('__len__', len)), UserString)
# as CPython's: some results become UserStrings, some methods take
# UserString arguments as their data
_forward(UserString, 'capitalize casefold center expandtabs ljust lower '
         'lstrip rjust rstrip strip swapcase title translate upper zfill',
         wrap=True)
_forward(UserString, 'replace removeprefix removesuffix', UserString, True)
_forward(UserString, 'count find rfind', UserString)
_forward(UserString, 'endswith format format_map index isalpha isalnum '
         'isascii isdecimal isdigit isidentifier islower isnumeric '
         'isprintable isspace istitle isupper join partition rindex '
         'rpartition rsplit split splitlines startswith')
for _cls in (UserDict, UserList, UserString):
    _update_abstractmethods(_cls)
del _cls
'''


def sources() -> dict[str, str]:
    """This file's modules by full name.  A function, not a global: the
    texts are long string constants, which the translator makes at their
    first evaluation; a dict built at start-up would make them all there
    (importer.library() calls this at the first import of one)."""
    return {
        "functools": FUNCTOOLS,
        "itertools": ITERTOOLS,
        "operator": OPERATOR,
        "string": STRING,
        "heapq": HEAPQ,
        "bisect": BISECT,
        "copy": COPY,
        "collections": COLLECTIONS,
        "collections.abc": COLLECTIONS_ABC,
        "_collections_user": COLLECTIONS_USER,
        "typing": TYPING,
        "abc": ABC,
        "random": RANDOM,
        "posixpath": POSIXPATH,
        "dataclasses": DATACLASSES,
        "enum": ENUM,
        "json": JSON,
        "contextlib": CONTEXTLIB,
        "re": pylib_re.RE,
    }
