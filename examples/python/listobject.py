"""The list and tuple types: construction, items and slices (read,
assign, delete), iteration, comparison, and their methods, sort included
(a stable merge sort; the result equals CPython's timsort whenever the
comparisons are consistent)."""
from __future__ import annotations


from objects import (W_Object, W_Type, W_Int, W_Bool, W_Str, W_Tuple, W_List,
                     W_Dict, W_Instance, ExecCtx, PyError, W_BuiltinFunction,
                     W_NONE, W_TRUE, W_FALSE, W_NOTIMPLEMENTED, LIST_TYPE,
                     TUPLE_TYPE, new_int, new_bool, new_str, new_tuple,
                     type_error, value_error, index_error, overflow_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     ArgParser, repr_str, index_value, unpack_iterable,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN, eq_bool,
                     lt_bool, compare_bool, richcompare, is_true, hash_w,
                     enter_repr, leave_repr, EQ, NE, LT, LE, GT, GE,
                     stop_iteration, py_error, EXC_MEMORY_ERROR, seq_compare,
                     richcompare_stage, add_stages)
import rtutil
from sliceobject import W_Slice, slice_indices, normalize_index
import typeobject
import ops


def list_of(w: W_Object) -> W_List | None:
    if isinstance(w, W_List):
        return w
    b = w.unwrap_for(LIST_TYPE)
    if isinstance(b, W_List):
        return b
    return None


def self_list(w: W_Object) -> W_List:
    l = list_of(w)
    if l is None:
        raise type_error("descriptor requires a 'list' object but received a '"
                         + w.type_name() + "'")
    return l


def tuple_of(w: W_Object) -> W_Tuple | None:
    if isinstance(w, W_Tuple):
        return w
    b = w.unwrap_for(TUPLE_TYPE)
    if isinstance(b, W_Tuple):
        return b
    return None


def self_tuple(w: W_Object) -> W_Tuple:
    t = tuple_of(w)
    if t is None:
        raise type_error("descriptor requires a 'tuple' object but received "
                         "a '" + w.type_name() + "'")
    return t


# ------------------------------------------------------------ iterators

# the index of an iterator that has ended (CPython drops its sequence then:
# __reduce__ no longer names it, __setstate__ does nothing)
EXHAUSTED = 1 << 62


class W_ListIter(W_Object):
    w_list: W_List
    index: int

    def __init__(self, w_list: W_List) -> None:
        self.w_list = w_list
        self.index = 0

    def get_type(self) -> W_Type:
        return LIST_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        items = self.w_list.items
        if i < len(items):
            self.index = i + 1
            return items[i]
        self.index = EXHAUSTED
        return None

    def length_hint(self) -> int:
        n = len(self.w_list.items) - self.index
        return n if n > 0 else 0


class W_ListRevIter(W_Object):
    w_list: W_List
    index: int

    def __init__(self, w_list: W_List) -> None:
        self.w_list = w_list
        self.index = len(w_list.items) - 1

    def get_type(self) -> W_Type:
        return LIST_REVITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        if 0 <= i < len(self.w_list.items):
            self.index = i - 1
            return self.w_list.items[i]
        self.index = EXHAUSTED
        return None

    def length_hint(self) -> int:
        i = self.index
        return i + 1 if 0 <= i < len(self.w_list.items) else 0


class W_TupleIter(W_Object):
    items: list[W_Object]
    index: int

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items
        self.index = 0

    def get_type(self) -> W_Type:
        return TUPLE_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        if i < len(self.items):
            self.index = i + 1
            return self.items[i]
        self.index = EXHAUSTED
        return None

    def length_hint(self) -> int:
        n = len(self.items) - self.index
        return n if n > 0 else 0


LIST_ITER_TYPE = make_builtin_type("list_iterator", OBJECT_TYPE,
                                   LAYOUT_BUILTIN)
LIST_REVITER_TYPE = make_builtin_type("list_reverseiterator", OBJECT_TYPE,
                                      LAYOUT_BUILTIN)
TUPLE_ITER_TYPE = make_builtin_type("tuple_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def iter_reduce(ec: ExecCtx, w: W_Object) -> W_Object:
    """__reduce__ of the list and tuple iterators, as CPython's: how
    copy.copy rebuilds one (iter or reversed of the sequence, then
    __setstate__ with the position); iter([]) or iter(()) once ended."""
    w_seq: W_Object | None = None
    name = "iter"
    index = 0
    if isinstance(w, W_ListIter):
        w_seq = w.w_list
        index = w.index
    elif isinstance(w, W_ListRevIter):
        w_seq = w.w_list
        name = "reversed"
        index = w.index
    elif isinstance(w, W_TupleIter):
        w_seq = new_tuple(w.items)
        index = w.index
    else:
        raise type_error("descriptor '__reduce__' requires an iterator")
    w_iter = ec.space.builtins_dict.get_str("iter")
    w_made = ec.space.builtins_dict.get_str(name)
    if w_iter is None or w_made is None:
        raise type_error("builtins.iter is missing")
    if index == EXHAUSTED:
        w_empty: W_Object = new_tuple([]) if isinstance(w, W_TupleIter) \
            else W_List([])
        return new_tuple([w_iter, new_tuple([w_empty])])
    return new_tuple([w_made, new_tuple([w_seq]), new_int(index)])


def iter_setstate(ec: ExecCtx, w: W_Object, w_state: W_Object) -> W_Object:
    """__setstate__: the position, brought within the sequence."""
    n = index_value(ec, w_state, "an integer is required")
    if isinstance(w, W_ListRevIter):
        if w.index != EXHAUSTED:
            w.index = max(-1, min(n, len(w.w_list.items) - 1))
    elif isinstance(w, W_ListIter):
        if w.index != EXHAUSTED:
            w.index = max(0, min(n, len(w.w_list.items)))
    elif isinstance(w, W_TupleIter):
        if w.index != EXHAUSTED:
            w.index = max(0, min(n, len(w.items)))
    else:
        raise type_error("descriptor '__setstate__' requires an iterator")
    return W_NONE


def iter_length_hint(ec: ExecCtx, w: W_Object) -> W_Object:
    """__length_hint__ of the list and tuple iterators: the items left."""
    if isinstance(w, W_ListIter):
        return new_int(w.length_hint())
    if isinstance(w, W_ListRevIter):
        return new_int(w.length_hint())
    if isinstance(w, W_TupleIter):
        return new_int(w.length_hint())
    raise type_error("descriptor '__length_hint__' requires an iterator")


# ----------------------------------------------------------- comparison

class W_SeqCompare(W_BuiltinFunction):
    op: int
    is_list: bool

    def __init__(self, name: str, op: int, is_list: bool) -> None:
        super().__init__(name, 2, 2)
        self.op = op
        self.is_list = is_list

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        if self.is_list:
            la = list_of(args[0])
            lb = list_of(args[1])
            if la is None or lb is None:
                return W_NOTIMPLEMENTED
            return new_bool(seq_compare(ec, la.items, lb.items, self.op))
        ta = tuple_of(args[0])
        tb = tuple_of(args[1])
        if ta is None or tb is None:
            return W_NOTIMPLEMENTED
        return new_bool(seq_compare(ec, ta.items, tb.items, self.op))


# ----------------------------------------------------------------- sort

def merge_sort(ec: ExecCtx, keys: list[W_Object], vals: list[W_Object],
               reverse: bool) -> None:
    n = len(keys)
    if n < 2:
        return
    tmpk: list[W_Object] = list(keys)
    tmpv: list[W_Object] = list(vals)
    # runs of 8 by insertion sort first
    lo = 0
    while lo < n:
        hi = lo + 8 if lo + 8 < n else n
        insertion_sort(ec, keys, vals, lo, hi, reverse)
        lo = hi
    # Each pass merges runs from one pair of lists into the other, and the
    # two swap roles (copying the merged runs back after every pass moved
    # every item twice a pass); the result is copied back once at the end.
    srck = keys
    srcv = vals
    width = 8
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width
            if mid >= n:
                copy_run(srck, srcv, tmpk, tmpv, lo, n)
                break
            hi = mid + width if mid + width < n else n
            merge(ec, srck, srcv, tmpk, tmpv, lo, mid, hi, reverse)
            lo = hi
        srck, tmpk = tmpk, srck
        srcv, tmpv = tmpv, srcv
        width *= 2
    if srck is not keys:
        copy_run(srck, srcv, keys, vals, 0, n)


def copy_run(srck: list[W_Object], srcv: list[W_Object],
             dstk: list[W_Object], dstv: list[W_Object], lo: int,
             hi: int) -> None:
    for k in range(lo, hi):
        dstk[k] = srck[k]
        dstv[k] = srcv[k]


def before(ec: ExecCtx, a: W_Object, b: W_Object, reverse: bool) -> bool:
    """a must come before b (strictly)."""
    if reverse:
        return sort_lt(ec, b, a)
    return sort_lt(ec, a, b)


def sort_lt(ec: ExecCtx, a: W_Object, b: W_Object) -> bool:
    """a < b for sorting.  Sort keys are mostly exact strs, or exact
    tuples of strs and ints ((-count, word)): those compare here without
    dispatch.  No Python code can run for them, so the result is what
    lt_bool gives; any other pair of items goes through the generic rule
    (identity, ==, then <) as in seq_compare."""
    if isinstance(a, W_Tuple) and isinstance(b, W_Tuple):
        x = a.items
        y = b.items
        n = min(len(x), len(y))
        for i in range(n):
            p = x[i]
            q = y[i]
            if isinstance(p, W_Str) and isinstance(q, W_Str):
                if p.value != q.value:
                    return p.value < q.value
            elif isinstance(p, W_Int) and isinstance(q, W_Int):
                if p.value != q.value:
                    return p.value < q.value
            elif not (p is q) and not eq_bool(ec, p, q):
                return lt_bool(ec, p, q)
        return len(x) < len(y)
    if isinstance(a, W_Str) and isinstance(b, W_Str):
        return a.value < b.value
    return lt_bool(ec, a, b)


def insertion_sort(ec: ExecCtx, keys: list[W_Object], vals: list[W_Object],
                   lo: int, hi: int, reverse: bool) -> None:
    i = lo + 1
    while i < hi:
        k = keys[i]
        v = vals[i]
        j = i - 1
        while j >= lo and before(ec, k, keys[j], reverse):
            keys[j + 1] = keys[j]
            vals[j + 1] = vals[j]
            j -= 1
        keys[j + 1] = k
        vals[j + 1] = v
        i += 1


def merge(ec: ExecCtx, keys: list[W_Object], vals: list[W_Object],
          tmpk: list[W_Object], tmpv: list[W_Object], lo: int, mid: int,
          hi: int, reverse: bool) -> None:
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if before(ec, keys[j], keys[i], reverse):
            tmpk[k] = keys[j]
            tmpv[k] = vals[j]
            j += 1
        else:
            tmpk[k] = keys[i]
            tmpv[k] = vals[i]
            i += 1
        k += 1
    while i < mid:
        tmpk[k] = keys[i]
        tmpv[k] = vals[i]
        i += 1
        k += 1
    while j < hi:
        tmpk[k] = keys[j]
        tmpv[k] = vals[j]
        j += 1
        k += 1


def sort_items(ec: ExecCtx, items: list[W_Object], w_key: W_Object,
               reverse: bool) -> list[W_Object]:
    """The items sorted (a new list)."""
    vals = list(items)
    if w_key is W_NONE:
        keys = list(items)
        if all_ints(keys):
            return sort_ints(keys, reverse)
    else:
        keys = []
        for x in items:
            keys.append(w_key.call_args(ec, [x], None))
    merge_sort(ec, keys, vals, reverse)
    return vals


def all_ints(items: list[W_Object]) -> bool:
    for x in items:
        if not isinstance(x, W_Int):
            return False
    return True


def sort_ints(items: list[W_Object], reverse: bool) -> list[W_Object]:
    vals: list[int] = []
    for x in items:
        if isinstance(x, W_Int):
            vals.append(x.value)
    # stable sort of (value, index): equal ints are interchangeable only if
    # they are the same object; keep the original objects by index
    pairs: list[tuple[int, int]] = []
    i = 0
    for v in vals:
        pairs.append((v, i))
        i += 1
    pairs.sort()
    if reverse:
        # stable descending: sort by (-v, index) without overflow
        groups: list[tuple[int, int]] = []
        j = len(pairs) - 1
        while j >= 0:
            k = j
            while k > 0 and pairs[k - 1][0] == pairs[j][0]:
                k -= 1
            m = k
            while m <= j:
                groups.append(pairs[m])
                m += 1
            j = k - 1
        pairs = groups
    out: list[W_Object] = []
    for p in pairs:
        out.append(items[p[1]])
    return out


def m_sort(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    p = ArgParser("sort", ["self", "key", "reverse"])
    p.parse(args, kwnames, 1, 1)
    l = self_list(args[0])
    w_key = p.get(1)
    w_rev = p.get(2)
    reverse = w_rev is not None and is_true(ec, w_rev)
    items = l.items
    l.items = []
    try:
        result = sort_items(ec, items, w_key if w_key is not None else W_NONE,
                            reverse)
    except PyError as e:
        if len(l.items) == 0:
            l.items = items
        raise e
    if len(l.items) != 0:
        l.items = result
        raise value_error("list modified during sort")
    l.items = result
    return W_NONE


# -------------------------------------------------------------- list API

def list_new(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    w_cls = args[0]
    if w_cls is LIST_TYPE or not isinstance(w_cls, W_Type):
        return W_List([])
    return typeobject.new_instance(w_cls)


def list_init(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("list() takes no keyword arguments")
    if len(args) > 2:
        raise type_error("list expected at most 1 argument, got "
                         + str(len(args) - 1))
    l = self_list(args[0])
    if len(args) == 2:
        items = unpack_iterable(ec, args[1])
        l.items = items
    else:
        l.items = []
    return W_NONE


def m_list_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    l = self_list(w)
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(l.items))
        if step == 1:
            return W_List(l.items[start:stop])
        out: list[W_Object] = []
        i = start
        k = 0
        while k < count:
            out.append(l.items[i])
            i += step
            k += 1
        return W_List(out)
    i2 = normalize_index(ec, w_key, len(l.items), "list")
    return l.items[i2]


def m_list_setitem(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    l = self_list(args[0])
    w_key = args[1]
    w_value = args[2]
    if isinstance(w_key, W_Slice):
        list_set_slice(ec, l, w_key, w_value)
        return W_NONE
    i = normalize_index(ec, w_key, len(l.items), "list assignment")
    l.items[i] = w_value
    return W_NONE


def list_set_slice(ec: ExecCtx, l: W_List, s: W_Slice, w_value: W_Object) -> None:
    start, stop, step, count = slice_indices(ec, s, len(l.items))
    if w_value is l:
        new_items = list(l.items)
    else:
        t = w_value.get_type()
        if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
            if step == 1:
                raise type_error("can only assign an iterable")
            raise type_error("must assign iterable to extended slice")
        new_items = unpack_iterable(ec, w_value)
    if step == 1:
        if stop < start:
            stop = start
        result = l.items[:start]
        result.extend(new_items)
        result.extend(l.items[stop:])
        l.items = result
        return
    if len(new_items) != count:
        raise value_error("attempt to assign sequence of size "
                          + str(len(new_items)) + " to extended slice of size "
                          + str(count))
    i = start
    for v in new_items:
        l.items[i] = v
        i += step


def m_list_delitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    l = self_list(w)
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(l.items))
        if step == 1:
            if stop > start:
                del l.items[start:stop]
            return W_NONE
        if count <= 0:
            return W_NONE
        idx: list[int] = []
        i = start
        k = 0
        while k < count:
            idx.append(i)
            i += step
            k += 1
        keep: list[W_Object] = []
        drop = set(idx)
        j = 0
        while j < len(l.items):
            if j not in drop:
                keep.append(l.items[j])
            j += 1
        l.items = keep
        return W_NONE
    i2 = normalize_index(ec, w_key, len(l.items), "list assignment")
    del l.items[i2]
    return W_NONE


def m_append(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    if isinstance(w, W_List):
        w.items.append(w_x)
    else:
        self_list(w).items.append(w_x)
    return W_NONE


def list_extend(ec: ExecCtx, l: W_List, w_it: W_Object) -> None:
    if isinstance(w_it, W_List):
        l.items.extend(list(w_it.items))
        return
    if isinstance(w_it, W_Tuple):
        l.items.extend(w_it.items)
        return
    t = w_it.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("'" + w_it.type_name() + "' object is not iterable")
    w_iter = w_it.iter(ec)
    while True:
        x = w_iter.next_value(ec)
        if x is None:
            return
        l.items.append(x)


def m_extend(ec: ExecCtx, w: W_Object, w_it: W_Object) -> W_Object:
    list_extend(ec, self_list(w), w_it)
    return W_NONE


def m_insert(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    l = self_list(args[0])
    i = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                    "integer")
    n = len(l.items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    l.items.insert(i, args[2])
    return W_NONE


def m_pop(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    l = self_list(args[0])
    n = len(l.items)
    if n == 0:
        raise index_error("pop from empty list")
    i = n - 1
    if len(args) > 1:
        i = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                        "integer")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise index_error("pop index out of range")
    return l.items.pop(i)


def m_remove(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    l = self_list(w)
    i = 0
    while i < len(l.items):
        if eq_bool(ec, l.items[i], w_x):
            del l.items[i]
            return W_NONE
        i += 1
    raise value_error("list.remove(x): x not in list")


def seq_index(ec: ExecCtx, items: list[W_Object], args: list[W_Object],
              what: str) -> int:
    n = len(items)
    start = 0
    stop = n
    if len(args) > 2:
        start = index_value(ec, args[2], "slice indices must be integers or "
                            "have an __index__ method")
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if len(args) > 3:
        stop = index_value(ec, args[3], "slice indices must be integers or "
                           "have an __index__ method")
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
    i = start
    while i < stop and i < len(items):
        if eq_bool(ec, items[i], args[1]):
            return i
        i += 1
    raise value_error(what)


def m_index(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    l = self_list(args[0])
    return new_int(seq_index(ec, l.items, args, repr_str(ec, args[1])
                             + " is not in list"))


def m_count(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    l = self_list(w)
    n = 0
    for x in list(l.items):
        if eq_bool(ec, x, w_x):
            n += 1
    return new_int(n)


def m_clear(ec: ExecCtx, w: W_Object) -> W_Object:
    empty: list[W_Object] = []
    self_list(w).items = empty
    return W_NONE


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_List(list(self_list(w).items))


def m_reverse(ec: ExecCtx, w: W_Object) -> W_Object:
    self_list(w).items.reverse()
    return W_NONE


def m_list_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_list(w).items))


def m_list_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_ListIter(self_list(w))


def m_list_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_ListRevIter(self_list(w))


def m_list_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(self_list(w).contains(ec, w_x))


# `x in lst` and lst.remove(x) as stages (objects.StageFn), for the
# dispatch loop when x is an instance: each item == x is compared by
# richcompare's stages, so that a Python __eq__ runs as a frame of the
# loop (interp.builtin_stages) and no other thread's commit comes between
# the __eq__ that finds x and the instruction's end, or the removal, as in
# CPython.  The C paths (m_remove, W_List.contains) keep eq_bool's fast
# pairs.

def find_stages(ec: ExecCtx, l: W_List, w_x: W_Object, stage: int,
                w_prev: W_Object | None, w_carry: W_Object | None) -> int:
    """The index of l's first item equal to w_x, -1 when none; -2 after
    asking for a comparison method, with w_carry (index, item): the
    comparison to go on with at `stage`."""
    i = 0
    w_item: W_Object | None = None
    if isinstance(w_carry, W_Tuple) and len(w_carry.items) == 2:
        w_i = w_carry.items[0]
        if isinstance(w_i, W_Int):
            i = w_i.value
        w_item = w_carry.items[1]
    while True:
        if w_item is None:
            if i >= len(l.items):
                return -1
            w_item = l.items[i]
            if w_item is w_x:
                return i
            stage = 0
            w_prev = None
        r = richcompare_stage(ec, w_item, w_x, EQ, stage, w_prev, None)
        if r is None:
            ec.mcall.w_carry = new_tuple([new_int(i), w_item])
            return -2
        if is_true(ec, r):
            return i
        i += 1
        w_item = None


def contains_stages(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                    stage: int, w_prev: W_Object | None,
                    w_carry: W_Object | None) -> W_Object | None:
    i = find_stages(ec, self_list(w), w_x, stage, w_prev, w_carry)
    if i == -2:
        return None
    return new_bool(i >= 0)


def remove_stages(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                  stage: int, w_prev: W_Object | None,
                  w_carry: W_Object | None) -> W_Object | None:
    l = self_list(w)
    i = find_stages(ec, l, w_x, stage, w_prev, w_carry)
    if i == -2:
        return None
    if i < 0:
        raise value_error("list.remove(x): x not in list")
    if i < len(l.items):    # an __eq__ may have emptied it
        del l.items[i]
    return W_NONE


def m_list_add(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    l = self_list(w)
    o = list_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    items = list(l.items)
    items.extend(o.items)
    return W_List(items)


def m_list_iadd(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    list_extend(ec, self_list(w), w_other)
    return w


def repeat(ec: ExecCtx, items: list[W_Object], w_n: W_Object) -> list[W_Object]:
    n = index_value(ec, w_n, "can't multiply sequence by non-int of type '{}'")
    if n <= 0 or len(items) == 0:
        return []
    if len(items) * n > (1 << 32):
        raise py_error(EXC_MEMORY_ERROR, "")
    # the host list's repeat: one allocation of the final size and log(n)
    # copies (extending n times reallocated as the list grew)
    return items * n


def is_index_like(w: W_Object) -> bool:
    return isinstance(w, W_Int) or w.get_type().lookup("__index__") is not None


def m_list_mul(ec: ExecCtx, w: W_Object, w_n: W_Object) -> W_Object:
    if not is_index_like(w_n):
        return W_NOTIMPLEMENTED
    return W_List(repeat(ec, self_list(w).items, w_n))


def m_list_imul(ec: ExecCtx, w: W_Object, w_n: W_Object) -> W_Object:
    if not is_index_like(w_n):
        return W_NOTIMPLEMENTED
    l = self_list(w)
    l.items = repeat(ec, l.items, w_n)
    return w


def m_list_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_list(w).repr_str(ec))


# ------------------------------------------------------------- tuple API

def tuple_new(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("tuple() takes no keyword arguments")
    if len(args) > 2:
        raise type_error("tuple expected at most 1 argument, got "
                         + str(len(args) - 1))
    w_cls = args[0]
    items: list[W_Object] = []
    if len(args) == 2:
        w_it = args[1]
        if isinstance(w_it, W_Tuple) and w_cls is TUPLE_TYPE:
            return w_it
        items = unpack_iterable(ec, w_it)
    t = new_tuple(items)
    if w_cls is TUPLE_TYPE or not isinstance(w_cls, W_Type):
        return t
    inst = W_Instance(w_cls)
    inst.w_base = t
    return inst


def m_tuple_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    t = self_tuple(w)
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(t.items))
        if step == 1:
            if start == 0 and stop == len(t.items) and isinstance(w, W_Tuple):
                return w
            return new_tuple(t.items[start:stop])
        out: list[W_Object] = []
        i = start
        k = 0
        while k < count:
            out.append(t.items[i])
            i += step
            k += 1
        return new_tuple(out)
    i2 = normalize_index(ec, w_key, len(t.items), "tuple")
    return t.items[i2]


def m_tuple_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_tuple(w).items))


def m_tuple_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_TupleIter(self_tuple(w).items)


def m_tuple_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(self_tuple(w).contains(ec, w_x))


def m_tuple_add(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    t = self_tuple(w)
    o = tuple_of(w_other)
    if o is None:
        return W_NOTIMPLEMENTED
    items = list(t.items)
    items.extend(o.items)
    return new_tuple(items)


def m_tuple_mul(ec: ExecCtx, w: W_Object, w_n: W_Object) -> W_Object:
    if not is_index_like(w_n):
        return W_NOTIMPLEMENTED
    return new_tuple(repeat(ec, self_tuple(w).items, w_n))


def m_tuple_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_tuple(w).hash_value(ec))


def m_tuple_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_tuple(w).repr_str(ec))


def m_tuple_index(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    t = self_tuple(args[0])
    return new_int(seq_index(ec, t.items, args, "tuple.index(x): x not in "
                             "tuple"))


def m_tuple_count(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    n = 0
    for x in self_tuple(w).items:
        if eq_bool(ec, x, w_x):
            n += 1
    return new_int(n)


def m_tuple_getnewargs(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple([new_tuple(list(self_tuple(w).items))])


def install() -> None:
    l = LIST_TYPE
    typeobject.add_static_new(l, list_new)
    add_method_kw(l, "__init__", list_init)
    add_method2(l, "__getitem__", m_list_getitem)
    add_methodn(l, "__setitem__", m_list_setitem, 3, 3)
    add_method2(l, "__delitem__", m_list_delitem)
    add_method1(l, "__len__", m_list_len)
    add_method1(l, "__iter__", m_list_iter)
    add_method1(l, "__reversed__", m_list_reversed)
    add_method2(l, "__contains__", m_list_contains)
    add_stages(l, "__contains__", contains_stages)
    add_method2(l, "__add__", m_list_add)
    add_method2(l, "__iadd__", m_list_iadd)
    add_method2(l, "__mul__", m_list_mul)
    add_method2(l, "__rmul__", m_list_mul)
    add_method2(l, "__imul__", m_list_imul)
    add_method1(l, "__repr__", m_list_repr)
    add_method2(l, "append", m_append)
    add_method2(l, "extend", m_extend)
    add_methodn(l, "insert", m_insert, 3, 3)
    add_methodn(l, "pop", m_pop, 1, 2)
    add_method2(l, "remove", m_remove)
    add_stages(l, "remove", remove_stages)
    add_methodn(l, "index", m_index, 2, 4)
    add_method2(l, "count", m_count)
    add_method1(l, "clear", m_clear)
    add_method1(l, "copy", m_copy)
    add_method1(l, "reverse", m_reverse)
    add_method_kw(l, "sort", m_sort)
    l.tdict["__hash__"] = W_NONE
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        f = W_SeqCompare(cn, k, True)
        f.w_owner = l
        l.tdict[cn] = f
        f2 = W_SeqCompare(cn, k, False)
        f2.w_owner = TUPLE_TYPE
        TUPLE_TYPE.tdict[cn] = f2
        k += 1
    t = TUPLE_TYPE
    typeobject.add_static_new(t, tuple_new)
    add_method2(t, "__getitem__", m_tuple_getitem)
    add_method1(t, "__len__", m_tuple_len)
    add_method1(t, "__iter__", m_tuple_iter)
    add_method2(t, "__contains__", m_tuple_contains)
    add_method2(t, "__add__", m_tuple_add)
    add_method2(t, "__mul__", m_tuple_mul)
    add_method2(t, "__rmul__", m_tuple_mul)
    add_method1(t, "__hash__", m_tuple_hash)
    add_method1(t, "__repr__", m_tuple_repr)
    add_methodn(t, "index", m_tuple_index, 2, 4)
    add_method2(t, "count", m_tuple_count)
    add_method1(t, "__getnewargs__", m_tuple_getnewargs)
    for it in [LIST_ITER_TYPE, LIST_REVITER_TYPE, TUPLE_ITER_TYPE]:
        add_method1(it, "__iter__", iter_self)
        add_method1(it, "__next__", iter_next)
        add_method1(it, "__length_hint__", iter_length_hint)
        add_method1(it, "__reduce__", iter_reduce)
        add_method2(it, "__setstate__", iter_setstate)
    l.compute_flags()
    t.compute_flags()
    ops.LIST_EXTEND[0] = list_extend
