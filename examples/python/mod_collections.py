"""The _collections module: deque, and defaultdict's __missing__ (the
rest of collections is Python source in pylib.py).  A deque is two lists back to back: `front` holds
the left part reversed, `back` the right part, so both ends are O(1)
amortised and indexing is O(1)."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Int, W_List, W_Module, ExecCtx,
                     PyError, W_BuiltinFunction, W_NONE, W_TRUE, W_FALSE,
                     W_NOTIMPLEMENTED, new_int, new_bool, new_str, new_module,
                     type_error, value_error, index_error, add_method1,
                     add_method2, add_methodn, add_method_kw, add_getset,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     LAYOUT_OBJECT, of_class, call,
                     repr_str, eq_bool, index_value, unpack_iterable,
                     ArgParser, stop_iteration, runtime_error, enter_repr,
                     leave_repr, compare_bool, seq_compare, EQ, key_error,
                     W_Builtin1, W_Builtin2, INT_TYPE)
import typeobject
import listobject


class W_Deque(W_Object):
    front: list[W_Object]     # left part, reversed
    back: list[W_Object]
    maxlen: int               # -1: unbounded
    state: int                # changes with every mutation (iterators)

    def __init__(self, maxlen: int) -> None:
        self.front = []
        self.back = []
        self.maxlen = maxlen
        self.state = 0

    def get_type(self) -> W_Type:
        return DEQUE_TYPE

    def size(self) -> int:
        return len(self.front) + len(self.back)

    def get(self, i: int) -> W_Object:
        nf = len(self.front)
        if i < nf:
            return self.front[nf - 1 - i]
        return self.back[i - nf]

    def put(self, i: int, w: W_Object) -> None:
        nf = len(self.front)
        if i < nf:
            self.front[nf - 1 - i] = w
        else:
            self.back[i - nf] = w

    def items(self) -> list[W_Object]:
        out = list(self.front)
        out.reverse()
        out.extend(self.back)
        return out

    def set_items(self, items: list[W_Object]) -> None:
        self.front = []
        self.back = items
        self.state += 1

    def append(self, w: W_Object) -> None:
        self.back.append(w)
        self.state += 1
        if self.maxlen >= 0 and self.size() > self.maxlen:
            self.popleft()

    def appendleft(self, w: W_Object) -> None:
        self.front.append(w)
        self.state += 1
        if self.maxlen >= 0 and self.size() > self.maxlen:
            self.pop()

    def pop(self) -> W_Object:
        self.state += 1
        if len(self.back) > 0:
            return self.back.pop()
        if len(self.front) == 0:
            raise index_error("pop from an empty deque")
        self.rebalance(False)
        return self.back.pop()

    def popleft(self) -> W_Object:
        self.state += 1
        if len(self.front) > 0:
            return self.front.pop()
        if len(self.back) == 0:
            raise index_error("pop from an empty deque")
        self.rebalance(True)
        return self.front.pop()

    def rebalance(self, to_front: bool) -> None:
        items = self.items()
        half = (len(items) + 1) // 2 if to_front else len(items) // 2
        f = items[:half]
        f.reverse()
        self.front = f
        self.back = items[half:]

    def repr_str(self, ec: ExecCtx) -> str:
        return self.repr_named(ec, "deque")

    def repr_named(self, ec: ExecCtx, name: str) -> str:
        """The repr, name being the class's (a subclass's for an
        instance of one)."""
        if enter_repr(ec, self):
            return "[...]"
        try:
            parts: list[str] = []
            for w in self.items():
                parts.append(repr_str(ec, w))
            body = "[" + ", ".join(parts) + "]"
        finally:
            leave_repr(ec, self)
        if self.maxlen >= 0:
            return name + "(" + body + ", maxlen=" + str(self.maxlen) + ")"
        return name + "(" + body + ")"

    def length(self, ec: ExecCtx) -> int:
        return self.size()

    def is_true(self, ec: ExecCtx) -> bool:
        return self.size() > 0

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_DequeIter(self, False)

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: 'collections.deque'")

    def contains(self, ec: ExecCtx, w: W_Object) -> bool:
        for x in self.items():
            if eq_bool(ec, x, w):
                return True
        return False


class W_DequeIter(W_Object):
    d: W_Deque
    index: int
    state: int
    reverse: bool

    def __init__(self, d: W_Deque, reverse: bool) -> None:
        self.d = d
        self.index = 0
        self.state = d.state
        self.reverse = reverse

    def get_type(self) -> W_Type:
        return DEQUE_REVITER_TYPE if self.reverse else DEQUE_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        d = self.d
        if d.state != self.state:
            raise runtime_error("deque mutated during iteration")
        n = d.size()
        if self.index >= n:
            return None
        i = self.index
        self.index = i + 1
        if self.reverse:
            return d.get(n - 1 - i)
        return d.get(i)


DEQUE_TYPE = make_builtin_type("deque", OBJECT_TYPE, LAYOUT_OBJECT)
DEQUE_TYPE.module = "collections"
DEQUE_ITER_TYPE = make_builtin_type("_deque_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)
DEQUE_REVITER_TYPE = make_builtin_type("_deque_reverse_iterator", OBJECT_TYPE,
                                       LAYOUT_BUILTIN)


def deque_of(w: W_Object) -> W_Deque | None:
    """The deque of a deque or of an instance of a deque subclass."""
    if isinstance(w, W_Deque):
        return w
    b = w.unwrap_for(DEQUE_TYPE)
    if isinstance(b, W_Deque):
        return b
    return None


def self_deque(w: W_Object) -> W_Deque:
    d = deque_of(w)
    if d is None:
        raise type_error("descriptor requires a 'collections.deque' object")
    return d


def deque_new(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    """An empty deque (of a subclass: an instance wrapping one); __init__
    takes the arguments, as CPython's, so a subclass's __init__ can pass
    its own to it."""
    return of_class(args[0], DEQUE_TYPE, W_Deque(-1))


def deque_init(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    given = len(args) - 1
    if given > 2:
        raise type_error("deque() takes at most 2 arguments ("
                         + str(given) + " given)")
    p = ArgParser("deque", ["self", "iterable", "maxlen"])
    p.parse(args, kwnames, 1, 3)
    d = self_deque(args[0])
    maxlen = -1
    w_max = p.get(2)
    if w_max is not None and w_max is not W_NONE:
        maxlen = index_value(ec, w_max, "an integer is required")
        if maxlen < 0:
            raise value_error("maxlen must be non-negative")
    d.maxlen = maxlen
    if d.size() > 0:
        d.set_items([])
    w_it = p.get(1)
    if w_it is not None:
        for x in unpack_iterable(ec, w_it):
            d.append(x)
    return W_NONE


def m_append(ec: ExecCtx, w: W_Object, x: W_Object) -> W_Object:
    self_deque(w).append(x)
    return W_NONE


def m_appendleft(ec: ExecCtx, w: W_Object, x: W_Object) -> W_Object:
    self_deque(w).appendleft(x)
    return W_NONE


def m_pop(ec: ExecCtx, w: W_Object) -> W_Object:
    return self_deque(w).pop()


def m_popleft(ec: ExecCtx, w: W_Object) -> W_Object:
    return self_deque(w).popleft()


def m_extend(ec: ExecCtx, w: W_Object, it: W_Object) -> W_Object:
    d = self_deque(w)
    for x in unpack_iterable(ec, it):
        d.append(x)
    return W_NONE


def m_extendleft(ec: ExecCtx, w: W_Object, it: W_Object) -> W_Object:
    d = self_deque(w)
    for x in unpack_iterable(ec, it):
        d.appendleft(x)
    return W_NONE


def m_rotate(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    d = self_deque(args[0])
    n = 1
    if len(args) > 1:
        n = index_value(ec, args[1], "an integer is required")
    size = d.size()
    if size <= 1:
        return W_NONE
    n = n % size
    if n == 0:
        return W_NONE
    items = d.items()
    d.set_items(items[size - n:] + items[:size - n])
    return W_NONE


def m_clear(ec: ExecCtx, w: W_Object) -> W_Object:
    d = self_deque(w)
    empty: list[W_Object] = []
    d.set_items(empty)
    return W_NONE


def m_count(ec: ExecCtx, w: W_Object, x: W_Object) -> W_Object:
    n = 0
    for y in self_deque(w).items():
        if eq_bool(ec, y, x):
            n += 1
    return new_int(n)


def m_index(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    d = self_deque(args[0])
    i = 0
    for y in d.items():
        if eq_bool(ec, y, args[1]):
            return new_int(i)
        i += 1
    raise value_error(repr_str(ec, args[1]) + " is not in deque")


def m_remove(ec: ExecCtx, w: W_Object, x: W_Object) -> W_Object:
    d = self_deque(w)
    items = d.items()
    i = 0
    while i < len(items):
        if eq_bool(ec, items[i], x):
            del items[i]
            d.set_items(items)
            return W_NONE
        i += 1
    raise value_error("deque.remove(x): x not in deque")


def m_reverse(ec: ExecCtx, w: W_Object) -> W_Object:
    d = self_deque(w)
    items = d.items()
    items.reverse()
    d.set_items(items)
    return W_NONE


def m_insert(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    d = self_deque(args[0])
    if d.maxlen >= 0 and d.size() >= d.maxlen:
        raise index_error("deque already at its maximum size")
    i = index_value(ec, args[1], "an integer is required")
    items = d.items()
    n = len(items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    items.insert(i, args[2])
    d.set_items(items)
    return W_NONE


def deque_index(ec: ExecCtx, d: W_Deque, w_i: W_Object) -> int:
    i = index_value(ec, w_i, "sequence index must be integer, not '{}'")
    n = d.size()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise index_error("deque index out of range")
    return i


def m_getitem(ec: ExecCtx, w: W_Object, w_i: W_Object) -> W_Object:
    d = self_deque(w)
    return d.get(deque_index(ec, d, w_i))


def m_setitem(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    d = self_deque(args[0])
    d.put(deque_index(ec, d, args[1]), args[2])
    return W_NONE


def m_delitem(ec: ExecCtx, w: W_Object, w_i: W_Object) -> W_Object:
    d = self_deque(w)
    i = deque_index(ec, d, w_i)
    items = d.items()
    del items[i]
    d.set_items(items)
    return W_NONE


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_deque(w).size())


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DequeIter(self_deque(w), False)


def m_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DequeIter(self_deque(w), True)


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_deque(w).repr_named(ec, w.get_type().name))


def m_contains(ec: ExecCtx, w: W_Object, x: W_Object) -> W_Object:
    return new_bool(self_deque(w).contains(ec, x))


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    d = self_deque(w)
    if not isinstance(w, W_Deque):
        # a subclass's copy is made by calling the class, as CPython's
        args: list[W_Object] = [w]
        if d.maxlen >= 0:
            args.append(new_int(d.maxlen))
        return call(ec, w.get_type(), args)
    c = W_Deque(d.maxlen)
    c.set_items(d.items())
    return c


def m_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    db = deque_of(b)
    if db is None:
        return W_NOTIMPLEMENTED
    return new_bool(seq_compare(ec, self_deque(a).items(),
                                db.items(), EQ))


def m_add(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    db = deque_of(b)
    if db is None:
        raise type_error("can only concatenate deque (not \""
                         + b.get_type().name + "\") to deque")
    w_c = m_copy(ec, a)
    c = self_deque(w_c)
    for x in db.items():
        c.append(x)
    return w_c


def m_iadd(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    m_extend(ec, a, b)
    return a


def m_maxlen(ec: ExecCtx, w: W_Object) -> W_Object:
    m = self_deque(w).maxlen
    if m < 0:
        return W_NONE
    return new_int(m)


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def install() -> None:
    t = DEQUE_TYPE
    typeobject.add_static_new(t, deque_new)
    add_method_kw(t, "__init__", deque_init)
    t.base_builtin = t
    add_method2(t, "append", m_append)
    add_method2(t, "appendleft", m_appendleft)
    add_method1(t, "pop", m_pop)
    add_method1(t, "popleft", m_popleft)
    add_method2(t, "extend", m_extend)
    add_method2(t, "extendleft", m_extendleft)
    add_methodn(t, "rotate", m_rotate, 1, 2)
    add_method1(t, "clear", m_clear)
    add_method2(t, "count", m_count)
    add_methodn(t, "index", m_index, 2, 4)
    add_method2(t, "remove", m_remove)
    add_method1(t, "reverse", m_reverse)
    add_methodn(t, "insert", m_insert, 3, 3)
    add_method2(t, "__getitem__", m_getitem)
    add_methodn(t, "__setitem__", m_setitem, 3, 3)
    add_method2(t, "__delitem__", m_delitem)
    add_method1(t, "__len__", m_len)
    add_method1(t, "__iter__", m_iter)
    add_method1(t, "__reversed__", m_reversed)
    add_method1(t, "__repr__", m_repr)
    add_method2(t, "__contains__", m_contains)
    add_method1(t, "copy", m_copy)
    add_method1(t, "__copy__", m_copy)
    add_method2(t, "__eq__", m_eq)
    add_method2(t, "__add__", m_add)
    add_method2(t, "__iadd__", m_iadd)
    add_getset(t, "maxlen", m_maxlen, None)
    t.tdict["__hash__"] = W_NONE
    add_method1(DEQUE_ITER_TYPE, "__iter__", iter_self)
    add_method1(DEQUE_ITER_TYPE, "__next__", iter_next)
    add_method1(DEQUE_REVITER_TYPE, "__iter__", iter_self)
    add_method1(DEQUE_REVITER_TYPE, "__next__", iter_next)
    t.compute_flags()


# ------------------------------------------------------ defaultdict

def defaultdict_missing(ec: ExecCtx, w_self: W_Object,
                        w_key: W_Object) -> W_Object:
    """defaultdict.__missing__, as CPython's (in C there too): a miss of
    d[key] calls the factory and stores its value through the object's
    own __setitem__; without a factory, KeyError.  Written in Python it
    cost a frame and three dispatches a miss (10% of wordfreq)."""
    if not is_defaultdict(w_self):
        raise type_error("descriptor '__missing__' for 'collections."
                         "defaultdict' objects doesn't apply to a '"
                         + w_self.type_name() + "' object")
    w_factory = w_self.lookup_attr(ec, "default_factory")
    if w_factory is None or w_factory is W_NONE:
        raise key_error(w_key)
    if w_factory is INT_TYPE:
        # int() is 0: the builtin type cannot be changed, and a type call
        # (looking up __new__ and __init__) was 40% of a miss, counting
        # with defaultdict(int)
        w_value: W_Object = new_int(0)
    else:
        w_value = w_factory.call_args(ec, [], None)
    w_self.setitem(ec, w_key, w_value)
    return w_value


# collections.defaultdict (pylib.py's class; one per import of
# collections, as in CPython a re-import makes a new class)
DEFAULTDICT_TYPES: list[W_Type] = []


def is_defaultdict(w: W_Object) -> bool:
    t = w.get_type()
    for d in DEFAULTDICT_TYPES:
        if t.is_subtype(d):
            return True
    return False


def m_bind_missing(ec: ExecCtx, w_cls: W_Object) -> W_Object:
    """_collections._bind_missing(defaultdict), called by the collections
    module: the class's __missing__ becomes a method descriptor of it
    running defaultdict_missing."""
    if not isinstance(w_cls, W_Type):
        raise type_error("_bind_missing() takes the defaultdict class")
    DEFAULTDICT_TYPES.append(w_cls)
    b = W_Builtin2("__missing__", defaultdict_missing)
    b.w_owner = w_cls
    w_cls.tdict["__missing__"] = b
    w_cls.changed()
    return W_NONE


def make_collections(ec: ExecCtx) -> W_Module:
    m = new_module("_collections")
    m.set("deque", DEQUE_TYPE)
    m.set("_bind_missing", W_Builtin1("_bind_missing", m_bind_missing))
    return m
