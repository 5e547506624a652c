"""The run-time half of match statements (CPython 3.11's MATCH_* opcodes).

Assumes: the compiler (codegen.py) has checked the patterns' syntax
rules and keeps every value being matched in a hidden local; these
functions only answer questions about one value.
Guarantees: CPython's semantics and messages: a sequence or mapping is
recognised by its type's flags (inherited through the MRO, as CPython's
Py_TPFLAGS_SEQUENCE/MAPPING), mapping keys are read with the subject's
own get(key, default), class patterns use isinstance, __match_args__
and getattr, and the builtin types that match themselves positionally
(int(x), str(x)...) do so.
"""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Tuple, W_Dict, W_Str, W_Instance,
                     ExecCtx, PyError, W_NONE, OBJECT_TYPE, DICT_TYPE,
                     EXC_ATTRIBUTE_ERROR, new_str, type_error, value_error,
                     exc_matches, getattr, getattr_or_none, eq_bool, hash_w,
                     repr_str)
import typeobject

MF_SEQUENCE = 1
MF_MAPPING = 2
MF_SELF = 4          # C(x) matches the subject itself (no __match_args__)

# get(key, MISSING) returning MISSING: the key is absent (CPython makes a
# fresh object() per match; one shared, never exposed otherwise, will do)
MISSING: W_Object = W_Instance(OBJECT_TYPE)


def mark_types(types: list[W_Type], flags: int) -> None:
    for t in types:
        t.match_flags |= flags


def type_flags(t: W_Type) -> int:
    for b in t.mro:
        if b.match_flags != 0:
            return b.match_flags
    return 0


def is_sequence(w: W_Object) -> bool:
    return (type_flags(w.get_type()) & MF_SEQUENCE) != 0


def is_mapping(w: W_Object) -> bool:
    return (type_flags(w.get_type()) & MF_MAPPING) != 0


def match_keys(ec: ExecCtx, w_map: W_Object, w_keys: W_Object) -> W_Object:
    """The values of the keys in the mapping (a tuple), or None when one
    is missing; ValueError for a key checked twice."""
    assert isinstance(w_keys, W_Tuple)
    keys = w_keys.items
    if len(keys) == 0:
        return W_Tuple([])
    exact = isinstance(w_map, W_Dict) and w_map.get_type() is DICT_TYPE
    w_get: W_Object = W_NONE
    if not exact:
        w_get = getattr(ec, w_map, "get")
    values: list[W_Object] = []
    i = 0
    for w_key in keys:
        check_seen(ec, keys, i)
        w_v: W_Object | None = None
        if isinstance(w_map, W_Dict) and exact:
            w_v = w_map.lookup(ec, w_key)
        else:
            w_v = w_get.call_args(ec, [w_key, MISSING], None)
            if w_v is MISSING:
                w_v = None
        if w_v is None:
            return W_NONE
        values.append(w_v)
        i += 1
    return W_Tuple(values)


def check_seen(ec: ExecCtx, keys: list[W_Object], i: int) -> None:
    """keys[i] is hashable and not equal to an earlier key (CPython adds
    them to a set)."""
    w_key = keys[i]
    hash_w(ec, w_key)
    j = 0
    while j < i:
        w_old = keys[j]
        if w_old is w_key or eq_bool(ec, w_old, w_key):
            raise value_error("mapping pattern checks duplicate key ("
                              + repr_str(ec, w_key) + ")")
        j += 1


def match_class(ec: ExecCtx, w_subject: W_Object, w_cls: W_Object,
                nargs: int, w_names: W_Object) -> W_Object:
    """The attributes a class pattern's sub-patterns match (a tuple:
    the positional ones, then the keyword ones), or None."""
    if not isinstance(w_cls, W_Type):
        raise type_error("called match pattern must be a type")
    assert isinstance(w_names, W_Tuple)
    if not typeobject.isinstance_w(ec, w_subject, w_cls):
        return W_NONE
    seen: list[str] = []
    attrs: list[W_Object] = []
    if nargs > 0:
        match_args: list[W_Object] = []
        match_self = False
        w_ma: W_Object | None = None
        try:
            w_ma = getattr(ec, w_cls, "__match_args__")
        except PyError as e:
            if not exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR):
                raise e
            w_ma = None
        if w_ma is None:
            match_self = (type_flags(w_cls) & MF_SELF) != 0
        elif isinstance(w_ma, W_Tuple):
            match_args = w_ma.items
        else:
            raise type_error(w_cls.name + ".__match_args__ must be a tuple "
                             "(got " + w_ma.get_type().name + ")")
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            raise type_error(w_cls.name + "() accepts " + str(allowed)
                             + " positional sub-pattern"
                             + ("" if allowed == 1 else "s") + " ("
                             + str(nargs) + " given)")
        if match_self:
            attrs.append(w_subject)
        else:
            i = 0
            while i < nargs:
                w_name = match_args[i]
                if not isinstance(w_name, W_Str):
                    raise type_error("__match_args__ elements must be "
                                     "strings (got "
                                     + w_name.get_type().name + ")")
                w_a = class_attr(ec, w_subject, w_cls, w_name.value, seen)
                if w_a is None:
                    return W_NONE
                attrs.append(w_a)
                i += 1
    for w_kw in w_names.items:
        assert isinstance(w_kw, W_Str)
        w_a2 = class_attr(ec, w_subject, w_cls, w_kw.value, seen)
        if w_a2 is None:
            return W_NONE
        attrs.append(w_a2)
    return W_Tuple(attrs)


def class_attr(ec: ExecCtx, w_subject: W_Object, w_cls: W_Type, name: str,
               seen: list[str]) -> W_Object | None:
    if name in seen:
        raise type_error(w_cls.name + "() got multiple sub-patterns for "
                         "attribute " + repr_str(ec, new_str(name)))
    seen.append(name)
    return getattr_or_none(ec, w_subject, name)
