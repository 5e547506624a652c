"""Python functions, bound methods, cells and frames: the objects the
bytecode interpreter (interp.py) creates and runs.

A W_Function's call_args is wired to the interpreter through FUNC_CALL
(set by interp.py): this module only describes the objects, so that
modules below the interpreter can create and inspect them.
"""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Dict, W_Str, W_Tuple, W_Instance,
                     ExecCtx, FrameBase, InlineCaches, PyError, W_NONE, new_str, new_tuple,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     DESCR_METHOD, type_error, attribute_error,
                     generic_getattr, getattr_or_none, address_of, str_value_of, repr_str,
                     add_getset, value_error, py_error, new_int,
                     EXC_RECURSION_ERROR, add_methodn, add_method2,
                     W_NOTIMPLEMENTED, new_bool,
                     W_BuiltinFunction, W_BuiltinMethod)
from pycode import W_Code
from opcodes import CO_SIMPLE_ARGS, CO_GENERATOR
import exceptions
import typeobject

FRAME_FRESH = 0
FRAME_RUNNING = 1
FRAME_SUSPENDED = 2
FRAME_DONE = 3


def raise_native_recursion() -> None:
    raise py_error(EXC_RECURSION_ERROR, "maximum recursion depth exceeded"
                   " while calling a Python object")


class W_Unbound(W_Object):
    """The value of a frame slot holding nothing: an unassigned local, or
    the empty self slot LOAD_METHOD leaves for a plain callable."""
    def repr_str(self, ec: ExecCtx) -> str:
        return "<unbound>"


W_UNBOUND = W_Unbound()


class W_Cell(W_Object):
    contents: W_Object | None

    def __init__(self, contents: W_Object | None) -> None:
        self.contents = contents

    def get_type(self) -> W_Type:
        return CELL_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        c = self.contents
        if c is None:
            return "<cell at " + address_of(ec, self) + ": empty>"
        return ("<cell at " + address_of(ec, self) + ": " + c.type_name()
                + " object at " + address_of(ec, c) + ">")


# Frame.inline: how a frame runs in the execute of the frame that needs it
# (a generator's consumer, a bytecode's caller)
INLINE_NONE = 0        # not so: execute runs it alone (resume)
INLINE_FOR = 1         # a generator, for a FOR_ITER
INLINE_EXTEND = 2      # a generator, for a list.extend call (every value)
INLINE_SEND = 3        # a generator, for the SEND of a `yield from`
INLINE_BINOP = 4       # a's __op__, for a BINARY_OP (interp.binop_frame)
INLINE_ENTER = 5       # a context manager's __enter__, for a BEFORE_WITH
INLINE_REDO = 6        # a method an instruction dispatching in stages calls
                       # (an operator's, __getitem__...): the instruction
                       # runs again with its result (interp.op_stages)
INLINE_HASH = 8        # a key's __hash__, for a dict's STORE_SUBSCR
# generators again (raise_from_inline_frame), above every call kind:
# each value taken by a builtin (interp.take_from_generator)
INLINE_SUM = 16        # a generator, for a sum() call
INLINE_ANY = 17        # a generator, for an any() call
INLINE_ALL = 18        # a generator, for an all() call


class Frame(FrameBase):
    """One activation of a code object.  regs holds the fast locals, the
    cells and the value stack (see pycode.py).

    A frame of a plain function is reused by the next call of its code in
    the same thread (interp.new_frame, interp.recycle_frame) once it has
    returned, unless it escaped: a traceback entry or a frame object
    (tb_frame, sys._getframe, gi_frame) refers to it or to a frame it
    called.  Escaping is for good, and an escaped frame's callers escape
    with it (mark_escaped), so that f_back never leads to a reused frame."""
    code: W_Code
    w_globals: W_Dict
    w_locals: W_Dict | None        # class bodies and exec(): name lookups
    regs: list[W_Object]           # W_UNBOUND marks empty slots
    pc: int                        # saved while suspended (generators)
    sp: int
    state: int
    w_func: W_Object | None
    saved_handled: W_Object | None  # a generator's handled exception
    yield_from: int                 # the suspended YIELD_VALUE's argument
    last_pc: int                    # the instruction being run (f_lineno)
    escaped: bool                   # reachable from Python code: not reused
    caches: InlineCaches | None     # its code's caches in the thread that
                                    # made it, whose spare it goes back to;
                                    # None: never reused (generators, module
                                    # and class bodies, exec)
    w_init_self: W_Object | None    # the instance a class call's __init__
                                    # frame initializes (interp.init_frame):
                                    # the call's result
    inline: int                     # run by the execute of the frame that
                                    # needs it: INLINE_FOR... (interp.
                                    # enter_inline_generator, enter_inline)
    w_rop: W_Object | None          # an INLINE_BINOP frame's: b's __rop__
                                    # for its caller's BINARY_OP (W_UNBOUND:
                                    # none), looked up before a's __op__ ran;
                                    # an INLINE_REDO frame's: what the next
                                    # stage carries (a MethodCall's w_carry)
    w_rop_next: W_Object | None     # the same, handed to the caller when the
                                    # method returned, for its instruction
                                    # run again (interp.end_inline_binop,
                                    # end_inline_redo)
    redo_after: int                 # an INLINE_REDO frame's: the stage its
                                    # caller's instruction goes on at when
                                    # it returns
    redo: int                       # that stage, in the caller, until its
                                    # instruction runs again (0: none)
    w_redo: W_Object | None         # the caller's: that frame's result

    def __init__(self, code: W_Code, w_globals: W_Dict,
                 w_locals: W_Dict | None) -> None:
        super().__init__()
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals
        n = code.nlocals + len(code.cellvars) + len(code.freevars)
        self.regs = [W_UNBOUND] * (n + code.stacksize)
        self.pc = 0
        self.sp = n
        self.state = FRAME_FRESH
        self.w_func = None
        self.saved_handled = None
        self.yield_from = 0
        self.last_pc = 0
        self.escaped = False
        self.caches = None
        self.w_init_self = None
        self.inline = INLINE_NONE
        self.w_rop = None
        self.w_rop_next = None
        self.redo_after = 0
        self.redo = 0
        self.w_redo = None

    def frame_globals(self) -> W_Dict | None:
        return self.w_globals

    def stack_base(self) -> int:
        c = self.code
        return c.nlocals + len(c.cellvars) + len(c.freevars)


def mark_escaped(f: FrameBase | None) -> None:
    """f and its callers are reachable from Python code from now on.  The
    walk stops at an escaped frame: its callers escaped with it (a
    generator's frame, whose caller changes, marks its new caller chain
    when it is resumed, see interp.W_Generator.resume)."""
    while isinstance(f, Frame) and not f.escaped:
        f.escaped = True
        f = f.f_back


def names_own_line(frame: Frame) -> bool:
    """Whether a frame names its lines in an STM marker (interp.execute,
    only while RTRANS_STM_LOG is set): not a frame of a frozen library
    module (pypystm.stmdict, threading, queue: pylib) that the program's
    own code called, directly or through other library code.  A conflict
    inside the library is then reported at the program's line that called
    into it, which is the line the user can change."""
    if not frame.code.filename.startswith("<frozen "):
        return True
    f = frame.f_back
    while f is not None:
        if isinstance(f, Frame) and not f.code.filename.startswith("<frozen "):
            return False
        f = f.f_back
    return True


def _call_missing(ec: ExecCtx, f: W_Function, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    raise type_error("the interpreter is not installed")


FUNC_CALL: list[Callable[[ExecCtx, W_Function, list[W_Object],
                          list[str] | None], W_Object]] = [_call_missing]


class W_Function(W_Object):
    code: W_Code
    w_globals: W_Dict
    name: str
    qualname: str
    defaults: list[W_Object]
    w_kwdefaults: W_Dict | None
    closure: list[W_Cell]
    w_doc: W_Object
    w_module: W_Object
    w_dict: W_Dict | None
    w_annotations: W_Object
    plain_argc: int     # n when a call with exactly n positional arguments
                        # only copies them into the frame's first slots
                        # (no defaults, cells or generator: interp's
                        # plain_callee); -1 when every call needs binding

    def __init__(self, code: W_Code, w_globals: W_Dict,
                 defaults: list[W_Object], w_kwdefaults: W_Dict | None,
                 closure: list[W_Cell]) -> None:
        self.code = code
        # __code__ and the closure never change, so this is computed once
        plain = code.flags & CO_SIMPLE_ARGS != 0 and len(code.cellvars) == 0 \
            and len(closure) == 0 and not code.flags & CO_GENERATOR
        self.plain_argc = code.argcount if plain else -1
        self.w_globals = w_globals
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = defaults
        self.w_kwdefaults = w_kwdefaults
        self.closure = closure
        self.w_doc = code.w_doc
        w_mod = w_globals.get_str("__name__")
        self.w_module = w_mod if w_mod is not None else W_NONE
        self.w_dict = None
        self.w_annotations = W_NONE

    def get_type(self) -> W_Type:
        return FUNCTION_TYPE

    def is_plain_function(self) -> bool:
        return True

    def descr_kind(self) -> int:
        return DESCR_METHOD

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        if w_obj is None:
            return self
        return W_Method(self, w_obj)

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        # the path of calls from native code (CPython's C calls), whose
        # recursion check comes first with its own message
        if ec.depth >= ec.space.recursion_limit:
            raise_native_recursion()
        return FUNC_CALL[0](ec, self, args, kwnames)

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        if ec.depth >= ec.space.recursion_limit:
            raise_native_recursion()
        full: list[W_Object] = [w_self]
        full.extend(args)
        return FUNC_CALL[0](ec, self, full, kwnames)

    def repr_str(self, ec: ExecCtx) -> str:
        return "<function " + self.qualname + " at " + address_of(ec, self) + ">"

    def instance_get(self, name: str) -> W_Object | None:
        d = self.w_dict
        if d is None:
            return None
        return d.get_str(name)

    def instance_set(self, ec: ExecCtx, name: str, w_value: W_Object) -> bool:
        d = self.w_dict
        if d is None:
            d = W_Dict()
            self.w_dict = d
        d.set_str(ec, name, w_value)
        return True

    def instance_del(self, ec: ExecCtx, name: str) -> bool:
        d = self.w_dict
        if d is None:
            return False
        return d.del_str(ec, name)

    def has_instance_dict(self) -> bool:
        return True


class W_Method(W_Object):
    """A function bound to an object (obj.method)."""
    w_func: W_Object
    w_self: W_Object

    def __init__(self, w_func: W_Object, w_self: W_Object) -> None:
        self.w_func = w_func
        self.w_self = w_self

    def get_type(self) -> W_Type:
        return METHOD_TYPE

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        f = self.w_func
        if f.is_plain_function():
            return f.call_method(ec, self.w_self, args, kwnames)
        # anything else is called with self first; its call_method is the
        # class-attribute protocol, which binds (or not) as a descriptor:
        # classmethod(GenericAlias) must get the class
        full: list[W_Object] = [self.w_self]
        full.extend(args)
        return f.call_args(ec, full, kwnames)

    def repr_str(self, ec: ExecCtx) -> str:
        name = "?"
        f = self.w_func
        if isinstance(f, W_Function):
            name = f.qualname
        else:
            w_name = getattr_or_none(ec, f, "__qualname__")
            s = None if w_name is None else str_value_of(w_name)
            if s is not None:
                name = s
        return ("<bound method " + name + " of " + repr_str(ec, self.w_self)
                + ">")

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name == "__self__":
            return self.w_self
        if name == "__func__":
            return self.w_func
        w = generic_getattr(ec, self, name)
        if w is not None:
            return w
        return self.w_func.lookup_attr(ec, name)

    def hash_value(self, ec: ExecCtx) -> int:
        # CPython hashes __self__ by identity, as __eq__ compares it
        return hash(self.w_func) ^ hash(self.w_self)


def method_eq(a: W_Method, b: W_Object) -> bool:
    return isinstance(b, W_Method) and a.w_func is b.w_func and \
        a.w_self is b.w_self


def method_m_eq(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    """a.m == b.m: the same __self__ (identity) and the same function."""
    if not isinstance(w, W_Method) or not isinstance(w_other, W_Method):
        return W_NOTIMPLEMENTED
    return new_bool(method_eq(w, w_other))


def method_m_ne(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    if not isinstance(w, W_Method) or not isinstance(w_other, W_Method):
        return W_NOTIMPLEMENTED
    return new_bool(not method_eq(w, w_other))


FUNCTION_TYPE = make_builtin_type("function", OBJECT_TYPE, LAYOUT_BUILTIN)
METHOD_TYPE = make_builtin_type("method", OBJECT_TYPE, LAYOUT_BUILTIN)
CELL_TYPE = make_builtin_type("cell", OBJECT_TYPE, LAYOUT_BUILTIN)


def as_function(w: W_Object) -> W_Function:
    if isinstance(w, W_Function):
        return w
    raise type_error("descriptor needs a 'function' object, not '"
                     + w.type_name() + "'")


def func_get_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_function(w).name)


def func_set_name(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    s = str_value_of(v)
    if s is None:
        raise type_error("__name__ must be set to a string object")
    as_function(w).name = s


def func_get_qualname(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_function(w).qualname)


def func_set_qualname(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    s = str_value_of(v)
    if s is None:
        raise type_error("__qualname__ must be set to a string object")
    as_function(w).qualname = s


def func_get_doc(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_function(w).w_doc


def func_set_doc(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    as_function(w).w_doc = v


def func_get_module(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_function(w).w_module


def func_set_module(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    as_function(w).w_module = v


def func_get_defaults(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_function(w)
    if len(f.defaults) == 0:
        return W_NONE
    return new_tuple(list(f.defaults))


def func_set_defaults(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    f = as_function(w)
    if v is W_NONE:
        f.defaults = []
    elif isinstance(v, W_Tuple):
        f.defaults = list(v.items)
    else:
        raise type_error("__defaults__ must be set to a tuple object")


def func_get_kwdefaults(ec: ExecCtx, w: W_Object) -> W_Object:
    d = as_function(w).w_kwdefaults
    if d is None:
        return W_NONE
    return d


def func_get_code(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_function(w).code


def func_get_globals(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_function(w).w_globals


def func_get_dict(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_function(w)
    d = f.w_dict
    if d is None:
        d = W_Dict()
        f.w_dict = d
    return d


def func_get_closure(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_function(w)
    if len(f.closure) == 0:
        return W_NONE
    items: list[W_Object] = []
    for c in f.closure:
        items.append(c)
    return new_tuple(items)


def func_get_annotations(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_function(w)
    if f.w_annotations is W_NONE:
        f.w_annotations = W_Dict()
    return f.w_annotations


def func_set_annotations(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    as_function(w).w_annotations = v


def cell_get_contents(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Cell):
        c = w.contents
        if c is None:
            raise value_error("Cell is empty")
        return c
    raise type_error("not a cell")


def method_get_doc(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Method):
        f = w.w_func
        if isinstance(f, W_Function):
            return f.w_doc
    return W_NONE


# ---------------------------------------------------------------- frame objects

class W_FrameObj(W_Object):
    """A frame as Python code sees it (tb_frame, sys._getframe): a view
    of an interpreter Frame, made on demand."""
    frame: Frame

    def __init__(self, frame: Frame) -> None:
        self.frame = frame

    def get_type(self) -> W_Type:
        return FRAME_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        f = self.frame
        return ("<frame at " + address_of(ec, self) + ", file '"
                + f.code.filename + "', line "
                + str(f.code.line_at(f.last_pc)) + ", code "
                + f.code.name + ">")


FRAME_TYPE = make_builtin_type("frame", OBJECT_TYPE, LAYOUT_BUILTIN)


def wrap_frame(f: FrameBase | None) -> W_Object:
    if isinstance(f, Frame):
        mark_escaped(f)
        return W_FrameObj(f)
    return W_NONE


def as_frame(w: W_Object) -> Frame:
    assert isinstance(w, W_FrameObj)
    return w.frame


def frame_f_code(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_frame(w).code


def frame_f_lineno(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_frame(w)
    return new_int(f.code.line_at(f.last_pc))


def frame_f_globals(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_frame(w).w_globals


def frame_f_back(ec: ExecCtx, w: W_Object) -> W_Object:
    return wrap_frame(as_frame(w).f_back)


def frame_f_locals(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_frame(w)
    wl = f.w_locals
    if wl is not None:
        return wl
    d = W_Dict()
    code = f.code
    i = 0
    for name in code.varnames:
        v = f.regs[i]
        if v is not W_UNBOUND:
            d.set_str(ec, name, v)
        i += 1
    base = code.nlocals
    j = 0
    for name in code.cellvars + code.freevars:
        c = f.regs[base + j]
        if isinstance(c, W_Cell):
            cv = c.contents
            if cv is not None:
                d.set_str(ec, name, cv)
        j += 1
    return d


def is_callable(w: W_Object) -> bool:
    """callable(w); a builtin's bound method (sys.stdout.write,
    [].append) is one too, though its type has no __call__ entry."""
    if isinstance(w, W_Function) or isinstance(w, W_BuiltinFunction) or \
            isinstance(w, W_Type) or isinstance(w, W_Method) or \
            isinstance(w, W_BuiltinMethod):
        return True
    return w.get_type().lookup("__call__") is not None


def func_descr_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """function.__get__(obj, type=None): bound to obj unless it is None."""
    if args[1] is W_NONE:
        return args[0]
    return W_Method(args[0], args[1])


def method_new(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    """types.MethodType(func, obj)."""
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("method() takes no keyword arguments")
    if len(args) != 3:
        raise type_error("method expected 2 arguments, got "
                         + str(len(args) - 1))
    w_func = args[1]
    if not is_callable(w_func):
        raise type_error("first argument must be callable")
    if args[2] is W_NONE:
        raise type_error("instance must not be None")
    return W_Method(w_func, args[2])


def install() -> None:
    t = FUNCTION_TYPE
    add_methodn(t, "__get__", func_descr_get, 2, 3)
    typeobject.add_static_new(METHOD_TYPE, method_new)
    add_getset(t, "__name__", func_get_name, func_set_name)
    add_getset(t, "__qualname__", func_get_qualname, func_set_qualname)
    add_getset(t, "__doc__", func_get_doc, func_set_doc)
    add_getset(t, "__module__", func_get_module, func_set_module)
    add_getset(t, "__defaults__", func_get_defaults, func_set_defaults)
    add_getset(t, "__kwdefaults__", func_get_kwdefaults, None)
    add_getset(t, "__code__", func_get_code, None)
    add_getset(t, "__globals__", func_get_globals, None)
    add_getset(t, "__dict__", func_get_dict, None)
    add_getset(t, "__closure__", func_get_closure, None)
    add_getset(t, "__annotations__", func_get_annotations,
               func_set_annotations)
    add_getset(CELL_TYPE, "cell_contents", cell_get_contents, None)
    add_getset(METHOD_TYPE, "__doc__", method_get_doc, None)
    add_method2(METHOD_TYPE, "__eq__", method_m_eq)
    add_method2(METHOD_TYPE, "__ne__", method_m_ne)
    add_getset(FRAME_TYPE, "f_code", frame_f_code, None)
    add_getset(FRAME_TYPE, "f_lineno", frame_f_lineno, None)
    add_getset(FRAME_TYPE, "f_globals", frame_f_globals, None)
    add_getset(FRAME_TYPE, "f_back", frame_f_back, None)
    add_getset(FRAME_TYPE, "f_locals", frame_f_locals, None)
    exceptions.TB_FRAME[0] = wrap_frame
