"""The sys module."""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Int, W_Str, W_Tuple, W_List, W_Dict,
                     W_Module, W_BaseException, ExecCtx, PyError, W_NONE,
                     W_TRUE, W_FALSE, new_int, new_str, new_tuple, new_module,
                     new_exception_args, type_error, value_error, py_error,
                     index_value, str_value_of, builtin1, builtinn,
                     EXC_SYSTEM_EXIT, EXC_RECURSION_ERROR, EXC_ATTRIBUTE_ERROR,
                     W_Float, topmost_handled)
import floatobject
from funcobject import Frame
import funcobject
import fileobject
import importer


def sys_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    raise PyError(new_exception_args(EXC_SYSTEM_EXIT, args))


def sys_setrecursionlimit(ec: ExecCtx, w: W_Object) -> W_Object:
    if not isinstance(w, W_Int):
        raise type_error("'" + w.type_name() + "' object cannot be "
                         "interpreted as an integer")
    n = w.value
    if n < 1:
        raise value_error("recursion limit must be greater or equal than 1")
    if n <= ec.depth:
        raise py_error(EXC_RECURSION_ERROR, "cannot set the recursion limit "
                       "to " + str(n) + " at the recursion depth "
                       + str(ec.depth) + ": the limit is too low")
    ec.space.recursion_limit = n
    return W_NONE


def sys_getrecursionlimit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(ec.space.recursion_limit)


def sys_exc_info(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    h = topmost_handled(ec)
    if h is None:
        return new_tuple([W_NONE, W_NONE, W_NONE])
    return new_tuple([h.get_type(), h, TRACEBACK_OF[0](h)])


def _tb_none(w: W_Object) -> W_Object:
    return W_NONE


TRACEBACK_OF: list[Callable[[W_Object], W_Object]] = [_tb_none]


def sys_exception(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    h = topmost_handled(ec)
    if h is None:
        return W_NONE
    return h


def sys_intern(ec: ExecCtx, w: W_Object) -> W_Object:
    if not isinstance(w, W_Str):
        raise type_error("intern() argument must be str, not "
                         + w.type_name())
    return w


def sys_getsizeof(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(64)


def sys_get_int_max_str_digits(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(ec.space.int_max_str_digits)


def sys_set_int_max_str_digits(ec: ExecCtx, w: W_Object) -> W_Object:
    n = index_value(ec, w, "'{}' object cannot be interpreted as an integer")
    if n != 0 and n < 640:
        raise value_error("maxdigits must be 0 or larger than 640")
    ec.space.int_max_str_digits = n
    return W_NONE


def sys_getframe(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    depth = 0
    if len(args) > 0:
        depth = index_value(ec, args[0],
                            "'{}' object cannot be interpreted as an integer")
    f = ec.frame
    while depth > 0 and f is not None:
        f = f.f_back
        depth -= 1
    if f is None:
        raise value_error("call stack is not deep enough")
    return funcobject.wrap_frame(f)


def lazy_attr(ec: ExecCtx, module: str, helper: str, w_name: W_Object) -> W_Object:
    """A module attribute that is rarely used and easier to write in Python
    (sys.float_info, time.struct_time ...): the frozen module `helper` has
    it; the first use imports that module and keeps the value in the
    module's dict, so start-up does not pay for it."""
    name = str_value_of(w_name)
    w_mod = ec.space.modules.get_str(module)
    if name is None or not isinstance(w_mod, W_Module):
        raise type_error("attribute name must be string")
    w_val = importer.import_one(ec, helper, None).w_dict.get_str(name)
    if w_val is None or name.startswith("_"):
        raise py_error(EXC_ATTRIBUTE_ERROR, "module '" + module
                       + "' has no attribute '" + name + "'")
    w_mod.set(name, w_val)
    return w_val


def sys_getattr(ec: ExecCtx, w_name: W_Object) -> W_Object:
    return lazy_attr(ec, "sys", "_sysinfo", w_name)


def sys_encoding(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_str("utf-8")


def sys_switchinterval(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Float(ec.space.switch_interval)


def sys_setswitchinterval(ec: ExecCtx, w: W_Object) -> W_Object:
    """Stored and returned by getswitchinterval (as CPython); threads here
    switch by transaction length (docs: examples/python/README.md)."""
    v = floatobject.float_arg(ec, w)
    if v <= 0.0:
        raise value_error("switch interval must be strictly positive")
    ec.space.switch_interval = v
    return W_NONE


def make_sys(ec: ExecCtx) -> W_Module:
    sp = ec.space
    m = new_module("sys")
    argv: list[W_Object] = []
    for a in sp.argv:
        argv.append(new_str(a))
    m.set("argv", W_List(argv))
    m.set("orig_argv", W_List(list(argv)))
    m.set("path", W_List([new_str(sp.script_dir)]))
    m.set("modules", sp.modules)
    m.set("stdin", fileobject.STDIN)
    m.set("stdout", fileobject.STDOUT)
    m.set("stderr", fileobject.STDERR)
    m.set("__stdin__", fileobject.STDIN)
    m.set("__stdout__", fileobject.STDOUT)
    m.set("__stderr__", fileobject.STDERR)
    m.set("exit", builtinn("exit", sys_exit, 0, 1))
    m.set("setrecursionlimit", builtin1("setrecursionlimit",
                                        sys_setrecursionlimit))
    m.set("getrecursionlimit", builtinn("getrecursionlimit",
                                        sys_getrecursionlimit, 0, 0))
    m.set("exc_info", builtinn("exc_info", sys_exc_info, 0, 0))
    m.set("exception", builtinn("exception", sys_exception, 0, 0))
    m.set("intern", builtin1("intern", sys_intern))
    m.set("getsizeof", builtinn("getsizeof", sys_getsizeof, 1, 2))
    m.set("get_int_max_str_digits", builtinn("get_int_max_str_digits",
                                             sys_get_int_max_str_digits, 0, 0))
    m.set("set_int_max_str_digits", builtin1("set_int_max_str_digits",
                                             sys_set_int_max_str_digits))
    m.set("_getframe", builtinn("_getframe", sys_getframe, 0, 1))
    m.set("maxsize", new_int(9223372036854775807))
    m.set("maxunicode", new_int(0x10FFFF))
    m.set("byteorder", new_str("little"))
    m.set("platform", new_str("linux"))
    m.set("executable", new_str("rtpython"))
    m.set("version", new_str("3.11.7 (rtpython, an interpreter written in "
                             "the rtrans language)"))
    m.set("hexversion", new_int(0x30B07F0))
    m.set("__getattr__", builtin1("__getattr__", sys_getattr))
    m.set("getdefaultencoding", builtinn("getdefaultencoding", sys_encoding,
                                         0, 0))
    m.set("getfilesystemencoding", builtinn("getfilesystemencoding",
                                            sys_encoding, 0, 0))
    m.set("getswitchinterval", builtinn("getswitchinterval",
                                        sys_switchinterval, 0, 0))
    m.set("setswitchinterval", builtin1("setswitchinterval",
                                        sys_setswitchinterval))
    m.set("dont_write_bytecode", W_TRUE)
    m.set("builtin_module_names", new_tuple([new_str("builtins"),
                                            new_str("sys")]))
    return m
