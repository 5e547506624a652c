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

Inline caches (interp.py): LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
LOAD_GLOBAL carry a cache index in the high bits of their argument
(arg >> 16), the low 16 bits being the name index.  The caches are
written only on a miss, so a steady-state loop only reads them.
"""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Str, W_Tuple, Map, ExecCtx,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN, new_str,
                     W_NONE)
from opcodes import CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS


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
    # inline caches (see the module docstring)
    ic_map: list[Map | None]
    ic_index: list[int]
    ic_version: list[int]
    ic_value: list[W_Object | None]
    ic_owner: list[W_Object | None]
    ic_map2: list[Map | None]      # STORE_ATTR adding an attribute: new map
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
        self.ic_map = []
        self.ic_index = []
        self.ic_version = []
        self.ic_value = []
        self.ic_owner = []
        self.ic_map2 = []
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
        self.ic_map = [None] * n
        self.ic_index = [-1] * n
        self.ic_version = [-1] * n
        self.ic_value = [None] * n
        self.ic_owner = [None] * n
        self.ic_map2 = [None] * n


CODE_TYPE = make_builtin_type("code", OBJECT_TYPE, LAYOUT_BUILTIN)
