"""_rtstd: what the standard modules of pylib_std.py (io, traceback, ...)
need from the interpreter itself: the traceback lines exactly as the
interpreter prints them (with CPython 3.11's carets, which need the
instructions' positions) and the io types of its files."""
from __future__ import annotations

from objects import (W_Object, W_BaseException, W_List, W_Module,
                     ExecCtx, new_str, new_module,
                     builtin1, type_error)
from exceptions import W_Traceback, W_ExcGroup
import fileobject
import tbprint


def std_entry_text(ec: ExecCtx, w: W_Object) -> W_Object:
    """The lines of a traceback object's entry: 'File ...', the source
    line, the carets (the stack's frames have no columns: no carets, as
    in CPython 3.11)."""
    if not isinstance(w, W_Traceback):
        raise type_error("a traceback is required, not '"
                         + w.type_name() + "'")
    out: list[str] = []
    tbprint.display_line(ec, w.entry, out)
    return new_str("".join(out))


def as_exception(w: W_Object) -> W_BaseException:
    if not isinstance(w, W_BaseException):
        raise type_error("an exception is required, not '"
                         + w.type_name() + "'")
    return w


def std_exc_only(ec: ExecCtx, w: W_Object) -> W_Object:
    """traceback.format_exception_only: the exception's line (or the
    SyntaxError display) and its notes, one string per line."""
    out: list[str] = []
    tbprint.format_only(ec, as_exception(w), out)
    items: list[W_Object] = []
    for s in out:
        items.append(new_str(s))
    return W_List(items)


def std_format_group(ec: ExecCtx, w: W_Object) -> W_Object:
    """An exception group in CPython's boxed format, without its own
    cause or context (the traceback module walks the chain)."""
    e = as_exception(w)
    if not isinstance(e, W_ExcGroup):
        raise type_error("an exception group is required")
    out: list[str] = []
    tbprint.format_group(ec, e, out, [e], 0)
    return new_str("".join(out))


def make_std(ec: ExecCtx) -> W_Module:
    m = new_module("_rtstd")
    m.set("UnsupportedOperation", fileobject.UNSUPPORTED_OPERATION)
    m.set("TextIOWrapper", fileobject.TEXTIO_TYPE)
    m.set("entry_text", builtin1("entry_text", std_entry_text))
    m.set("exc_only", builtin1("exc_only", std_exc_only))
    m.set("format_group", builtin1("format_group", std_format_group))
    return m


