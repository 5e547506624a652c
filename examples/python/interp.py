"""The bytecode interpreter: calls (argument binding, frames, the
recursion limit), the dispatch loop, exceptions (the exception table,
tracebacks, context chaining), generators, class creation and imports.

Threads (--stm): every mutable state touched here is per thread (the
ExecCtx, frames and their value stacks) or written only on a cache miss
(the inline caches of code objects).  The loop offers a transaction break
point on every backward jump and every call.
"""
from __future__ import annotations

from typing import Callable

import rtrans

from objects import (os_error_type, topmost_handled, EXC_KEYBOARD_INTERRUPT, W_Object, W_Type, W_Instance, W_BaseException, W_Int,
                     W_Bool, W_Float, W_Str, W_Tuple, W_List, W_Dict,
                     W_Module, W_BuiltinFunction, W_BuiltinKw, W_GetSet,
                     ExecCtx, InlineCaches, W_DictCell, Space, PyError,
                     TracebackEntry, Map,
                     W_NONE, W_TRUE, W_FALSE, W_NOTIMPLEMENTED, W_ELLIPSIS,
                     new_int, new_bool, new_str, new_tuple, new_exception,
                     new_exception_args, py_error, type_error, value_error,
                     runtime_error, attribute_error, key_error, index_error,
                     not_implemented_feature, exc_matches, str_value_of,
                     repr_str, str_str, is_true, eq_bool, hash_w,
                     getattr, getattr_or_none, setattr, delattr,
                     generic_getattr, unpack_iterable, index_value,
                     DESCR_NONE, DESCR_METHOD, DESCR_DATA,
                     TYPE_TYPE, OBJECT_TYPE, MODULE_TYPE, EXC_BASE_EXCEPTION,
                     EXC_TYPE_ERROR, EXC_NAME_ERROR, EXC_UNBOUND_LOCAL_ERROR,
                     EXC_STOP_ITERATION, EXC_GENERATOR_EXIT,
                     EXC_RECURSION_ERROR, EXC_MEMORY_ERROR,
                     EXC_ASSERTION_ERROR, EXC_IMPORT_ERROR,
                     EXC_MODULE_NOT_FOUND_ERROR, EXC_RUNTIME_ERROR,
                     EXC_ZERO_DIVISION_ERROR, EXC_OVERFLOW_ERROR,
                     EXC_VALUE_ERROR, EXC_INDEX_ERROR, EXC_KEY_ERROR,
                     EXC_ATTRIBUTE_ERROR, EXC_SYSTEM_ERROR, EXC_OS_ERROR,
                     EXC_NOT_IMPLEMENTED_ERROR, EXC_EOF_ERROR,
                     EXC_FILE_NOT_FOUND_ERROR, EXC_UNICODE_ERROR,
                     make_builtin_type, LAYOUT_BUILTIN, LAYOUT_EXCEPTION)
import objects
from funcobject import (W_Function, W_Method, W_Cell, Frame, W_UNBOUND,
                        FUNC_CALL, FRAME_FRESH, FRAME_RUNNING,
                        FRAME_SUSPENDED, FRAME_DONE, INLINE_NONE,
                        INLINE_FOR, INLINE_EXTEND, INLINE_SEND,
                        INLINE_BINOP, INLINE_ENTER, INLINE_REDO,
                        INLINE_HASH, INLINE_SUM, INLINE_ANY, INLINE_ALL)
import funcobject
from pycode import W_Code
import opcodes as op
from opcodes import (CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR,
                     CO_SIMPLE_ARGS, CALL_KW)
import ops
from complexobject import W_Complex
import numops
from astnodes import (OP_ADD, OP_FLOORDIV, OP_MUL, OP_SUB, OP_TRUEDIV,
                      N_BINOPS)
import typeobject
from typeobject import W_StaticMethod, W_ClassMethod, W_Property
import matching
import exceptions
import tbprint


# ================================================================ calls

def enter_frame(ec: ExecCtx, frame: Frame) -> None:
    d = ec.depth + 1
    if d > ec.space.recursion_limit:
        raise py_error(EXC_RECURSION_ERROR,
                       "maximum recursion depth exceeded")
    ec.depth = d
    frame.f_back = ec.frame
    ec.frame = frame


def leave_frame(ec: ExecCtx, frame: Frame) -> None:
    ec.depth -= 1
    ec.frame = frame.f_back


def run_frame(ec: ExecCtx, frame: Frame) -> W_Object:
    enter_frame(ec, frame)
    try:
        result = execute(ec, frame)
    finally:
        leave_frame(ec, frame)
    recycle_frame(frame)
    return result


def init_cells(frame: Frame, func: W_Function) -> None:
    code = frame.code
    regs = frame.regs
    base = code.nlocals
    i = 0
    for p in code.cell_params:
        if p >= 0:
            v = regs[p]
            regs[base + i] = W_Cell(None if v is W_UNBOUND else v)
        else:
            regs[base + i] = W_Cell(None)
        i += 1
    base += len(code.cellvars)
    j = 0
    for c in func.closure:
        regs[base + j] = c
        j += 1


def new_frame(ec: ExecCtx, func: W_Function) -> Frame:
    """A blank frame of func.  A generator's is its own: it outlives the
    call, and another thread may resume it.  Other functions' frames come
    from this thread's spares of the code when it has one (Frame)."""
    code = func.code
    if code.flags & CO_GENERATOR:
        g = Frame(code, func.w_globals, None)
        g.w_func = func
        return g
    return function_frame_of(ec, func)


def function_frame_of(ec: ExecCtx, func: W_Function) -> Frame:
    """A blank frame of func, not a generator function, that
    recycle_frame gives back to this thread's caches of its code."""
    # caches_for's lookup, written here without its allocating miss path:
    # every call takes a spare this way, and with no call that may collect
    # this step keeps its references in registers and pushes no
    # shadow-stack frame (callgrind GIL pystone 20000: 857.1M -> 848.8M
    # instructions, about 26 a call)
    u = func.code.uid
    t = ec.ics
    if u >= 0 and u < len(t):
        ic = t[u]
        if ic is not None:
            spare = ic.spare
            if isinstance(spare, Frame):
                ic.spare = spare.f_back
                spare.f_back = None
                spare.w_globals = func.w_globals
                spare.w_func = func
                return spare
    return new_function_frame(ec, func)


def new_function_frame(ec: ExecCtx, func: W_Function) -> Frame:
    """function_frame_of when this thread has no spare frame of the code."""
    ic = caches_for(ec, func.code)
    f = Frame(func.code, func.w_globals, None)
    f.w_func = func
    f.caches = ic
    return f


def recycle_frame(frame: Frame) -> None:
    """frame returned (not by an exception, whose traceback keeps it): it
    becomes a spare of its code, blank as Frame() makes it, unless a
    reference to it escaped.  Clearing every slot also drops what the
    locals and the stack held, as CPython does on return."""
    ic = frame.caches
    if ic is None or frame.escaped:
        return
    regs = frame.regs
    blank = W_UNBOUND     # a local: the loop reads no module global
    for i in range(len(regs)):
        regs[i] = blank
    code = frame.code
    frame.pc = 0
    frame.sp = code.nlocals + len(code.cellvars) + len(code.freevars)
    frame.state = FRAME_FRESH
    frame.last_pc = 0
    frame.w_init_self = None
    # the spares are a stack linked by f_back, as deep as the code's
    # deepest recursion: every level of a recursive call finds one
    frame.f_back = ic.spare
    ic.spare = frame


def bound_frame(ec: ExecCtx, func: W_Function, args: list[W_Object],
                kwnames: list[str] | None) -> Frame:
    """A blank frame of func with its arguments bound and its cells made."""
    frame = new_frame(ec, func)
    code = func.code
    if kwnames is None and code.flags & CO_SIMPLE_ARGS and \
            len(args) == code.argcount:
        regs = frame.regs
        i = 0
        for a in args:
            regs[i] = a
            i += 1
    else:
        bind_args(ec, func, frame, args, kwnames)
    if len(code.cellvars) > 0 or len(func.closure) > 0:
        init_cells(frame, func)
    return frame


def call_function(ec: ExecCtx, func: W_Function, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    frame = bound_frame(ec, func, args, kwnames)
    if func.code.flags & CO_GENERATOR:
        return W_Generator(frame, func.name, func.qualname)
    return run_frame(ec, frame)


FUNC_CALL[0] = call_function


# --- argument binding, with CPython's messages

def plural(n: int, word: str) -> str:
    return str(n) + " " + word + ("" if n == 1 else "s")


def name_list(names: list[str]) -> str:
    quoted: list[str] = []
    for n in names:
        quoted.append("'" + n + "'")
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind_args(ec: ExecCtx, func: W_Function, frame: Frame,
              args: list[W_Object], kwnames: list[str] | None) -> None:
    code = func.code
    regs = frame.regs
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    argc = code.argcount
    n = npos if npos < argc else argc
    i = 0
    while i < n:
        regs[i] = args[i]
        i += 1
    nvar = argc + code.kwonlyargcount
    if code.flags & CO_VARARGS:
        extra: list[W_Object] = []
        j = argc
        while j < npos:
            extra.append(args[j])
            j += 1
        regs[nvar] = new_tuple(extra)
        nvar += 1
    elif npos > argc:
        raise too_many_positional(func, npos, args, kwnames)
    w_kwargs: W_Dict | None = None
    if code.flags & CO_VARKEYWORDS:
        w_kwargs = W_Dict()
        regs[nvar] = w_kwargs
    if kwnames is not None:
        bind_keywords(ec, func, regs, args, npos, kwnames, w_kwargs)
    fill_defaults(ec, func, regs)


def bind_keywords(ec: ExecCtx, func: W_Function, regs: list[W_Object],
                  args: list[W_Object], npos: int, kwnames: list[str],
                  w_kwargs: W_Dict | None) -> None:
    code = func.code
    names = code.varnames
    lo = code.posonlyargcount
    hi = code.argcount + code.kwonlyargcount
    posonly_as_kw: list[str] = []
    k = 0
    for name in kwnames:
        value = args[npos + k]
        k += 1
        j = lo
        found = -1
        while j < hi:
            if names[j] == name:
                found = j
                break
            j += 1
        if found >= 0:
            if regs[found] is not W_UNBOUND:
                raise type_error(func.qualname + "() got multiple values "
                                 "for argument '" + name + "'")
            regs[found] = value
            continue
        if w_kwargs is not None:
            w_kwargs.set_str(ec, name, value)
            continue
        j = 0
        while j < lo:
            if names[j] == name:
                posonly_as_kw.append(name)
                break
            j += 1
        if len(posonly_as_kw) == 0:
            raise type_error(func.qualname + "() got an unexpected keyword "
                             "argument '" + name + "'")
    if len(posonly_as_kw) > 0:
        raise type_error(func.qualname + "() got some positional-only "
                         "arguments passed as keyword arguments: '"
                         + ", ".join(posonly_as_kw) + "'")


def fill_defaults(ec: ExecCtx, func: W_Function, regs: list[W_Object]) -> None:
    code = func.code
    argc = code.argcount
    ndef = len(func.defaults)
    first_default = argc - ndef
    missing: list[str] = []
    i = 0
    while i < argc:
        if regs[i] is W_UNBOUND:
            if i >= first_default:
                regs[i] = func.defaults[i - first_default]
            else:
                missing.append(code.varnames[i])
        i += 1
    if len(missing) > 0:
        raise type_error(func.qualname + "() missing "
                         + plural(len(missing), "required positional argument")
                         + ": " + name_list(missing))
    kwmissing: list[str] = []
    j = argc
    while j < argc + code.kwonlyargcount:
        if regs[j] is W_UNBOUND:
            name = code.varnames[j]
            d = func.w_kwdefaults
            w: W_Object | None = None
            if d is not None:
                w = d.get_str(name)
            if w is not None:
                regs[j] = w
            else:
                kwmissing.append(name)
        j += 1
    if len(kwmissing) > 0:
        raise type_error(func.qualname + "() missing "
                         + plural(len(kwmissing),
                                  "required keyword-only argument")
                         + ": " + name_list(kwmissing))


def too_many_positional(func: W_Function, npos: int, args: list[W_Object],
                        kwnames: list[str] | None) -> PyError:
    code = func.code
    argc = code.argcount
    ndef = len(func.defaults)
    if ndef > 0:
        takes = "from " + str(argc - ndef) + " to " + str(argc)
        word = "positional arguments"
    else:
        takes = str(argc)
        word = "positional argument" if argc == 1 else "positional arguments"
    kwonly_given = 0
    if kwnames is not None:
        for name in kwnames:
            j = argc
            while j < argc + code.kwonlyargcount:
                if code.varnames[j] == name:
                    kwonly_given += 1
                j += 1
    given = str(npos) + (" was" if npos == 1 else " were")
    if kwonly_given > 0:
        given = (plural(npos, "positional argument") + " (and "
                 + plural(kwonly_given, "keyword-only argument") + ") were")
    return type_error(func.qualname + "() takes " + takes + " " + word
                      + " but " + given + " given")


def call_value(ec: ExecCtx, w_callable: W_Object, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    if isinstance(w_callable, W_Function):
        return call_function(ec, w_callable, args, kwnames)
    if isinstance(w_callable, W_Method):
        w_f = w_callable.w_func
        if isinstance(w_f, W_Function):
            full: list[W_Object] = [w_callable.w_self]
            full.extend(args)
            return call_function(ec, w_f, full, kwnames)
    return w_callable.call_args(ec, args, kwnames)


# ============================================================ exceptions

def make_exception(ec: ExecCtx, w: W_Object) -> W_BaseException:
    """The exception object `raise w` raises."""
    if isinstance(w, W_BaseException):
        return w
    if isinstance(w, W_Type) and w.is_subtype(EXC_BASE_EXCEPTION):
        w_exc = w.call_args(ec, [], None)
        if isinstance(w_exc, W_BaseException):
            return w_exc
        raise type_error("calling " + w.repr_str(ec) + " should have returned"
                         " an instance of BaseException, not "
                         + w_exc.type_name())
    raise type_error("exceptions must derive from BaseException")


def do_raise(ec: ExecCtx, w_exc_arg: W_Object, w_cause: W_Object | None) -> PyError:
    w_exc = make_exception(ec, w_exc_arg)
    if w_cause is not None:
        if w_cause is W_NONE:
            w_exc.w_cause = W_NONE
        elif isinstance(w_cause, W_Type) and \
                w_cause.is_subtype(EXC_BASE_EXCEPTION):
            w_exc.w_cause = make_exception(ec, w_cause)
        elif isinstance(w_cause, W_BaseException):
            w_exc.w_cause = w_cause
        else:
            raise type_error("exception causes must derive from "
                             "BaseException")
        w_exc.suppress_context = True
    set_context(ec, w_exc, True)
    return PyError(w_exc)


def set_context(ec: ExecCtx, w_exc: W_BaseException, force: bool) -> None:
    h = topmost_handled(ec)
    if h is None or h is w_exc:
        return
    if not force and w_exc.w_context is not W_NONE:
        return
    # avoid a cycle: cut the chain where it reaches w_exc
    o: W_BaseException = h
    while True:
        c = o.w_context
        if c is w_exc:
            o.w_context = W_NONE
            break
        if not isinstance(c, W_BaseException):
            break
        o = c
    w_exc.w_context = h


def add_traceback(frame: Frame, w_exc: W_BaseException, ipc: int) -> None:
    code = frame.code
    i = (ipc >> 1) * 4
    pos = code.positions
    e = TracebackEntry(code.filename, code.name, pos[i], pos[i + 1],
                       pos[i + 2], pos[i + 3])
    e.frame = frame
    funcobject.mark_escaped(frame)
    w_exc.add_traceback(e)


def find_handler(code: W_Code, ipc: int) -> int:
    t = code.exc_table
    i = 0
    n = len(t)
    while i < n:
        if t[i] <= ipc < t[i + 1]:
            return i
        i += 4
    return -1


def host_exception(e: Exception) -> W_BaseException:
    """A Python exception for an exception raised by the host language's
    own operations (same class name, same message)."""
    msg = str(e)
    if isinstance(e, RecursionError):
        return new_exception(EXC_RECURSION_ERROR,
                             "maximum recursion depth exceeded")
    if isinstance(e, MemoryError):
        return new_exception(EXC_MEMORY_ERROR, msg)
    if isinstance(e, ZeroDivisionError):
        return new_exception(EXC_ZERO_DIVISION_ERROR, msg)
    if isinstance(e, OverflowError):
        return new_exception(EXC_OVERFLOW_ERROR, msg)
    if isinstance(e, UnicodeError):
        return new_exception(EXC_UNICODE_ERROR, msg)
    if isinstance(e, ValueError):
        return new_exception(EXC_VALUE_ERROR, msg)
    if isinstance(e, IndexError):
        return new_exception(EXC_INDEX_ERROR, msg)
    if isinstance(e, KeyError):
        return new_exception(EXC_KEY_ERROR, msg)
    if isinstance(e, OSError):
        return host_os_error(msg)
    if isinstance(e, EOFError):
        return new_exception(EXC_EOF_ERROR, msg)
    if isinstance(e, NotImplementedError):
        return new_exception(EXC_NOT_IMPLEMENTED_ERROR, msg)
    if isinstance(e, TypeError):
        return new_exception(EXC_TYPE_ERROR, msg)
    return new_exception(EXC_SYSTEM_ERROR, "internal error: " + msg)


def host_os_error(msg: str) -> W_BaseException:
    """The language's OSError says "[Errno N] text" (": 'path'" after
    it when a path is involved): the same OSError as CPython's, of the
    subclass of its errno, with errno and strerror."""
    close = msg.find("] ")
    if not msg.startswith("[Errno ") or close < 8 or \
            not msg[7:close].isdigit():
        return new_exception(EXC_OS_ERROR, msg)
    errno = int(msg[7:close])
    text = msg[close + 2:]
    w_path: W_Object = W_NONE
    colon = text.find(": '")
    if colon >= 0 and text.endswith("'"):
        w_path = new_str(text[colon + 3:len(text) - 1])
        text = text[:colon]
    w_exc = new_exception_args(os_error_type(errno),
                               [new_int(errno), new_str(text)])
    w_exc.set_raw("errno", new_int(errno))
    w_exc.set_raw("strerror", new_str(text))
    w_exc.set_raw("filename", w_path)
    return w_exc


def unwind(ec: ExecCtx, frame: Frame, w_exc: W_BaseException, ipc: int,
           reraise: bool) -> int:
    """An exception at instruction ipc: record it, and find the handler.
    Returns the handler's offset (the stack is set up in the frame) or
    -1 when the exception leaves the frame."""
    if not reraise:
        add_traceback(frame, w_exc, ipc)
        set_context(ec, w_exc, False)
    code = frame.code
    h = find_handler(code, ipc)
    t = code.exc_table
    sp = frame.stack_base()
    if h >= 0:
        sp += t[h + 3]
    close_dropped(ec, frame, sp, ipc)
    if h < 0:
        return -1
    frame.regs[sp] = w_exc
    frame.sp = sp + 1
    return t[h + 2]


def close_dropped(ec: ExecCtx, frame: Frame, depth: int, ipc: int) -> None:
    """An exception at ipc drops frame's stack down to depth: the for
    loops it leaves close the generators they own, innermost first, as
    CPython's unwinding closes them by dropping their last reference."""
    regs = frame.regs
    i = frame.sp - 1
    while i >= depth:
        w = regs[i]
        if isinstance(w, W_Generator) and w.loop_owned:
            close_owned(ec, frame, w, ipc)
        i -= 1


def unbound_local(code: W_Code, i: int) -> PyError:
    return py_error(EXC_UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                    + code.varnames[i] + "' where it is not associated with "
                    "a value")


def unbound_deref(code: W_Code, i: int) -> PyError:
    nc = len(code.cellvars)
    if i < nc:
        return py_error(EXC_UNBOUND_LOCAL_ERROR, "cannot access local "
                        "variable '" + code.cellvars[i] + "' where it is not "
                        "associated with a value")
    return py_error(EXC_NAME_ERROR, "cannot access free variable '"
                    + code.freevars[i - nc] + "' where it is not associated "
                    "with a value in enclosing scope")


def name_error(ec: ExecCtx, name: str) -> PyError:
    w_exc = new_exception(EXC_NAME_ERROR, "name '" + name + "' is not defined")
    w_exc.instance_set(ec, "name", new_str(name))
    return PyError(w_exc)


# ============================================================= globals

def caches_for(ec: ExecCtx, code: W_Code) -> InlineCaches:
    """This thread's inline caches of code (made on its first run in the
    thread: ec.ics is the thread's own, so this writes nothing shared)."""
    u = code.uid
    t = ec.ics
    if u >= 0 and u < len(t):     # uid -1: not assembled, no caches of its own
        ic = t[u]
        if ic is not None:
            return ic
    return new_caches(ec, code)


def new_caches(ec: ExecCtx, code: W_Code) -> InlineCaches:
    ic = InlineCaches(code.ncaches)
    u = code.uid
    if u < 0:
        return ic
    t = ec.ics
    while len(t) <= u:
        t.append(None)
    t[u] = ic
    return ic


# LOAD_GLOBAL's and STORE_GLOBAL's cache entries: owner is the globals
# dict, value the W_DictCell of the name, index says whose cell
IC_GLOBAL = 0       # the globals' cell: valid while its value is not None
IC_BUILTIN = 1      # the builtins' cell: also while the globals dict's
                    # version is the entry's (no global shadows it since)


# A cache site is (re)filled at most this many times: a polymorphic site
# (several maps at one attribute access, globals dict versions that keep
# changing) would otherwise be refilled on every miss.  After that the
# site keeps its last entry and its misses take the slow path without
# writing.
IC_MAX_FILLS = 16


def ic_may_fill(ic: InlineCaches, c: int) -> bool:
    ent = ic.entries[c]
    n = ent.fills
    if n >= IC_MAX_FILLS:
        return False
    ent.fills = n + 1
    return True


def fill_global(ic: InlineCaches, c: int, d: W_Dict, cell: W_DictCell,
                index: int) -> None:
    """Site c (LOAD_GLOBAL, STORE_GLOBAL) of globals d holds the name's
    cell, of d (IC_GLOBAL) or of the builtins (IC_BUILTIN)."""
    if ic_may_fill(ic, c):
        ent = ic.entries[c]
        ent.owner = d
        ent.version = d.version
        ent.value = cell
        ent.index = index


def load_global_slow(ec: ExecCtx, frame: Frame, ic: InlineCaches,
                     code: W_Code, arg: int) -> W_Object:
    """LOAD_GLOBAL past its cache (whose hit execute tests itself: a hit
    reads only the name's cell and, for a builtin, the globals dict's
    version): finds the name and fills the cache."""
    c = arg >> 16
    name = code.names[arg & 0xFFFF]
    d = frame.w_globals
    h = hash(name)
    ix = d.find_str(name, h)
    if ix >= 0:
        v = d.value_at(ix)
        if v is not None:
            cell = d.cell_at(ix)
            if cell is not None:
                fill_global(ic, c, d, cell, IC_GLOBAL)
            return v
    b = ec.space.builtins_dict
    bix = b.find_str(name, h)
    if bix >= 0:
        v2 = b.value_at(bix)
        if v2 is not None:
            cell2 = b.cell_at(bix)
            if cell2 is not None:
                fill_global(ic, c, d, cell2, IC_BUILTIN)
            return v2
    raise name_error(ec, name)


def store_global(ec: ExecCtx, frame: Frame, ic: InlineCaches, code: W_Code,
                 arg: int, w_value: W_Object) -> None:
    """STORE_GLOBAL with frame's caches ic (as LOAD_GLOBAL's): a hit writes
    only the name's cell, so threads assigning different globals of one
    module do not conflict."""
    c = arg >> 16
    d = frame.w_globals
    ent = ic.entries[c]
    if ent.owner is d and ent.index == IC_GLOBAL:
        cell = ent.value
        if isinstance(cell, W_DictCell) and cell.value is not None:
            cell.value = w_value
            return
    name = code.names[arg & 0xFFFF]
    h = hash(name)
    ix = d.find_str(name, h)
    if ix >= 0:
        d.set_value_at(ix, w_value)
        cell2 = d.cell_at(ix)
        if cell2 is not None:
            fill_global(ic, c, d, cell2, IC_GLOBAL)
        return
    d.set_str(ec, name, w_value)


def load_name(ec: ExecCtx, frame: Frame, name: str) -> W_Object:
    loc = frame.w_locals
    if loc is not None:
        v = loc.get_str(name)
        if v is not None:
            return v
    v2 = frame.w_globals.get_str(name)
    if v2 is not None:
        return v2
    v3 = ec.space.builtins_dict.get_str(name)
    if v3 is not None:
        return v3
    raise name_error(ec, name)


# ========================================================== attributes

# The entries of a site keyed by an instance's map (LOAD_ATTR, STORE_ATTR,
# LOAD_METHOD): `map` the map (which implies the type), `version` the
# type's version, and `index`:
#   >= 0 the slot; for STORE_ATTR == len(slots) with map2 the next map
#        (the attribute is added)
IC_CLASS_ATTR = -1  # value, a plain class attribute (no descriptor)
IC_PROPERTY = -2    # value, a property of the type: call its getter
IC_GETSET = -3      # LOAD_ATTR on other objects (map None, owner the
                    # type): value, the type's W_GetSet
# LOAD_METHOD's entries on other objects have map None and owner
# the type.

# A site chains at most this many entries (see InlineCaches): richards'
# Task methods run on instances of four subclasses.
IC_WAYS = 4


def ic_entry_to_fill(ic: InlineCaches, c: int, m: Map | None,
                     owner: W_Type | None) -> int:
    """The entry of site c to fill for map m (or for the type owner, m
    None), or -1 when the site was refilled too often.  An entry of the
    same key is reused (its type changed since), then an empty first
    entry, then a new chained one; a site with IC_WAYS entries refills its
    first."""
    if not ic_may_fill(ic, c):
        return -1
    e = c
    n = 1
    while True:
        ent = ic.entries[e]
        if ent.map is m and ent.owner is owner:
            return e
        nxt = ent.next
        if nxt < 0:
            break
        e = nxt
        n += 1
    if ic.entries[c].map is None and ic.entries[c].owner is None:
        return c
    if n < IC_WAYS:
        return ic.chain_entry(e)
    return c


def ic_fill(ic: InlineCaches, c: int, m: Map | None, owner: W_Type | None,
            version: int, index: int, w_value: W_Object | None,
            m2: Map | None) -> None:
    """Fills an entry of site c (when the site may still be refilled)."""
    e = ic_entry_to_fill(ic, c, m, owner)
    if e < 0:
        return
    ent = ic.entries[e]
    ent.map = m
    ent.owner = owner
    ent.version = version
    ent.index = index
    ent.value = w_value
    ent.map2 = m2


# `math.sqrt`, `mod.CONST`: site c's entry keyed by the module's dict (its
# owner) holds the name's W_DictCell, as LOAD_GLOBAL's does, valid while
# the cell has a value.  Filled only for names the module type does not
# have (MODULE_TYPE's attributes would win, and it never changes).
def module_attr_cached(ic: InlineCaches, c: int, w: W_Module) -> W_Object | None:
    ent = ic.entries[c]
    if ent.owner is w.w_dict and ent.map is None:
        cell = ent.value
        if isinstance(cell, W_DictCell):
            return cell.value
    return None


def module_attr_fill(ic: InlineCaches, c: int, w: W_Module, name: str) -> None:
    d = w.w_dict
    ix = d.find_str(name, hash(name))
    if ix < 0 or MODULE_TYPE.lookup(name) is not None:
        return
    cell = d.cell_at(ix)
    if cell is not None and ic_may_fill(ic, c):
        ent = ic.entries[c]
        ent.map = None
        ent.owner = d
        ent.value = cell


def load_module_attr(ec: ExecCtx, ic: InlineCaches, code: W_Code, w: W_Module,
                     arg: int) -> W_Object:
    c = arg >> 16
    v = module_attr_cached(ic, c, w)
    if v is not None:
        return v
    name = code.names[arg & 0xFFFF]
    r = getattr(ec, w, name)
    module_attr_fill(ic, c, w, name)
    return r


def instance_entry(ic: InlineCaches, w: W_Instance, arg: int) -> int:
    """The entry of attribute site arg >> 16 for w's map and its type's
    version, or -1."""
    m = w.map
    version = w.w_type.version
    e = arg >> 16
    entries = ic.entries
    while e >= 0:
        ent = entries[e]
        if m is ent.map and version == ent.version:
            return e
        e = ent.next
    return -1


def cached_attr(ic: InlineCaches, w: W_Object, arg: int) -> W_Object | None:
    """LOAD_ATTR's cache hit, which runs no Python code: the value of an
    instance's slot or a plain class attribute; None for anything else
    (a miss, an empty slot, a property, not an instance), which
    load_attr then handles."""
    if not isinstance(w, W_Instance):
        return None
    # instance_entry's walk, written here: a call level cost 40
    # instructions a read (richards 3: 3.5 million reads, 7% of its time)
    m = w.map
    version = w.w_type.version
    entries = ic.entries
    e = arg >> 16
    while e >= 0:
        ent = entries[e]
        if m is ent.map and version == ent.version:
            ix = ent.index
            if ix >= 0:
                return w.slots[ix]
            if ix == IC_CLASS_ATTR:
                return ent.value
            return None
        e = ent.next
    return None


def load_attr(ec: ExecCtx, ic: InlineCaches, code: W_Code, w: W_Object,
              arg: int) -> W_Object:
    """LOAD_ATTR after cached_attr found nothing."""
    if isinstance(w, W_Instance):
        e = instance_entry(ic, w, arg)
        if e >= 0 and ic.entries[e].index == IC_PROPERTY:
            v = ic.entries[e].value
            if v is not None:
                return property_get(ec, v, w)
        return load_attr_instance_slow(ec, ic, code, w, arg)
    if isinstance(w, W_Module):
        return load_module_attr(ec, ic, code, w, arg)
    return load_attr_other(ec, ic, code, w, arg)


def load_attr_other(ec: ExecCtx, ic: InlineCaches, code: W_Code,
                    w: W_Object, arg: int) -> W_Object:
    """LOAD_ATTR on an object that is neither an instance nor a module.
    A W_GetSet its type has (`z.real`, `f.__name__`, `e.args`) is a data
    descriptor: it wins over anything else generic_getattr would find, so
    the site caches it by type (an IC_GETSET entry, map None, owner the
    type) and a hit calls its getter: the lookup through the MRO's dicts
    was ~300 instructions a read (mandelbrot's z.real, z.imag)."""
    t = w.get_type()
    e = arg >> 16
    while e >= 0:
        ent = ic.entries[e]
        if ent.owner is t and ent.map is None:
            d = ent.value
            if ent.version == t.version and ent.index == IC_GETSET and \
                    isinstance(d, W_GetSet):
                return d.getter(ec, w)
            break
        e = ent.next
    name = code.names[arg & 0xFFFF]
    if not t.has_getattribute and w.generic_attrs():
        d2 = t.lookup(name)
        if isinstance(d2, W_GetSet):
            ic_fill(ic, arg >> 16, None, t, t.version, IC_GETSET, d2, None)
            return d2.getter(ec, w)
    return getattr(ec, w, name)


def property_get(ec: ExecCtx, w_prop: W_Object, w: W_Instance) -> W_Object:
    """The value of a property cached at a LOAD_ATTR site, or W_UNBOUND
    when its getter is a plain Python function: its frame, w bound, is
    then in ec.callee for execute to run from the dispatch loop, as calls
    are (see CALL_FUNCTION).  Its recursion check is enter_frame's, whose
    message is CPython's for a getter (no "while calling a Python
    object": CPython calls a function through vectorcall there)."""
    if isinstance(w_prop, W_Property):
        fget = w_prop.w_fget
        if isinstance(fget, W_Function):
            getter = plain_frame(ec, fget, 1)
            if getter is not None:
                getter.regs[0] = w
                ec.callee = getter
                return W_UNBOUND
    return w_prop.descr_get(ec, w, w.w_type)


def enter_callee(ec: ExecCtx) -> Frame:
    """Enters the frame property_get left in ec.callee, for execute."""
    f = ec.callee
    ec.callee = None
    if not isinstance(f, Frame):
        raise runtime_error("internal error: no frame left to run")
    enter_frame(ec, f)
    return f


def load_attr_instance_slow(ec: ExecCtx, ic: InlineCaches, code: W_Code,
                            w: W_Instance,
                            arg: int) -> W_Object:
    name = code.names[arg & 0xFFFF]
    t = w.w_type
    if t.has_getattribute or w.w_dict is not None:
        return getattr(ec, w, name)
    c = arg >> 16
    w_descr = t.lookup(name)
    if isinstance(w_descr, W_Property):
        # a data descriptor: it wins over the instance's attributes
        ic_fill(ic, c, w.map, None, t.version, IC_PROPERTY, w_descr, None)
        return w_descr.descr_get(ec, w, t)
    if w_descr is None or w_descr.descr_kind() == DESCR_NONE:
        ix = w.map.find(name)
        if ix >= 0:
            sv = w.slots[ix]
            if sv is not None:
                ic_fill(ic, c, w.map, None, t.version, ix, None, None)
                return sv
        if w_descr is not None:
            ic_fill(ic, c, w.map, None, t.version, IC_CLASS_ATTR, w_descr,
                    None)
            return w_descr
    return getattr(ec, w, name)


def store_attr(ec: ExecCtx, ic: InlineCaches, code: W_Code, w: W_Object,
               arg: int,
               w_value: W_Object) -> None:
    if isinstance(w, W_Instance):
        # instance_entry's walk, written here as in cached_attr: the call
        # was a third of a hit's cost (nbody: 375,000 stores a 5000 steps)
        m = w.map
        version = w.w_type.version
        entries = ic.entries
        e = arg >> 16
        while e >= 0:
            ent = entries[e]
            if m is ent.map and version == ent.version:
                # the slot, or its append and the move to the next map
                # (a new instance may have the room: W_Type.slot_hint)
                ix = ent.index
                slots = w.slots
                nxt = ent.map2
                if nxt is None:
                    objects.store_slot(slots, ix, w_value)
                    return
                objects.append_slot(slots, ix, w_value)
                w.map = nxt
                return
            e = ent.next
        store_attr_instance_slow(ec, ic, code, w, arg, w_value)
        return
    setattr(ec, w, code.names[arg & 0xFFFF], w_value)


def store_attr_instance_slow(ec: ExecCtx, ic: InlineCaches, code: W_Code,
                             w: W_Instance,
                             arg: int, w_value: W_Object) -> None:
    name = code.names[arg & 0xFFFF]
    t = w.w_type
    if t.has_setattr or w.w_dict is not None:
        setattr(ec, w, name, w_value)
        return
    w_descr = t.lookup(name)
    if w_descr is not None and w_descr.descr_kind() == DESCR_DATA:
        w_descr.descr_set(ec, w, w_value)
        return
    slots = t.slot_names
    if slots is not None and name not in slots:
        raise attribute_error(ec, w, name)
    c = arg >> 16
    before = w.map
    ix = before.find(name)
    w.instance_set(ec, name, w_value)
    if w.w_dict is not None:
        return
    if ix >= 0:
        ic_fill(ic, c, before, None, t.version, ix, None, None)
    else:
        ic_fill(ic, c, before, None, t.version, before.next_index(), None,
                w.map)


def load_method(ec: ExecCtx, ic: InlineCaches, code: W_Code, w: W_Object,
                arg: int,
                regs: list[W_Object], sp: int) -> None:
    """Pushes (function, self) for a method found on the type, or
    (bound value, UNBOUND) otherwise; regs[sp] and regs[sp+1]."""
    # an instance's entries are keyed by its map, other objects' by type
    m: Map | None = None
    owner: W_Type | None = None
    if isinstance(w, W_Instance):
        m = w.map
        version = w.w_type.version
    elif isinstance(w, W_Module):
        regs[sp] = load_module_attr(ec, ic, code, w, arg)
        regs[sp + 1] = W_UNBOUND
        return
    else:
        t = w.get_type()
        owner = t
        version = t.version
    e = arg >> 16
    entries = ic.entries
    while e >= 0:
        ent = entries[e]
        if m is ent.map and owner is ent.owner and version == ent.version:
            v = ent.value
            if v is not None:
                regs[sp] = v
                regs[sp + 1] = w
                return
            break
        e = ent.next
    load_method_slow(ec, ic, code, w, arg, regs, sp)


def load_method_slow(ec: ExecCtx, ic: InlineCaches, code: W_Code,
                     w: W_Object, arg: int,
                     regs: list[W_Object], sp: int) -> None:
    name = code.names[arg & 0xFFFF]
    t = w.get_type()
    if not t.has_getattribute:
        w_descr = t.lookup(name)
        if w_descr is not None and w_descr.descr_kind() == DESCR_METHOD and \
                (w_descr.is_plain_function() or
                 isinstance(w_descr, W_BuiltinFunction)) and \
                w.instance_get(name) is None:
            c = arg >> 16
            if isinstance(w, W_Instance):
                if w.w_dict is None:
                    ic_fill(ic, c, w.map, None, t.version, -1, w_descr,
                            None)
                regs[sp] = w_descr
                regs[sp + 1] = w
                return
            elif w.generic_attrs() and not w.has_instance_dict():
                ic_fill(ic, c, None, t, t.version, -1, w_descr, None)
                regs[sp] = w_descr
                regs[sp + 1] = w
                return
    regs[sp] = getattr(ec, w, name)
    regs[sp + 1] = W_UNBOUND


# ================================================================ the loop

def kwnames_of(w: W_Object) -> list[str]:
    out: list[str] = []
    if isinstance(w, W_Tuple):
        for k in w.items:
            if isinstance(k, W_Str):
                out.append(k.value)
    return out


def plain_frame(ec: ExecCtx, w_callable: W_Object, n: int) -> Frame | None:
    """A blank frame of a plain Python function called with n positional
    arguments, for the caller to store them in its first n slots; None
    when the call needs the general path (binding, cells, generators)."""
    if isinstance(w_callable, W_Function) and w_callable.plain_argc == n:
        return function_frame_of(ec, w_callable)
    return None


def plain_callee(ec: ExecCtx, w_callable: W_Object, regs: list[W_Object],
                 first: int, n: int) -> Frame | None:
    """plain_frame with the n arguments at regs[first:first+n] in place:
    the dispatch loop's one step for the common call (a method or a
    global function taking exactly its positional arguments), tried
    before method_frame and function_frame."""
    if not isinstance(w_callable, W_Function) or w_callable.plain_argc != n:
        return None
    frame = function_frame_of(ec, w_callable)
    fregs = frame.regs
    i = 0
    while i < n:
        fregs[i] = regs[first + i]
        i += 1
    return frame


def binop_frame(ec: ExecCtx, a: W_Instance, b: W_Object, oparg: int,
                w_right: W_Object | None) -> Frame | None:
    """The frame of a <oparg> b's first method, a's __op__, with a and b
    bound, when it is a plain Python function (b's __rop__ is w_right,
    kept in the frame's w_rop, W_UNBOUND for none: W_NONE is a __rop__
    set to None, which raises when called), for execute to switch
    to (enter_inline); None otherwise, and while STM markers are on (each
    execute marks its own frame's lines)."""
    if STM_MARKERS[0]:
        return None
    w_left = ops.binop_left_first(a, b, oparg, w_right)
    if w_left is None:
        return None
    frame = plain_frame(ec, w_left, 2)
    if frame is not None:
        frame.regs[0] = a
        frame.regs[1] = b
        frame.w_rop = W_UNBOUND if w_right is None else w_right
    return frame


def builtin_call(ec: ExecCtx, w_callable: W_Object, regs: list[W_Object],
                 first: int, n: int) -> W_Object | None:
    """The result of a call of a builtin function with one or two
    positional arguments at regs[first:first+n] (a method's self
    included), through call1/call2: no argument list, no call_value
    (set.add, list.append, len); or of a builtin type's new1/new2
    (int(x), range(a, b)).  None for every other call, and for sum, any or
    all of a generator (takes_generator: take_from_generator)."""
    if not isinstance(w_callable, W_BuiltinFunction):
        if isinstance(w_callable, W_Type):
            return builtin_type_call(ec, w_callable, regs, first, n)
        return None
    if n == 1:
        if w_callable.takes_generator and \
                isinstance(regs[first], W_Generator):
            return None     # sum(gen()): execute runs gen's frame itself
        return w_callable.call1(ec, regs[first])
    if n == 2:
        return w_callable.call2(ec, regs[first], regs[first + 1])
    return None


def builtin_type_call(ec: ExecCtx, w_type: W_Type, regs: list[W_Object],
                      first: int, n: int) -> W_Object | None:
    """int(x), str(x), type(x), range(n), range(a, b)... in one step: the
    type's new1/new2, without type_call's argument list, __new__'s
    staticmethod and argument parsing, and the __init__ lookup (about
    1,000 instructions a call).  None when the type has none for n."""
    if n == 1:
        f1 = w_type.new1
        if f1 is not None:
            return f1(ec, regs[first])
    elif n == 2:
        f2 = w_type.new2
        if f2 is not None:
            return f2(ec, regs[first], regs[first + 1])
    return None


def callee_frame(ec: ExecCtx, w_callable: W_Object, regs: list[W_Object],
                 first: int, n: int,
                 kwnames: list[str] | None) -> Frame | None:
    """The bound frame of a call of a Python function, or of a method
    bound to one, with the n arguments at regs[first:first+n] (kwnames:
    the last ones are keywords), for execute to run itself; None for
    other callables and for generator functions (call_value's path).
    The dispatch loop tries plain_callee first (fewer call levels on the
    common path)."""
    # the list is made once the callable is known to take it: builtins
    # go on to call_from_stack, which makes its own
    if isinstance(w_callable, W_Method):
        w_f = w_callable.w_func
        if not isinstance(w_f, W_Function):
            return None
        func = w_f
        w_self: W_Object | None = w_callable.w_self
    elif isinstance(w_callable, W_Function):
        func = w_callable
        w_self = None
    else:
        return None
    code = func.code
    if code.flags & CO_GENERATOR:
        return None
    args: list[W_Object] = []
    if w_self is not None:
        args.append(w_self)
    i = 0
    while i < n:
        args.append(regs[first + i])
        i += 1
    return bound_frame(ec, func, args, kwnames)


def call_from_stack(ec: ExecCtx, w_callable: W_Object, regs: list[W_Object],
                    first: int, n: int, kwnames: list[str] | None) -> W_Object:
    """Call with the n arguments at regs[first:first+n] a callable that
    callee_frame declined (builtins, generator functions: never one
    plain_callee takes)."""
    args: list[W_Object] = []
    i = 0
    while i < n:
        args.append(regs[first + i])
        i += 1
    return call_value(ec, w_callable, args, kwnames)


# True when the runtime logs conflicts (RTRANS_STM_LOG, set by main.py):
# each frame then names its file and current line in an STM marker, so
# that rtrans-stmlog reports conflicts at Python lines
STM_MARKERS: list[bool] = [False]


def execute(ec: ExecCtx, frame: Frame) -> W_Object:
    reraise = False
    spins = 0
    marking = STM_MARKERS[0] and funcobject.names_own_line(frame)
    marked_line = -1
    # the singletons the hot opcodes compare with, read once: each read
    # of a module global tests that it is assigned
    unbound = W_UNBOUND
    w_true = W_TRUE
    w_false = W_FALSE
    w_none = W_NONE
    if marking:
        # dropped with this function's frame, on every way out
        rtrans.push_marker(frame.code.firstlineno, frame.code.filename)
    # set by the handlers below only: a store of None before every
    # instruction was one of the loop's dozen fixed instructions
    w_exc: W_BaseException | None = None
    pc = frame.pc
    sp = frame.sp
    try:
        while True:
            # the running frame's state: loaded at the start, and again when
            # the loop switches to a generator's frame or back to its consumer
            # (enter_inline_generator)
            code = frame.code
            instrs = code.code
            consts = code.consts
            regs = frame.regs
            frame.state = FRAME_RUNNING
            ic = frame.caches
            if ic is None:
                ic = caches_for(ec, code)
            while True:
                ipc = pc
                word = instrs[pc]
                opcode = word & op.OPCODE_MASK    # one fetch: see opcodes.pack
                oparg = word >> op.OPCODE_BITS
                pc += 2
                if marking:
                    # one instruction at a time, so each one's line is marked
                    # (masked again: see the OPCODE_MASK arm below)
                    opcode = op.unfused(opcode) & op.OPCODE_MASK
                    ln = code.positions[ipc * 2]
                    if ln != marked_line and ln > 0:
                        marked_line = ln
                        rtrans.update_marker(ln)
                try:
                    if opcode == op.LOAD_FAST:
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        regs[sp] = v
                        sp += 1
                    elif opcode == op.STORE_FAST:
                        sp -= 1
                        regs[oparg] = regs[sp]
                    elif opcode == op.LOAD_CONST:
                        regs[sp] = consts[oparg]
                        sp += 1
                    elif opcode == op.LOAD_FAST_LOAD_FAST:
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        regs[sp] = v
                        ipc = pc           # the second instruction's, from here
                        a = instrs[pc + 1]
                        v = regs[a]
                        if v is unbound:
                            raise unbound_local(code, a)
                        regs[sp + 1] = v
                        sp += 2
                        pc += 2
                    elif opcode == op.STORE_FAST_LOAD_FAST:
                        sp -= 1
                        regs[oparg] = regs[sp]
                        ipc = pc
                        a = instrs[pc + 1]
                        v = regs[a]
                        if v is unbound:
                            raise unbound_local(code, a)
                        regs[sp] = v
                        sp += 1
                        pc += 2
                    elif opcode == op.LOAD_FAST_LOAD_CONST:
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        regs[sp] = v
                        regs[sp + 1] = consts[instrs[pc + 1]]
                        sp += 2
                        pc += 2
                    elif opcode == op.LOAD_FAST_STORE_ATTR:
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        ipc = pc
                        frame.last_pc = ipc     # as STORE_ATTR's
                        store_attr(ec, ic, code, v, instrs[pc + 1], regs[sp - 1])
                        sp -= 1
                        pc += 2
                    elif opcode == op.COMPARE_JUMP_IF_FALSE:
                        sp -= 2
                        a3 = regs[sp]
                        b3 = regs[sp + 1]
                        if isinstance(a3, W_Int) and isinstance(b3, W_Int):
                            t = ops.cmp_ints(a3.value, b3.value, oparg)
                        elif isinstance(a3, W_Float) and isinstance(b3, W_Float):
                            t = ops.cmp_floats(a3.value, b3.value, oparg)
                        else:
                            frame.last_pc = ipc
                            if isinstance(a3, W_Instance) or \
                                    isinstance(b3, W_Instance):
                                wt = op_stages(ec, frame, objects.richcompare_stage,
                                               a3, b3, oparg, sp + 2, None)
                                if wt is None:
                                    frame = inline_callee(ec)
                                    break
                            else:
                                wt = ops.compare(ec, a3, b3, oparg)
                            ipc = pc            # __bool__ runs for the jump
                            frame.last_pc = ipc
                            t = wt is w_true or (wt is not w_false and
                                                 is_true(ec, wt))
                        if t:
                            pc += 2
                        else:
                            pc = instrs[pc + 1]
                    elif opcode == op.RETURN_CONST:
                        frame.state = FRAME_DONE
                        frame.sp = sp
                        if frame.inline != INLINE_NONE:
                            frame = end_inline_frame(ec, frame, consts[oparg])
                            break
                        return consts[oparg]
                    elif opcode == op.LOAD_FAST_LOAD_ATTR:
                        # the attribute only when the cache has it: otherwise the
                        # LOAD_ATTR that follows runs alone
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        regs[sp] = v
                        sp += 1
                        va = cached_attr(ic, v, instrs[pc + 1])
                        if va is not None:
                            regs[sp - 1] = va
                            pc += 2
                    elif opcode == op.LOAD_ATTR:
                        v = cached_attr(ic, regs[sp - 1], oparg)
                        if v is None:
                            # f_lineno of this frame, for the Python code an
                            # attribute can run (getters, __getattr__)
                            frame.last_pc = ipc
                            v = load_attr(ec, ic, code, regs[sp - 1], oparg)
                        if v is not unbound:
                            regs[sp - 1] = v
                        else:
                            # a property's Python getter (property_get): run here,
                            # as calls are (see CALL_FUNCTION)
                            getter = enter_callee(ec)
                            try:
                                regs[sp - 1] = execute(ec, getter)
                            finally:
                                leave_frame(ec, getter)
                            recycle_frame(getter)
                            rtrans.transaction_break_point()
                    elif opcode == op.LOAD_GLOBAL:
                        # the cache hit is tested here: a call to a helper cost
                        # as much as the test (IC_GLOBAL, IC_BUILTIN)
                        gent = ic.entries[oparg >> 16]
                        gcell = gent.value
                        gd = frame.w_globals
                        gv: W_Object | None = None
                        if gent.owner is gd and isinstance(gcell, W_DictCell):
                            gv = gcell.value
                            if gent.index != IC_GLOBAL and \
                                    gent.version != gd.version:
                                gv = None
                        if gv is None:
                            gv = load_global_slow(ec, frame, ic, code, oparg)
                        regs[sp] = gv
                        sp += 1
                    elif opcode == op.CALL_METHOD:
                        frame.last_pc = ipc
                        callee: Frame | None = None
                        wr: W_Object | None = None
                        if oparg < CALL_KW:     # oparg positional arguments
                            wc = regs[sp - oparg - 2]
                            c0 = sp - oparg
                            nc = oparg
                            if regs[c0 - 1] is not unbound:
                                c0 -= 1         # self is the first argument
                                nc += 1
                            callee = plain_callee(ec, wc, regs, c0, nc)
                            if callee is None and oparg == 1 and \
                                    isinstance(regs[sp - 1], W_Generator):
                                # lst.extend(generator): the generator's frame
                                # runs here (enter_inline_generator)
                                gf = extend_from_generator(ec, frame, wc, regs,
                                                           pc, sp)
                                if gf is not None:
                                    frame = gf
                                    break
                            if callee is None and nc >= 2 and \
                                    isinstance(regs[c0 + 1], W_Instance):
                                # s.add(k), lst.remove(x): k's __hash__, x's
                                # __eq__ as frames here (method_stages)
                                wr = method_stages(ec, frame, wc, regs, c0, nc,
                                                   sp)
                                if wr is unbound:
                                    frame = inline_callee(ec)
                                    break
                            if callee is None and wr is None:
                                wr = builtin_call(ec, wc, regs, c0, nc)
                        if callee is None and wr is None:
                            callee = method_frame(ec, regs, sp, oparg)
                        if wr is not None:
                            regs[sp - oparg - 2] = wr
                            sp -= oparg + 1
                        elif callee is None:
                            sp = call_method_op(ec, regs, sp, oparg)
                        else:
                            # run here, not through run_frame (see CALL_FUNCTION)
                            rsp = call_base(sp, oparg) - 1
                            enter_frame(ec, callee)
                            try:
                                regs[rsp - 1] = execute(ec, callee)
                            finally:
                                leave_frame(ec, callee)
                            recycle_frame(callee)
                            sp = rsp
                        rtrans.transaction_break_point()
                    elif opcode == op.LOAD_FAST_LOAD_METHOD:
                        v = regs[oparg]
                        if v is unbound:
                            raise unbound_local(code, oparg)
                        ipc = pc
                        frame.last_pc = ipc     # as LOAD_METHOD's
                        load_method(ec, ic, code, v, instrs[pc + 1], regs, sp)
                        sp += 2
                        pc += 2
                    elif opcode == op.LOAD_METHOD:
                        frame.last_pc = ipc     # __getattr__...: f_lineno
                        load_method(ec, ic, code, regs[sp - 1], oparg, regs,
                                    sp - 1)
                        sp += 1
                    elif opcode == op.CALL_FUNCTION:
                        frame.last_pc = ipc
                        callee = None
                        wr = None
                        wc: W_Object = unbound   # the callable (positional calls)
                        if oparg < CALL_KW:
                            wc = regs[sp - oparg - 1]
                            callee = plain_callee(ec, wc, regs, sp - oparg, oparg)
                            if callee is None:
                                wr = builtin_call(ec, wc, regs, sp - oparg, oparg)
                        if callee is None and wr is None:
                            if oparg == 1 and isinstance(regs[sp - 1], W_Generator):
                                # sum, any or all of a generator, which
                                # builtin_call declines: its frame runs here
                                # (take_from_generator)
                                gf = take_from_generator(ec, frame, wc, regs,
                                                         pc, sp)
                                if gf is not None:
                                    frame = gf
                                    break
                            if frame.redo == 0:     # else class_call's stage
                                callee = function_frame(ec, regs, sp, oparg)
                            if callee is None and oparg < CALL_KW and \
                                    isinstance(wc, W_Type):
                                # a Python __new__ (and __init__) are stages
                                wr = class_call(ec, frame, wc, regs, sp, oparg)
                                if wr is None:
                                    frame = inline_callee(ec)
                                    break
                                if wr is W_UNBOUND:
                                    wr = None
                        if wr is not None:
                            regs[sp - oparg - 1] = wr
                            sp -= oparg
                        elif callee is None:
                            sp = call_function_op(ec, regs, sp, oparg)
                        else:
                            # a plain Python function runs from this loop: when
                            # its frame broke the transaction, the transaction
                            # ends as it returns, and this frame has restart
                            # points; through the loop-free run_frame the rest
                            # of the call (leave_frame) would run as an
                            # inevitable fragment, holding every other thread's
                            # commits up (43% of mt_richards' transactions)
                            fsp = call_base(sp, oparg)
                            enter_frame(ec, callee)
                            try:
                                r = execute(ec, callee)
                            finally:
                                leave_frame(ec, callee)
                            w_inst = callee.w_init_self
                            recycle_frame(callee)
                            if w_inst is not None:
                                r = init_result(r, w_inst)
                            regs[fsp - 1] = r
                            sp = fsp
                        rtrans.transaction_break_point()
                    elif opcode == op.POP_JUMP_IF_FALSE:
                        sp -= 1
                        w = regs[sp]
                        if w is w_false:
                            pc = oparg
                        elif w is not w_true:
                            frame.last_pc = ipc     # __bool__, __len__: f_lineno
                            if not is_true(ec, w):
                                pc = oparg
                    elif opcode == op.BINARY_OP:
                        # one opcode for both forms (in place: oparg N_BINOPS +
                        # op), so the arms after this one stay in the C switch;
                        # exact ints and floats (bools too) have no __iop__, so
                        # their a <op>= b is a <op> b; the frequent operators
                        # are computed here, without two calls and an operator
                        # chain
                        sp -= 1
                        a = regs[sp - 1]
                        b = regs[sp]
                        aop = oparg - N_BINOPS if oparg >= N_BINOPS else oparg
                        if isinstance(a, W_Float) and isinstance(b, W_Float):
                            fa = a.value
                            fb = b.value
                            if aop == OP_MUL:
                                regs[sp - 1] = W_Float(fa * fb)
                            elif aop == OP_ADD:
                                regs[sp - 1] = W_Float(fa + fb)
                            elif aop == OP_SUB:
                                regs[sp - 1] = W_Float(fa - fb)
                            elif aop == OP_TRUEDIV and fb != 0.0:
                                regs[sp - 1] = W_Float(fa / fb)
                            else:
                                regs[sp - 1] = arith_op(ec, frame, ipc, a, b,
                                                        oparg)
                        elif isinstance(a, W_Int) and isinstance(b, W_Int):
                            ia = a.value
                            ib = b.value
                            if aop == OP_ADD:
                                regs[sp - 1] = numops.int_add(ec, ia, ib)
                            elif aop == OP_SUB:
                                regs[sp - 1] = numops.int_sub(ec, ia, ib)
                            elif aop == OP_MUL:
                                regs[sp - 1] = numops.int_mul(ec, ia, ib)
                            elif aop == OP_FLOORDIV:
                                regs[sp - 1] = numops.int_floordiv(ec, ia, ib)
                            else:
                                regs[sp - 1] = arith_op(ec, frame, ipc, a, b,
                                                        oparg)
                        elif isinstance(a, W_Instance) or \
                                isinstance(b, W_Instance):
                            # a's __op__, a Python function, runs in this execute:
                            # a frame switch, as for a generator (enter_inline);
                            # other methods are stages (op_stages)
                            frame.last_pc = ipc
                            callee = None
                            if frame.redo == 0 and oparg < N_BINOPS and \
                                    isinstance(a, W_Instance):
                                callee = binop_frame(ec, a, b, oparg,
                                                     ops.binop_right(a, b, oparg))
                            if callee is not None:
                                frame = enter_inline(ec, frame, callee,
                                                     INLINE_BINOP, pc, sp)
                                break
                            wb = instance_binop(ec, frame, a, b, oparg, sp + 1)
                            if wb is None:
                                frame = inline_callee(ec)
                                break
                            regs[sp - 1] = wb
                        else:
                            regs[sp - 1] = arith_op(ec, frame, ipc, a, b,
                                                    oparg)
                    elif opcode == op.COMPARE_OP:
                        sp -= 1
                        a2 = regs[sp - 1]
                        b2 = regs[sp]
                        if isinstance(a2, W_Int) and isinstance(b2, W_Int):
                            regs[sp - 1] = new_bool(ops.cmp_ints(a2.value,
                                                                 b2.value, oparg))
                        elif isinstance(a2, W_Float) and isinstance(b2, W_Float):
                            regs[sp - 1] = new_bool(ops.cmp_floats(
                                a2.value, b2.value, oparg))
                        else:
                            frame.last_pc = ipc     # __lt__...: f_lineno
                            if isinstance(a2, W_Instance) or \
                                    isinstance(b2, W_Instance):
                                wc2 = op_stages(ec, frame,
                                                objects.richcompare_stage, a2, b2,
                                                oparg, sp + 1, None)
                                if wc2 is None:
                                    frame = inline_callee(ec)
                                    break
                            else:
                                wc2 = ops.compare(ec, a2, b2, oparg)
                            regs[sp - 1] = wc2
                    elif opcode == op.JUMP_BACKWARD:
                        pc = oparg
                        # work, not only allocation, ends transactions: a loop
                        # that allocates nothing asks for a commit every 4096
                        # back-edges (a C local: per thread, no write barrier)
                        spins += 1
                        if spins >= 4096:
                            spins = 0
                            rtrans.hint_commit_soon()
                        rtrans.transaction_break_point()
                    elif opcode == op.POP_TOP:
                        sp -= 1
                    elif opcode == op.RETURN_VALUE:
                        frame.state = FRAME_DONE
                        frame.sp = sp - 1
                        if frame.inline != INLINE_NONE:
                            frame = end_inline_frame(ec, frame, regs[sp - 1])
                            break
                        return regs[sp - 1]
                    elif opcode == op.STORE_ATTR:
                        frame.last_pc = ipc     # setters, __setattr__: f_lineno
                        store_attr(ec, ic, code, regs[sp - 1], oparg,
                                   regs[sp - 2])
                        sp -= 2
                    elif opcode == op.BINARY_SUBSCR:
                        sp -= 1
                        w6 = regs[sp - 1]
                        k6 = regs[sp]
                        # an exact list by an int in range first, without a call:
                        # the W_Instance test and binary_subscr's cost +3.7M
                        # instructions in pystone; nothing here runs Python code
                        if isinstance(w6, W_List) and isinstance(k6, W_Int) and \
                                0 <= k6.value < len(w6.items):
                            regs[sp - 1] = w6.items[k6.value]
                            continue
                        frame.last_pc = ipc     # __getitem__: f_lineno
                        if isinstance(w6, W_Instance) and python_items(w6):
                            w6 = op_stages(ec, frame, objects.getitem_stage, w6,
                                           k6, 0, sp + 1, None)
                        else:
                            w6 = binary_subscr(ec, frame, w6, k6, sp + 1)
                        if w6 is None:
                            frame = inline_callee(ec)
                            break
                        regs[sp - 1] = w6
                    elif opcode == op.FOR_ITER:
                        frame.last_pc = ipc     # __next__, generators: f_lineno
                        it = regs[sp - 1]
                        if isinstance(it, W_Generator):
                            # its frame runs in this loop, as CPython runs it
                            # in the consumer's (enter_inline_generator)
                            gf = enter_inline_generator(ec, frame, it,
                                                        INLINE_FOR, oparg, sp)
                            if gf is not None:
                                frame = gf
                                break
                        nv = it.next_value(ec)
                        if nv is None:
                            sp -= 1
                            pc = oparg
                        else:
                            regs[sp] = nv
                            sp += 1
                    elif opcode == op.JUMP:
                        pc = oparg
                    elif opcode == op.POP_JUMP_IF_TRUE:
                        sp -= 1
                        w3 = regs[sp]
                        if w3 is w_true:
                            pc = oparg
                        elif w3 is not w_false:
                            frame.last_pc = ipc
                            if is_true(ec, w3):
                                pc = oparg
                    elif opcode == op.STORE_GLOBAL:
                        # here, not in execute_other_low: each `global` store
                        # paid two calls, a chain of tests and caches_for
                        # (pystone: 120,000 a run)
                        sp -= 1
                        store_global(ec, frame, ic, code, oparg, regs[sp])
                    elif opcode == op.LOAD_DEREF:
                        cell = regs[code.nlocals + oparg]
                        if isinstance(cell, W_Cell):
                            cv = cell.contents
                            if cv is None:
                                raise unbound_deref(code, oparg)
                            regs[sp] = cv
                            sp += 1
                    elif opcode == op.STORE_SUBSCR:
                        w7 = regs[sp - 2]
                        w_key = regs[sp - 1]
                        # an exact list by an int in range first (BINARY_SUBSCR)
                        if isinstance(w7, W_List) and isinstance(w_key, W_Int) \
                                and 0 <= w_key.value < len(w7.items):
                            w7.items[w_key.value] = regs[sp - 3]
                            sp -= 3
                            continue
                        frame.last_pc = ipc
                        if isinstance(w7, W_Instance) and python_items(w7):
                            if op_stages(ec, frame, objects.setitem_stage, w7,
                                         w_key, 0, sp, regs[sp - 3]) is None:
                                frame = inline_callee(ec)
                                break
                        else:
                            if isinstance(w_key, W_Instance):
                                # d[k] = v: k's Python __hash__ runs in this
                                # execute (hash_frame)
                                hf = hash_frame(ec, w7, w_key)
                                if hf is not None:
                                    frame = enter_inline(ec, frame, hf,
                                                         INLINE_HASH, pc, sp)
                                    break
                            w7.setitem(ec, w_key, regs[sp - 3])
                        sp -= 3
                    elif opcode == op.JUMP_IF_FALSE_OR_POP:
                        w4 = regs[sp - 1]
                        frame.last_pc = ipc
                        if is_true(ec, w4):
                            sp -= 1
                        else:
                            pc = oparg
                    elif opcode == op.JUMP_IF_TRUE_OR_POP:
                        w5 = regs[sp - 1]
                        frame.last_pc = ipc
                        if is_true(ec, w5):
                            pc = oparg
                        else:
                            sp -= 1
                    elif opcode == op.POP_JUMP_IF_NONE:
                        sp -= 1
                        if regs[sp] is w_none:
                            pc = oparg
                    elif opcode == op.POP_JUMP_IF_NOT_NONE:
                        sp -= 1
                        if regs[sp] is not w_none:
                            pc = oparg
                    elif opcode == op.YIELD_VALUE:
                        sp -= 1
                        if frame.inline == INLINE_EXTEND:
                            # list.extend takes the value and resumes it at once
                            extend_inline(frame, regs[sp])
                            regs[sp] = w_none
                            sp += 1
                            continue
                        if frame.inline >= INLINE_SUM:
                            # sum, any or all takes the value, then resumes it
                            # or returns
                            taken = take_inline(ec, frame, regs[sp], pc, sp,
                                                oparg)
                            if taken is None:
                                regs[sp] = w_none
                                sp += 1
                                continue
                            frame = taken
                            break
                        frame.pc = pc
                        frame.sp = sp
                        frame.state = FRAME_SUSPENDED
                        frame.yield_from = oparg
                        if frame.inline != INLINE_NONE:
                            frame = yield_inline(ec, frame, regs[sp])
                            break
                        return regs[sp]
                    elif opcode == op.SEND:
                        it2 = regs[sp - 2]
                        if isinstance(it2, W_Generator) and \
                                regs[sp - 1] is w_none:
                            # the delegate's frame runs in this loop too: a
                            # `yield from` in a generator that a for loop runs
                            # here yields with nothing committed between
                            frame.last_pc = ipc
                            gf = enter_inline_generator(ec, frame, it2,
                                                        INLINE_SEND, oparg,
                                                        sp - 1)
                            if gf is not None:
                                frame = gf
                                break
                        sp = send_op(ec, regs, sp)
                        if regs[sp - 1] is unbound:
                            # the delegate finished: its return value replaced it
                            sp -= 1
                            pc = oparg
                    elif opcode == op.RERAISE:
                        sp -= 1
                        exc = regs[sp]
                        reraise = True
                        if isinstance(exc, W_BaseException):
                            raise PyError(exc)
                        raise type_error("internal error: RERAISE of a "
                                         "non-exception")
                    elif opcode == op.RAISE_VARARGS:
                        # a bare raise re-raises as is (no traceback entry:
                        # CPython)
                        reraise = oparg == 0 and topmost_handled(ec) is not None
                        sp = raise_op(ec, frame, regs, sp, oparg)
                    elif opcode == op.CONTAINS_OP:
                        # in the loop, not execute_other_mid: `col in columns`
                        # (mt_nqueens) saved two call levels and the tests before
                        frame.last_pc = ipc     # __contains__: f_lineno
                        sp -= 1
                        w8 = regs[sp]
                        if isinstance(w8, W_Instance):
                            wr8 = op_stages(ec, frame, objects.contains_stage, w8,
                                            regs[sp - 1], 0, sp + 1, None)
                            if wr8 is None:
                                frame = inline_callee(ec)
                                break
                            r2 = wr8 is w_true
                        elif isinstance(regs[sp - 1], W_Instance) and \
                                not isinstance(w8, W_Generator):
                            # k in d, x in lst: k's __hash__, x's __eq__ as
                            # frames (dunder_stages)
                            wr8 = dunder_stages(ec, frame, w8, "__contains__",
                                                regs[sp - 1], sp + 1)
                            if wr8 is unbound:
                                frame = inline_callee(ec)
                                break
                            if wr8 is None:
                                r2 = w8.contains(ec, regs[sp - 1])
                            else:
                                r2 = wr8 is w_true
                        else:
                            r2 = w8.contains(ec, regs[sp - 1])
                            if isinstance(w8, W_Generator) and w8.loop_owned:
                                # `x in gen()` dropped gen(), maybe left early
                                close_owned(ec, frame, w8, ipc)
                        regs[sp - 1] = new_bool(r2 != (oparg == 1))
                    elif opcode == op.DUP_TOP:
                        # `obj.attr += x` (DUP_TOP ... ROT_TWO STORE_ATTR): too
                        # frequent in numeric loops for a call to execute_other
                        regs[sp] = regs[sp - 1]
                        sp += 1
                    elif opcode == op.ROT_TWO:
                        t2 = regs[sp - 1]
                        regs[sp - 1] = regs[sp - 2]
                        regs[sp - 2] = t2
                    elif opcode == op.BEFORE_WITH:
                        # here, not in execute_other: a Python __enter__ runs in
                        # this execute (enter_inline), its result then on top
                        frame.last_pc = ipc
                        enter = before_with(ec, regs, sp)
                        if enter is not None:
                            frame = enter_inline(ec, frame, enter, INLINE_ENTER,
                                                 pc, sp)
                            break
                        sp += 1
                    elif opcode == op.OPCODE_MASK:
                        # no instruction has this opcode (N_OPCODES): the arm
                        # makes the C switch's jump table cover every value of
                        # an opcode masked to 8 bits, so that GCC drops the
                        # range check before its indirect jump (two of the
                        # dispatch's instructions)
                        raise runtime_error("bad opcode " + str(opcode))
                    else:
                        frame.last_pc = ipc
                        sp = execute_other(ec, frame, code, regs, sp, opcode,
                                           oparg)
                        if sp < 0:
                            # a unary operator's method: a stage (op_stages)
                            frame = inline_callee(ec)
                            break
                    continue
                except PyError as e:
                    w_exc = e.w_exc
                except RecursionError as e2:
                    w_exc = host_exception(e2)
                except Exception as e3:
                    w_exc = host_exception(e3)
                except KeyboardInterrupt:
                    # SIGINT, raised by the language at a loop's back edge or in
                    # a blocking call (sleep, input, join...)
                    w_exc = new_exception_args(EXC_KEYBOARD_INTERRUPT, [])
                if w_exc is None:
                    continue
                # an exception at ipc
                frame.sp = sp
                target = unwind(ec, frame, w_exc, ipc, reraise)
                reraise = False
                if target < 0:
                    frame.state = FRAME_DONE
                    if frame.inline == INLINE_NONE:
                        raise PyError(w_exc)
                    frame = raise_from_inline_frame(ec, frame, w_exc)
                    w_exc = None
                    break
                w_exc = None        # handled: this frame no longer holds it
                pc = target
                sp = frame.sp
            # a frame switch: here, not at the loop's top, as ec.w_raise is
            # only set by what the inner loop ran just before its break (one
            # test less per call of execute); pc and sp follow frame at
            # once, for the except clause below
            pc = frame.pc
            sp = frame.sp
            if ec.w_raise is not None:
                frame = raise_on_switch(ec, frame)
                pc = frame.pc
                sp = frame.sp
    except KeyboardInterrupt:
        # SIGINT seen by a back-edge poll of the two loops above, which
        # lie outside the instructions' try: raised in the running
        # frame at the instruction about to run (as CPython's eval
        # breaker at a jump), then the frames go on in a new execute
        frame.sp = sp
        w_int = new_exception_args(EXC_KEYBOARD_INTERRUPT, [])
        frame = raise_at(ec, frame, w_int, pc)
        return execute(ec, frame)


def function_frame(ec: ExecCtx, regs: list[W_Object], sp: int,
                   oparg: int) -> Frame | None:
    """CALL_FUNCTION's callee frame when execute runs it itself (then the
    result goes to regs[call_base(sp, oparg) - 1]), past plain_callee."""
    n = oparg & 0xFFFF
    kwnames: list[str] | None = None
    if oparg & CALL_KW:
        sp -= 1
        kwnames = kwnames_of(regs[sp])
    first = sp - n
    w_callable = regs[first - 1]
    if kwnames is None and isinstance(w_callable, W_Type):
        return init_frame(ec, w_callable, regs, first, n)
    return callee_frame(ec, w_callable, regs, first, n, kwnames)


def init_frame(ec: ExecCtx, w_type: W_Type, regs: list[W_Object], first: int,
               n: int) -> Frame | None:
    """A call of a class with the n positional arguments at
    regs[first:first+n], when type.__call__ would make the instance with
    object.__new__ and then call an __init__ that is a plain Python
    function: the instance, and __init__'s frame with it and the arguments
    bound (its w_init_self is the instance), for execute to run as it runs
    calls (binary_trees' Node(left, right)).  None for any other class
    (TYPE_CALL's path: a metaclass, __new__, binding, a generator)."""
    if not w_type.heap or w_type.get_type() is not TYPE_TYPE or \
            w_type.new_func() is not typeobject.OBJECT_NEW_FUNC[0]:
        return None
    w_init = w_type.init_func()
    if w_init is None:
        return None
    frame = plain_frame(ec, w_init, n + 1)
    if frame is None:
        return None
    # the recursion check is enter_frame's, whose message is CPython's
    # here: its __init__ call from type.__call__ is a vectorcall
    w_obj = typeobject.new_instance(w_type)
    fregs = frame.regs
    fregs[0] = w_obj
    i = 0
    while i < n:
        fregs[i + 1] = regs[first + i]
        i += 1
    frame.w_init_self = w_obj
    return frame


def init_result(w_res: W_Object, w_inst: W_Object) -> W_Object:
    """A class call's result once init_frame's __init__ returned w_res."""
    if w_res is not W_NONE:
        raise type_error("__init__() should return None, not '"
                         + w_res.type_name() + "'")
    return w_inst


def method_frame(ec: ExecCtx, regs: list[W_Object], sp: int,
                 oparg: int) -> Frame | None:
    """CALL_METHOD's callee frame when execute runs it itself: the
    function is at regs[call_base(sp, oparg) - 2], then self (or UNBOUND)
    and the arguments; the result goes in the function's place.  Past
    plain_callee."""
    n = oparg & 0xFFFF
    kwnames: list[str] | None = None
    if oparg & CALL_KW:
        sp -= 1
        kwnames = kwnames_of(regs[sp])
    first = sp - n
    w_callable = regs[first - 2]
    if regs[first - 1] is not W_UNBOUND:
        first -= 1          # self is the first argument
        n += 1
    return callee_frame(ec, w_callable, regs, first, n, kwnames)


def call_base(sp: int, oparg: int) -> int:
    """The stack index of a call's first argument."""
    if oparg & CALL_KW:
        sp -= 1
    return sp - (oparg & 0xFFFF)


def call_function_op(ec: ExecCtx, regs: list[W_Object], sp: int,
                     oparg: int) -> int:
    n = oparg & 0xFFFF
    kwnames: list[str] | None = None
    if oparg & CALL_KW:
        sp -= 1
        kwnames = kwnames_of(regs[sp])
    first = sp - n
    w_callable = regs[first - 1]
    result = call_from_stack(ec, w_callable, regs, first, n, kwnames)
    if isinstance(result, W_Generator):
        own_by_loop(ec, w_callable, result, regs, first - 1)
    regs[first - 1] = result
    return first


def call_method_op(ec: ExecCtx, regs: list[W_Object], sp: int,
                   oparg: int) -> int:
    n = oparg & 0xFFFF
    kwnames: list[str] | None = None
    if oparg & CALL_KW:
        sp -= 1
        kwnames = kwnames_of(regs[sp])
    first = sp - n
    w_self = regs[first - 1]
    w_callable = regs[first - 2]
    if w_self is W_UNBOUND:
        result = call_from_stack(ec, w_callable, regs, first, n, kwnames)
    else:
        result = call_from_stack(ec, w_callable, regs, first - 1, n + 1,
                                 kwnames)
    if isinstance(result, W_Generator):
        own_by_loop(ec, w_callable, result, regs, first - 2)
    regs[first - 2] = result
    return first - 1


def arith_op(ec: ExecCtx, frame: Frame, ipc: int, a: W_Object,
             b: W_Object, oparg: int) -> W_Object:
    """BINARY_OP (at ipc; oparg N_BINOPS + op: the in-place form) past the
    dispatch loop's fast paths, which run no Python code: this can
    (__add__...)."""
    frame.last_pc = ipc     # the caller's f_lineno, seen from there
    if oparg < N_BINOPS:
        return ops.binary_op(ec, a, b, oparg)
    return ops.inplace_op(ec, a, b, oparg - N_BINOPS)


def binary_subscr(ec: ExecCtx, frame: Frame, w: W_Object, w_key: W_Object,
                  sp: int) -> W_Object | None:
    """frame's BINARY_SUBSCR w[w_key] (sp: its stack as it began) on
    anything but an instance with Python items; None when w_key's
    __hash__ is a frame to run (inline_callee)."""
    if isinstance(w_key, W_Int):
        # exact lists, tuples and strs (their subclasses' instances are
        # W_Instance) by an int, without the type's __getitem__: pystone's
        # str[i] went through the lookup, an argument list and the
        # method's checks (430 instructions)
        if isinstance(w, W_List):
            i = sequence_index(w_key.value, len(w.items))
            if i < 0:
                raise index_error("list index out of range")
            return w.items[i]
        if isinstance(w, W_Tuple):
            i2 = sequence_index(w_key.value, len(w.items))
            if i2 < 0:
                raise index_error("tuple index out of range")
            return w.items[i2]
        if isinstance(w, W_Str):
            s = w.value
            i3 = sequence_index(w_key.value, len(s))
            if i3 < 0:
                raise index_error("string index out of range")
            return new_str(s[i3])
    if isinstance(w, W_Dict):
        if isinstance(w_key, W_Instance):
            # d[k]: k's __hash__ as a frame (dunder_stages)
            r2 = dunder_stages(ec, frame, w, "__getitem__", w_key, sp)
            if r2 is W_UNBOUND:
                return None
            if r2 is not None:
                return r2
        r = w.lookup(ec, w_key)
        if r is not None:
            return r
        return w.getitem(ec, w_key)
    return w.getitem(ec, w_key)


def sequence_index(i: int, n: int) -> int:
    """Index i (negative: from the end) of a sequence of length n, or -1
    when it is out of range."""
    if i < 0:
        i += n
    if 0 <= i < n:
        return i
    return -1


def raise_op(ec: ExecCtx, frame: Frame, regs: list[W_Object], sp: int,
             n: int) -> int:
    if n == 0:
        h = topmost_handled(ec)
        if h is None:
            raise runtime_error("No active exception to reraise")
        raise PyError(h)
    w_cause: W_Object | None = None
    if n == 2:
        sp -= 1
        w_cause = regs[sp]
    sp -= 1
    raise do_raise(ec, regs[sp], w_cause)


def send_op(ec: ExecCtx, regs: list[W_Object], sp: int) -> int:
    """[iter, value] -> [iter, yielded] or [retval, UNBOUND] (the caller
    then jumps)."""
    w_value = regs[sp - 1]
    w_it = regs[sp - 2]
    if isinstance(w_it, W_Generator):
        r = w_it.resume(ec, w_value, None)
        if w_it.frame.state == FRAME_DONE:
            regs[sp - 2] = r
            regs[sp - 1] = W_UNBOUND
            return sp
        regs[sp - 1] = r
        return sp
    try:
        if w_value is W_NONE:
            nv = w_it.next_value(ec)
            if nv is None:
                regs[sp - 2] = W_NONE
                regs[sp - 1] = W_UNBOUND
                return sp
            regs[sp - 1] = nv
            return sp
        regs[sp - 1] = objects.call_special(ec, w_it, "send", [w_value])
        return sp
    except PyError as e:
        if exc_matches(e.w_exc, EXC_STOP_ITERATION):
            regs[sp - 2] = stop_iteration_value(e.w_exc)
            regs[sp - 1] = W_UNBOUND
            return sp
        raise e


def stop_iteration_value(w_exc: W_BaseException) -> W_Object:
    if len(w_exc.args.items) > 0:
        return w_exc.args.items[0]
    return W_NONE


# ---------------------------------------------------------- other ops

def pop_n(regs: list[W_Object], sp: int, n: int) -> list[W_Object]:
    out: list[W_Object] = []
    i = sp - n
    while i < sp:
        out.append(regs[i])
        i += 1
    return out


def execute_other(ec: ExecCtx, frame: Frame, code: W_Code,
                  regs: list[W_Object], sp: int, opcode: int,
                  oparg: int) -> int:
    """The less frequent instructions (none of them jumps)."""
    if opcode < 29:
        return execute_other_low(ec, frame, code, regs, sp, opcode, oparg)
    if opcode < 60:
        return execute_other_mid(ec, frame, code, regs, sp, opcode, oparg)
    return execute_other_high(ec, frame, code, regs, sp, opcode, oparg)


def execute_other_low(ec: ExecCtx, frame: Frame, code: W_Code,
                      regs: list[W_Object], sp: int, opcode: int,
                      oparg: int) -> int:
    if opcode == op.NOP:
        return sp
    if opcode == op.ROT_THREE:
        t = regs[sp - 1]
        regs[sp - 1] = regs[sp - 2]
        regs[sp - 2] = regs[sp - 3]
        regs[sp - 3] = t
        return sp
    if opcode == op.ROT_FOUR:
        t = regs[sp - 1]
        regs[sp - 1] = regs[sp - 2]
        regs[sp - 2] = regs[sp - 3]
        regs[sp - 3] = regs[sp - 4]
        regs[sp - 4] = t
        return sp
    if opcode == op.DUP_TOP_TWO:
        regs[sp] = regs[sp - 2]
        regs[sp + 1] = regs[sp - 1]
        return sp + 2
    if opcode == op.DELETE_FAST:
        if regs[oparg] is W_UNBOUND:
            raise unbound_local(code, oparg)
        regs[oparg] = W_UNBOUND
        return sp
    if opcode == op.STORE_DEREF:
        cell = regs[code.nlocals + oparg]
        if isinstance(cell, W_Cell):
            cell.contents = regs[sp - 1]
        return sp - 1
    if opcode == op.DELETE_DEREF:
        cell2 = regs[code.nlocals + oparg]
        if isinstance(cell2, W_Cell):
            if cell2.contents is None:
                raise unbound_deref(code, oparg)
            cell2.contents = None
        return sp
    if opcode == op.LOAD_CLOSURE:
        regs[sp] = regs[code.nlocals + oparg]
        return sp + 1
    if opcode == op.LOAD_CLASSDEREF:
        nc = len(code.cellvars)
        name = code.cellvars[oparg] if oparg < nc else \
            code.freevars[oparg - nc]
        loc = frame.w_locals
        if loc is not None:
            v = loc.get_str(name)
            if v is not None:
                regs[sp] = v
                return sp + 1
        cell3 = regs[code.nlocals + oparg]
        if isinstance(cell3, W_Cell):
            cv = cell3.contents
            if cv is None:
                raise unbound_deref(code, oparg)
            regs[sp] = cv
        return sp + 1
    if opcode == op.DELETE_GLOBAL:
        name2 = code.names[oparg]
        if not frame.w_globals.del_str(ec, name2):
            raise name_error(ec, name2)
        return sp
    if opcode == op.LOAD_NAME:
        regs[sp] = load_name(ec, frame, code.names[oparg])
        return sp + 1
    if opcode == op.STORE_NAME:
        loc2 = frame.w_locals
        if loc2 is None:
            loc2 = frame.w_globals
        store_name(ec, loc2, code.names[oparg], regs[sp - 1])
        return sp - 1
    if opcode == op.DELETE_NAME:
        name3 = code.names[oparg]
        loc3 = frame.w_locals
        if loc3 is None:
            loc3 = frame.w_globals
        if not loc3.del_str(ec, name3):
            raise name_error(ec, name3)
        return sp
    if opcode == op.DELETE_ATTR:
        delattr(ec, regs[sp - 1], code.names[oparg])
        return sp - 1
    raise runtime_error("bad opcode " + str(opcode))


def store_name(ec: ExecCtx, w_ns: W_Dict, name: str, w_value: W_Object) -> None:
    w_ns.set_str(ec, name, w_value)


def execute_other_mid(ec: ExecCtx, frame: Frame, code: W_Code,
                      regs: list[W_Object], sp: int, opcode: int,
                      oparg: int) -> int:
    if opcode == op.CALL_FUNCTION_EX:
        return call_ex_op(ec, regs, sp, oparg)
    if opcode == op.UNARY_NEGATIVE:
        return unary_op(ec, frame, regs, sp, ops.UN_NEG)
    if opcode == op.UNARY_POSITIVE:
        return unary_op(ec, frame, regs, sp, ops.UN_POS)
    if opcode == op.UNARY_NOT:
        regs[sp - 1] = new_bool(not is_true(ec, regs[sp - 1]))
        return sp
    if opcode == op.UNARY_INVERT:
        return unary_op(ec, frame, regs, sp, ops.UN_INVERT)
    if opcode == op.IS_OP:
        r = regs[sp - 2] is regs[sp - 1]
        regs[sp - 2] = new_bool(r != (oparg == 1))
        return sp - 1
    if opcode == op.DELETE_SUBSCR:
        w_key = regs[sp - 1]
        if isinstance(w_key, W_Instance):
            # del d[k]: k's __hash__ as a frame (dunder_stages)
            r = dunder_stages(ec, frame, regs[sp - 2], "__delitem__", w_key,
                              sp)
            if r is W_UNBOUND:
                return -1
            if r is not None:
                return sp - 2
        regs[sp - 2].delitem(ec, w_key)
        return sp - 2
    if opcode == op.BUILD_SLICE:
        return build_slice(ec, regs, sp, oparg)
    if opcode == op.BUILD_TUPLE:
        items = pop_n(regs, sp, oparg)
        sp -= oparg
        regs[sp] = new_tuple(items)
        return sp + 1
    if opcode == op.BUILD_LIST:
        items2 = pop_n(regs, sp, oparg)
        sp -= oparg
        regs[sp] = W_List(items2)
        return sp + 1
    if opcode == op.BUILD_SET:
        items3 = pop_n(regs, sp, oparg)
        sp -= oparg
        regs[sp] = BUILD_SET_HOOK[0](ec, items3)
        return sp + 1
    if opcode == op.BUILD_MAP:
        d = W_Dict()
        i = sp - 2 * oparg
        while i < sp:
            d.store(ec, regs[i], regs[i + 1])
            i += 2
        sp -= 2 * oparg
        regs[sp] = d
        return sp + 1
    if opcode == op.BUILD_STRING:
        parts: list[str] = []
        j = sp - oparg
        while j < sp:
            parts.append(str_of_formatted(regs[j]))
            j += 1
        sp -= oparg
        regs[sp] = new_str("".join(parts))
        return sp + 1
    if opcode == op.LIST_APPEND:
        sp -= 1
        lst = regs[sp - oparg]
        if isinstance(lst, W_List):
            lst.items.append(regs[sp])
        return sp
    if opcode == op.SET_ADD:
        sp -= 1
        SET_ADD_HOOK[0](ec, regs[sp - oparg], regs[sp])
        return sp
    if opcode == op.MAP_ADD:
        sp -= 2
        d2 = regs[sp - oparg]
        if isinstance(d2, W_Dict):
            d2.store(ec, regs[sp], regs[sp + 1])
        return sp
    if opcode == op.LIST_EXTEND:
        sp -= 1
        lst2 = regs[sp - oparg]
        if isinstance(lst2, W_List):
            w_it = regs[sp]
            if not iterable_for_star(w_it):
                raise type_error("Value after * must be an iterable, not "
                                 + w_it.type_name())
            lst2.items.extend(unpack_iterable(ec, w_it))
        return sp
    if opcode == op.SET_UPDATE:
        sp -= 1
        SET_UPDATE_HOOK[0](ec, regs[sp - oparg], regs[sp])
        return sp
    if opcode == op.DICT_UPDATE or opcode == op.DICT_MERGE:
        sp -= 1
        dict_update_op(ec, regs[sp - oparg], regs[sp], opcode == op.DICT_MERGE,
                       regs, sp - oparg)
        return sp
    if opcode == op.LIST_TO_TUPLE:
        lst3 = regs[sp - 1]
        if isinstance(lst3, W_List):
            regs[sp - 1] = new_tuple(lst3.items)
        return sp
    if opcode == op.UNPACK_SEQUENCE:
        return unpack_sequence(ec, regs, sp, oparg)
    if opcode == op.UNPACK_EX:
        return unpack_ex(ec, regs, sp, oparg)
    if opcode == op.FORMAT_VALUE:
        return format_value_op(ec, regs, sp, oparg)
    raise runtime_error("bad opcode " + str(opcode))


def iterable_for_star(w: W_Object) -> bool:
    t = w.get_type()
    return t.lookup("__iter__") is not None or \
        t.lookup("__getitem__") is not None


def _no_set(ec: ExecCtx, items: list[W_Object]) -> W_Object:
    raise not_implemented_feature("set")


def _no_set_add(ec: ExecCtx, w_set: W_Object, w: W_Object) -> None:
    raise not_implemented_feature("set")


BUILD_SET_HOOK: list[Callable[[ExecCtx, list[W_Object]], W_Object]] = [
    _no_set]
SET_UPDATE_HOOK: list[Callable[[ExecCtx, W_Object, W_Object], None]] = [
    _no_set_add]
SET_ADD_HOOK: list[Callable[[ExecCtx, W_Object, W_Object], None]] = [
    _no_set_add]


def str_of_formatted(w: W_Object) -> str:
    if isinstance(w, W_Str):
        return w.value
    s = str_value_of(w)
    if s is not None:
        return s
    return ""


def build_slice(ec: ExecCtx, regs: list[W_Object], sp: int, n: int) -> int:
    w_step: W_Object = W_NONE
    if n == 3:
        sp -= 1
        w_step = regs[sp]
    w_stop = regs[sp - 1]
    w_start = regs[sp - 2]
    sp -= 2
    regs[sp] = MAKE_SLICE[0](w_start, w_stop, w_step)
    return sp + 1


def _no_slice(a: W_Object, b: W_Object, c: W_Object) -> W_Object:
    raise not_implemented_feature("slice")


MAKE_SLICE: list[Callable[[W_Object, W_Object, W_Object], W_Object]] = [
    _no_slice]


def dict_update_op(ec: ExecCtx, w_dict: W_Object, w_other: W_Object,
                   merge: bool, regs: list[W_Object], func_index: int) -> None:
    if not isinstance(w_dict, W_Dict):
        return
    if isinstance(w_other, W_Dict):
        i = 0
        while i < len(w_other.keys):
            k = w_other.keys[i]
            v = w_other.value_at(i)
            if k is not None and v is not None:
                if merge and w_dict.lookup(ec, k) is not None:
                    w_f = regs[func_index - 2]
                    raise type_error(func_description(ec, w_f)
                                     + " got multiple values for keyword "
                                     "argument '" + str_str(ec, k) + "'")
                w_dict.store(ec, k, v)
            i += 1
        return
    w_keys = getattr_or_none(ec, w_other, "keys")
    if w_keys is None:
        if merge:
            w_f2 = regs[func_index - 2]
            raise type_error(func_description(ec, w_f2) + " argument after "
                             "** must be a mapping, not "
                             + w_other.type_name())
        raise type_error("'" + w_other.type_name() + "' object is not a "
                         "mapping")
    for k2 in unpack_iterable(ec, w_keys.call_args(ec, [], None)):
        w_dict.store(ec, k2, w_other.getitem(ec, k2))


def func_description(ec: ExecCtx, w: W_Object) -> str:
    if isinstance(w, W_Function):
        return w.qualname + "()"
    if isinstance(w, W_BuiltinFunction):
        return w.name + "()"
    return w.repr_str(ec) + " object"


def unpack_sequence(ec: ExecCtx, regs: list[W_Object], sp: int, n: int) -> int:
    w = regs[sp - 1]
    # no empty list made up front: that allocation was a fifth of a
    # tuple's unpacking (nbody's `for a, b in pairs`)
    if isinstance(w, W_Tuple):
        items = w.items
    elif isinstance(w, W_List):
        items = w.items
    else:
        items = unpack_n(ec, w, n)      # exactly n, or it raised
    if len(items) != n:
        if len(items) > n:
            raise value_error("too many values to unpack (expected "
                              + str(n) + ")")
        raise value_error("not enough values to unpack (expected "
                          + str(n) + ", got " + str(len(items)) + ")")
    sp -= 1
    i = n - 1
    while i >= 0:
        regs[sp] = items[i]
        sp += 1
        i -= 1
    return sp


def unpack_n(ec: ExecCtx, w: W_Object, n: int) -> list[W_Object]:
    t = w.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("cannot unpack non-iterable " + w.type_name()
                         + " object")
    w_it = w.iter(ec)
    items: list[W_Object] = []
    while len(items) < n:
        x = w_it.next_value(ec)
        if x is None:
            raise value_error("not enough values to unpack (expected "
                              + str(n) + ", got " + str(len(items)) + ")")
        items.append(x)
    if w_it.next_value(ec) is not None:
        raise value_error("too many values to unpack (expected " + str(n)
                          + ")")
    return items


def unpack_ex(ec: ExecCtx, regs: list[W_Object], sp: int, arg: int) -> int:
    before = arg & 0xFF
    after = arg >> 8
    w = regs[sp - 1]
    t = w.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("cannot unpack non-iterable " + w.type_name()
                         + " object")
    items = unpack_iterable(ec, w)
    if len(items) < before + after:
        raise value_error("not enough values to unpack (expected at least "
                          + str(before + after) + ", got " + str(len(items))
                          + ")")
    sp -= 1
    i = len(items) - 1
    k = 0
    while k < after:
        regs[sp] = items[i]
        sp += 1
        i -= 1
        k += 1
    middle: list[W_Object] = []
    j = before
    while j < len(items) - after:
        middle.append(items[j])
        j += 1
    regs[sp] = W_List(middle)
    sp += 1
    i = before - 1
    while i >= 0:
        regs[sp] = items[i]
        sp += 1
        i -= 1
    return sp


def format_value_op(ec: ExecCtx, regs: list[W_Object], sp: int,
                    flags: int) -> int:
    spec = ""
    if flags & op.FV_SPEC:
        sp -= 1
        w_spec = regs[sp]
        s = str_value_of(w_spec)
        if s is not None:
            spec = s
    w = regs[sp - 1]
    conv = flags & op.FV_CONV_MASK
    if conv == op.FV_STR:
        w = new_str(str_str(ec, w))
    elif conv == op.FV_REPR:
        w = new_str(repr_str(ec, w))
    elif conv == op.FV_ASCII:
        w = new_str(ASCII_HOOK[0](repr_str(ec, w)))
    if isinstance(w, W_Str) and spec == "":
        regs[sp - 1] = w
        return sp
    regs[sp - 1] = new_str(format_w(ec, w, spec))
    return sp


def _ascii_missing(s: str) -> str:
    return s


ASCII_HOOK: list[Callable[[str], str]] = [_ascii_missing]


def format_w(ec: ExecCtx, w: W_Object, spec: str) -> str:
    """format(w, spec)."""
    w_meth = w.get_type().lookup("__format__")
    if w_meth is None:
        raise type_error("Type " + w.type_name() + " doesn't define "
                         "__format__")
    w_res = w_meth.call_method(ec, w, [new_str(spec)], None)
    s = str_value_of(w_res)
    if s is None:
        raise type_error("__format__ must return a str, not "
                         + w_res.type_name())
    return s


def call_ex_op(ec: ExecCtx, regs: list[W_Object], sp: int, flags: int) -> int:
    w_kwargs: W_Object | None = None
    if flags & 1:
        sp -= 1
        w_kwargs = regs[sp]
    sp -= 1
    w_args = regs[sp]
    w_func = regs[sp - 1]
    args: list[W_Object] = []
    if isinstance(w_args, W_Tuple):
        args = list(w_args.items)
    kwnames: list[str] | None = None
    if isinstance(w_kwargs, W_Dict) and w_kwargs.used > 0:
        names: list[str] = []
        kwnames = names
        i = 0
        while i < len(w_kwargs.keys):
            k = w_kwargs.keys[i]
            v = w_kwargs.value_at(i)
            if k is not None and v is not None:
                ks = str_value_of(k)
                if ks is None:
                    raise type_error("keywords must be strings")
                names.append(ks)
                args.append(v)
            i += 1
    regs[sp - 1] = call_value(ec, w_func, args, kwnames)
    rtrans.transaction_break_point()
    return sp


def execute_other_high(ec: ExecCtx, frame: Frame, code: W_Code,
                       regs: list[W_Object], sp: int, opcode: int,
                       oparg: int) -> int:
    if opcode == op.GET_ITER:
        w = regs[sp - 1]
        it = w.iter(ec)
        own_fresh_iter(w, it)
        regs[sp - 1] = it
        return sp
    if opcode == op.POP_ITER:
        w = regs[sp - 1]
        if isinstance(w, W_Generator) and w.loop_owned:
            close_owned(ec, frame, w, frame.last_pc)
        return sp - 1
    if opcode == op.GET_YIELD_FROM_ITER:
        w = regs[sp - 1]
        if not isinstance(w, W_Generator):
            regs[sp - 1] = w.iter(ec)
        return sp
    if opcode == op.MAKE_FUNCTION:
        return make_function_op(ec, frame, regs, sp, oparg)
    if opcode == op.LOAD_BUILD_CLASS:
        regs[sp] = BUILD_CLASS_FUNC
        return sp + 1
    if opcode == op.IMPORT_NAME:
        w_from = regs[sp - 1]
        w_level = regs[sp - 2]
        level = 0
        if isinstance(w_level, W_Int):
            level = w_level.value
        sp -= 2
        regs[sp] = IMPORT_HOOK[0](ec, code.names[oparg], w_from, level,
                                  frame.w_globals)
        return sp + 1
    if opcode == op.IMPORT_FROM:
        regs[sp] = import_from(ec, regs[sp - 1], code.names[oparg])
        return sp + 1
    if opcode == op.IMPORT_STAR:
        import_star(ec, frame, regs[sp - 1])
        return sp - 1
    if opcode == op.PUSH_EXC_INFO:
        w_exc = regs[sp - 1]
        h = ec.handled
        regs[sp - 1] = h if h is not None else W_NONE
        regs[sp] = w_exc
        if isinstance(w_exc, W_BaseException):
            ec.handled = w_exc
        return sp + 1
    if opcode == op.POP_EXCEPT:
        prev = regs[sp - 1]
        if isinstance(prev, W_BaseException):
            ec.handled = prev
        else:
            ec.handled = None
        return sp - 1
    if opcode == op.CHECK_EXC_MATCH:
        regs[sp - 1] = new_bool(check_exc_match(ec, regs[sp - 2],
                                                regs[sp - 1]))
        return sp
    if opcode == op.WITH_EXCEPT_START:
        w_exit = regs[sp - 3]
        w_e = regs[sp - 1]
        regs[sp] = w_exit.call_args(ec, [w_e.get_type(), w_e,
                                         TRACEBACK_OF[0](w_e)], None)
        return sp + 1
    if opcode == op.SETUP_ANNOTATIONS:
        ns = frame.w_locals
        if ns is None:
            ns = frame.w_globals
        if ns.get_str("__annotations__") is None:
            ns.set_str(ec, "__annotations__", W_Dict())
        return sp
    if opcode == op.LOAD_ASSERTION_ERROR:
        regs[sp] = EXC_ASSERTION_ERROR
        return sp + 1
    if opcode == op.COPY:
        regs[sp] = regs[sp - oparg]
        return sp + 1
    if opcode == op.SWAP:
        t = regs[sp - 1]
        regs[sp - 1] = regs[sp - oparg]
        regs[sp - oparg] = t
        return sp
    return execute_match(ec, regs, sp, opcode, oparg)


def execute_match(ec: ExecCtx, regs: list[W_Object], sp: int, opcode: int,
                  oparg: int) -> int:
    if opcode == op.MATCH_SEQUENCE:
        regs[sp - 1] = new_bool(matching.is_sequence(regs[sp - 1]))
        return sp
    if opcode == op.MATCH_MAPPING:
        regs[sp - 1] = new_bool(matching.is_mapping(regs[sp - 1]))
        return sp
    if opcode == op.GET_LEN:
        regs[sp - 1] = new_int(objects.length(ec, regs[sp - 1]))
        return sp
    if opcode == op.MATCH_KEYS:
        regs[sp - 2] = matching.match_keys(ec, regs[sp - 2], regs[sp - 1])
        return sp - 1
    if opcode == op.MATCH_CLASS:
        regs[sp - 3] = matching.match_class(ec, regs[sp - 3], regs[sp - 2],
                                            oparg, regs[sp - 1])
        return sp - 2
    if opcode == op.CHECK_EG_MATCH:
        r = exceptions.check_eg_match(ec, regs[sp - 2], regs[sp - 1])
        regs[sp - 2] = r[0]
        regs[sp - 1] = r[1]
        w_m = r[1]
        if isinstance(w_m, W_BaseException):
            ec.handled = w_m
        return sp
    if opcode == op.PREP_RERAISE_STAR:
        regs[sp - 2] = exceptions.prep_reraise_star(ec, regs[sp - 2],
                                                    regs[sp - 1])
        return sp - 1
    raise runtime_error("bad opcode " + str(opcode))


def _tb_none(w: W_Object) -> W_Object:
    return W_NONE


TRACEBACK_OF: list[Callable[[W_Object], W_Object]] = [_tb_none]


def check_exc_match(ec: ExecCtx, w_exc: W_Object, w_type: W_Object) -> bool:
    if isinstance(w_type, W_Tuple):
        for t in w_type.items:
            check_catchable(t)
        for t2 in w_type.items:
            if isinstance(t2, W_Type) and w_exc.get_type().is_subtype(t2):
                return True
        return False
    check_catchable(w_type)
    if isinstance(w_type, W_Type):
        return w_exc.get_type().is_subtype(w_type)
    return False


def check_catchable(w: W_Object) -> None:
    if isinstance(w, W_Type) and w.is_subtype(EXC_BASE_EXCEPTION):
        return
    raise type_error("catching classes that do not inherit from "
                     "BaseException is not allowed")


def before_with(ec: ExecCtx, regs: list[W_Object], sp: int) -> Frame | None:
    """BEFORE_WITH of the manager at regs[sp - 1], which the bound __exit__
    replaces: __enter__'s frame, self bound, when it is a plain Python
    method, for execute to run itself (enter_inline); otherwise None,
    once __enter__'s result is at regs[sp]."""
    w_mgr = regs[sp - 1]
    t = w_mgr.get_type()
    w_enter = t.lookup("__enter__")
    if w_enter is None:
        raise type_error("'" + t.name + "' object does not support the "
                         "context manager protocol")
    w_exit = t.lookup("__exit__")
    if w_exit is None:
        raise type_error("'" + t.name + "' object does not support the "
                         "context manager protocol (missed __exit__ method)")
    regs[sp - 1] = w_exit.descr_get(ec, w_mgr, t) \
        if w_exit.descr_kind() != DESCR_NONE else w_exit
    if not STM_MARKERS[0]:
        f = plain_frame(ec, w_enter, 1)
        if f is not None:
            f.regs[0] = w_mgr
            return f
    regs[sp] = w_enter.call_method(ec, w_mgr, [], None)
    return None


def make_function_op(ec: ExecCtx, frame: Frame, regs: list[W_Object], sp: int,
                     flags: int) -> int:
    sp -= 1
    w_code = regs[sp]
    closure: list[W_Cell] = []
    if flags & op.MF_CLOSURE:
        sp -= 1
        w_cl = regs[sp]
        if isinstance(w_cl, W_Tuple):
            for c in w_cl.items:
                if isinstance(c, W_Cell):
                    closure.append(c)
    w_ann: W_Object = W_NONE
    if flags & op.MF_ANNOTATIONS:
        sp -= 1
        w_ann = regs[sp]
    kwdefaults: W_Dict | None = None
    if flags & op.MF_KWDEFAULTS:
        sp -= 1
        w_kd = regs[sp]
        if isinstance(w_kd, W_Dict):
            kwdefaults = w_kd
    defaults: list[W_Object] = []
    if flags & op.MF_DEFAULTS:
        sp -= 1
        w_d = regs[sp]
        if isinstance(w_d, W_Tuple):
            defaults = w_d.items
    if not isinstance(w_code, W_Code):
        raise type_error("internal error: MAKE_FUNCTION without code")
    f = W_Function(w_code, frame.w_globals, defaults, kwdefaults, closure)
    f.w_annotations = w_ann
    regs[sp] = f
    return sp + 1


# ========================================================= generators

class W_Generator(W_Object):
    frame: Frame
    name: str
    qualname: str
    running: bool
    w_caller_handled: W_BaseException | None  # the caller's, while running
    w_caller_outer: W_BaseException | None    # its handled_outer, likewise
    loop_owned: bool    # a for loop or a builtin holds the only reference
                        # (own_by_loop)

    def __init__(self, frame: Frame, name: str, qualname: str) -> None:
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.running = False
        self.w_caller_handled = None
        self.w_caller_outer = None
        self.loop_owned = False

    def get_type(self) -> W_Type:
        return GENERATOR_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return ("<generator object " + self.qualname + " at "
                + objects.address_of(ec, self) + ">")

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if self.frame.state == FRAME_DONE:
            return None
        r = self.resume(ec, W_NONE, None)
        if self.frame.state == FRAME_DONE:
            return None
        return r

    def resume(self, ec: ExecCtx, w_value: W_Object,
               w_throw: W_BaseException | None) -> W_Object:
        """Run until the next yield (returns the value, frame suspended)
        or the end (returns the return value, frame done).  Exceptions
        propagate; StopIteration escaping the body becomes RuntimeError."""
        frame = self.frame
        if self.running:
            raise py_error(objects.EXC_VALUE_ERROR,
                           "generator already executing")
        if frame.state == FRAME_DONE:
            if w_throw is not None:
                raise PyError(w_throw)
            return W_NONE
        if frame.state == FRAME_FRESH:
            if w_value is not W_NONE and w_throw is None:
                raise type_error("can't send non-None value to a just-started"
                                 " generator")
        enter_generator(ec, self)
        try:
            if w_throw is not None:
                return self.throw_into(ec, w_throw)
            if frame.state == FRAME_SUSPENDED:
                frame.regs[frame.sp] = w_value
                frame.sp += 1
            return execute(ec, frame)
        except PyError as e:
            frame.state = FRAME_DONE
            w_exc = exception_out_of_generator(e.w_exc)
            if w_exc is e.w_exc:
                raise e
            raise PyError(w_exc)
        finally:
            leave_generator(ec, self)

    def throw_into(self, ec: ExecCtx, w_exc: W_BaseException) -> W_Object:
        frame = self.frame
        if frame.state == FRAME_SUSPENDED and frame.yield_from == 1:
            # suspended in a `yield from`: the delegate gets it first
            w_sub = frame.regs[frame.sp - 1]
            if isinstance(w_sub, W_Generator):
                failed = False
                r: W_Object = W_NONE
                try:
                    r = w_sub.resume(ec, W_NONE, w_exc)
                except PyError as e:
                    w_exc = e.w_exc
                    failed = True
                if not failed:
                    if w_sub.frame.state != FRAME_DONE:
                        return r
                    # the delegate returned r: the yield from is done
                    # (frame.pc is the JUMP_BACKWARD after the YIELD)
                    send_pc = frame.pc - 4
                    frame.regs[frame.sp - 1] = r
                    frame.pc = frame.code.code[send_pc + 1]
                    return execute(ec, frame)
        if frame.state == FRAME_FRESH:
            frame.state = FRAME_DONE
            raise PyError(w_exc)
        ipc = frame.pc - 2
        target = unwind(ec, frame, w_exc, ipc, False)
        if target < 0:
            frame.state = FRAME_DONE
            raise PyError(w_exc)
        frame.pc = target
        return execute(ec, frame)


def enter_generator(ec: ExecCtx, g: W_Generator) -> None:
    """g's frame becomes the running one, with its own handled exception."""
    frame = g.frame
    # first, so that a RecursionError leaves g as it was
    enter_frame(ec, frame)
    h_caller = ec.handled
    g.w_caller_handled = h_caller
    g.w_caller_outer = ec.handled_outer
    if h_caller is not None:
        ec.handled_outer = h_caller
    h = frame.saved_handled
    ec.handled = h if isinstance(h, W_BaseException) else None
    g.running = True
    if frame.escaped:
        # keep mark_escaped's invariant: its new callers escape too
        funcobject.mark_escaped(frame.f_back)


def leave_generator(ec: ExecCtx, g: W_Generator) -> None:
    """g's frame yielded or ended: its caller runs again."""
    frame = g.frame
    leave_frame(ec, frame)
    frame.f_back = None    # a suspended generator has no caller
    g.running = False
    frame.saved_handled = ec.handled
    ec.handled = g.w_caller_handled
    ec.handled_outer = g.w_caller_outer
    g.w_caller_handled = None
    g.w_caller_outer = None


def exception_out_of_generator(w_exc: W_BaseException) -> W_BaseException:
    """What the caller sees of w_exc leaving a generator's frame."""
    if not exc_matches(w_exc, EXC_STOP_ITERATION):
        return w_exc
    w_new = new_exception(EXC_RUNTIME_ERROR, "generator raised StopIteration")
    w_new.w_cause = w_exc
    w_new.w_context = w_exc
    w_new.suppress_context = True
    return w_new


# Generators run by FOR_ITER.  CPython runs a generator's frame in the
# consumer's evaluation loop: from the generator's last switch point (its
# resumption, a back edge, a call) to the consumer's next one nothing else
# runs.  Through resume, the frame ran in an execute of its own, which
# under --stm commits as it returns when a transaction began in it (a
# break in the generator's loop or deep in a call): another thread's
# commit could then come between the yield and the consumer's next
# instructions (thr_step/main.py), and what remained of FOR_ITER ran as an
# inevitable fragment, holding the other threads' commits up (resume has
# no restart point).  So execute switches to the generator's frame and
# back, in the same C frame: a transaction that began in the generator
# has its restart point there, and yields commit nothing.  The same for
# `lst.extend(generator)` (mt_mandelbrot's genexpr), whose yields append
# to lst in the generator's frame, and for the delegate of a `yield from`
# (SEND with None, as a for loop sends): without it, a transaction that
# began in the delegate committed as the delegate's execute returned, and
# thr_step's `yield from` generators saw the step split about once in a
# hundred loaded runs.  While the generator runs, its frame's
# `inline` says for what, and the consumer's frame keeps sp (the
# generator on top), pc (where it goes on after the generator's end: the
# FOR_ITER's exit target, or the instruction after the call) and last_pc
# (the FOR_ITER or the call: an exception out of the generator is raised
# there).

def enter_inline_generator(ec: ExecCtx, frame: Frame, g: W_Generator,
                           inline: int, after: int,
                           sp: int) -> Frame | None:
    """frame's instruction at last_pc runs g (`inline` says how): g's
    frame, entered for execute to run, or None when resume must run it
    (running or done: its errors; logged conflicts: each execute marks
    its own frame's lines)."""
    gf = g.frame
    if g.running or gf.state == FRAME_DONE or STM_MARKERS[0]:
        return None
    enter_generator(ec, g)
    if gf.state == FRAME_SUSPENDED:
        gf.regs[gf.sp] = W_NONE     # the value of the yield expression
        gf.sp += 1
    frame.pc = after
    frame.sp = sp
    gf.inline = inline
    return gf


def extend_from_generator(ec: ExecCtx, frame: Frame, wc: W_Object,
                          regs: list[W_Object], after: int,
                          sp: int) -> Frame | None:
    """CALL_METHOD with one argument, a generator (regs[sp - 1]), before
    `after`: the generator's frame when the call is list.extend of a list
    (regs[sp - 2]), for execute to run; None otherwise."""
    g = regs[sp - 1]
    if not isinstance(wc, W_BuiltinFunction) or \
            wc.w_owner is not objects.LIST_TYPE or wc.name != "extend" or \
            not isinstance(regs[sp - 2], W_List) or \
            not isinstance(g, W_Generator):
        return None
    return enter_inline_generator(ec, frame, g, INLINE_EXTEND, after, sp)


def leave_inline_generator(ec: ExecCtx, gf: Frame) -> Frame:
    """The generator frame gf that execute ran yielded or ended: its
    consumer's frame, to run again."""
    frame = gf.f_back
    if not isinstance(frame, Frame):
        raise runtime_error("internal error: inline generator lost")
    g = frame.regs[frame.sp - 1]
    if not isinstance(g, W_Generator):
        raise runtime_error("internal error: inline generator lost")
    gf.inline = INLINE_NONE
    leave_generator(ec, g)
    return frame


def extend_inline(gf: Frame, w_value: W_Object) -> None:
    """gf, run for list.extend, yielded w_value: the list takes it."""
    frame = gf.f_back
    if isinstance(frame, Frame):
        lst = frame.regs[frame.sp - 2]
        if isinstance(lst, W_List):
            lst.items.append(w_value)
            return
    raise runtime_error("internal error: inline generator lost")


# sum(generator), any(generator) and all(generator): the consumers of a
# genexpr in threaded programs (tests/python/thr_app_matrix's workers sum
# `a[k] * row_of('b', k)[j] for k ...`, whose call breaks the
# transaction).  Through bi_sum, each value came back from an execute of
# its own, which committed as it returned, and the rest ran as an
# inevitable fragment (resume has no restart point): 17% of that
# program's transactions.  The generator now runs here, as for FOR_ITER.
# At each yield the builtin takes the value in the generator's frame
# when that runs no Python code (builtin types), else in the caller's,
# as CPython does (a __bool__, an __add__); the call ends at the first
# value that decides it, or at the generator's end.  The caller's stack
# keeps the generator on top and, in the callable's slot, sum's total.

def take_from_generator(ec: ExecCtx, frame: Frame, wc: W_Object,
                        regs: list[W_Object], after: int,
                        sp: int) -> Frame | None:
    """CALL_FUNCTION with one argument, a generator (regs[sp - 1]), before
    `after`: the generator's frame when the callable is the builtin sum,
    any or all, for execute to run; None otherwise."""
    if wc is TAKING_BUILTINS[0]:
        inline = INLINE_SUM
    elif wc is TAKING_BUILTINS[1]:
        inline = INLINE_ANY
    elif wc is TAKING_BUILTINS[2]:
        inline = INLINE_ALL
    else:
        return None
    g = regs[sp - 1]
    if not isinstance(g, W_Generator):
        return None
    gf = enter_inline_generator(ec, frame, g, inline, after, sp)
    if gf is not None and inline == INLINE_SUM:
        regs[sp - 2] = new_int(0)
    return gf


def take_value(ec: ExecCtx, frame: Frame, inline: int,
               w_value: W_Object) -> bool:
    """frame's sum, any or all call (inline) takes w_value: whether the
    call ends with it."""
    if inline == INLINE_SUM:
        frame.regs[frame.sp - 2] = ops.binary_op(ec, frame.regs[frame.sp - 2],
                                                 w_value, 0)
        return False
    return is_true(ec, w_value) == (inline == INLINE_ANY)


def take_inline(ec: ExecCtx, gf: Frame, w_value: W_Object, pc: int, sp: int,
                oparg: int) -> Frame | None:
    """gf, run for sum, any or all (gf.inline), yielded w_value (its
    YIELD_VALUE's oparg, pc and sp without the value): None when the call
    goes on (gf resumes at once), else the frame to run: the caller, the
    call's result in place, or, with ec.w_raise set, the caller where
    what taking w_value raised is raised (raise_on_switch)."""
    inline = gf.inline
    caller = gf.f_back
    if not isinstance(caller, Frame):
        raise runtime_error("internal error: inline generator lost")
    here = not w_value.get_type().heap and \
        not caller.regs[caller.sp - 2].get_type().heap
    w_exc: W_BaseException | None = None
    if here:
        try:
            if not take_value(ec, caller, inline, w_value):
                return None
        except PyError as e:
            w_exc = e.w_exc
    gf.pc = pc
    gf.sp = sp
    gf.state = FRAME_SUSPENDED
    gf.yield_from = oparg
    frame = leave_inline_generator(ec, gf)
    if not here:
        # in the caller's frame: its Python code's caller, as in CPython
        try:
            if not take_value(ec, frame, inline, w_value):
                return enter_again(ec, frame, inline)
        except PyError as e:
            w_exc = e.w_exc
    if w_exc is not None:
        ec.w_raise = w_exc
        return frame
    return end_take_call(ec, frame, inline, True)


def enter_again(ec: ExecCtx, frame: Frame, inline: int) -> Frame:
    """frame's call (inline) goes on: its generator's frame, resumed."""
    g = frame.regs[frame.sp - 1]
    if isinstance(g, W_Generator):
        gf = enter_inline_generator(ec, frame, g, inline, frame.pc, frame.sp)
        if gf is not None:
            return gf
    raise runtime_error("internal error: inline generator lost")


def end_take_call(ec: ExecCtx, frame: Frame, inline: int,
                  decided: bool) -> Frame:
    """frame's sum, any or all call (inline) returns: decided by a value,
    or at the generator's end.  The result replaces the callable and the
    generator, which is closed when the call alone held it (CPython drops
    it there)."""
    regs = frame.regs
    g = regs[frame.sp - 1]
    if inline == INLINE_ANY:
        regs[frame.sp - 2] = new_bool(decided)
    elif inline == INLINE_ALL:
        regs[frame.sp - 2] = new_bool(not decided)
    regs[frame.sp - 1] = W_NONE
    frame.sp -= 1
    if decided and isinstance(g, W_Generator) and g.loop_owned:
        close_owned(ec, frame, g, frame.last_pc)
    rtrans.transaction_break_point()    # CALL_FUNCTION's, after the call
    return frame


def yield_inline(ec: ExecCtx, gf: Frame, w_value: W_Object) -> Frame:
    """gf yielded w_value: its consumer's FOR_ITER pushes it (a SEND: as
    what the delegate yielded, above the delegate, as send_op leaves it)
    and goes on after it."""
    frame = leave_inline_generator(ec, gf)
    frame.regs[frame.sp] = w_value
    frame.sp += 1
    frame.pc = frame.last_pc + 2
    return frame


def end_inline_frame(ec: ExecCtx, gf: Frame, w_ret: W_Object) -> Frame:
    """gf, which execute ran for another frame, returned w_ret: that
    frame, to run again.  A generator's (w_ret: StopIteration's value):
    its consumer's FOR_ITER pops it and exits the loop (pc was set to the
    exit), a SEND's `yield from` takes w_ret as its value and goes on at
    its exit (pc, too), or its list.extend call returns None."""
    inline = gf.inline
    if inline == INLINE_BINOP:
        return end_inline_binop(ec, gf, w_ret)
    if inline == INLINE_REDO:
        return end_inline_redo(ec, gf, w_ret)
    if inline == INLINE_ENTER:
        frame = leave_inline_call(ec, gf)
        recycle_frame(gf)
        frame.regs[frame.sp] = w_ret
        frame.sp += 1
        return frame
    if inline == INLINE_HASH:
        frame = leave_inline_call(ec, gf)
        recycle_frame(gf)
        return store_hashed(ec, frame, w_ret)
    frame = leave_inline_generator(ec, gf)
    if inline == INLINE_FOR:
        frame.sp -= 1
        return frame
    if inline == INLINE_SEND:
        frame.regs[frame.sp - 1] = w_ret
        return frame
    if inline >= INLINE_SUM:
        return end_take_call(ec, frame, inline, False)
    frame.regs[frame.sp - 3] = W_NONE   # the method's slot
    frame.sp -= 2
    rtrans.transaction_break_point()    # CALL_METHOD's, after the call
    return frame


def raise_from_inline_frame(ec: ExecCtx, gf: Frame,
                            w_exc: W_BaseException) -> Frame:
    """w_exc left gf: it is raised at the instruction that ran gf (its
    consumer's FOR_ITER, its caller's BINARY_OP), and so on out of every
    inline frame without a handler (done, as execute's frames are).  The
    frame whose handler takes it, with pc and sp set; PyError when it
    leaves a frame that execute was called for."""
    if INLINE_BINOP <= gf.inline < INLINE_SUM:
        frame = leave_inline_call(ec, gf)
    else:
        w_exc = exception_out_of_generator(w_exc)
        frame = leave_inline_generator(ec, gf)
    return raise_in_frame(ec, frame, w_exc)


def raise_on_switch(ec: ExecCtx, frame: Frame) -> Frame:
    """execute switches to frame after an inline frame's value or result
    was taken there and that raised ec.w_raise (take_inline,
    store_hashed, which ran in execute's try and must not unwind the
    inline frame): raised at frame's instruction (raise_in_frame)."""
    w_exc = ec.w_raise
    ec.w_raise = None
    if w_exc is None:
        return frame
    return raise_in_frame(ec, frame, w_exc)


def raise_in_frame(ec: ExecCtx, frame: Frame, w_exc: W_BaseException) -> Frame:
    """w_exc is raised at frame's instruction last_pc (the one running
    an inline frame): see raise_at."""
    return raise_at(ec, frame, w_exc, frame.last_pc)


def raise_at(ec: ExecCtx, frame: Frame, w_exc: W_BaseException,
             ipc: int) -> Frame:
    """w_exc is raised at frame's instruction ipc, then out of every
    inline frame without a handler: see raise_from_inline_frame."""
    target = unwind(ec, frame, w_exc, ipc, False)
    if target >= 0:
        frame.pc = target
        return frame
    frame.state = FRAME_DONE
    if frame.inline == INLINE_NONE:
        raise PyError(w_exc)
    return raise_from_inline_frame(ec, frame, w_exc)


# Python code that a bytecode runs in the middle: a's __op__ for a + b, a
# context manager's __enter__ for a `with`.  Run by a nested execute, it
# ended as that execute returned the transaction that began in it (at a
# back edge or a call in the method), and the rest of the bytecode, and
# of the step up to the caller's next switch point, ran in another one:
# another thread's commit could come in between (tests/python/thr_step),
# which no GIL run allows, nor CPython, whose switch points are the same.
# So execute switches to the method's frame and back, as it does for
# generators: the transaction stays rooted in this execute.  The
# caller's frame keeps pc (the instruction after), sp (its stack as the
# instruction left it) and last_pc (the instruction: an exception out of
# the method is raised there).

def enter_inline(ec: ExecCtx, frame: Frame, callee: Frame, inline: int,
                 after: int, sp: int) -> Frame:
    """frame's instruction at last_pc runs callee (a function's frame, its
    arguments bound; `inline` says for what): callee, entered for execute
    to run until it returns (end_inline_frame); frame then goes on at
    `after`."""
    enter_frame(ec, callee)
    frame.pc = after
    frame.sp = sp
    callee.inline = inline
    return callee


def leave_inline_call(ec: ExecCtx, cf: Frame) -> Frame:
    """The frame that enter_inline ran cf for, running again."""
    frame = cf.f_back
    if not isinstance(frame, Frame):
        raise runtime_error("internal error: inline frame lost")
    cf.inline = INLINE_NONE
    cf.w_rop = None
    cf.redo_after = 0
    leave_frame(ec, cf)
    return frame


# d[k] = v where k's class has a Python __hash__ (a plain function): run
# by generic_hash in an execute of its own, it ended there the
# transaction that began in it (at a call or a back edge), and the store
# went into the next one: another thread could see what __hash__ wrote
# without the new item (thr_step's hash phase: 16384-53248 unequal reads
# in loaded runs, none in CPython, which switches threads neither after
# __hash__ returns nor in STORE_SUBSCR).  So execute switches to its
# frame, as to a's __op__, and stores when it returns.  An __eq__ that a
# collision calls still runs in an execute of its own.

def hash_frame(ec: ExecCtx, w_dict: W_Object,
               w_key: W_Instance) -> Frame | None:
    """For `w_dict[w_key] = v`: the frame of w_key's __hash__, w_key
    bound, when w_dict is a dict (not a subclass: its __setitem__) and
    __hash__ a plain Python function, for execute to switch to; None
    otherwise, and while STM markers are on (see binop_frame)."""
    if STM_MARKERS[0] or not isinstance(w_dict, W_Dict) or \
            w_dict.get_type() is not objects.DICT_TYPE:
        return None
    w_hash = w_key.get_type().lookup("__hash__")
    if w_hash is None:
        return None
    frame = plain_frame(ec, w_hash, 1)
    if frame is not None:
        frame.regs[0] = w_key
    return frame


def store_hashed(ec: ExecCtx, frame: Frame, w_hash: W_Object) -> Frame:
    """The key's __hash__ returned w_hash for frame's STORE_SUBSCR: the
    store, then frame goes on after it; or what it raised (the hash not
    an integer, an __eq__), set in ec.w_raise for execute to raise at
    the STORE_SUBSCR (raise_on_switch)."""
    regs = frame.regs
    sp = frame.sp
    w_dict = regs[sp - 2]
    try:
        h = objects.hash_result(w_hash)
        if not isinstance(w_dict, W_Dict):
            raise runtime_error("internal error: inline hash lost its dict")
        w_dict.store_hashed(ec, regs[sp - 1], h, regs[sp - 3])
    except PyError as e:
        ec.w_raise = e.w_exc
        return frame
    frame.sp = sp - 3
    return frame


def end_inline_binop(ec: ExecCtx, cf: Frame, w_ret: W_Object) -> Frame:
    """a's __op__ (cf) returned w_ret: the result of its caller's
    BINARY_OP, or NotImplemented: the caller then runs its BINARY_OP
    again for b's __rop__ (w_rop_next), so that what that raises is
    raised at the BINARY_OP, with the operands where they were."""
    w_rop = cf.w_rop
    frame = leave_inline_call(ec, cf)
    recycle_frame(cf)
    if w_ret is W_NOTIMPLEMENTED and w_rop is not None:
        frame.redo = ops.BIN_LEFT
        frame.w_redo = w_ret
        frame.w_rop_next = None if w_rop is W_UNBOUND else w_rop
        frame.pc = frame.last_pc
        frame.sp += 1
    else:
        frame.regs[frame.sp - 1] = w_ret
    return frame


# Instructions whose Python methods are stages (objects.MethodCall): an
# operator whose __op__ does not go first or returned NotImplemented, an
# in-place or unary one, a rich comparison, `in`, a subscript.  When the
# method a stage asks for is a plain Python function, execute switches to
# its frame as for a's __op__ (enter_inline, INLINE_REDO) and, once it
# returns, runs the instruction again, its stack as it began, for the
# next stage with the method's result (frame.redo, w_redo, w_rop_next).

def op_stages(ec: ExecCtx, frame: Frame, step: objects.StageFn,
              a: W_Object, b: W_Object, op: int, sp: int,
              w_carry: W_Object | None) -> W_Object | None:
    """The result of frame's instruction (at last_pc; sp: its stack as
    it began) that runs step on a and b, from the stage it is at; None
    when the method to call next is a plain Python function: its frame
    is then entered (inline_callee), to return to the instruction."""
    stage = frame.redo
    w_prev = frame.w_redo
    if stage != 0:
        w_carry = frame.w_rop_next
        frame.redo = 0
        frame.w_redo = None
        frame.w_rop_next = None
    while True:
        r = step(ec, a, b, op, stage, w_prev, w_carry)
        if r is not None:
            return r
        m = ec.mcall
        callee = requested_frame(ec, m)
        if callee is not None:
            enter_stage(ec, frame, callee, m.stage, m.w_carry, sp)
            return None
        stage = m.stage
        w_carry = m.w_carry
        w_prev = objects.call_requested(ec)


def enter_stage(ec: ExecCtx, frame: Frame, callee: Frame, stage: int,
                w_carry: W_Object | None, sp: int) -> None:
    """Enters callee, the method of frame's instruction (sp: its stack as
    it began), which runs again at `stage` when callee returned; callee
    is then in ec.callee for execute (inline_callee)."""
    callee.redo_after = stage
    callee.w_rop = w_carry
    ec.callee = enter_inline(ec, frame, callee, INLINE_REDO, frame.last_pc,
                             sp)


def requested_frame(ec: ExecCtx, m: objects.MethodCall) -> Frame | None:
    """The frame of the method a stage asked for, its arguments bound,
    when it is a plain Python function; None otherwise, and while STM
    markers are on (each execute marks its own frame's lines)."""
    w_meth = m.w_meth
    w_self = m.w_self
    if STM_MARKERS[0] or w_meth is None or w_self is None:
        return None
    w_arg = m.w_arg
    w_arg2 = m.w_arg2
    n = 1
    if w_arg is not None:
        n += 1
    if w_arg2 is not None:
        n += 1
    frame = plain_frame(ec, w_meth, n)
    if frame is not None:
        frame.regs[0] = w_self
        if w_arg is not None:
            frame.regs[1] = w_arg
        if w_arg2 is not None:
            frame.regs[2] = w_arg2
    return frame


# Builtin methods whose Python callbacks come before they read or write
# their object: a key's __hash__ (dict.get, set.add, d[k], k in s...), an
# item's __eq__ (x in lst, lst.remove(x)).  Called from C, such a callback
# ran in an execute of its own, and the transaction that began in it (at
# a call or a back edge) ended as it returned: another thread's commit
# could come between the callback's last switch point and the method's
# update or the instruction's end, which neither CPython (it switches
# threads at the end of a CALL, not inside one) nor the GIL build allows
# (thr_step's lookup, add, scan and remove phases).  Their stage forms
# (W_BuiltinFunction.stages) run here as a's __op__'s stages do
# (op_stages): the callback is a frame of this execute.

def stage_call(ec: ExecCtx, frame: Frame, w_meth: W_Object | None,
               w_self: W_Object, w_arg: W_Object, w_arg2: W_Object | None,
               sp: int) -> W_Object | None:
    """w_meth(w_self, w_arg[, w_arg2]) by its stage form, for frame's
    instruction (sp: its stack as it began): the result; W_UNBOUND when
    a callback is a frame to run (inline_callee); None when w_meth has no
    stage form or is not w_self's type's own (a subclass's method may
    differ: defaultdict's __getitem__)."""
    if not isinstance(w_meth, W_BuiltinFunction):
        return None
    step = w_meth.stages
    if step is None or w_meth.w_owner is not w_self.get_type():
        return None
    r = op_stages(ec, frame, step, w_self, w_arg, 0, sp, w_arg2)
    if r is None:
        return W_UNBOUND
    return r


def method_stages(ec: ExecCtx, frame: Frame, wc: W_Object,
                  regs: list[W_Object], c0: int, nc: int,
                  sp: int) -> W_Object | None:
    """CALL_METHOD of wc with nc arguments at regs[c0:] (self first):
    stage_call's outcome, None when the call has other arguments."""
    if not isinstance(wc, W_BuiltinFunction) or nc < wc.min_args or \
            nc > wc.max_args or nc > 3:
        return None
    return stage_call(ec, frame, wc, regs[c0], regs[c0 + 1],
                      regs[c0 + 2] if nc == 3 else None, sp)


def dunder_stages(ec: ExecCtx, frame: Frame, w_obj: W_Object, name: str,
                  w_key: W_Object, sp: int) -> W_Object | None:
    """The instruction's call of w_obj's method `name` (__getitem__,
    __contains__, __delitem__) on w_key: stage_call's outcome."""
    return stage_call(ec, frame, w_obj.get_type().lookup(name), w_obj,
                      w_key, None, sp)


def inline_callee(ec: ExecCtx) -> Frame:
    """The frame op_stages entered, for execute to run."""
    f = ec.callee
    ec.callee = None
    if not isinstance(f, Frame):
        raise runtime_error("internal error: no frame left to run")
    return f


def end_inline_redo(ec: ExecCtx, cf: Frame, w_ret: W_Object) -> Frame:
    """A stage's method (cf) returned w_ret: its caller, to run the
    instruction at last_pc again for the next stage."""
    stage = cf.redo_after
    w_carry = cf.w_rop
    frame = leave_inline_call(ec, cf)
    recycle_frame(cf)
    frame.redo = stage
    frame.w_redo = w_ret
    frame.w_rop_next = w_carry
    return frame


def instance_binop(ec: ExecCtx, frame: Frame, a: W_Object, b: W_Object,
                   oparg: int, sp: int) -> W_Object | None:
    """BINARY_OP on an instance past a's __op__ run as a frame (sp: the
    stack as it began): its stages (op_stages), as ops.binary_op and
    inplace_op run them once their builtin pairs failed."""
    if not isinstance(a, W_Instance) and \
            (isinstance(a, W_Str) or isinstance(a, W_Complex)):
        # str % x, complex <op> x: their own pairs first
        return arith_op(ec, frame, frame.last_pc, a, b, oparg)
    return op_stages(ec, frame, ops.binop_stage, a, b, oparg, sp, None)


# the stages of a class call whose __new__ is a Python function
# (class_call): the method that returned
CALL_NEW = 1
CALL_INIT = 2        # w_carry: the instance


def class_call(ec: ExecCtx, frame: Frame, w_type: W_Type,
               regs: list[W_Object], sp: int, n: int) -> W_Object | None:
    """CALL_FUNCTION of a class with n positional arguments (at sp - n)
    whose __new__ is a plain Python function, in stages: __new__, then
    __init__ when __new__ returned an instance of the class, each a frame
    that execute runs (None: entered, in ec.callee), as type_call calls
    them.  The instance; W_UNBOUND for other classes (type_call's path:
    a metaclass, a builtin __new__)."""
    stage = frame.redo
    first = sp - n
    if stage == 0:
        callee = class_new_frame(ec, w_type, n)
        if callee is None:
            return W_UNBOUND
        copy_args(regs, first, n, callee.regs)
        enter_stage(ec, frame, callee, CALL_NEW, None, sp)
        return None
    w_res = frame.w_redo
    w_obj = frame.w_rop_next
    frame.redo = 0
    frame.w_redo = None
    frame.w_rop_next = None
    if w_res is None:
        raise runtime_error("internal error: no result of __new__")
    if stage == CALL_NEW:
        return class_init(ec, frame, w_type, w_res, regs, sp, n)
    if w_obj is None:
        raise runtime_error("internal error: no instance to initialize")
    return init_result(w_res, w_obj)


def class_new_frame(ec: ExecCtx, w_type: W_Type, n: int) -> Frame | None:
    """The frame of w_type's __new__, a plain Python function of the
    class and n arguments, the class bound; None for any other class."""
    w_new = w_type.new_func()
    if not isinstance(w_new, W_StaticMethod) or STM_MARKERS[0] or \
            not w_type.heap or w_type.get_type() is not TYPE_TYPE:
        return None
    frame = plain_frame(ec, w_new.w_func, n + 1)
    if frame is not None:
        frame.regs[0] = w_type
    return frame


def copy_args(regs: list[W_Object], first: int, n: int,
              fregs: list[W_Object]) -> None:
    """regs[first:first+n] into fregs[1:n+1], after the bound first."""
    i = 0
    while i < n:
        fregs[i + 1] = regs[first + i]
        i += 1


def class_init(ec: ExecCtx, frame: Frame, w_type: W_Type, w_obj: W_Object,
               regs: list[W_Object], sp: int, n: int) -> W_Object | None:
    """w_type's __new__ returned w_obj: __init__ on it (a frame entered
    for execute when it is a plain Python function: None), and w_obj."""
    if not w_obj.get_type().is_subtype(w_type):
        return w_obj
    w_init = w_type.init_func()
    if w_init is None or w_init is typeobject.OBJECT_INIT_FUNC[0]:
        return w_obj
    callee = plain_frame(ec, w_init, n + 1)
    if callee is None:
        return init_result(w_init.call_method(ec, w_obj, regs[sp - n:sp],
                                              None), w_obj)
    callee.regs[0] = w_obj
    copy_args(regs, sp - n, n, callee.regs)
    enter_stage(ec, frame, callee, CALL_INIT, w_obj, sp)
    return None


def python_items(w: W_Instance) -> bool:
    """w[k] and w[k] = v call w's type's methods (stages), but on a dict
    subclass's instance that keeps dict's (W_Instance.getitem)."""
    return not (w.w_type.dict_items and isinstance(w.w_base, W_Dict))


def unary_op(ec: ExecCtx, frame: Frame, regs: list[W_Object], sp: int,
             op: int) -> int:
    """UNARY_NEGATIVE, _POSITIVE, _INVERT (op: ops.UN_NEG...): sp, or -1
    when the operand's method is a frame to run (inline_callee)."""
    w = regs[sp - 1]
    if isinstance(w, W_Instance):
        r = op_stages(ec, frame, ops.unary_stage, w, w, op, sp, None)
        if r is None:
            return -1
    elif op == ops.UN_NEG:
        r = ops.negative(ec, w)
    elif op == ops.UN_POS:
        r = ops.positive(ec, w)
    else:
        r = ops.invert(ec, w)
    regs[sp - 1] = r
    return sp


GENERATOR_TYPE = make_builtin_type("generator", OBJECT_TYPE, LAYOUT_BUILTIN)


def as_generator(w: W_Object) -> W_Generator:
    if isinstance(w, W_Generator):
        return w
    raise type_error("descriptor requires a 'generator' object but received "
                     "a '" + w.type_name() + "'")


def gen_send(ec: ExecCtx, w_self: W_Object, w_value: W_Object) -> W_Object:
    g = as_generator(w_self)
    if g.frame.state == FRAME_DONE:
        raise PyError(new_exception_args(EXC_STOP_ITERATION, []))
    r = g.resume(ec, w_value, None)
    if g.frame.state == FRAME_DONE:
        raise PyError(stop_with_value(r))
    return r


def stop_with_value(w: W_Object) -> W_BaseException:
    if w is W_NONE:
        return new_exception_args(EXC_STOP_ITERATION, [])
    return new_exception_args(EXC_STOP_ITERATION, [w])


def gen_next(ec: ExecCtx, w_self: W_Object) -> W_Object:
    return gen_send(ec, w_self, W_NONE)


def gen_throw(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    g = as_generator(args[0])
    w_typ = args[1]
    w_exc: W_BaseException
    if len(args) > 2 and args[2] is not W_NONE:
        w_val = args[2]
        if isinstance(w_val, W_BaseException):
            w_exc = w_val
        else:
            w_exc = make_exception(ec, w_typ.call_args(ec, [w_val], None))
    else:
        w_exc = make_exception(ec, w_typ)
    r = g.resume(ec, W_NONE, w_exc)
    if g.frame.state == FRAME_DONE:
        raise PyError(stop_with_value(r))
    return r


def gen_close(ec: ExecCtx, w_self: W_Object) -> W_Object:
    g = as_generator(w_self)
    if g.frame.state == FRAME_DONE or g.frame.state == FRAME_FRESH:
        g.frame.state = FRAME_DONE
        return W_NONE
    try:
        g.resume(ec, W_NONE, new_exception_args(EXC_GENERATOR_EXIT, []))
    except PyError as e:
        if exc_matches(e.w_exc, EXC_GENERATOR_EXIT) or \
                exc_matches(e.w_exc, EXC_STOP_ITERATION):
            return W_NONE
        raise e
    if g.frame.state != FRAME_DONE:
        raise runtime_error("generator ignored GeneratorExit")
    return W_NONE


# Generators owned by a for loop.  CPython closes a generator as soon as
# its last reference goes: a for loop over gen() left by break, return or
# an exception closes it there, and its finally blocks run at once.  With
# no reference counts, the loop knows it has the only reference when the
# generator is the value of a call of a generator function that the
# loop's GET_ITER_CALL takes straight away (call_value made it, and its
# own frame cannot reach it), or what GET_ITER got from an __iter__ that
# is a generator function.  `g = gen(); for x in g` is never closed, nor
# a generator a plain function returned (it may keep it), as in CPython.
# Likewise a builtin that takes such a generator straight from the call
# (`any(gen())`, `next(gen())`, `x in gen()`: the next instruction) and
# keeps no reference: any, all, next and `in` close it when they stop
# early, and an exception out of any of them closes it as it unwinds.

# sum, any, all (take_from_generator), then the other builtins of
# CONSUMING: set by builtins_mod
TAKING_BUILTINS: list[W_Object] = []
CONSUMING: list[W_Object] = []

def own_by_loop(ec: ExecCtx, w_callable: W_Object, g: W_Generator,
                regs: list[W_Object], slot: int) -> None:
    """g is the value of the call of w_callable that the running frame
    (whose stack is regs, g to go at slot) just made: the for loop whose
    GET_ITER_CALL comes next owns it when w_callable is a generator
    function, or the CONTAINS_OP, or the call of a builtin of CONSUMING
    with g alone."""
    w_f = w_callable
    if isinstance(w_callable, W_Method):
        w_f = w_callable.w_func
    if not is_generator_function(w_f):
        return
    frame = ec.frame
    if not isinstance(frame, Frame) or frame.regs is not regs:
        return
    instrs = frame.code.code
    p = frame.last_pc + 2
    if p + 1 >= len(instrs):
        return
    nop = instrs[p] & op.OPCODE_MASK
    if nop == op.GET_ITER:
        g.loop_owned = instrs[p + 1] == op.GET_ITER_CALL
    elif nop == op.CONTAINS_OP:
        g.loop_owned = True
    elif nop == op.CALL_FUNCTION and instrs[p] >> op.OPCODE_BITS == 1:
        g.loop_owned = is_consuming(regs[slot - 1])


def is_consuming(w: W_Object) -> bool:
    """w is a builtin of TAKING_BUILTINS or CONSUMING."""
    for w_b in TAKING_BUILTINS:
        if w is w_b:
            return True
    for w_c in CONSUMING:
        if w is w_c:
            return True
    return False


def close_if_owned(ec: ExecCtx, w: W_Object) -> None:
    """A builtin stopped early with w, which it may hold alone: closed
    then (close_owned), in the running frame."""
    frame = ec.frame
    if isinstance(w, W_Generator) and w.loop_owned and \
            isinstance(frame, Frame):
        close_owned(ec, frame, w, frame.last_pc)


def own_fresh_iter(w: W_Object, it: W_Object) -> None:
    """it is iter(w), for a for loop or a builtin: theirs alone when
    generic_iter called w's __iter__, a generator function: `it` is then
    its new generator (`for b in Box()`, `any(Box())`)."""
    if isinstance(it, W_Generator) and isinstance(w, W_Instance) and \
            is_generator_function(w.get_type().lookup("__iter__")):
        it.loop_owned = True


def is_generator_function(w: W_Object | None) -> bool:
    """A call of w makes a new generator (call_function), which no one
    else holds."""
    return isinstance(w, W_Function) and w.code.flags & CO_GENERATOR != 0


def close_owned(ec: ExecCtx, frame: Frame, g: W_Generator, ipc: int) -> None:
    """frame's loop drops g, which it owned, at ipc: g.close(), as
    CPython's deallocation does; an exception from it is reported as
    unraisable (CPython's default sys.unraisablehook) and frame goes on."""
    g.loop_owned = False
    try:
        gen_close(ec, g)
    except PyError as e:
        w_exc = e.w_exc
        if w_exc.traceback is None:
            # CPython's report names the running frame then
            add_traceback(frame, w_exc, ipc)
        # the hook prints no __context__ (GeneratorExit's, here)
        out = ["Exception ignored in: " + g.repr_str(ec) + "\n"]
        tbprint.format_one(ec, w_exc, out)
        write_unraisable(ec, "".join(out))


def write_unraisable(ec: ExecCtx, text: str) -> None:
    """text to sys.stderr (nothing when it is None or fails, as CPython
    does then)."""
    w_sys = ec.space.modules.get_str("sys")
    if not isinstance(w_sys, W_Module):
        return
    w_err = w_sys.w_dict.get_str("stderr")
    if w_err is None or w_err is W_NONE:
        return
    try:
        getattr(ec, w_err, "write").call_args(ec, [new_str(text)], None)
        w_flush = getattr_or_none(ec, w_err, "flush")
        if w_flush is not None:
            w_flush.call_args(ec, [], None)
    except PyError:
        pass


def gen_iter(ec: ExecCtx, w_self: W_Object) -> W_Object:
    return w_self


def gen_get_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_generator(w).name)


def gen_get_qualname(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_generator(w).qualname)


def gen_get_running(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_generator(w).running)


def gen_get_frame(ec: ExecCtx, w: W_Object) -> W_Object:
    g = as_generator(w)
    if g.frame.state == FRAME_DONE:
        return W_NONE
    return funcobject.wrap_frame(g.frame)


def gen_get_code(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_generator(w).frame.code


# ======================================================= class creation

def build_class(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    """__build_class__(func, name, *bases, metaclass=..., **kwds)."""
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    if npos < 2:
        raise type_error("__build_class__: not enough arguments")
    w_body = args[0]
    w_name = args[1]
    if not isinstance(w_body, W_Function):
        raise type_error("__build_class__: func must be a function")
    name = str_value_of(w_name)
    if name is None:
        raise type_error("__build_class__: name is not a string")
    bases: list[W_Object] = []
    i = 2
    while i < npos:
        bases.append(args[i])
        i += 1
    orig_bases = bases
    bases = resolve_mro_entries(ec, bases)
    w_meta: W_Object | None = None
    kw_names: list[str] = []
    kw_values: list[W_Object] = []
    if kwnames is not None:
        k = 0
        for kn in kwnames:
            if kn == "metaclass":
                w_meta = args[npos + k]
            else:
                kw_names.append(kn)
                kw_values.append(args[npos + k])
            k += 1
    if w_meta is None:
        w_meta = TYPE_TYPE
        if len(bases) > 0:
            w_meta = bases[0].get_type()
    if isinstance(w_meta, W_Type):
        w_meta = calculate_metaclass(w_meta, bases)
    w_ns: W_Dict = W_Dict()
    w_prep = getattr_or_none(ec, w_meta, "__prepare__")
    if w_prep is not None and not isinstance(w_prep, W_BuiltinFunction):
        pargs: list[W_Object] = [new_str(name), new_tuple(bases)]
        pargs.extend(kw_values)
        w_p = w_prep.call_args(ec, pargs, kw_names if len(kw_names) > 0
                               else None)
        if isinstance(w_p, W_Dict):
            w_ns = w_p
    run_class_body(ec, w_body, w_ns)
    if bases_changed(orig_bases, bases):
        # class C(list[int]): the bases as written, for typing.Generic
        w_ns.setitem(ec, new_str("__orig_bases__"), new_tuple(orig_bases))
    cargs: list[W_Object] = [new_str(name), new_tuple(bases), w_ns]
    cargs.extend(kw_values)
    w_cls = w_meta.call_args(ec, cargs, kw_names if len(kw_names) > 0
                             else None)
    return w_cls


def bases_changed(orig: list[W_Object], now: list[W_Object]) -> bool:
    if len(orig) != len(now):
        return True
    i = 0
    for b in orig:
        if b is not now[i]:
            return True
        i += 1
    return False


def resolve_mro_entries(ec: ExecCtx, bases: list[W_Object]) -> list[W_Object]:
    out: list[W_Object] = []
    for b in bases:
        if isinstance(b, W_Type):
            out.append(b)
            continue
        w_me = getattr_or_none(ec, b, "__mro_entries__")
        if w_me is None:
            out.append(b)
            continue
        w_r = w_me.call_args(ec, [new_tuple(bases)], None)
        if isinstance(w_r, W_Tuple):
            out.extend(w_r.items)
        else:
            raise type_error("__mro_entries__ must return a tuple")
    return out


def calculate_metaclass(w_meta: W_Type, bases: list[W_Object]) -> W_Type:
    winner = w_meta
    for b in bases:
        bt = b.get_type()
        if winner.is_subtype(bt):
            continue
        if bt.is_subtype(winner):
            winner = bt
            continue
        raise type_error("metaclass conflict: the metaclass of a derived "
                         "class must be a (non-strict) subclass of the "
                         "metaclasses of all its bases")
    return winner


def run_class_body(ec: ExecCtx, w_body: W_Function, w_ns: W_Dict) -> None:
    frame = Frame(w_body.code, w_body.w_globals, w_ns)
    frame.w_func = w_body
    if len(w_body.code.cellvars) > 0 or len(w_body.closure) > 0:
        init_cells(frame, w_body)
    run_frame(ec, frame)


def set_cell(w_cell: W_Object, w_value: W_Object) -> None:
    if isinstance(w_cell, W_Cell):
        w_cell.contents = w_value


BUILD_CLASS_FUNC = W_BuiltinKw("__build_class__", build_class)


# ============================================================ imports

def _import_missing(ec: ExecCtx, name: str, w_from: W_Object, level: int,
                    w_globals: W_Dict) -> W_Object:
    raise py_error(EXC_IMPORT_ERROR, "import is not installed")


IMPORT_HOOK: list[Callable[[ExecCtx, str, W_Object, int, W_Dict],
                           W_Object]] = [_import_missing]


def import_from(ec: ExecCtx, w_mod: W_Object, name: str) -> W_Object:
    w = getattr_or_none(ec, w_mod, name)
    if w is not None:
        return w
    modname = "?"
    if isinstance(w_mod, W_Module):
        modname = w_mod.name
        w_sub = ec.space.modules.get_str(modname + "." + name)
        if w_sub is not None:
            return w_sub
    where = "unknown location"
    if isinstance(w_mod, W_Module):
        w_file = w_mod.w_dict.get_str("__file__")
        if isinstance(w_file, W_Str):
            where = w_file.value
    w_exc = new_exception(EXC_IMPORT_ERROR, "cannot import name '" + name
                          + "' from '" + modname + "' (" + where + ")")
    w_exc.instance_set(ec, "name", new_str(modname))
    raise PyError(w_exc)


def import_star(ec: ExecCtx, frame: Frame, w_mod: W_Object) -> None:
    ns = frame.w_locals
    if ns is None:
        ns = frame.w_globals
    if not isinstance(w_mod, W_Module):
        return
    w_all = w_mod.w_dict.get_str("__all__")
    if w_all is not None:
        for w_name in unpack_iterable(ec, w_all):
            n = str_value_of(w_name)
            if n is not None:
                ns.set_str(ec, n, getattr(ec, w_mod, n))
        return
    d = w_mod.w_dict
    i = 0
    while i < len(d.keys):
        k = d.keys[i]
        v = d.value_at(i)
        i += 1
        if k is None or v is None:
            continue
        n2 = str_value_of(k)
        if n2 is not None and not n2.startswith("_"):
            ns.set_str(ec, n2, v)


def install() -> None:
    typeobject.SET_CELL[0] = set_cell
    typeobject.MAKE_METHOD[0] = make_method
    g = GENERATOR_TYPE
    objects.add_method2(g, "send", gen_send)
    objects.add_method1(g, "__next__", gen_next)
    objects.add_method1(g, "__iter__", gen_iter)
    objects.add_methodn(g, "throw", gen_throw, 2, 4)
    objects.add_method1(g, "close", gen_close)
    objects.add_getset(g, "__name__", gen_get_name, None)
    objects.add_getset(g, "__qualname__", gen_get_qualname, None)
    objects.add_getset(g, "gi_running", gen_get_running, None)
    objects.add_getset(g, "gi_frame", gen_get_frame, None)
    objects.add_getset(g, "gi_code", gen_get_code, None)


def make_method(w_func: W_Object, w_self: W_Object) -> W_Object:
    return W_Method(w_func, w_self)
