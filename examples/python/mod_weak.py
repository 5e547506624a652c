"""_rtweak: what the weakref module of pylib_std.py (written in Python)
needs from the interpreter: a handle that refers to an object without
keeping it alive (the language's weakref.ref, cleared by the runtime's
major collection), and gc.collect(), which runs that collection.

Which objects may be referred to follows CPython: instances of classes
made by a class statement (but not of subclasses of int, tuple or
bytes, which CPython lays out without room for weak references),
functions, methods, classes, sets, generators, code objects, modules and
builtin functions; everything else raises CPython's TypeError."""
from __future__ import annotations

import gc
import weakref

from objects import (W_Object, W_Type, W_Instance, W_Module, ExecCtx,
                     OBJECT_TYPE, LAYOUT_BUILTIN, W_NONE, make_builtin_type,
                     new_int, new_module, builtin1, builtinn, type_error)


class W_WeakHandle(W_Object):
    """The interpreter's weak reference; weakref.ref is Python code on it."""
    r: weakref.ref[W_Object]

    def __init__(self, w: W_Object) -> None:
        self.r = weakref.ref(w)

    def get_type(self) -> W_Type:
        return HANDLE_TYPE


HANDLE_TYPE = make_builtin_type("weakhandle", OBJECT_TYPE, LAYOUT_BUILTIN)

# builtin types whose objects CPython can refer to weakly
WEAKREFABLE = {"function", "method", "type", "set", "frozenset", "generator",
               "code", "module", "builtin_function_or_method"}
# builtin bases whose subclasses' instances it cannot
NO_WEAK_BASES = {"int", "bool", "tuple", "bytes"}


def weakrefable(w: W_Object) -> bool:
    if isinstance(w, W_Instance):
        if not w.w_type.heap:
            return False
        base = w.w_base
        return base is None or base.type_name() not in NO_WEAK_BASES
    if isinstance(w, W_Type) or isinstance(w, W_Module):
        return True
    return w.type_name() in WEAKREFABLE


def weak_new(ec: ExecCtx, w: W_Object) -> W_Object:
    if not weakrefable(w):
        raise type_error("cannot create weak reference to '" + w.type_name()
                         + "' object")
    return W_WeakHandle(w)


def weak_get(ec: ExecCtx, h: W_Object) -> W_Object:
    if not isinstance(h, W_WeakHandle):
        raise type_error("a weak handle is required, not '" + h.type_name()
                         + "'")
    w = h.r()
    if w is None:
        return W_NONE
    return w


def forget_request(ec: ExecCtx) -> None:
    """The thread's last method request (a dispatch in stages: a Python
    __setitem__, __eq__...) keeps its operands until the next one, though
    they were taken when its method started: dropped here, so that a value
    passed to such a method dies with its last real reference."""
    m = ec.mcall
    m.w_meth = None
    m.w_self = None
    m.w_arg = None
    m.w_arg2 = None
    m.w_carry = None


def weak_collect(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    forget_request(ec)
    return new_int(gc.collect())


def make_weak(ec: ExecCtx) -> W_Module:
    m = new_module("_rtweak")
    m.set("new", builtin1("new", weak_new))
    m.set("get", builtin1("get", weak_get))
    m.set("collect", builtinn("collect", weak_collect, 0, 0))
    return m
