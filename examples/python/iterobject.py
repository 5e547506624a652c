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
from sliceobject import W_Slice
import typeobject
import ops
from objects import BIG_INDEX
from astnodes import OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD, CMP_LT


# ================================================================= range
#
# A range whose bounds and length fit in 64 bits keeps them as host ints
# (the loops' fast path).  Any other range keeps them as int objects
# (W_Int or big ints) in `big`, and every method computes on those with
# the generic int operations, as CPython's longrangeobject: range(10**20),
# its indexing, `in`, slicing and reversal work, and len() raises
# OverflowError when the length does not fit.

class W_Range(W_Object):
    start: int
    stop: int
    step: int
    n: int
    big: list[W_Object] | None     # [start, stop, step, length], or None

    def __init__(self, start: int, stop: int, step: int) -> None:
        """A range whose length is known to fit (see small_length)."""
        self.start = start
        self.stop = stop
        self.step = step
        self.n = range_length(start, stop, step)
        self.big = None

    def get_type(self) -> W_Type:
        return RANGE_TYPE

    def objs(self) -> list[W_Object]:
        b = self.big
        if b is not None:
            return b
        return [new_int(self.start), new_int(self.stop), new_int(self.step),
                new_int(self.n)]

    def iter(self, ec: ExecCtx) -> W_Object:
        b = self.big
        if b is not None:
            return W_BigRangeIter(b[0], b[2], b[3])
        return W_RangeIter(self.start, self.step, self.n)

    def length(self, ec: ExecCtx) -> int:
        b = self.big
        if b is not None:
            w_n = b[3]
            if isinstance(w_n, W_Int):
                return w_n.value
            raise overflow_error("Python int too large to convert to C "
                                 "ssize_t")
        return self.n

    def is_true(self, ec: ExecCtx) -> bool:
        b = self.big
        if b is not None:
            return is_true(ec, b[3])
        return self.n > 0

    def check_size(self, ec: ExecCtx) -> None:
        self.length(ec)

    def repr_str(self, ec: ExecCtx) -> str:
        o = self.objs()
        s = "range(" + repr_str(ec, o[0]) + ", " + repr_str(ec, o[1])
        w_step = o[2]
        if not (isinstance(w_step, W_Int) and w_step.value == 1):
            s += ", " + repr_str(ec, w_step)
        return s + ")"

    def contains(self, ec: ExecCtx, w_x: W_Object) -> bool:
        if isinstance(w_x, W_Int) and not isinstance(w_x, W_Bool) and \
                self.big is None:
            v = w_x.value
            if self.step > 0:
                if v < self.start or v >= self.stop:
                    return False
            else:
                if v > self.start or v <= self.stop:
                    return False
            return (v - self.start) % self.step == 0
        if is_int_object(w_x):
            return self.contains_int(ec, w_x)
        it = self.iter(ec)
        while True:
            x = it.next_value(ec)
            if x is None:
                return False
            if eq_bool(ec, x, w_x):
                return True

    def contains_int(self, ec: ExecCtx, w_x: W_Object) -> bool:
        o = self.objs()
        if int_lt(ec, new_int(0), o[2]):
            if int_lt(ec, w_x, o[0]) or not int_lt(ec, w_x, o[1]):
                return False
        else:
            if int_lt(ec, o[0], w_x) or not int_lt(ec, o[1], w_x):
                return False
        w_r = ops.binary_op(ec, ops.binary_op(ec, w_x, o[0], OP_SUB), o[2],
                            OP_MOD)
        return not is_true(ec, w_r)

    def item(self, i: int) -> int:
        return self.start + i * self.step

    def hash_value(self, ec: ExecCtx) -> int:
        o = self.objs()
        w_n = o[3]
        if not is_true(ec, w_n):
            t = new_tuple([new_int(0), W_NONE, W_NONE])
        elif isinstance(w_n, W_Int) and w_n.value == 1:
            t = new_tuple([new_int(1), o[0], W_NONE])
        else:
            t = new_tuple([w_n, o[0], o[2]])
        return t.hash_value(ec)


def range_length(start: int, stop: int, step: int) -> int:
    if step > 0:
        if start >= stop:
            return 0
        return (stop - start - 1) // step + 1
    if start <= stop:
        return 0
    return (start - stop - 1) // (-step) + 1


def small_length_fits(start: int, stop: int, step: int) -> bool:
    """stop - start (or start - stop) does not overflow 64 bits."""
    if step > 0:
        return start >= stop or start >= 0 or stop <= MAXINT + start
    return start <= stop or stop >= 0 or start <= MAXINT + stop


def is_int_object(w: W_Object) -> bool:
    return isinstance(w, W_Int) or BIG_INDEX[0](w)


def int_lt(ec: ExecCtx, a: W_Object, b: W_Object) -> bool:
    return is_true(ec, ops.compare(ec, a, b, CMP_LT))


def big_length(ec: ExecCtx, w_start: W_Object, w_stop: W_Object,
               w_step: W_Object) -> W_Object:
    """The length of any range, as an int object."""
    zero = new_int(0)
    one = new_int(1)
    if int_lt(ec, zero, w_step):
        if not int_lt(ec, w_start, w_stop):
            return zero
        w_d = ops.binary_op(ec, w_stop, w_start, OP_SUB)
        w_s = w_step
    else:
        if not int_lt(ec, w_stop, w_start):
            return zero
        w_d = ops.binary_op(ec, w_start, w_stop, OP_SUB)
        w_s = ops.negative(ec, w_step)
    w_q = ops.binary_op(ec, ops.binary_op(ec, w_d, one, OP_SUB), w_s,
                        OP_FLOORDIV)
    return ops.binary_op(ec, w_q, one, OP_ADD)


def make_range(ec: ExecCtx, w_start: W_Object, w_stop: W_Object,
               w_step: W_Object) -> W_Range:
    """A range of int objects: the host-int form when everything fits."""
    if isinstance(w_start, W_Int) and isinstance(w_stop, W_Int) and \
            isinstance(w_step, W_Int) and \
            small_length_fits(w_start.value, w_stop.value, w_step.value):
        return W_Range(w_start.value, w_stop.value, w_step.value)
    w_n = big_length(ec, w_start, w_stop, w_step)
    r = W_Range(0, 0, 1)
    r.big = [w_start, w_stop, w_step, w_n]
    return r


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


class W_BigRangeIter(W_Object):
    """The iterator of a range beyond 64 bits (CPython's
    longrange_iterator, with the same type name)."""
    w_next: W_Object
    w_step: W_Object
    w_remaining: W_Object

    def __init__(self, w_start: W_Object, w_step: W_Object,
                 w_count: W_Object) -> None:
        self.w_next = w_start
        self.w_step = w_step
        self.w_remaining = w_count

    def get_type(self) -> W_Type:
        return LONGRANGE_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if not int_lt(ec, new_int(0), self.w_remaining):
            return None
        v = self.w_next
        self.w_remaining = ops.binary_op(ec, self.w_remaining, new_int(1),
                                         OP_SUB)
        self.w_next = ops.binary_op(ec, v, self.w_step, OP_ADD)
        return v


RANGE_TYPE = make_builtin_type("range", OBJECT_TYPE, LAYOUT_BUILTIN)
RANGE_ITER_TYPE = make_builtin_type("range_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)
LONGRANGE_ITER_TYPE = make_builtin_type("longrange_iterator", OBJECT_TYPE,
                                        LAYOUT_BUILTIN)


def range_arg(ec: ExecCtx, w: W_Object) -> W_Object:
    """operator.index(w) as an int object (big ones included)."""
    if isinstance(w, W_Int):
        if isinstance(w, W_Bool):
            return new_int(w.value)
        return w
    if BIG_INDEX[0](w):
        return w
    w_meth = w.get_type().lookup("__index__")
    if w_meth is None:
        raise type_error("'" + w.type_name() + "' object cannot be "
                         "interpreted as an integer")
    w_res = w_meth.call_method(ec, w, [], None)
    if isinstance(w_res, W_Int):
        return new_int(w_res.value)
    if BIG_INDEX[0](w_res):
        return w_res
    raise type_error("__index__ returned non-int (type " + w_res.type_name()
                     + ")")


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
        return range1(ec, args[1])
    if n == 2:
        return range2(ec, args[1], args[2])
    w_start = range_arg(ec, args[1])
    w_stop = range_arg(ec, args[2])
    w_step = range_arg(ec, args[3])
    if isinstance(w_step, W_Int) and w_step.value == 0:
        raise value_error("range() arg 3 must not be zero")
    return make_range(ec, w_start, w_stop, w_step)


def range1(ec: ExecCtx, w_stop: W_Object) -> W_Object:
    """range(stop); also RANGE_TYPE.new1, the call from the loop."""
    if isinstance(w_stop, W_Int) and not isinstance(w_stop, W_Bool):
        return W_Range(0, w_stop.value, 1)
    return make_range(ec, new_int(0), range_arg(ec, w_stop), new_int(1))


def range2(ec: ExecCtx, w_start: W_Object, w_stop: W_Object) -> W_Object:
    """range(start, stop); also RANGE_TYPE.new2."""
    w_a = range_arg(ec, w_start)    # in CPython's order: start first
    return make_range(ec, w_a, range_arg(ec, w_stop), new_int(1))


def as_range(w: W_Object) -> W_Range:
    if isinstance(w, W_Range):
        return w
    raise type_error("descriptor requires a 'range' object")


def range_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    r = as_range(w)
    if isinstance(w_key, W_Slice):
        return range_slice(ec, r, w_key)
    if r.big is None and isinstance(w_key, W_Int):
        i = w_key.value
        if i < 0:
            i += r.n
        if i < 0 or i >= r.n:
            raise index_error("range object index out of range")
        return new_int(r.item(i))
    if not is_int_object(w_key) and \
            w_key.get_type().lookup("__index__") is None:
        raise type_error("range indices must be integers or slices, not "
                         + w_key.type_name())
    o = r.objs()
    w_i = range_arg(ec, w_key)
    if int_lt(ec, w_i, new_int(0)):
        w_i = ops.binary_op(ec, w_i, o[3], OP_ADD)
    if int_lt(ec, w_i, new_int(0)) or not int_lt(ec, w_i, o[3]):
        raise index_error("range object index out of range")
    return range_item(ec, o, w_i)


def range_item(ec: ExecCtx, o: list[W_Object], w_i: W_Object) -> W_Object:
    return ops.binary_op(ec, o[0], ops.binary_op(ec, w_i, o[2], OP_MUL),
                         OP_ADD)


def range_slice(ec: ExecCtx, r: W_Range, s: W_Slice) -> W_Object:
    """CPython's compute_slice: the items at the slice's start and stop
    indices bound the new range."""
    o = r.objs()
    idx = slice_indices_objs(ec, s, o[3])
    return make_range(ec, range_item(ec, o, idx[0]), range_item(ec, o, idx[1]),
                      ops.binary_op(ec, o[2], idx[2], OP_MUL))


def slice_indices_objs(ec: ExecCtx, s: W_Slice,
                       w_len: W_Object) -> list[W_Object]:
    """[start, stop, step] of the slice over a length, as int objects
    (CPython's _PySlice_GetLongIndices)."""
    zero = new_int(0)
    w_step: W_Object = new_int(1)
    if s.w_step is not W_NONE:
        w_step = slice_index_arg(ec, s.w_step)
        if not is_true(ec, w_step):
            raise value_error("slice step cannot be zero")
    back = int_lt(ec, w_step, zero)
    w_lower: W_Object = new_int(-1) if back else zero
    w_upper = ops.binary_op(ec, w_len, w_lower, OP_ADD)
    w_start = slice_bound(ec, s.w_start, w_len, w_lower, w_upper,
                          w_upper if back else w_lower)
    w_stop = slice_bound(ec, s.w_stop, w_len, w_lower, w_upper,
                         w_lower if back else w_upper)
    return [w_start, w_stop, w_step]


def slice_bound(ec: ExecCtx, w: W_Object, w_len: W_Object, w_lower: W_Object,
                w_upper: W_Object, w_default: W_Object) -> W_Object:
    if w is W_NONE:
        return w_default
    w_v = slice_index_arg(ec, w)
    if int_lt(ec, w_v, new_int(0)):
        w_v = ops.binary_op(ec, w_v, w_len, OP_ADD)
        if int_lt(ec, w_v, w_lower):
            return w_lower
        return w_v
    if int_lt(ec, w_upper, w_v):
        return w_upper
    return w_v


def slice_index_arg(ec: ExecCtx, w: W_Object) -> W_Object:
    if not is_int_object(w) and w.get_type().lookup("__index__") is None:
        raise type_error("slice indices must be integers or None or have "
                         "an __index__ method")
    return range_arg(ec, w)


def range_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).length(ec))


def range_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_range(w).iter(ec)


def range_reversed(ec: ExecCtx, w: W_Object) -> W_Object:
    r = as_range(w)
    if r.big is None:
        if r.n == 0:
            return W_RangeIter(0, 1, 0)
        if r.step != MININT:
            # the iterator never steps past the first item: no overflow
            return W_RangeIter(r.item(r.n - 1), -r.step, r.n)
    o = r.objs()
    if not is_true(ec, o[3]):
        return W_BigRangeIter(o[0], o[2], o[3])
    w_last = range_item(ec, o, ops.binary_op(ec, o[3], new_int(1), OP_SUB))
    return W_BigRangeIter(w_last, ops.negative(ec, o[2]), o[3])


def range_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(as_range(w).contains(ec, w_x))


def range_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_range(w).repr_str(ec))


def range_index(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    r = as_range(w)
    if is_int_object(w_x) and not isinstance(w_x, W_Bool):
        if r.contains(ec, w_x):
            o = r.objs()
            return ops.binary_op(ec, ops.binary_op(ec, w_x, o[0], OP_SUB),
                                 o[2], OP_FLOORDIV)
        raise value_error(repr_str(ec, w_x) + " is not in range")
    i = 0
    it = r.iter(ec)
    while True:
        x = it.next_value(ec)
        if x is None:
            break
        if eq_bool(ec, x, w_x):
            return new_int(i)
        i += 1
    raise value_error(repr_str(ec, w_x) + " is not in range")


def range_count(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    r = as_range(w)
    if is_int_object(w_x) and not isinstance(w_x, W_Bool):
        return new_int(1 if r.contains(ec, w_x) else 0)
    n = 0
    it = r.iter(ec)
    while True:
        x = it.next_value(ec)
        if x is None:
            break
        if eq_bool(ec, x, w_x):
            n += 1
    return new_int(n)


def range_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    if not isinstance(b, W_Range):
        return W_NOTIMPLEMENTED
    ra = as_range(a)
    if ra.big is None and b.big is None:
        if ra.n != b.n:
            return W_FALSE
        if ra.n == 0:
            return W_TRUE
        if ra.start != b.start:
            return W_FALSE
        if ra.n == 1:
            return W_TRUE
        return new_bool(ra.step == b.step)
    oa = ra.objs()
    ob = b.objs()
    if not eq_bool(ec, oa[3], ob[3]):
        return W_FALSE
    if not is_true(ec, oa[3]):
        return W_TRUE
    if not eq_bool(ec, oa[0], ob[0]):
        return W_FALSE
    if eq_bool(ec, oa[3], new_int(1)):
        return W_TRUE
    return new_bool(eq_bool(ec, oa[2], ob[2]))


def range_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(as_range(w).hash_value(ec))


def range_start(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_range(w).objs()[0]


def range_stop(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_range(w).objs()[1]


def range_step(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_range(w).objs()[2]


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


def next_items(ec: ExecCtx, iters: list[W_Object],
               items: list[W_Object]) -> int:
    """Stores the next item of each of iters in items (as long, made at
    its size: a list grown by append() allocated its array twice a zip()
    step); returns len(iters), or the index of the first exhausted one."""
    for i in range(len(iters)):
        x = iters[i].next_value(ec)
        if x is None:
            return i
        items[i] = x
    return len(iters)


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
        n = len(self.iters)
        if self.done or n == 0:
            return None
        items: list[W_Object] = [W_NONE] * n
        i = next_items(ec, self.iters, items)
        if i < n:
            self.done = True
            if self.strict:
                self.strict_check(ec, i)
            return None
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
        n = len(self.iters)
        args: list[W_Object] = [W_NONE] * n
        if next_items(ec, self.iters, args) < n:
            return None
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
    typeobject.add_static_new(r, range_new)
    r.new1 = range1
    r.new2 = range2
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
    for it in [RANGE_ITER_TYPE, LONGRANGE_ITER_TYPE, ENUMERATE_TYPE,
               ZIP_TYPE, MAP_TYPE, FILTER_TYPE, REVERSED_TYPE,
               CALLABLE_ITER_TYPE]:
        add_method1(it, "__iter__", iter_self)
        add_method1(it, "__next__", iter_next)
