"""Duhton values, frames and the evaluator core.

Invariants the rest of the interpreter relies on:
- The Duhton None is the singleton DU_NONE, never Python's None.  Python's
  None only marks an empty slot (Entry.value, Entry.func, Entry.builtin).
- Code is always a chain of DuCons made by the reader, so argument lists
  are proper chains ending in DU_NONE (there is no `eval` builtin).
- Symbols are interned; a symbol carries its global-frame entry (glob), so
  a global lookup is one field read, never a dict lookup.
- Fields assigned only in __init__ (DuInt.value, DuCons.*, DuSymbol.*,
  DuFunction.*) are immutable: the STM build reads them without barriers.
- Every fatal error goes through fatal(), which ends the process.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

import rtrans

INT_MIN = -2147483648
SMALL_INT_MIN = -32
SMALL_INT_MAX = 1023


# ------------------------------------------------------------------ errors

def fatal(msg: str) -> None:
    """Flush what was printed, report msg on stderr, end the process."""
    try:
        sys.stdout.flush()
    except OSError:
        pass
    sys.stderr.write("Error: " + msg + "\n")
    sys.stderr.flush()
    os._exit(1)


def write_out(text: str) -> None:
    """Standard output that cannot be written (a closed pipe) is fatal."""
    try:
        sys.stdout.write(text)
    except OSError:
        fatal("cannot write to standard output")


def flush_out() -> None:
    try:
        sys.stdout.flush()
    except OSError:
        fatal("cannot write to standard output")


def fail(msg: str) -> DuObject:
    fatal(msg)
    return DU_NONE


def fail_type(func: str, expected: str, got: DuObject) -> DuObject:
    fatal(func + ": expected '" + expected + "' argument, got '"
          + got.type_name() + "'")
    return DU_NONE


def wrap32(x: int) -> int:
    """The low 32 bits of x, as a two's complement value."""
    x = x & 0xFFFFFFFF
    if x >= 0x80000000:
        x -= 0x100000000
    return x


# ------------------------------------------------------------------ values

class DuObject:
    def type_name(self) -> str:
        return "object"

    def type_symbol(self) -> DuSymbol:
        return SYM_SYMBOL

    def __repr__(self) -> str:
        # for debugging, and required of set[DuObject] keys (KeyError)
        return "<duhton " + self.type_name() + ">"

    def is_true(self) -> bool:
        return True

    def evaluate(self, frame: Frame) -> DuObject:
        return self


class DuNone(DuObject):
    def type_name(self) -> str:
        return "NoneType"

    def type_symbol(self) -> DuSymbol:
        return SYM_NONETYPE

    def is_true(self) -> bool:
        return False


class DuInt(DuObject):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def type_name(self) -> str:
        return "int"

    def type_symbol(self) -> DuSymbol:
        return SYM_INT

    def is_true(self) -> bool:
        return self.value != 0


class DuSymbol(DuObject):
    name: str
    glob: Entry

    def __init__(self, name: str) -> None:
        self.name = name
        self.glob = Entry()

    def type_name(self) -> str:
        return "symbol"

    def type_symbol(self) -> DuSymbol:
        return SYM_SYMBOL

    def evaluate(self, frame: Frame) -> DuObject:
        if not frame.is_global:
            local = frame.find(self)
            if local is not None:
                v = local.value
                if v is not None:
                    return v
        g = self.glob.value
        if g is not None:
            return g
        return fail("symbol not defined as a variable: '" + self.name + "'")


class DuCons(DuObject):
    car: DuObject
    cdr: DuObject
    size: int       # number of cells in the chain starting here
    line: int       # source line of the '(' (0 for conses made at run time)

    def __init__(self, car: DuObject, cdr: DuObject, line: int) -> None:
        self.car = car
        self.cdr = cdr
        self.line = line
        n = 1
        if isinstance(cdr, DuCons):
            n = cdr.size + 1
        self.size = n

    def type_name(self) -> str:
        return "cons"

    def type_symbol(self) -> DuSymbol:
        return SYM_CONS

    def evaluate(self, frame: Frame) -> DuObject:
        head = self.car
        if not isinstance(head, DuSymbol):
            return fail_type("DuSymbol_Id", "symbol", head)
        entry = frame.entry_for_call(head)
        f = entry.func
        if f is not None:
            return call_user(f, self.cdr, frame)
        b = entry.builtin
        if b is not None:
            return b(self.cdr, frame)
        return fail("symbol not defined as a function: '" + head.name + "'")


class DuList(DuObject):
    items: list[DuObject]

    def __init__(self, items: list[DuObject]) -> None:
        self.items = items

    def type_name(self) -> str:
        return "list"

    def type_symbol(self) -> DuSymbol:
        return SYM_LIST

    def is_true(self) -> bool:
        return len(self.items) > 0


class DuContainer(DuObject):
    value: DuObject

    def __init__(self, value: DuObject) -> None:
        self.value = value

    def type_name(self) -> str:
        return "container"

    def type_symbol(self) -> DuSymbol:
        return SYM_CONTAINER


DU_NONE = DuNone()
SMALL_INTS: list[DuInt] = [DuInt(i) for i in range(SMALL_INT_MIN,
                                                    SMALL_INT_MAX + 1)]
ZERO = SMALL_INTS[-SMALL_INT_MIN]
ONE = SMALL_INTS[1 - SMALL_INT_MIN]


def make_int(v: int) -> DuInt:
    """A DuInt for the 32-bit value v; small ones are shared."""
    if SMALL_INT_MIN <= v <= SMALL_INT_MAX:
        return SMALL_INTS[v - SMALL_INT_MIN]
    return DuInt(v)


def make_bool(b: bool) -> DuInt:
    if b:
        return ONE
    return ZERO


def as_int(o: DuObject) -> int:
    if isinstance(o, DuInt):
        return o.value
    fail_type("DuInt_AsInt", "int", o)
    return 0


def eval_int(o: DuObject, frame: Frame) -> int:
    return as_int(o.evaluate(frame))


# The intern table is written only by the reader and at setup, which run
# while no transaction is running; workers only read it.
SYMBOLS: dict[str, DuSymbol] = {}


def intern(name: str) -> DuSymbol:
    s = SYMBOLS.get(name)
    if s is not None:
        return s
    fresh = DuSymbol(name)
    SYMBOLS[name] = fresh
    return fresh



# ------------------------------------------------------------------ frames

class Entry:
    """The three slots a frame holds for one symbol."""
    value: DuObject | None
    func: DuFunction | None
    builtin: Callable[[DuObject, Frame], DuObject] | None

    def __init__(self) -> None:
        self.value = None
        self.func = None
        self.builtin = None


class LocalEntry(Entry):
    sym: DuSymbol
    next: LocalEntry | None

    def __init__(self, sym: DuSymbol, next: LocalEntry | None) -> None:
        self.sym = sym
        self.next = next
        super().__init__()


class DuFunction:
    """A defun: the parameter list and body as read, never evaluated."""
    name: DuSymbol
    params: DuObject
    body: DuObject
    line: int

    def __init__(self, name: DuSymbol, params: DuObject, body: DuObject,
                 line: int) -> None:
        self.name = name
        self.params = params
        self.body = body
        self.line = line


class Pending:
    """A queued transaction: the function as it was when queued, and the
    entries of its prepared frame (the arguments already bound)."""
    func: DuFunction
    entries: LocalEntry | None

    def __init__(self, func: DuFunction, entries: LocalEntry | None) -> None:
        self.func = func
        self.entries = entries


class Ctx:
    """Per-thread evaluation context, reached from every frame.  The calls
    a worker's calls queue stay on its `queued`, its stack of pending
    calls (scheduler.py); the main program's wait there for a drain."""
    queued: list[Pending]
    in_worker: bool

    def __init__(self, in_worker: bool) -> None:
        self.queued = []
        self.in_worker = in_worker


class Frame:
    """The global frame (is_global: entries live in the symbols) or one
    call's local frame (a short linked list of LocalEntry)."""
    entries: LocalEntry | None
    is_global: bool
    ctx: Ctx

    def __init__(self, entries: LocalEntry | None, is_global: bool,
                 ctx: Ctx) -> None:
        self.entries = entries
        self.is_global = is_global
        self.ctx = ctx

    def find(self, sym: DuSymbol) -> LocalEntry | None:
        e = self.entries
        while e is not None:
            if e.sym is sym:
                return e
            e = e.next
        return None

    def entry_for_call(self, sym: DuSymbol) -> Entry:
        """Function lookup: any local entry hides the global one."""
        if not self.is_global:
            local = self.find(sym)
            if local is not None:
                return local
        return sym.glob

    def own_entry(self, sym: DuSymbol) -> Entry:
        """The entry setq and defun write: always in this frame."""
        if self.is_global:
            return sym.glob
        local = self.find(sym)
        if local is not None:
            return local
        fresh = LocalEntry(sym, self.entries)
        self.entries = fresh
        return fresh

    def set_var(self, target: DuObject, value: DuObject) -> None:
        if not isinstance(target, DuSymbol):
            fail_type("DuSymbol_Id", "symbol", target)
            return
        self.own_entry(target).value = value

    def has_var(self, sym: DuSymbol) -> bool:
        if not self.is_global:
            local = self.find(sym)
            if local is not None and local.value is not None:
                return True
        return sym.glob.value is not None


# what `type` returns, interned once
SYM_NONETYPE = intern("NoneType")
SYM_INT = intern("int")
SYM_SYMBOL = intern("symbol")
SYM_CONS = intern("cons")
SYM_LIST = intern("list")
SYM_CONTAINER = intern("container")


# --------------------------------------------------------------- evaluation

SOURCE_LABEL = "-"


def set_source_label(label: str) -> None:
    global SOURCE_LABEL
    SOURCE_LABEL = label


def eval_progn(body: DuObject, frame: Frame) -> DuObject:
    result: DuObject = DU_NONE
    form = body
    while isinstance(form, DuCons):
        result = form.car.evaluate(frame)
        form = form.cdr
    return result


def run_body(body: DuObject, frame: Frame, line: int) -> DuObject:
    """Evaluate a function body, a loop body or the main program as a
    progn, naming each form's line in the STM marker.  Outside atomic
    sections only the main program runs, and it runs alone (workers run
    only during a drain), so its transactions may end between any two
    forms; inside a queued call the break points are ignored."""
    rtrans.push_marker(line, SOURCE_LABEL)
    result: DuObject = DU_NONE
    form = body
    while isinstance(form, DuCons):
        expr = form.car
        if isinstance(expr, DuCons):
            rtrans.update_marker(expr.line)
        result = expr.evaluate(frame)
        rtrans.transaction_break_point()
        form = form.cdr
    rtrans.pop_marker()
    return result


def bind_args(f: DuFunction, args: DuObject, caller: Frame) -> Frame:
    """A fresh frame for a call of f, its arguments evaluated in caller."""
    callee = Frame(None, False, caller.ctx)
    param = f.params
    arg = args
    while isinstance(param, DuCons):
        if not isinstance(arg, DuCons):
            fatal("call to '" + f.name.name + "': not enough arguments")
            return callee
        callee.set_var(param.car, arg.car.evaluate(caller))
        param = param.cdr
        arg = arg.cdr
    if isinstance(arg, DuCons):
        fatal("call to '" + f.name.name + "': too many arguments")
    return callee


def call_user(f: DuFunction, args: DuObject, caller: Frame) -> DuObject:
    return run_body(f.body, bind_args(f, args, caller), f.line)
