"""range and the builtin iterator types: enumerate, zip, map, filter,
reversed, and iter(callable, sentinel)."""
from __future__ import annotations

from rtutil import MAXINT, MININT
from objects import (W_Object, W_Type, W_Int, W_Bool, W_Tuple, W_List,
                     W_Dict, ExecCtx, PyError, W_BuiltinFunction, W_NONE,
                     W_TRUE, W_FALSE, W_NOTIMPLEMENTED, new_int, new_bool,
                     new_str, new_tuple, type_error, value_error, index_error,
                     overflow_error, add_method1, add_method2, add_methodn,
                     add_method_kw, add_getset, repr_str, index_value,
                     is_true, eq_bool, hash_w, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, stop_iteration, ArgParser, exc_matches,
                     EXC_STOP_ITERATION, EXC_OVERFLOW_ERROR, EXC_INDEX_ERROR,
                     compare_bool, EQ)
import rtutil
from sliceobject import W_Slice, slice_indices
import typeobject


# ================================================================= range

class W_Range(W_Object):
    start: int
    stop: int
    step: int
    n: int

    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.n = range_length(start, stop, step)

    def get_type(self) -> W_Type:
        return RANGE_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_RangeIter(self.start, self.step, self.n)

    def length(self, ec: ExecCtx) -> int:
        return self.n

    def is_true(self, ec: ExecCtx) -> bool:
        return self.n > 0

    def repr_str(self, ec: ExecCtx) -> str:
        if self.step == 1:
            return "range(" + str(self.start) + ", " + str(self.stop) + ")"
        return ("range(" + str(self.start) + ", " + str(self.stop) + ", "
                + str(self.step) + ")")

    def contains(self, ec: ExecCtx, w_x: W_Object) -> bool:
        if isinstance(w_x, W_Int):
            v = w_x.value
            if self.step > 0:
                if v < self.start or v >= self.stop:
                    return False
            else:
                if v > self.start or v <= self.stop:
                    return False
            return (v - self.start) % self.step == 0
        it = self.iter(ec)
        while True:
            x = it.next_value(ec)
            if x is None:
                return False
            if eq_bool(ec, x, w_x):
                return True

    def item(self, i: int) -> int:
        return self.start + i * self.step

    def hash_value(self, ec: ExecCtx) -> int:
        n = self.n
        if n == 0:
            t = new_tuple([new_int(0), W_NONE, W_NONE])
        elif n == 1:
            t = new_tuple([new_int(1), new_int(self.start), W_NONE])
        else:
            t = new_tuple([new_int(n), new_int(self.start),
                           new_int(self.step)])
        return t.hash_value(ec)


def range_length(start: int, stop: int, step: int) -> int:
    if step > 0:
        if start >= stop:
            return 0
        return (stop - start - 1) // step + 1
    if start <= stop:
        return 0
    return (start - stop - 1) // (-step) + 1


class W_RangeIter(W_Object):
    next: int
    step: int
    remaining: int

    def __init__(self, start: int, step: int, count: int) -> None:
        self.next = start
        self.step = step
        self.remaining = count

    def get_type(self) -> W_Type:
        return RANGE_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if self.remaining <= 0:
            return None
        v = self.next
        self.remaining -= 1
        if self.remaining > 0:
            self.next = v + self.step
        return new_int(v)


RANGE_TYPE = make_builtin_type("range", OBJECT_TYPE, LAYOUT_BUILTIN)
RANGE_ITER_TYPE = make_builtin_type("range_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)


def range_arg(ec: ExecCtx, w: W_Object) -> int:
    return index_value(ec, w, "'{}' object cannot be interpreted as an "
                       "integer")


def range_new(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("range() takes no keyword arguments")
    n = len(args) - 1
    if n == 0:
        raise type_error("range expected at least 1 argument, got 0")
    if n > 3:
        raise type_error("range expected at most 3 arguments, got " + str(n))
    if n == 1:
        return W_Range(0, range_arg(ec, args[1]), 1)
    start = range_arg(ec, args[1])
    stop = range_arg(ec, args[2])
    step = 1
    if n == 3:
        step = range_arg(ec, args[3])
        if step == 0:
            raise value_error("range() arg 3 must not be zero")
    return W_Range(start, stop, step)


def as_range(w: W_Object) -> W_Range:
    if isinstance(w, W_Range):
        return w
    raise type_error("descriptor requires a 'range' object")


def range_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    r = as_range(w)
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, r.n)
        nstart = r.item(start)
        nstep = r.step * step
        return W_Range(nstart, nstart + count * nstep, nstep)
    i = index_value(ec, w_key, "range indices must be integers or slices, "
                    "not {}")
    if i < 0:
        i += r.n
    if i < 0 or i >= r.n:
        raise index_error("range object index out of range")
    return new_int(r.item(i))


def range_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).n)


def range_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_range(w).iter(ec)


def range_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    r = as_range(w)
    if r.n == 0:
        return W_RangeIter(0, 1, 0)
    return W_RangeIter(r.item(r.n - 1), -r.step, r.n)


def range_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(as_range(w).contains(ec, w_x))


def range_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_range(w).repr_str(ec))


def range_index(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    r = as_range(w)
    if isinstance(w_x, W_Int) and r.contains(ec, w_x):
        return new_int((w_x.value - r.start) // r.step)
    i = 0
    while i < r.n:
        if eq_bool(ec, new_int(r.item(i)), w_x):
            return new_int(i)
        i += 1
    raise value_error(repr_str(ec, w_x) + " is not in range")


def range_count(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    r = as_range(w)
    if isinstance(w_x, W_Int):
        return new_int(1 if r.contains(ec, w_x) else 0)
    n = 0
    i = 0
    while i < r.n:
        if eq_bool(ec, new_int(r.item(i)), w_x):
            n += 1
        i += 1
    return new_int(n)


def range_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    if not isinstance(b, W_Range):
        return W_NOTIMPLEMENTED
    ra = as_range(a)
    if ra.n != b.n:
        return W_FALSE
    if ra.n == 0:
        return W_TRUE
    if ra.start != b.start:
        return W_FALSE
    if ra.n == 1:
        return W_TRUE
    return new_bool(ra.step == b.step)


def range_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).hash_value(ec))


def range_start(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).start)


def range_stop(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).stop)


def range_step(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).step)


# ============================================================ iterators

class W_Enumerate(W_Object):
    w_it: W_Object
    count: int

    def __init__(self, w_it: W_Object, count: int) -> None:
        self.w_it = w_it
        self.count = count

    def get_type(self) -> W_Type:
        return ENUMERATE_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        x = self.w_it.next_value(ec)
        if x is None:
            return None
        i = self.count
        self.count = i + 1
        return W_Tuple([new_int(i), x])


class W_Zip(W_Object):
    iters: list[W_Object]
    strict: bool
    done: bool

    def __init__(self, iters: list[W_Object], strict: bool) -> None:
        self.iters = iters
        self.strict = strict
        self.done = False

    def get_type(self) -> W_Type:
        return ZIP_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if self.done or len(self.iters) == 0:
            return None
        items: list[W_Object] = []
        i = 0
        for it in self.iters:
            x = it.next_value(ec)
            if x is None:
                self.done = True
                if self.strict:
                    self.strict_check(ec, i)
                return None
            items.append(x)
            i += 1
        return W_Tuple(items)

    def strict_check(self, ec: ExecCtx, i: int) -> None:
        if i > 0:
            plural = "s 1-" + str(i) if i > 1 else " 1"
            raise value_error("zip() argument " + str(i + 1) + " is shorter "
                              "than argument" + plural)
        j = 1
        while j < len(self.iters):
            if self.iters[j].next_value(ec) is not None:
                plural2 = "s 1-" + str(j) if j > 1 else " 1"
                raise value_error("zip() argument " + str(j + 1) + " is "
                                  "longer than argument" + plural2)
            j += 1


class W_Map(W_Object):
    w_func: W_Object
    iters: list[W_Object]

    def __init__(self, w_func: W_Object, iters: list[W_Object]) -> None:
        self.w_func = w_func
        self.iters = iters

    def get_type(self) -> W_Type:
        return MAP_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        args: list[W_Object] = []
        for it in self.iters:
            x = it.next_value(ec)
            if x is None:
                return None
            args.append(x)
        return self.w_func.call_args(ec, args, None)


class W_Filter(W_Object):
    w_func: W_Object
    w_it: W_Object

    def __init__(self, w_func: W_Object, w_it: W_Object) -> None:
        self.w_func = w_func
        self.w_it = w_it

    def get_type(self) -> W_Type:
        return FILTER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        while True:
            x = self.w_it.next_value(ec)
            if x is None:
                return None
            if self.w_func is W_NONE or self.w_func is BOOL_TYPE_REF[0]:
                if is_true(ec, x):
                    return x
            elif is_true(ec, self.w_func.call_args(ec, [x], None)):
                return x


BOOL_TYPE_REF: list[W_Object | None] = [None]


class W_Reversed(W_Object):
    """reversed() of a sequence with __len__ and __getitem__."""
    w_seq: W_Object
    index: int

    def __init__(self, w_seq: W_Object, n: int) -> None:
        self.w_seq = w_seq
        self.index = n - 1

    def get_type(self) -> W_Type:
        return REVERSED_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        i = self.index
        if i < 0:
            return None
        self.index = i - 1
        try:
            return self.w_seq.getitem(ec, new_int(i))
        except PyError as e:
            if exc_matches(e.w_exc, EXC_INDEX_ERROR) or \
                    exc_matches(e.w_exc, EXC_STOP_ITERATION):
                self.index = -1
                return None
            raise e


class W_CallIter(W_Object):
    """iter(callable, sentinel)."""
    w_func: W_Object
    w_sentinel: W_Object
    done: bool

    def __init__(self, w_func: W_Object, w_sentinel: W_Object) -> None:
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        self.done = False

    def get_type(self) -> W_Type:
        return CALLABLE_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if self.done:
            return None
        try:
            x = self.w_func.call_args(ec, [], None)
        except PyError as e:
            if exc_matches(e.w_exc, EXC_STOP_ITERATION):
                self.done = True
                return None
            raise e
        if eq_bool(ec, x, self.w_sentinel):
            self.done = True
            return None
        return x


ENUMERATE_TYPE = make_builtin_type("enumerate", OBJECT_TYPE, LAYOUT_BUILTIN)
ZIP_TYPE = make_builtin_type("zip", OBJECT_TYPE, LAYOUT_BUILTIN)
MAP_TYPE = make_builtin_type("map", OBJECT_TYPE, LAYOUT_BUILTIN)
FILTER_TYPE = make_builtin_type("filter", OBJECT_TYPE, LAYOUT_BUILTIN)
REVERSED_TYPE = make_builtin_type("reversed", OBJECT_TYPE, LAYOUT_BUILTIN)
CALLABLE_ITER_TYPE = make_builtin_type("callable_iterator", OBJECT_TYPE,
                                       LAYOUT_BUILTIN)


def get_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return w.iter(ec)


def enumerate_new(ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    p = ArgParser("enumerate", ["cls", "iterable", "start"])
    p.parse(args, kwnames, 2, 3)
    w_it = p.get(1)
    w_start = p.get(2)
    start = 0
    if w_start is not None:
        start = index_value(ec, w_start, "'{}' object cannot be interpreted "
                            "as an integer")
    if w_it is None:
        raise type_error("enumerate() missing required argument 'iterable'")
    return W_Enumerate(w_it.iter(ec), start)


def zip_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    strict = False
    if kwnames is not None:
        k = 0
        for name in kwnames:
            if name != "strict":
                raise type_error("zip() got an unexpected keyword argument '"
                                 + name + "'")
            strict = is_true(ec, args[npos + k])
            k += 1
    iters: list[W_Object] = []
    i = 1
    while i < npos:
        w = args[i]
        t = w.get_type()
        if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
            raise type_error("zip argument #" + str(i) + " must support "
                             "iteration")
        iters.append(w.iter(ec))
        i += 1
    return W_Zip(iters, strict)


def map_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("map() takes no keyword arguments")
    if len(args) < 3:
        raise type_error("map() must have at least two arguments.")
    iters: list[W_Object] = []
    i = 2
    while i < len(args):
        iters.append(args[i].iter(ec))
        i += 1
    return W_Map(args[1], iters)


def filter_new(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("filter() takes no keyword arguments")
    if len(args) != 3:
        raise type_error("filter expected 2 arguments, got "
                         + str(len(args) - 1))
    return W_Filter(args[1], args[2].iter(ec))


def reversed_new(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("reversed() takes no keyword arguments")
    if len(args) != 2:
        raise type_error("reversed expected 1 argument, got "
                         + str(len(args) - 1))
    w = args[1]
    t = w.get_type()
    w_rev = t.lookup("__reversed__")
    if w_rev is not None:
        if w_rev is W_NONE:
            raise type_error("'" + w.type_name() + "' object is not "
                             "reversible")
        return w_rev.call_method(ec, w, [], None)
    if t.lookup("__getitem__") is None or t.lookup("__len__") is None or \
            isinstance(w, W_Dict):
        raise type_error("'" + w.type_name() + "' object is not reversible")
    return W_Reversed(w, w.length(ec))


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def install() -> None:
    r = RANGE_TYPE
    add_method_kw(r, "__new__", range_new)
    r.tdict["__new__"] = typeobject.W_StaticMethod(r.tdict["__new__"])
    add_method2(r, "__getitem__", range_getitem)
    add_method1(r, "__len__", range_len)
    add_method1(r, "__iter__", range_iter)
    add_method1(r, "__reversed__", range_reversed)
    add_method2(r, "__contains__", range_contains)
    add_method1(r, "__repr__", range_repr)
    add_method2(r, "index", range_index)
    add_method2(r, "count", range_count)
    add_method2(r, "__eq__", range_eq)
    add_method1(r, "__hash__", range_hash)
    add_getset(r, "start", range_start, None)
    add_getset(r, "stop", range_stop, None)
    add_getset(r, "step", range_step, None)
    add_method_kw(ENUMERATE_TYPE, "__new__", enumerate_new)
    add_method_kw(ZIP_TYPE, "__new__", zip_new)
    add_method_kw(MAP_TYPE, "__new__", map_new)
    add_method_kw(FILTER_TYPE, "__new__", filter_new)
    add_method_kw(REVERSED_TYPE, "__new__", reversed_new)
    for t in [ENUMERATE_TYPE, ZIP_TYPE, MAP_TYPE, FILTER_TYPE, REVERSED_TYPE]:
        t.tdict["__new__"] = typeobject.W_StaticMethod(t.tdict["__new__"])
    for it in [RANGE_ITER_TYPE, ENUMERATE_TYPE, ZIP_TYPE, MAP_TYPE,
               FILTER_TYPE, REVERSED_TYPE, CALLABLE_ITER_TYPE]:
        add_method1(it, "__iter__", iter_self)
        add_method1(it, "__next__", iter_next)
