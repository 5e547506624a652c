"""slice objects and the index arithmetic every sequence shares
(normalised indices, slice.indices)."""
from __future__ import annotations

from typing import Callable

from rtutil import MAXINT, MININT
from objects import (W_Object, W_Type, W_Int, W_Tuple, ExecCtx, W_NONE,
                     W_NOTIMPLEMENTED, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, new_int, new_bool, new_tuple, type_error,
                     value_error, index_error, index_value, repr_str,
                     add_methodn, add_method2, add_method1, add_getset,
                     compare_bool, EQ, PyError, exc_matches,
                     EXC_INDEX_ERROR)
import interp
import typeobject


class W_Slice(W_Object):
    w_start: W_Object
    w_stop: W_Object
    w_step: W_Object

    def __init__(self, w_start: W_Object, w_stop: W_Object,
                 w_step: W_Object) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def get_type(self) -> W_Type:
        return SLICE_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return ("slice(" + repr_str(ec, self.w_start) + ", "
                + repr_str(ec, self.w_stop) + ", "
                + repr_str(ec, self.w_step) + ")")

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: 'slice'")


SLICE_TYPE = make_builtin_type("slice", OBJECT_TYPE, LAYOUT_BUILTIN)

SLICE_INDEX_MSG = ("slice indices must be integers or None or have an "
                   "__index__ method")


def clamp_index(ec: ExecCtx, w: W_Object) -> int:
    """A slice bound: ints (big ones clamp), __index__."""
    if isinstance(w, W_Int):
        return w.value
    try:
        return index_value(ec, w, SLICE_INDEX_MSG)
    except PyError as e:
        if exc_matches(e.w_exc, EXC_INDEX_ERROR):
            # a big int: clamp by sign
            return MAXINT if BIG_SIGN[0](w) > 0 else MININT
        raise e


def _big_sign(w: W_Object) -> int:
    return 1


BIG_SIGN: list[Callable[[W_Object], int]] = [_big_sign]


def slice_indices(ec: ExecCtx, s: W_Slice, length: int) -> tuple[int, int, int, int]:
    """(start, stop, step, count) as PySlice_GetIndicesEx."""
    step = 1
    if s.w_step is not W_NONE:
        step = clamp_index(ec, s.w_step)
        if step == 0:
            raise value_error("slice step cannot be zero")
        if step < -MAXINT:
            step = -MAXINT
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if s.w_start is W_NONE:
        start = upper if step < 0 else lower
    else:
        start = clamp_index(ec, s.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if s.w_stop is W_NONE:
        stop = lower if step < 0 else upper
    else:
        stop = clamp_index(ec, s.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    count = 0
    if step < 0:
        if stop < start:
            count = (start - stop - 1) // (-step) + 1
    else:
        if start < stop:
            count = (stop - start - 1) // step + 1
    return (start, stop, step, count)


def normalize_index(ec: ExecCtx, w_index: W_Object, length: int,
                    what: str) -> int:
    """seq[i]: the index made non-negative, or IndexError '<what> index out
    of range'."""
    if isinstance(w_index, W_Int):
        i = w_index.value
    else:
        # 'list indices ...' also for an assignment (CPython's message)
        seq = what.split(" ")[0]
        i = index_value(ec, w_index, seq + " indices must be integers or "
                        "slices, not {}")
    if i < 0:
        i += length
    if i < 0 or i >= length:
        raise index_error(what + " index out of range")
    return i


def make_slice(a: W_Object, b: W_Object, c: W_Object) -> W_Object:
    return W_Slice(a, b, c)


def as_slice(w: W_Object) -> W_Slice:
    if isinstance(w, W_Slice):
        return w
    raise type_error("descriptor requires a 'slice' object")


def slice_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    n = len(args) - 1
    if n == 1:
        return W_Slice(W_NONE, args[1], W_NONE)
    if n == 2:
        return W_Slice(args[1], args[2], W_NONE)
    return W_Slice(args[1], args[2], args[3])


def slice_indices_method(ec: ExecCtx, w: W_Object, w_len: W_Object) -> W_Object:
    n = index_value(ec, w_len, "'{}' object cannot be interpreted as an "
                    "integer")
    if n < 0:
        raise value_error("length should not be negative")
    start, stop, step, count = slice_indices(ec, as_slice(w), n)
    return new_tuple([new_int(start), new_int(stop), new_int(step)])


def slice_get_start(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_slice(w).w_start


def slice_get_stop(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_slice(w).w_stop


def slice_get_step(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_slice(w).w_step


def slice_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    if not isinstance(b, W_Slice):
        return W_NOTIMPLEMENTED
    sa = as_slice(a)
    t1 = new_tuple([sa.w_start, sa.w_stop, sa.w_step])
    t2 = new_tuple([b.w_start, b.w_stop, b.w_step])
    return new_bool(compare_bool(ec, t1, t2, EQ))


def install() -> None:
    t = SLICE_TYPE
    typeobject.add_static_newn(t, slice_new, 2, 4)
    add_method2(t, "indices", slice_indices_method)
    add_method2(t, "__eq__", slice_eq)
    add_getset(t, "start", slice_get_start, None)
    add_getset(t, "stop", slice_get_stop, None)
    add_getset(t, "step", slice_get_step, None)
    t.tdict["__hash__"] = W_NONE
    interp.MAKE_SLICE[0] = make_slice
