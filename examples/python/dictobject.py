"""The dict type's methods, its views (keys/values/items) and iterators.
The table itself is objects.W_Dict."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Int, W_Str, W_Tuple, W_List, W_Dict,
                     W_Instance, ExecCtx, PyError, W_BuiltinFunction, W_NONE,
                     W_TRUE, W_FALSE, W_NOTIMPLEMENTED, DICT_TYPE, new_int,
                     new_bool, new_str, new_tuple, type_error, value_error,
                     key_error, runtime_error, add_method1, add_method2,
                     add_methodn, add_method_kw, repr_str, hash_w, eq_bool,
                     is_true, unpack_iterable, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, enter_repr, leave_repr, py_error,
                     EXC_KEY_ERROR, stop_iteration, str_value_of,
                     getattr_or_none, compare_bool, EQ, dict_missing,
                     HASHED, stage_hash, run_stages, add_stages)
import typeobject
import setobject
from setobject import W_Set


def dict_of(w: W_Object) -> W_Dict | None:
    if isinstance(w, W_Dict):
        return w
    b = w.unwrap_for(DICT_TYPE)
    if isinstance(b, W_Dict):
        return b
    return None


def self_dict(w: W_Object) -> W_Dict:
    d = dict_of(w)
    if d is None:
        raise type_error("descriptor requires a 'dict' object but received a '"
                         + w.type_name() + "'")
    return d


# --------------------------------------------------------------- iterators

KIND_KEYS = 0
KIND_VALUES = 1
KIND_ITEMS = 2


class W_DictIter(W_Object):
    w_dict: W_Dict
    kind: int
    pos: int
    used: int
    version: int
    reverse: bool

    def __init__(self, w_dict: W_Dict, kind: int, reverse: bool) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.used = w_dict.used
        self.version = w_dict.version
        self.reverse = reverse
        self.pos = len(w_dict.keys) - 1 if reverse else 0

    def get_type(self) -> W_Type:
        if self.kind == KIND_KEYS:
            return DICT_KEYITER_TYPE
        if self.kind == KIND_VALUES:
            return DICT_VALUEITER_TYPE
        return DICT_ITEMITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        d = self.w_dict
        if d.used != self.used:
            self.used = -1
            raise runtime_error("dictionary changed size during iteration")
        if d.version != self.version:
            self.version = -1
            raise runtime_error("dictionary keys changed during iteration")
        keys = d.keys
        i = self.pos
        if self.reverse:
            while i >= 0:
                k = keys[i]
                if k is not None:
                    self.pos = i - 1
                    return self.make(k, i)
                i -= 1
            self.pos = -1
            return None
        while i < len(keys):
            k2 = keys[i]
            if k2 is not None:
                self.pos = i + 1
                return self.make(k2, i)
            i += 1
        self.pos = i
        return None

    def make(self, k: W_Object, i: int) -> W_Object:
        if self.kind == KIND_KEYS:
            return k
        v = self.w_dict.value_at(i)
        if v is None:
            v = W_NONE
        if self.kind == KIND_VALUES:
            return v
        return W_Tuple([k, v])


DICT_KEYITER_TYPE = make_builtin_type("dict_keyiterator", OBJECT_TYPE,
                                      LAYOUT_BUILTIN)
DICT_VALUEITER_TYPE = make_builtin_type("dict_valueiterator", OBJECT_TYPE,
                                        LAYOUT_BUILTIN)
DICT_ITEMITER_TYPE = make_builtin_type("dict_itemiterator", OBJECT_TYPE,
                                       LAYOUT_BUILTIN)


class W_DictView(W_Object):
    w_dict: W_Dict
    kind: int

    def __init__(self, w_dict: W_Dict, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind

    def get_type(self) -> W_Type:
        if self.kind == KIND_KEYS:
            return DICT_KEYS_TYPE
        if self.kind == KIND_VALUES:
            return DICT_VALUES_TYPE
        return DICT_ITEMS_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_DictIter(self.w_dict, self.kind, False)

    def length(self, ec: ExecCtx) -> int:
        return self.w_dict.used

    def is_true(self, ec: ExecCtx) -> bool:
        return self.w_dict.used > 0

    def contains(self, ec: ExecCtx, w_x: W_Object) -> bool:
        d = self.w_dict
        if self.kind == KIND_KEYS:
            return d.contains(ec, w_x)
        if self.kind == KIND_ITEMS:
            if not isinstance(w_x, W_Tuple) or len(w_x.items) != 2:
                return False
            v = d.lookup(ec, w_x.items[0])
            return v is not None and eq_bool(ec, v, w_x.items[1])
        for i in range(len(d.keys)):
            v2 = d.value_at(i)
            if d.keys[i] is not None and v2 is not None and \
                    eq_bool(ec, v2, w_x):
                return True
        return False

    def repr_str(self, ec: ExecCtx) -> str:
        name = self.get_type().name
        if enter_repr(ec, self):
            return "..."
        try:
            parts: list[str] = []
            it = W_DictIter(self.w_dict, self.kind, False)
            while True:
                x = it.next_value(ec)
                if x is None:
                    break
                parts.append(repr_str(ec, x))
            return name + "([" + ", ".join(parts) + "])"
        finally:
            leave_repr(ec, self)

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: '" + self.get_type().name + "'")


DICT_KEYS_TYPE = make_builtin_type("dict_keys", OBJECT_TYPE, LAYOUT_BUILTIN)
DICT_VALUES_TYPE = make_builtin_type("dict_values", OBJECT_TYPE,
                                     LAYOUT_BUILTIN)
DICT_ITEMS_TYPE = make_builtin_type("dict_items", OBJECT_TYPE, LAYOUT_BUILTIN)


def view_as_set(ec: ExecCtx, w: W_Object) -> W_Set | None:
    if isinstance(w, W_DictView) and w.kind != KIND_VALUES:
        s = W_Set(False)
        setobject.set_update(ec, s, w)
        return s
    return setobject.set_of(w)


class W_ViewOp(W_BuiltinFunction):
    """Set operators of keys/items views: the result is a set."""
    kind: int
    reflected: bool

    def __init__(self, name: str, kind: int, reflected: bool) -> None:
        super().__init__(name, 2, 2)
        self.kind = kind
        self.reflected = reflected

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        a = args[0]
        b = args[1]
        if self.reflected:
            a = args[1]
            b = args[0]
        k = self.kind
        if k >= 4:
            sa = view_as_set(ec, a)
            sb = view_as_set(ec, b)
            if sa is None or sb is None:
                return W_NOTIMPLEMENTED
            return new_bool(setobject.set_compare(ec, sa, sb, k - 4))
        sa2 = W_Set(False)
        t = b.get_type()
        if t.lookup("__iter__") is None:
            return W_NOTIMPLEMENTED
        setobject.set_update(ec, sa2, a)
        if k == 0:
            setobject.set_update(ec, sa2, b)
            return sa2
        if k == 1:
            return setobject.set_intersection(ec, sa2, b)
        if k == 2:
            setobject.set_difference_update(ec, sa2, b)
            return sa2
        setobject.set_symmetric_difference_update(ec, sa2, b)
        return sa2


# ----------------------------------------------------------------- methods

def dict_new(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    w_cls = args[0]
    if isinstance(w_cls, W_Type) and w_cls is not DICT_TYPE:
        return typeobject.new_instance(w_cls)
    return W_Dict()


def update_from(ec: ExecCtx, d: W_Dict, w_other: W_Object, what: str) -> None:
    o = dict_of(w_other)
    if o is not None:
        i = 0
        while i < len(o.keys):
            k = o.keys[i]
            v = o.value_at(i)
            if k is not None and v is not None:
                d.store(ec, k, v)
            i += 1
        return
    w_keys = getattr_or_none(ec, w_other, "keys")
    if w_keys is not None:
        for k2 in unpack_iterable(ec, w_keys.call_args(ec, [], None)):
            d.store(ec, k2, w_other.getitem(ec, k2))
        return
    t = w_other.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("'" + w_other.type_name() + "' object is not "
                         "iterable")
    w_it = w_other.iter(ec)
    n = 0
    while True:
        x = w_it.next_value(ec)
        if x is None:
            return
        xt = x.get_type()
        if xt.lookup("__iter__") is None and xt.lookup("__getitem__") is None:
            raise type_error("cannot convert dictionary update sequence "
                             "element #" + str(n) + " to a sequence")
        pair = unpack_iterable(ec, x)
        if len(pair) != 2:
            raise value_error("dictionary update sequence element #" + str(n)
                              + " has length " + str(len(pair))
                              + "; 2 is required")
        d.store(ec, pair[0], pair[1])
        n += 1


def dict_init(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    d = self_dict(args[0])
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    if npos > 2:
        raise type_error("dict expected at most 1 argument, got "
                         + str(npos - 1))
    if npos == 2:
        update_from(ec, d, args[1], "dict")
    if kwnames is not None:
        k = 0
        for name in kwnames:
            d.set_str(ec, name, args[npos + k])
            k += 1
    return W_NONE


def m_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    d = self_dict(w)
    v = d.lookup(ec, w_key)
    if v is not None:
        return v
    if not isinstance(w, W_Dict):
        return dict_missing(ec, w, w_key)
    raise key_error(w_key)


def m_setitem(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    self_dict(args[0]).store(ec, args[1], args[2])
    return W_NONE


def m_delitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    self_dict(w).delitem(ec, w_key)
    return W_NONE


def m_contains(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    return new_bool(self_dict(w).contains(ec, w_key))


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_dict(w).used)


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DictIter(self_dict(w), KIND_KEYS, False)


def m_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DictIter(self_dict(w), KIND_KEYS, True)


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_dict(w).repr_str(ec))


def m_keys(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DictView(self_dict(w), KIND_KEYS)


def m_values(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DictView(self_dict(w), KIND_VALUES)


def m_items(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_DictView(self_dict(w), KIND_ITEMS)


# The methods that hash a key and then read or write the dict, as stages
# (objects.StageFn: self, the key, its stage, and the default as w_carry,
# None when not given): a key's Python __hash__ is a stage of its own,
# which the dispatch loop runs as a frame (interp.builtin_stages), so that
# no other thread's commit comes between it and the dict's update, as in
# CPython.  An __eq__ called on a collision still runs under find.

def third(args: list[W_Object]) -> W_Object | None:
    """The method's second argument (a default), or None."""
    if len(args) > 2:
        return args[2]
    return None


def m_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return run_stages(ec, get_stages, args[0], args[1], 0, third(args))


def get_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
               stage: int, w_prev: W_Object | None,
               w_dflt: W_Object | None) -> W_Object | None:
    h = stage_hash(ec, w_key, stage, w_prev, w_dflt)
    if h == -1:
        return None
    d = self_dict(w)
    ix = d.find(ec, w_key, h)
    v = d.value_at(ix) if ix >= 0 else None
    if v is not None:
        return v
    if w_dflt is not None:
        return w_dflt
    return W_NONE


def m_pop(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return run_stages(ec, pop_stages, args[0], args[1], 0, third(args))


def pop_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
               stage: int, w_prev: W_Object | None,
               w_dflt: W_Object | None) -> W_Object | None:
    h = stage_hash(ec, w_key, stage, w_prev, w_dflt)
    if h == -1:
        return None
    v = self_dict(w).remove_hashed(ec, w_key, h)
    if v is not None:
        return v
    if w_dflt is not None:
        return w_dflt
    raise key_error(w_key)


def setdefault_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
                      stage: int, w_prev: W_Object | None,
                      w_dflt: W_Object | None) -> W_Object | None:
    """dict.setdefault: the key hashed and looked up once, as CPython (a
    lookup and then a store hashed it twice)."""
    h = stage_hash(ec, w_key, stage, w_prev, w_dflt)
    if h == -1:
        return None
    d = self_dict(w)
    ix = d.find(ec, w_key, h)
    v = d.value_at(ix) if ix >= 0 else None
    if v is not None:
        return v
    dflt = W_NONE if w_dflt is None else w_dflt
    d.insert_new(w_key, h, dflt)
    return dflt


def getitem_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
                   stage: int, w_prev: W_Object | None,
                   w_carry: W_Object | None) -> W_Object | None:
    """d[k] of a dict (not a subclass: no __missing__)."""
    h = stage_hash(ec, w_key, stage, w_prev, None)
    if h == -1:
        return None
    d = self_dict(w)
    ix = d.find(ec, w_key, h)
    v = d.value_at(ix) if ix >= 0 else None
    if v is None:
        raise key_error(w_key)
    return v


def contains_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
                    stage: int, w_prev: W_Object | None,
                    w_carry: W_Object | None) -> W_Object | None:
    h = stage_hash(ec, w_key, stage, w_prev, None)
    if h == -1:
        return None
    return new_bool(self_dict(w).find(ec, w_key, h) >= 0)


def delitem_stages(ec: ExecCtx, w: W_Object, w_key: W_Object, op: int,
                   stage: int, w_prev: W_Object | None,
                   w_carry: W_Object | None) -> W_Object | None:
    h = stage_hash(ec, w_key, stage, w_prev, None)
    if h == -1:
        return None
    if self_dict(w).remove_hashed(ec, w_key, h) is None:
        raise key_error(w_key)
    return W_NONE


def m_popitem(ec: ExecCtx, w: W_Object) -> W_Object:
    d = self_dict(w)
    if d.used == 0:
        raise py_error(EXC_KEY_ERROR, "popitem(): dictionary is empty")
    i = len(d.keys) - 1
    while d.keys[i] is None:
        i -= 1
    k = d.keys[i]
    v = d.value_at(i)
    if k is None or v is None:
        raise runtime_error("internal error in popitem")
    d.remove_at(i, d.hashes[i])
    # drop the trailing dead entries so the next popitem is O(1)
    while len(d.keys) > 0 and d.keys[-1] is None:
        d.keys.pop()
        d.values.pop()
        d.hashes.pop()
    return W_Tuple([k, v])


def m_setdefault(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return run_stages(ec, setdefault_stages, args[0], args[1], 0,
                      third(args))


def m_update(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    d = self_dict(args[0])
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    if npos > 2:
        raise type_error("update expected at most 1 argument, got "
                         + str(npos - 1))
    if npos == 2:
        update_from(ec, d, args[1], "update")
    if kwnames is not None:
        k = 0
        for name in kwnames:
            d.set_str(ec, name, args[npos + k])
            k += 1
    return W_NONE


def m_clear(ec: ExecCtx, w: W_Object) -> W_Object:
    self_dict(w).clear()
    return W_NONE


def dict_copy(ec: ExecCtx, d: W_Dict) -> W_Dict:
    r = W_Dict()
    i = 0
    while i < len(d.keys):
        k = d.keys[i]
        v = d.value_at(i)
        if k is not None and v is not None:
            r.insert_new(k, d.hashes[i], v)
        i += 1
    return r


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    return dict_copy(ec, self_dict(w))


def m_fromkeys(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    w_cls = args[0]
    w_value = args[2] if len(args) > 2 else W_NONE
    w_d = w_cls.call_args(ec, [], None)
    d = dict_of(w_d)
    for k in unpack_iterable(ec, args[1]):
        if d is not None and isinstance(w_d, W_Dict):
            d.store(ec, k, w_value)
        else:
            w_d.setitem(ec, k, w_value)
    return w_d


def dict_equal(ec: ExecCtx, a: W_Dict, b: W_Dict) -> bool:
    if a.used != b.used:
        return False
    i = 0
    while i < len(a.keys):
        k = a.keys[i]
        v = a.value_at(i)
        i += 1
        if k is None or v is None:
            continue
        w = b.lookup(ec, k)
        if w is None:
            return False
        if not eq_bool(ec, v, w):
            return False
    return True


def m_eq(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    o = dict_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    return new_bool(dict_equal(ec, self_dict(w), o))


def m_ne(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    o = dict_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    return new_bool(not dict_equal(ec, self_dict(w), o))


def m_or(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    o = dict_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    r = dict_copy(ec, self_dict(w))
    update_from(ec, r, o, "|")
    return r


def m_ror(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    o = dict_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    r = dict_copy(ec, o)
    update_from(ec, r, self_dict(w), "|")
    return r


def m_ior(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    update_from(ec, self_dict(w), w_other, "|=")
    return w


def view_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(w.length(ec))


def view_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return w.iter(ec)


def view_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(w.contains(ec, w_x))


def view_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(w.repr_str(ec))


def view_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_DictView):
        return W_DictIter(w.w_dict, w.kind, True)
    raise type_error("not a dict view")


def view_mapping(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_DictView):
        return w.w_dict
    raise type_error("not a dict view")


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def dict_instance_dict(ec: ExecCtx, w: W_Object) -> W_Object | None:
    return None


def install() -> None:
    t = DICT_TYPE
    typeobject.add_static_new(t, dict_new)
    add_method_kw(t, "__init__", dict_init)
    add_method2(t, "__getitem__", m_getitem)
    add_methodn(t, "__setitem__", m_setitem, 3, 3)
    add_method2(t, "__delitem__", m_delitem)
    add_method2(t, "__contains__", m_contains)
    add_method1(t, "__len__", m_len)
    add_method1(t, "__iter__", m_iter)
    add_method1(t, "__reversed__", m_reversed)
    add_method1(t, "__repr__", m_repr)
    add_method2(t, "__eq__", m_eq)
    add_method2(t, "__ne__", m_ne)
    add_method2(t, "__or__", m_or)
    add_method2(t, "__ror__", m_ror)
    add_method2(t, "__ior__", m_ior)
    add_method1(t, "keys", m_keys)
    add_method1(t, "values", m_values)
    add_method1(t, "items", m_items)
    add_methodn(t, "get", m_get, 2, 3)
    add_methodn(t, "pop", m_pop, 2, 3)
    add_method1(t, "popitem", m_popitem)
    add_methodn(t, "setdefault", m_setdefault, 2, 3)
    add_method_kw(t, "update", m_update)
    add_method1(t, "clear", m_clear)
    add_method1(t, "copy", m_copy)
    add_methodn(t, "fromkeys", m_fromkeys, 2, 3)
    add_stages(t, "__getitem__", getitem_stages)
    add_stages(t, "__contains__", contains_stages)
    add_stages(t, "__delitem__", delitem_stages)
    add_stages(t, "get", get_stages)
    add_stages(t, "pop", pop_stages)
    add_stages(t, "setdefault", setdefault_stages)
    t.tdict["fromkeys"] = typeobject.W_ClassMethod(t.tdict["fromkeys"])
    t.tdict["__hash__"] = W_NONE
    for vt in [DICT_KEYS_TYPE, DICT_VALUES_TYPE, DICT_ITEMS_TYPE]:
        add_method1(vt, "__len__", view_len)
        add_method1(vt, "__iter__", view_iter)
        add_method2(vt, "__contains__", view_contains)
        add_method1(vt, "__repr__", view_repr)
        add_method1(vt, "__reversed__", view_reversed)
        vt.tdict["__hash__"] = W_NONE
    for st in [DICT_KEYS_TYPE, DICT_ITEMS_TYPE]:
        names = ["__or__", "__and__", "__sub__", "__xor__"]
        k = 0
        for n in names:
            f = W_ViewOp(n, k, False)
            f.w_owner = st
            st.tdict[n] = f
            rn = "__r" + n[2:]
            f2 = W_ViewOp(rn, k, True)
            f2.w_owner = st
            st.tdict[rn] = f2
            k += 1
        cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                     "__ge__"]
        c = 0
        for cn in cmp_names:
            f3 = W_ViewOp(cn, 4 + c, False)
            f3.w_owner = st
            st.tdict[cn] = f3
            c += 1
    for it in [DICT_KEYITER_TYPE, DICT_VALUEITER_TYPE, DICT_ITEMITER_TYPE]:
        add_method1(it, "__iter__", iter_self)
        add_method1(it, "__next__", iter_next)
    t.compute_flags()
