"""Text files (the objects of sys.stdin/stdout/stderr and open()): a
W_TextIO wraps the host language's file.  Binary modes are
bufferedio.py's (OPEN_BINARY)."""
from __future__ import annotations

import sys
from typing import Callable

from objects import (W_Object, W_Type, W_Str, W_List, ExecCtx, PyError,
                     W_NONE, W_TRUE, W_FALSE, new_str, new_int, new_bool,
                     type_error, value_error, py_error, add_method1,
                     add_method2, add_methodn, add_method_kw, add_getset,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     LAYOUT_EXCEPTION,
                     str_value_of, ArgParser, stop_iteration, index_value,
                     unpack_iterable, new_exception_args, new_tuple,
                     EXC_OS_ERROR, EXC_FILE_NOT_FOUND_ERROR,
                     EXC_PERMISSION_ERROR, EXC_IS_A_DIRECTORY_ERROR,
                     EXC_FILE_EXISTS_ERROR, EXC_UNICODE_DECODE_ERROR,
                     os_error_type)


class W_TextIO(W_Object):
    f: TextIO
    name: str
    mode: str
    closed: bool
    readable: bool
    writable: bool

    def __init__(self, f: TextIO, name: str, mode: str) -> None:
        self.f = f
        self.name = name
        self.mode = mode
        self.closed = False
        self.readable = "r" in mode or "+" in mode
        self.writable = "w" in mode or "a" in mode or "+" in mode or \
            "x" in mode

    def get_type(self) -> W_Type:
        return TEXTIO_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode="
                + repr(self.mode) + " encoding='utf-8'>")

    def iter(self, ec: ExecCtx) -> W_Object:
        self.check_open()
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        self.check_readable()
        line = self.f.readline()
        if line == "":
            return None
        return new_str(line)

    def check_open(self) -> None:
        if self.closed:
            raise value_error("I/O operation on closed file.")

    def check_readable(self) -> None:
        self.check_open()
        if not self.readable:
            raise py_error(UNSUPPORTED_OPERATION, "not readable")

    def check_writable(self) -> None:
        self.check_open()
        if not self.writable:
            raise py_error(UNSUPPORTED_OPERATION, "not writable")

    def write_str(self, s: str) -> None:
        self.check_writable()
        self.f.write(s)


TEXTIO_TYPE = make_builtin_type("TextIOWrapper", OBJECT_TYPE, LAYOUT_BUILTIN)
TEXTIO_TYPE.module = "_io"
UNSUPPORTED_OPERATION = make_builtin_type("UnsupportedOperation",
                                          EXC_OS_ERROR, LAYOUT_EXCEPTION)
UNSUPPORTED_OPERATION.module = "io"

STDIN = W_TextIO(sys.stdin, "<stdin>", "r")
STDOUT = W_TextIO(sys.stdout, "<stdout>", "w")
STDERR = W_TextIO(sys.stderr, "<stderr>", "w")
STD_STREAMS = [STDIN, STDOUT, STDERR]
# bufferedio.open_binary(path, mode), registered at start-up
OPEN_BINARY: list[Callable[[str, str], W_Object]] = []


def as_file(w: W_Object) -> W_TextIO:
    if isinstance(w, W_TextIO):
        return w
    raise type_error("descriptor requires a '_io.TextIOWrapper' object")


def f_write(ec: ExecCtx, w: W_Object, w_s: W_Object) -> W_Object:
    f = as_file(w)
    s = str_value_of(w_s)
    if s is None:
        raise type_error("write() argument must be str, not "
                         + w_s.type_name())
    f.write_str(s)
    return new_int(len(s))


def f_writelines(ec: ExecCtx, w: W_Object, w_lines: W_Object) -> W_Object:
    f = as_file(w)
    for x in unpack_iterable(ec, w_lines):
        s = str_value_of(x)
        if s is None:
            raise type_error("write() argument must be str, not "
                             + x.type_name())
        f.write_str(s)
    return W_NONE


def f_read(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    f = as_file(args[0])
    f.check_readable()
    n = -1
    if len(args) > 1 and args[1] is not W_NONE:
        n = index_value(ec, args[1], "argument should be integer or None, "
                        "not '{}'")
    try:
        return new_str(f.f.read(n))
    except UnicodeError:
        raise decode_error()


def decode_error() -> PyError:
    return py_error(EXC_UNICODE_DECODE_ERROR, "'utf-8' codec can't decode "
                    "the input")


def f_readline(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    f = as_file(args[0])
    f.check_readable()
    try:
        return new_str(f.f.readline())
    except UnicodeError:
        raise decode_error()


def f_readlines(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_file(w)
    f.check_readable()
    items: list[W_Object] = []
    try:
        for line in f.f.readlines():
            items.append(new_str(line))
    except UnicodeError:
        raise decode_error()
    return W_List(items)


def f_close(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_file(w)
    if not f.closed:
        if f is not STDOUT and f is not STDERR and f is not STDIN:
            f.f.close()
        else:
            f.f.flush()
        f.closed = True
    return W_NONE


def f_flush(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_file(w)
    f.check_open()
    f.f.flush()
    return W_NONE


def f_enter(ec: ExecCtx, w: W_Object) -> W_Object:
    as_file(w).check_open()
    return w


def f_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    f_close(ec, args[0])
    return W_FALSE


def f_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    as_file(w).check_open()
    return w


def f_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def f_isatty(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_FALSE


def f_fileno(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_file(w)
    if f is STDIN:
        return new_int(0)
    if f is STDOUT:
        return new_int(1)
    if f is STDERR:
        return new_int(2)
    return new_int(3)


def f_readable(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_file(w).readable)


def f_writable(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_file(w).writable)


def f_get_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_file(w).name)


def f_get_mode(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_file(w).mode)


def f_get_closed(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_file(w).closed)


def f_get_encoding(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str("utf-8")


def os_error(errno: int, msg: str, path: str) -> PyError:
    e = new_exception_args(os_error_type(errno), [new_int(errno),
                                                  new_str(msg)])
    e.set_raw("errno", new_int(errno))
    e.set_raw("strerror", new_str(msg))
    e.set_raw("filename", new_str(path))
    return PyError(e)


def fspath(ec: ExecCtx, w: W_Object) -> W_Object:
    """os.fspath: a str as it is, else what its __fspath__ returns."""
    if str_value_of(w) is not None:
        return w
    w_meth = w.get_type().lookup("__fspath__")
    if w_meth is None:
        raise type_error("expected str, bytes or os.PathLike object, not "
                         + w.type_name())
    w_res = w_meth.call_method(ec, w, [], None)
    if str_value_of(w_res) is None:
        raise type_error("expected " + w.type_name() + ".__fspath__() to "
                         "return str or bytes, not " + w_res.type_name())
    return w_res


def fs_text(ec: ExecCtx, w: W_Object) -> str:
    s = str_value_of(fspath(ec, w))
    assert s is not None            # fspath made sure
    return s


def open_file(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    p = ArgParser("open", ["file", "mode", "buffering", "encoding", "errors",
                           "newline", "closefd", "opener"])
    p.parse(args, kwnames, 1, 8)
    w_file = p.get(0)
    if w_file is None:
        raise type_error("open() missing required argument 'file' (pos 1)")
    path = fs_text(ec, w_file)
    w_mode = p.get(1)
    mode = "r"
    if w_mode is not None:
        m = str_value_of(w_mode)
        if m is None:
            raise type_error("open() argument 'mode' must be str, not "
                             + w_mode.type_name())
        mode = m
    if "b" in mode:
        if "t" in mode:
            raise value_error("can't have text and binary mode at once")
        if mode.count("b") > 1:
            raise value_error("invalid mode: '" + mode + "'")
        return OPEN_BINARY[0](path, mode)
    base = mode.replace("t", "")
    host_mode = "r"
    if base.startswith("w"):
        host_mode = "w"
    elif base.startswith("a"):
        host_mode = "a"
    elif base.startswith("x"):
        host_mode = "w"
        if path_exists(path):
            raise os_error(17, "File exists", path)
    elif not base.startswith("r"):
        raise value_error("invalid mode: '" + mode + "'")
    try:
        f = open(path, host_mode, encoding="utf-8")
    except FileNotFoundError:
        raise os_error(2, "No such file or directory", path)
    except OSError as e:
        msg = str(e)
        if "directory" in msg.lower() and "is a" in msg.lower():
            raise os_error(21, "Is a directory", path)
        if "permission" in msg.lower():
            raise os_error(13, "Permission denied", path)
        raise os_error(2, "No such file or directory", path)
    return W_TextIO(f, path, mode)


def path_exists(path: str) -> bool:
    try:
        f = open(path, "r", encoding="utf-8")
        f.close()
        return True
    except OSError:
        return False
    except UnicodeError:
        return True


def install() -> None:
    t = TEXTIO_TYPE
    add_method2(t, "write", f_write)
    add_method2(t, "writelines", f_writelines)
    add_methodn(t, "read", f_read, 1, 2)
    add_methodn(t, "readline", f_readline, 1, 2)
    add_method1(t, "readlines", f_readlines)
    add_method1(t, "close", f_close)
    add_method1(t, "flush", f_flush)
    add_method1(t, "__enter__", f_enter)
    add_methodn(t, "__exit__", f_exit, 1, 4)
    add_method1(t, "__iter__", f_iter)
    add_method1(t, "__next__", f_next)
    add_method1(t, "isatty", f_isatty)
    add_method1(t, "fileno", f_fileno)
    add_method1(t, "readable", f_readable)
    add_method1(t, "writable", f_writable)
    add_getset(t, "name", f_get_name, None)
    add_getset(t, "mode", f_get_mode, None)
    add_getset(t, "closed", f_get_closed, None)
    add_getset(t, "encoding", f_get_encoding, None)
