"""Code objects: the compiled form of a module, class body, function,
lambda or comprehension.

Frame layout (interp.Frame.regs): fast locals 0..nlocals-1 (parameters
first), then the cells and free variables (W_Cell objects; cells first),
then the value stack.

Exception table: 4 ints per entry (start, end, target, depth): an
exception raised by the instruction at offset pc in [start, end) truncates
the value stack to depth, pushes the exception and jumps to target.  The
first matching entry wins (the compiler lists inner regions first).

Positions: 4 ints per instruction (line, end_line, col, end_col; col 0
based, -1 when unknown) for tracebacks.

Inline caches (interp.py): LOAD_ATTR, STORE_ATTR, LOAD_METHOD,
LOAD_GLOBAL and STORE_GLOBAL carry a cache index in the high bits of their
argument (arg >> 16), the low 16 bits being the name index.  The caches
are not in the code object: every thread keeps its own
(objects.InlineCaches, found by the code's uid in ExecCtx.ics), so under
--stm threads running the same code never write shared caches.  They are
written only on a miss, and at most IC_MAX_FILLS times per site
(interp.ic_may_fill); an attribute site chains up to interp.IC_WAYS
entries, one per class layout it sees.
"""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Str, W_Tuple, W_Int, Map, ExecCtx,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN, new_str,
                     new_tuple, new_int, add_getset, W_NONE)
from opcodes import (CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
                     CO_NAME_MODE)


class W_Code(W_Object):
    name: str
    qualname: str
    filename: str
    firstlineno: int
    code: list[int]
    consts: list[W_Object]
    names: list[str]
    varnames: list[str]
    cellvars: list[str]
    freevars: list[str]
    cell_params: list[int]     # per cellvar: the parameter it starts as, or -1
    argcount: int
    posonlyargcount: int
    kwonlyargcount: int
    flags: int
    nlocals: int
    stacksize: int
    positions: list[int]
    exc_table: list[int]
    # inline caches (see the module docstring): how many, and the index
    # of this code's caches in each thread's ExecCtx.ics
    ncaches: int
    uid: int
    w_doc: W_Object

    def __init__(self, name: str, qualname: str, filename: str,
                 firstlineno: int) -> None:
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.code = []
        self.consts = []
        self.names = []
        self.varnames = []
        self.cellvars = []
        self.freevars = []
        self.cell_params = []
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0
        self.nlocals = 0
        self.stacksize = 0
        self.positions = []
        self.exc_table = []
        self.ncaches = 0
        self.uid = -1
        self.w_doc = W_NONE

    def get_type(self) -> W_Type:
        return CODE_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return ("<code object " + self.name + ", file \"" + self.filename
                + "\", line " + str(self.firstlineno) + ">")

    def is_generator(self) -> bool:
        return (self.flags & CO_GENERATOR) != 0

    def total_args(self) -> int:
        n = self.argcount + self.kwonlyargcount
        if self.flags & CO_VARARGS:
            n += 1
        if self.flags & CO_VARKEYWORDS:
            n += 1
        return n

    def line_at(self, pc: int) -> int:
        i = (pc >> 1) * 4
        if i < len(self.positions):
            return self.positions[i]
        return self.firstlineno

    def alloc_caches(self, n: int) -> None:
        """Called once, when the code is assembled: a shared counter, but
        compiling is not a hot path."""
        self.ncaches = n
        self.uid = CODE_UIDS[0]
        CODE_UIDS[0] = self.uid + 1


# the next W_Code.uid
CODE_UIDS: list[int] = [0]


CODE_TYPE = make_builtin_type("code", OBJECT_TYPE, LAYOUT_BUILTIN)


# ---------------------------------------------------------------- attributes

def code_of(w: W_Object) -> W_Code:
    assert isinstance(w, W_Code)
    return w


def str_tuple(names: list[str]) -> W_Object:
    items: list[W_Object] = []
    for n in names:
        items.append(new_str(n))
    return new_tuple(items)


def code_co_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(code_of(w).name)


def code_co_qualname(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(code_of(w).qualname)


def code_co_filename(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(code_of(w).filename)


def code_co_firstlineno(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(code_of(w).firstlineno)


def code_co_argcount(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(code_of(w).argcount)


def code_co_posonlyargcount(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(code_of(w).posonlyargcount)


def code_co_kwonlyargcount(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(code_of(w).kwonlyargcount)


def code_co_nlocals(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(code_of(w).varnames))


def code_co_varnames(ec: ExecCtx, w: W_Object) -> W_Object:
    return str_tuple(code_of(w).varnames)


def code_co_cellvars(ec: ExecCtx, w: W_Object) -> W_Object:
    return str_tuple(code_of(w).cellvars)


def code_co_freevars(ec: ExecCtx, w: W_Object) -> W_Object:
    return str_tuple(code_of(w).freevars)


def code_co_names(ec: ExecCtx, w: W_Object) -> W_Object:
    return str_tuple(code_of(w).names)


def code_co_flags(ec: ExecCtx, w: W_Object) -> W_Object:
    c = code_of(w)
    f = 0
    if not (c.flags & CO_NAME_MODE):
        f |= 3                  # CO_OPTIMIZED | CO_NEWLOCALS
    if c.flags & CO_VARARGS:
        f |= 4
    if c.flags & CO_VARKEYWORDS:
        f |= 8
    if c.flags & CO_NESTED:
        f |= 16
    if c.flags & CO_GENERATOR:
        f |= 32
    return new_int(f)


def code_co_consts(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_tuple(list(code_of(w).consts))


add_getset(CODE_TYPE, "co_name", code_co_name, None)
add_getset(CODE_TYPE, "co_qualname", code_co_qualname, None)
add_getset(CODE_TYPE, "co_filename", code_co_filename, None)
add_getset(CODE_TYPE, "co_firstlineno", code_co_firstlineno, None)
add_getset(CODE_TYPE, "co_argcount", code_co_argcount, None)
add_getset(CODE_TYPE, "co_posonlyargcount", code_co_posonlyargcount, None)
add_getset(CODE_TYPE, "co_kwonlyargcount", code_co_kwonlyargcount, None)
add_getset(CODE_TYPE, "co_nlocals", code_co_nlocals, None)
add_getset(CODE_TYPE, "co_varnames", code_co_varnames, None)
add_getset(CODE_TYPE, "co_cellvars", code_co_cellvars, None)
add_getset(CODE_TYPE, "co_freevars", code_co_freevars, None)
add_getset(CODE_TYPE, "co_names", code_co_names, None)
add_getset(CODE_TYPE, "co_flags", code_co_flags, None)
add_getset(CODE_TYPE, "co_consts", code_co_consts, None)
