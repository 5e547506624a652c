"""bytearray: a mutable byte string held as a list of ints 0..255, with
CPython's constructor forms, indexing, slicing and slice assignment,
append/extend/insert/pop/remove/clear/copy/reverse, concatenation and
repetition (in place too), comparisons with any bytes-like object, and
the read-only methods of bytes (run by bytes's own code on a snapshot,
their bytes results made bytearrays as CPython's do).  bytes_of accepts
a bytearray, so bytes(ba), b'..' + ba, b'..'.join([ba]) and the like work
through bytesobject."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Int, W_Str, W_Tuple, W_List,
                     of_class,
                     ExecCtx, W_BuiltinFunction, W_NONE, W_NOTIMPLEMENTED,
                     new_int, new_bool, new_str, type_error, value_error,
                     index_error, add_method1, add_method2, add_methodn,
                     add_method_kw, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_OBJECT, index_value, unpack_iterable,
                     str_value_of, ArgParser, stop_iteration)
from sliceobject import W_Slice, slice_indices
import ops
import typeobject
import bytesobject
from bytesobject import W_Bytes, bytes_repr, text_or


class W_ByteArray(W_Object):
    data: list[int]     # each 0..255

    def __init__(self, data: list[int]) -> None:
        self.data = data

    def get_type(self) -> W_Type:
        return BYTEARRAY_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return "bytearray(" + bytes_repr(as_str(self.data)) + ")"

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: 'bytearray'")

    def is_true(self, ec: ExecCtx) -> bool:
        return len(self.data) > 0

    def length(self, ec: ExecCtx) -> int:
        return len(self.data)

    def getitem(self, ec: ExecCtx, w_key: W_Object) -> W_Object:
        if isinstance(w_key, W_Int):
            i = w_key.value
            n = len(self.data)
            if i < 0:
                i += n
            if 0 <= i < n:
                return new_int(self.data[i])
        return ba_getitem(ec, self, w_key)

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        if isinstance(w_key, W_Int) and isinstance(w_value, W_Int):
            i = w_key.value
            n = len(self.data)
            if i < 0:
                i += n
            v = w_value.value
            if 0 <= i < n and 0 <= v <= 255:
                self.data[i] = v
                return
        ba_setitem(ec, self, w_key, w_value)

    def delitem(self, ec: ExecCtx, w_key: W_Object) -> None:
        ba_delitem(ec, self, w_key)

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_ByteArrayIter(self)


class W_ByteArrayIter(W_Object):
    """Reads the bytearray as it is at each step, as CPython's does."""
    w_seq: W_ByteArray
    pos: int

    def __init__(self, w_seq: W_ByteArray) -> None:
        self.w_seq = w_seq
        self.pos = 0

    def get_type(self) -> W_Type:
        return BYTEARRAY_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        d = self.w_seq.data
        if self.pos >= len(d):
            self.pos = len(d) + 1
            return None
        v = d[self.pos]
        self.pos += 1
        return new_int(v)


BYTEARRAY_TYPE = make_builtin_type("bytearray", OBJECT_TYPE, LAYOUT_OBJECT)
BYTEARRAY_ITER_TYPE = make_builtin_type("bytearray_iterator", OBJECT_TYPE,
                                        LAYOUT_OBJECT)


def as_str(data: list[int]) -> str:
    out: list[str] = []
    for v in data:
        out.append(chr(v))
    return "".join(out)


def as_ints(s: str) -> list[int]:
    out: list[int] = []
    for c in s:
        out.append(ord(c))
    return out


def bytearray_str(w: W_Object) -> str | None:
    """The bytes of a bytearray (bytesobject.BYTEARRAY_OF)."""
    if isinstance(w, W_ByteArray):
        return as_str(w.data)
    b = w.unwrap_for(BYTEARRAY_TYPE)
    if isinstance(b, W_ByteArray):
        return as_str(b.data)
    return None


def self_ba(w: W_Object) -> W_ByteArray:
    if isinstance(w, W_ByteArray):
        return w
    b = w.unwrap_for(BYTEARRAY_TYPE)
    if isinstance(b, W_ByteArray):
        return b
    raise type_error("descriptor requires a 'bytearray' object but received "
                     "a '" + w.type_name() + "'")


def byte_value(ec: ExecCtx, w: W_Object) -> int:
    v = index_value(ec, w, "'{}' object cannot be interpreted as an integer")
    if v < 0 or v > 255:
        raise value_error("byte must be in range(0, 256)")
    return v


def ints_of(ec: ExecCtx, w_src: W_Object) -> list[int]:
    """The bytes of a bytes-like object or of an iterable of ints."""
    if isinstance(w_src, W_ByteArray):
        return list(w_src.data)
    b = bytesobject.bytes_of(w_src)
    if b is not None:
        return as_ints(b)
    if isinstance(w_src, W_Str):
        raise type_error("can't extend bytearray with str")
    t = w_src.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("can't extend bytearray with " + w_src.type_name())
    out: list[int] = []
    for x in unpack_iterable(ec, w_src):
        out.append(byte_value(ec, x))
    return out


def assigned_ints(ec: ExecCtx, w_value: W_Object) -> list[int]:
    """The right side of a slice assignment: bytes-like or ints."""
    if isinstance(w_value, W_Int):
        raise type_error("can assign only bytes, buffers, or iterables of "
                         "ints in range(0, 256)")
    if isinstance(w_value, W_Str):
        raise type_error("can assign only bytes, buffers, or iterables of "
                         "ints in range(0, 256)")
    return ints_of(ec, w_value)


# ------------------------------------------------------------ methods

def bytearray_new(ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    return of_class(args[0], BYTEARRAY_TYPE, new_value(ec, args, kwnames))


def new_value(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    p = ArgParser("bytearray", ["cls", "source", "encoding", "errors"])
    p.parse(args, kwnames, 1, 4)
    w_src = p.get(1)
    w_enc = p.get(2)
    if w_src is None:
        if w_enc is not None:
            raise type_error("encoding without a string argument")
        return W_ByteArray([])
    s = str_value_of(w_src)
    if s is not None:
        if w_enc is None:
            raise type_error("string argument without an encoding")
        enc = text_or(w_enc, "utf-8")
        err = text_or(p.get(3), "strict")
        w_b = bytesobject.encode(ec, s, enc, err)
        return W_ByteArray(as_ints(bytesobject.self_bytes(w_b)))
    if w_enc is not None:
        raise type_error("encoding without a string argument")
    if isinstance(w_src, W_Int):
        if w_src.value < 0:
            raise value_error("negative count")
        return W_ByteArray([0] * w_src.value)
    if isinstance(w_src, W_ByteArray) or \
            bytesobject.bytes_of(w_src) is not None:
        return W_ByteArray(ints_of(ec, w_src))
    t = w_src.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("cannot convert '" + w_src.type_name()
                         + "' object to bytearray")
    return W_ByteArray(ints_of(ec, w_src))


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    # a subclass shows its own name, as CPython
    return new_str(w.type_name() + "(" + bytes_repr(as_str(self_ba(w).data))
                   + ")")


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_ba(w).data))


def ba_getitem(ec: ExecCtx, ba: W_ByteArray, w_key: W_Object) -> W_Object:
    d = ba.data
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(d))
        if step == 1:
            if count <= 0:
                return W_ByteArray([])
            return W_ByteArray(d[start:start + count])
        out: list[int] = []
        i = start
        k = 0
        while k < count:
            out.append(d[i])
            i += step
            k += 1
        return W_ByteArray(out)
    i2 = index_value(ec, w_key, "bytearray indices must be integers or "
                     "slices, not {}")
    if i2 < 0:
        i2 += len(d)
    if i2 < 0 or i2 >= len(d):
        raise index_error("bytearray index out of range")
    return new_int(d[i2])


def ba_setitem(ec: ExecCtx, ba: W_ByteArray, w_key: W_Object,
               w_value: W_Object) -> None:
    d = ba.data
    if isinstance(w_key, W_Slice):
        set_slice(ec, ba, w_key, w_value)
        return
    i = index_value(ec, w_key, "bytearray indices must be integers or "
                    "slices, not {}")
    if i < 0:
        i += len(d)
    if i < 0 or i >= len(d):
        raise index_error("bytearray index out of range")
    d[i] = byte_value(ec, w_value)


def set_slice(ec: ExecCtx, ba: W_ByteArray, s: W_Slice,
              w_value: W_Object) -> None:
    d = ba.data
    start, stop, step, count = slice_indices(ec, s, len(d))
    new = assigned_ints(ec, w_value)
    if step == 1:
        if stop < start:
            stop = start
        result = d[:start]
        result.extend(new)
        result.extend(d[stop:])
        ba.data = result
        return
    if len(new) != count:
        raise value_error("attempt to assign bytes of size " + str(len(new))
                          + " to extended slice of size " + str(count))
    i = start
    for v in new:
        d[i] = v
        i += step


def ba_delitem(ec: ExecCtx, ba: W_ByteArray, w_key: W_Object) -> None:
    d = ba.data
    if isinstance(w_key, W_Slice):
        start, stop, step, count = slice_indices(ec, w_key, len(d))
        if count <= 0:
            return
        if step < 0:
            # the same positions, walked upwards
            start = start + (count - 1) * step
            step = -step
        keep: list[int] = []
        nxt = start
        left = count
        i = 0
        for v in d:
            if left > 0 and i == nxt:
                nxt += step
                left -= 1
            else:
                keep.append(v)
            i += 1
        ba.data = keep
        return
    i2 = index_value(ec, w_key, "bytearray indices must be integers or "
                     "slices, not {}")
    if i2 < 0:
        i2 += len(d)
    if i2 < 0 or i2 >= len(d):
        raise index_error("bytearray index out of range")
    del d[i2]


def m_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    return ba_getitem(ec, self_ba(w), w_key)


def m_setitem(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    ba_setitem(ec, self_ba(args[0]), args[1], args[2])
    return W_NONE


def m_delitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    ba_delitem(ec, self_ba(w), w_key)
    return W_NONE


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_ByteArrayIter(self_ba(w))


def other_bytes(w: W_Object) -> list[int] | None:
    if isinstance(w, W_ByteArray):
        return w.data
    b = bytesobject.bytes_of(w)
    if b is None:
        return None
    return as_ints(b)


def m_add(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    o = other_bytes(b)
    if o is None:
        raise type_error("can't concat " + b.type_name() + " to bytearray")
    out = list(self_ba(a).data)
    out.extend(o)
    return W_ByteArray(out)


def m_iadd(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    ba = self_ba(a)
    o = other_bytes(b)
    if o is None:
        raise type_error("can't concat " + b.type_name() + " to bytearray")
    ba.data.extend(list(o))
    return ba


def repeat_count(ec: ExecCtx, w_n: W_Object) -> int:
    n = index_value(ec, w_n, "can't multiply sequence by non-int of type "
                    "'{}'")
    return n if n > 0 else 0


def m_mul(ec: ExecCtx, a: W_Object, w_n: W_Object) -> W_Object:
    if not isinstance(w_n, W_Int):
        return W_NOTIMPLEMENTED
    return W_ByteArray(self_ba(a).data * repeat_count(ec, w_n))


def m_imul(ec: ExecCtx, a: W_Object, w_n: W_Object) -> W_Object:
    ba = self_ba(a)
    if not isinstance(w_n, W_Int):
        return W_NOTIMPLEMENTED
    ba.data = ba.data * repeat_count(ec, w_n)
    return ba


class W_ByteArrayCompare(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        super().__init__(name, 2, 2)
        self.op = op

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        a = bytesobject.bytes_of(args[0])
        b = bytesobject.bytes_of(args[1])
        if a is None or b is None:
            return W_NOTIMPLEMENTED
        return new_bool(ops.cmp_strs(a, b, self.op))


def m_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    d = self_ba(w).data
    if isinstance(w_x, W_Int):
        if w_x.value < 0 or w_x.value > 255:
            raise value_error("byte must be in range(0, 256)")
        return new_bool(w_x.value in d)
    sub = bytesobject.bytes_of(w_x)
    if sub is None:
        raise type_error("a bytes-like object is required, not '"
                         + w_x.type_name() + "'")
    return new_bool(sub in as_str(d))


def m_append(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    self_ba(w).data.append(byte_value(ec, w_x))
    return W_NONE


def m_extend(ec: ExecCtx, w: W_Object, w_it: W_Object) -> W_Object:
    ba = self_ba(w)
    ba.data.extend(ints_of(ec, w_it))
    return W_NONE


def m_insert(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    ba = self_ba(args[0])
    i = index_value(ec, args[1], "'{}' object cannot be interpreted as an "
                    "integer")
    n = len(ba.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    ba.data.insert(i, byte_value(ec, args[2]))
    return W_NONE


def m_pop(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    ba = self_ba(args[0])
    n = len(ba.data)
    if n == 0:
        raise index_error("pop from empty bytearray")
    i = n - 1
    if len(args) > 1:
        i = index_value(ec, args[1], "'{}' object cannot be interpreted as "
                        "an integer")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise index_error("pop index out of range")
    return new_int(ba.data.pop(i))


def m_remove(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    ba = self_ba(w)
    v = byte_value(ec, w_x)
    i = 0
    for x in ba.data:
        if x == v:
            del ba.data[i]
            return W_NONE
        i += 1
    raise value_error("value not found in bytearray")


def m_clear(ec: ExecCtx, w: W_Object) -> W_Object:
    empty: list[int] = []
    self_ba(w).data = empty
    return W_NONE


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_ByteArray(list(self_ba(w).data))


def m_reverse(ec: ExecCtx, w: W_Object) -> W_Object:
    self_ba(w).data.reverse()
    return W_NONE


def m_fromhex(ec: ExecCtx, w_cls: W_Object, w_s: W_Object) -> W_Object:
    w_b = bytesobject.m_fromhex(ec, w_cls, w_s)
    return W_ByteArray(as_ints(bytesobject.self_bytes(w_b)))


def as_bytearrays(w: W_Object) -> W_Object:
    """A bytes method's result as bytearray's method gives it."""
    if isinstance(w, W_Bytes):
        return W_ByteArray(as_ints(w.value))
    if isinstance(w, W_List):
        items: list[W_Object] = []
        for x in w.items:
            items.append(as_bytearrays(x))
        return W_List(items)
    if isinstance(w, W_Tuple):
        titems: list[W_Object] = []
        for y in w.items:
            titems.append(as_bytearrays(y))
        return W_Tuple(titems)
    return w


class W_ByteArrayVia(W_BuiltinFunction):
    """A read-only bytes method run on a snapshot of the bytearray."""
    w_impl: W_Object

    def __init__(self, name: str, w_impl: W_Object) -> None:
        super().__init__(name, 1, -1)
        self.w_impl = w_impl

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.check_count(len(args))
        snap: list[W_Object] = [W_Bytes(as_str(self_ba(args[0]).data))]
        i = 1
        while i < len(args):
            snap.append(args[i])
            i += 1
        return as_bytearrays(self.w_impl.call_args(ec, snap, kwnames))


# the bytes methods bytearray shares (results made bytearrays)
VIA_BYTES = ["decode", "hex", "join", "split", "rsplit", "strip", "lstrip",
             "rstrip", "translate", "startswith",
             "endswith", "find", "count", "replace", "rfind", "index",
             "rindex", "partition", "rpartition", "isascii", "upper",
             "lower", "isdigit", "isalpha"]


def install() -> None:
    t = BYTEARRAY_TYPE
    t.base_builtin = t
    typeobject.add_static_new(t, bytearray_new)
    # bytearray.maketrans is bytes's (its table is bytes there too)
    t.tdict["maketrans"] = bytesobject.BYTES_TYPE.tdict["maketrans"]
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__str__", m_repr)
    add_method1(t, "__len__", m_len)
    add_method2(t, "__getitem__", m_getitem)
    add_methodn(t, "__setitem__", m_setitem, 3, 3)
    add_method2(t, "__delitem__", m_delitem)
    add_method1(t, "__iter__", m_iter)
    add_method2(t, "__add__", m_add)
    add_method2(t, "__iadd__", m_iadd)
    add_method2(t, "__mul__", m_mul)
    add_method2(t, "__rmul__", m_mul)
    add_method2(t, "__imul__", m_imul)
    add_method2(t, "__contains__", m_contains)
    t.tdict["__hash__"] = W_NONE
    cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    k = 0
    for cn in cmp_names:
        f = W_ByteArrayCompare(cn, k)
        f.w_owner = t
        t.tdict[cn] = f
        k += 1
    add_method2(t, "append", m_append)
    add_method2(t, "extend", m_extend)
    add_methodn(t, "insert", m_insert, 3, 3)
    add_methodn(t, "pop", m_pop, 1, 2)
    add_method2(t, "remove", m_remove)
    add_method1(t, "clear", m_clear)
    add_method1(t, "copy", m_copy)
    add_method1(t, "reverse", m_reverse)
    add_method2(t, "fromhex", m_fromhex)
    t.tdict["fromhex"] = typeobject.W_ClassMethod(t.tdict["fromhex"])
    for name in VIA_BYTES:
        w_impl = bytesobject.BYTES_TYPE.tdict[name]
        via = W_ByteArrayVia(name, w_impl)
        via.w_owner = t
        t.tdict[name] = via
    add_method1(BYTEARRAY_ITER_TYPE, "__iter__", bytesobject.iter_self)
    add_method1(BYTEARRAY_ITER_TYPE, "__next__", bytesobject.iter_next)
    t.compute_flags()
    bytesobject.BYTEARRAY_OF.append(bytearray_str)
