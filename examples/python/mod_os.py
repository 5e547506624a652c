"""The os module (the parts a program without threads or processes
needs): environ, getpid, cpu_count, getcwd, chdir, file removal and
renaming, directories, listdir, stat, readlink; os.path is Python source
(pylib.py, posixpath) over the calls here, and stat_result, scandir, walk,
makedirs are Python source too (pylib_std4.py, _osfs), imported at their
first use.  The host's OSError carries its errno in its message only
("[Errno 2] ..."), which host_error reads back."""
from __future__ import annotations

import os
import time
from rtrans.c import include

from objects import (W_Object, W_Type, W_Str, W_Int, W_List,
                     W_Module, ExecCtx, PyError, W_NONE, W_TRUE, W_FALSE,
                     new_int, new_str, new_bool, new_module, type_error,
                     key_error, str_value_of, index_value, builtin1,
                     builtinn, add_method1, add_method2, add_methodn,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     repr_str, new_tuple, W_Float, builtin2,
                     value_error, new_exception_args, EXC_OS_ERROR,
                     os_error_type)
import fileobject
import importer
import mod_sys

libc = include("unistd.h")
stdio = include("stdio.h")
stat_h = include("sys/stat.h")

F_OK = 0


class W_Environ(W_Object):
    """os.environ: the process environment itself, read and written
    through (as CPython's putenv/unsetenv), so that the C library sees an
    assignment (time.tzset after setting TZ)."""

    def get_type(self) -> W_Type:
        return ENVIRON_TYPE

    def lookup(self, name: str) -> str | None:
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
        k = key_text(w_key)
        v = str_value_of(w_value)
        if v is None:
            raise type_error("str expected, not " + w_value.type_name())
        try:
            os.environ[k] = v
        except ValueError as e:
            raise value_error(str(e))

    def delitem(self, ec: ExecCtx, w_key: W_Object) -> None:
        k = key_text(w_key)
        if self.lookup(k) is None:
            raise key_error(w_key)
        try:
            del os.environ[k]
        except ValueError as e:
            raise value_error(str(e))

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


def os_getpid(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(os.getpid())


def os_cpu_count(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(os.cpu_count())


def os_getcwd(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    try:
        return new_str(os.getcwd())
    except OSError as e:
        raise host_error(e, None)


def host_error(e: OSError, path: str | None) -> PyError:
    """The interpreter's OSError for one the host raised, whose message
    is CPython's "[Errno N] text: 'path'"."""
    m = str(e)
    close = m.find("] ")
    if not m.startswith("[Errno ") or close < 8 or not m[7:close].isdigit():
        return PyError(new_exception_args(EXC_OS_ERROR, [new_str(m)]))
    text = m[close + 2:]
    if path is not None and text.endswith(": " + repr(path)):
        text = text[:len(text) - len(path) - 4]
    errno = int(m[7:close])
    if path is None:
        e2 = new_exception_args(os_error_type(errno), [new_int(errno),
                                                       new_str(text)])
        e2.set_raw("errno", new_int(errno))
        e2.set_raw("strerror", new_str(text))
        return PyError(e2)
    return fileobject.os_error(errno, text, path)


def fs_path(ec: ExecCtx, w: W_Object, fname: str, none_ok: bool) -> str:
    """A path argument as os's functions take it: a str, or an object
    with __fspath__; no embedded NUL."""
    s = str_value_of(w)
    if s is None and w.get_type().lookup("__fspath__") is not None:
        s = fileobject.fs_text(ec, w)
    if s is None:
        raise type_error(fname + ": path should be string, bytes, os.PathLike"
                         + (", integer or None" if none_ok else " or integer")
                         + ", not " + w.type_name())
    if "\0" in s:
        raise value_error("embedded null byte")
    return s


def os_chdir(ec: ExecCtx, w: W_Object) -> W_Object:
    p = fs_path(ec, w, "chdir", False)
    try:
        os.chdir(p)
    except OSError as e:
        raise host_error(e, p)
    return W_NONE


def os_listdir(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    p = "."
    if len(args) > 0 and args[0] is not W_NONE:
        p = fs_path(ec, args[0], "listdir", True)
    try:
        names = os.listdir(p)
    except OSError as e:
        raise host_error(e, p)
    items: list[W_Object] = []
    for n in names:
        items.append(new_str(n))
    return W_List(items)


def os_readlink(ec: ExecCtx, w: W_Object) -> W_Object:
    p = fs_path(ec, w, "readlink", False)
    try:
        return new_str(os.readlink(p))
    except OSError as e:
        raise host_error(e, p)


def os_stat_fields(ec: ExecCtx, w_path: W_Object, w_follow: W_Object) -> W_Object:
    """_stat(path, follow): the fields _osfs.stat_result is built of, in
    its order: the 7 ints, the 3 float times, the 3 ns times, st_blksize,
    st_blocks, st_rdev."""
    follow = w_follow is W_TRUE
    p = fs_path(ec, w_path, "stat" if follow else "lstat", False)
    try:
        st = os.stat(p) if follow else os.lstat(p)
    except OSError as e:
        raise host_error(e, p)
    ints = [st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
            st.st_gid, st.st_size]
    items: list[W_Object] = [new_int(v) for v in ints]
    for t in [st.st_atime, st.st_mtime, st.st_ctime]:
        items.append(W_Float(t))
    for v in [st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns, st.st_blksize,
              st.st_blocks, st.st_rdev]:
        items.append(new_int(v))
    return new_tuple(items)


def os_getattr(ec: ExecCtx, w_name: W_Object) -> W_Object:
    """os's attributes written in Python, in _osfs, imported at the first
    use of one.  The importer makes a thread wait while another runs
    _osfs's body (its import locks), but hands over the module it saw
    even if that body raised, as CPython does: the module is complete
    only once its last line has set _complete, so import it again until
    then.  (The body itself uses no such attribute, or it would wait for
    itself.)"""
    w_mod = importer.import_one(ec, "_osfs", None)
    while w_mod.w_dict.get_str("_complete") is None:
        time.sleep(0.001)
        # imported again if the other thread's import failed
        w_mod = importer.import_one(ec, "_osfs", None)
    return mod_sys.lazy_attr(ec, "os", "_osfs", w_name)


def os_remove(ec: ExecCtx, w: W_Object) -> W_Object:
    p = fs_path(ec, w, "remove", False)
    if stdio.remove(p) != 0:
        if libc.access(p, F_OK) != 0:
            raise fileobject.os_error(2, "No such file or directory", p)
        raise fileobject.os_error(21, "Is a directory", p)
    return W_NONE


def os_rename(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    src = fs_path(ec, a, "rename", False)
    if stdio.rename(src, fs_path(ec, b, "rename", False)) != 0:
        raise fileobject.os_error(2, "No such file or directory", src)
    return W_NONE


def os_mkdir(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    p = fs_path(ec, args[0], "mkdir", False)
    if libc.access(p, F_OK) == 0:
        raise fileobject.os_error(17, "File exists", p)
    mode = 511 if len(args) < 2 else index_value(ec, args[1], "{}")
    if stat_h.mkdir(p, mode & 511) != 0:
        raise not_made(p)
    return W_NONE


def not_made(p: str) -> PyError:
    """Why directory p could not be made, found by looking at its parent
    (the C call gives no errno)."""
    cut = p.rstrip("/").rfind("/")
    parent = "." if cut < 0 else p[:cut + 1]
    try:
        st = os.stat(parent)
    except FileNotFoundError:
        return fileobject.os_error(2, "No such file or directory", p)
    except OSError:
        return fileobject.os_error(20, "Not a directory", p)
    if st.st_mode & 0o170000 != 0o040000:
        return fileobject.os_error(20, "Not a directory", p)
    return fileobject.os_error(13, "Permission denied", p)


def os_rmdir(ec: ExecCtx, w: W_Object) -> W_Object:
    p = fs_path(ec, w, "rmdir", False)
    if libc.rmdir(p) != 0:
        # the host gives no errno: listing the directory tells which
        try:
            left = os.listdir(p)
        except OSError as e:
            raise host_error(e, p)
        if len(left) > 0:
            raise fileobject.os_error(39, "Directory not empty", p)
        raise fileobject.os_error(13, "Permission denied", p)
    return W_NONE


def os_kind(ec: ExecCtx, w: W_Object) -> W_Object:
    """0: missing, 1: a file (or other non-directory), 2: a directory."""
    p = str_value_of(w)
    if p is None and w.get_type().lookup("__fspath__") is not None:
        p = fileobject.fs_text(ec, w)
    if p is None or p == "" or "\0" in p:
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
    m.set("chdir", builtin1("chdir", os_chdir))
    m.set("listdir", builtinn("listdir", os_listdir, 0, 1))
    m.set("readlink", builtin1("readlink", os_readlink))
    m.set("fspath", builtin1("fspath", fileobject.fspath))
    m.set("_stat", builtin2("_stat", os_stat_fields))
    m.set("__getattr__", builtin1("__getattr__", os_getattr))
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
