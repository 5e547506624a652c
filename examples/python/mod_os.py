"""The os module (the parts a program without threads or processes
needs): environ, getpid, cpu_count, getcwd, file removal and renaming,
directories; os.path is Python source (pylib.py, posixpath) over the
existence tests here."""
from __future__ import annotations

import os
from rtrans.c import include

from objects import (W_Object, W_Type, W_Str, W_Int, W_List, W_Dict,
                     W_Module, ExecCtx, PyError, W_NONE, W_TRUE, W_FALSE,
                     new_int, new_str, new_bool, new_module, type_error,
                     key_error, str_value_of, index_value, builtin1,
                     builtinn, add_method1, add_method2, add_methodn,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     repr_str)
import fileobject
import importer

libc = include("unistd.h")
stdio = include("stdio.h")
stat_h = include("sys/stat.h")

F_OK = 0


class W_Environ(W_Object):
    """os.environ: reads go to the process environment.  Assignments are
    kept here (the language cannot change the process environment)."""
    overrides: W_Dict

    def __init__(self) -> None:
        self.overrides = W_Dict()

    def get_type(self) -> W_Type:
        return ENVIRON_TYPE

    def lookup(self, name: str) -> str | None:
        w = self.overrides.get_str(name)
        if w is not None:
            return str_value_of(w)
        return os.environ.get(name)

    def repr_str(self, ec: ExecCtx) -> str:
        return "environ({...})"

    def getitem(self, ec: ExecCtx, w_key: W_Object) -> W_Object:
        k = key_text(w_key)
        v = self.lookup(k)
        if v is None:
            raise key_error(w_key)
        return new_str(v)

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        key_text(w_key)
        if str_value_of(w_value) is None:
            raise type_error("str expected, not " + w_value.type_name())
        self.overrides.store(ec, w_key, w_value)

    def contains(self, ec: ExecCtx, w_key: W_Object) -> bool:
        k = str_value_of(w_key)
        return k is not None and self.lookup(k) is not None


ENVIRON_TYPE = make_builtin_type("_Environ", OBJECT_TYPE, LAYOUT_BUILTIN)
ENVIRON_TYPE.module = "os"


def key_text(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error("str expected, not " + w.type_name())
    return s


def env_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    e = args[0]
    if not isinstance(e, W_Environ):
        raise type_error("expected os.environ")
    k = str_value_of(args[1])
    v = None if k is None else e.lookup(k)
    if v is None:
        return args[2] if len(args) > 2 else W_NONE
    return new_str(v)


def env_getitem(ec: ExecCtx, w: W_Object, k: W_Object) -> W_Object:
    return w.getitem(ec, k)


def path_arg(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error("expected str, bytes or os.PathLike object, not "
                         + w.type_name())
    return s


def os_getpid(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(os.getpid())


def os_cpu_count(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(os.cpu_count())


def os_getcwd(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    cwd = os.environ.get("PWD")
    if cwd is None or cwd == "":
        return new_str("/")
    return new_str(cwd)


def os_remove(ec: ExecCtx, w: W_Object) -> W_Object:
    p = path_arg(w)
    if stdio.remove(p) != 0:
        if libc.access(p, F_OK) != 0:
            raise fileobject.os_error(2, "No such file or directory", p)
        raise fileobject.os_error(21, "Is a directory", p)
    return W_NONE


def os_rename(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    src = path_arg(a)
    if stdio.rename(src, path_arg(b)) != 0:
        raise fileobject.os_error(2, "No such file or directory", src)
    return W_NONE


def os_mkdir(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    p = path_arg(args[0])
    if libc.access(p, F_OK) == 0:
        raise fileobject.os_error(17, "File exists", p)
    if stat_h.mkdir(p, 511) != 0:
        raise fileobject.os_error(2, "No such file or directory", p)
    return W_NONE


def os_rmdir(ec: ExecCtx, w: W_Object) -> W_Object:
    p = path_arg(w)
    if libc.rmdir(p) != 0:
        raise fileobject.os_error(2, "No such file or directory", p)
    return W_NONE


def os_kind(ec: ExecCtx, w: W_Object) -> W_Object:
    """0: missing, 1: a file (or other non-directory), 2: a directory."""
    p = str_value_of(w)
    if p is None or p == "":
        return new_int(0)
    if libc.access(p, F_OK) != 0:
        return new_int(0)
    if libc.access(p + "/.", F_OK) == 0:
        return new_int(2)
    return new_int(1)


def os_exit(ec: ExecCtx, w: W_Object) -> W_Object:
    fileobject.STDOUT.f.flush()
    os._exit(index_value(ec, w, "{}"))
    return W_NONE


def make_os(ec: ExecCtx) -> W_Module:
    m = new_module("os")
    m.set("name", new_str("posix"))
    m.set("sep", new_str("/"))
    m.set("altsep", W_NONE)
    m.set("curdir", new_str("."))
    m.set("pardir", new_str(".."))
    m.set("extsep", new_str("."))
    m.set("linesep", new_str("\n"))
    m.set("pathsep", new_str(":"))
    m.set("devnull", new_str("/dev/null"))
    m.set("environ", W_Environ())
    m.set("getpid", builtinn("getpid", os_getpid, 0, 0))
    m.set("cpu_count", builtinn("cpu_count", os_cpu_count, 0, 0))
    m.set("getcwd", builtinn("getcwd", os_getcwd, 0, 0))
    m.set("remove", builtin1("remove", os_remove))
    m.set("unlink", builtin1("unlink", os_remove))
    m.set("rename", builtinn("rename", os_rename_n, 2, 2))
    m.set("mkdir", builtinn("mkdir", os_mkdir, 1, 2))
    m.set("rmdir", builtin1("rmdir", os_rmdir))
    m.set("_exit", builtin1("_exit", os_exit))
    m.set("_kind", builtin1("_kind", os_kind))
    ec.space.modules.set_str(ec, "os", m)
    w_path = importer.import_one(ec, "posixpath", None)
    m.set("path", w_path)
    ec.space.modules.set_str(ec, "os.path", w_path)
    return m


def os_rename_n(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return os_rename(ec, args[0], args[1])


def install() -> None:
    t = ENVIRON_TYPE
    add_methodn(t, "get", env_get, 2, 3)
    add_method2(t, "__getitem__", env_getitem)
