"""Library modules written in Python (as pylib.py's): weakref, on the
interpreter's _rtweak handles (mod_weak.py).  importer.library() lists
sources()."""
from __future__ import annotations

WEAKREF_SRC = r'''
"""weakref (written for rtpython).

An object dies when the runtime's collector finds it unreachable, at the
next major collection (gc.collect() runs one), not at its last reference
as under CPython's reference counting; until then a weak reference still
returns it.  Callbacks and finalizers run in gc.collect(), after the
collection, in the thread that called it (CPython runs them where the
object dies)."""
import _rtweak

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize', 'KeyedRef']

# the references with a callback, held weakly: a reference that dies
# before its object runs no callback, as in CPython
_with_callback = []
# id(object) -> handles of the references to it (getweakrefcount, and
# the one shared reference without callback); dead entries go at each
# collection and when the table has doubled since the last sweep
_by_id = {}
_sweep_at = [64]


class ReferenceType:
    """ref(object[, callback]): a weak reference to object."""

    def __new__(cls, ob, callback=None):
        if callback is None and cls is ReferenceType:
            for h in _by_id.get(id(ob), ()):
                r = _rtweak.get(h)
                if (r is not None and type(r) is ReferenceType
                        and r.__callback__ is None and r() is ob):
                    return r
        self = object.__new__(cls)
        self._h = _rtweak.new(ob)
        self.__callback__ = callback
        self._hash = None
        _remember(ob, self)
        if callback is not None:
            _with_callback.append(_rtweak.new(self))
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _rtweak.get(self._h)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


def _remember(ob, r):
    hs = _by_id.get(id(ob))
    if hs is None:
        hs = _by_id[id(ob)] = []
    hs.append(_rtweak.new(r))
    if len(_by_id) >= _sweep_at[0]:
        _sweep_table()
        _sweep_at[0] = max(64, 2 * len(_by_id))


def _live_refs(key):
    out = []
    for h in _by_id.get(key, ()):
        r = _rtweak.get(h)
        if r is not None and r() is not None and id(r()) == key:
            out.append(r)
    return out


def _sweep_table():
    for key in list(_by_id):
        live = [_rtweak.new(r) for r in _live_refs(key)]
        if live:
            _by_id[key] = live
        else:
            del _by_id[key]


def getweakrefcount(object):
    return len(_live_refs(id(object)))


def getweakrefs(object):
    return _live_refs(id(object))


class KeyedRef(ReferenceType):
    """A reference with a key, for WeakValueDictionary."""

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: alive while both its object
    and its function are (a bound method itself is made anew each time)."""

    def __new__(cls, meth, callback=None):
        if not hasattr(meth, '__self__') or not hasattr(meth, '__func__'):
            raise TypeError('argument should be a bound method, not '
                            + str(type(meth)))
        self = ReferenceType.__new__(cls, meth.__self__, callback)
        self._fn = ref(meth.__func__)
        self._bind = type(meth)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target = ReferenceType.__call__(self)
        fn = self._fn()
        if target is not None and fn is not None:
            return self._bind(fn, target)
        return None


def _run_callbacks():
    """After a collection: the callbacks of the references whose object
    died, then the finalizers of dead objects."""
    global _with_callback
    keep = []
    due = []
    for h in _with_callback:
        r = _rtweak.get(h)
        if r is None:
            continue
        if r() is None:
            due.append(r)
        else:
            keep.append(h)
    _with_callback = keep
    for r in due:
        cb = r.__callback__
        _call_ignoring(cb, (r,), {}, cb)
    finalize._run_dead()
    _sweep_table()


def _call_ignoring(func, args, kwargs, what):
    try:
        func(*args, **kwargs)
    except Exception as e:
        import sys
        print('Exception ignored in: %r' % (what,), file=sys.stderr)
        print('%s: %s' % (type(e).__name__, e), file=sys.stderr)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its
    value dies (seen at the next access after the collection)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _value(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __getitem__(self, key):
        return self._value(key)

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def __delitem__(self, key):
        self._value(key)
        del self.data[key]

    def __contains__(self, key):
        try:
            self._value(key)
        except KeyError:
            return False
        return True

    def _purge(self):
        for k in [k for k, r in self.data.items() if r() is None]:
            del self.data[k]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter(list(self.data))

    def keys(self):
        return list(self)

    def values(self):
        return [v for v in (r() for r in list(self.data.values()))
                if v is not None]

    def items(self):
        out = []
        for k, r in list(self.data.items()):
            v = r()
            if v is not None:
                out.append((k, v))
        return out

    def itervaluerefs(self):
        self._purge()
        return iter(list(self.data.values()))

    def valuerefs(self):
        self._purge()
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            return self._value(key)
        except KeyError:
            return default

    def pop(self, key, *args):
        try:
            v = self._value(key)
        except KeyError:
            if args:
                return args[0]
            raise
        del self.data[key]
        return v

    def popitem(self):
        while True:
            k, r = self.data.popitem()
            v = r()
            if v is not None:
                return k, v

    def setdefault(self, key, default=None):
        try:
            return self._value(key)
        except KeyError:
            self[key] = default
            return default

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key
    dies (seen at the next access after the collection)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        for r in [r for r in self.data if r() is None]:
            del self.data[r]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return [k for k in (r() for r in list(self.data)) if k is not None]

    def values(self):
        return [v for k, v in self.items()]

    def items(self):
        out = []
        for r, v in list(self.data.items()):
            k = r()
            if k is not None:
                out.append((k, v))
        return out

    def keyrefs(self):
        self._purge()
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            r, v = self.data.popitem()
            k = r()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


class WeakSet:
    """A set whose items are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        for r in [r for r in self.data if r() is None]:
            self.data.discard(r)

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def add(self, item):
        self.data.add(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            item = self.data.pop()()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return '<WeakSet at %#x>' % id(self)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): func(*args, **kwargs) runs
    once, at the first gc.collect() after obj died, or when the finalizer
    is called; alive tells whether it is still due."""

    _pending = []
    atexit = True

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj)
        self._info = (func, args, kwargs or {})
        finalize._pending.append(self)

    def __call__(self, _=None):
        info = self.detach()
        if info is not None:
            obj, func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        info = self._info
        obj = self._ref()
        if info is None or obj is None:
            return None
        self._info = None
        if self in finalize._pending:
            finalize._pending.remove(self)
        return (obj,) + info

    def peek(self):
        info = self._info
        obj = self._ref()
        if info is None or obj is None:
            return None
        return (obj,) + info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        return '<finalize object at %#x>' % id(self)

    @classmethod
    def _run_dead(cls):
        due = [f for f in cls._pending if f._ref() is None]
        for f in due:
            cls._pending.remove(f)
            func, args, kwargs = f._info
            f._info = None
            _call_ignoring(func, args, kwargs, f)


def proxy(object, callback=None):
    raise NotImplementedError('weakref.proxy is not supported by this '
                              'interpreter')


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)
'''


def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "weakref": WEAKREF_SRC,
    }
