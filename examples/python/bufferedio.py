"""Binary files: open(path, "rb"/"wb"/"ab"/"r+b"...) and sys.stdin.buffer
etc.  A W_BufferedIO wraps the host language's BinaryIO (whose bytes are
host bytes: W_Bytes keeps them as a Latin-1 str, so they cross as
latin-1 encodes and decodes) and has the type CPython gives the object:
_io.BufferedReader, BufferedWriter or BufferedRandom."""
from __future__ import annotations

import sys
from typing import BinaryIO

from objects import (W_Object, W_Type, W_List, ExecCtx, PyError, W_NONE,
                     W_FALSE, new_str, new_int, new_bool, type_error,
                     value_error, py_error, add_method1, add_method2,
                     add_methodn, add_getset, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, stop_iteration, index_value,
                     unpack_iterable, new_exception_args, os_error_type)
from bytesobject import W_Bytes, bytes_of
import fileobject
from fileobject import UNSUPPORTED_OPERATION, os_error


class W_BufferedIO(W_Object):
    f: BinaryIO
    name: str
    mode: str
    readable: bool
    writable: bool

    def __init__(self, f: BinaryIO, name: str, mode: str) -> None:
        self.f = f
        self.name = name
        self.mode = mode
        self.readable = "r" in mode or "+" in mode
        self.writable = "r" not in mode or "+" in mode

    def get_type(self) -> W_Type:
        if self.readable and self.writable:
            return BUFFERED_RANDOM
        return BUFFERED_READER if self.readable else BUFFERED_WRITER

    def repr_str(self, ec: ExecCtx) -> str:
        return "<_io." + self.get_type().name + " name=" + repr(self.name) + ">"

    def iter(self, ec: ExecCtx) -> W_Object:
        self.check("", "I/O operation on closed file.")
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        line = self.call_read(-1, True, "I/O operation on closed file.")
        return line if len(line.value) else None

    def check(self, need: str, closed_msg: str) -> None:
        """CPython's checks: the closed file's message of the operation,
        then io.UnsupportedOperation for a direction ("read", "write";
        need "" for neither) the mode lacks."""
        if self.f.closed:
            raise value_error(closed_msg)
        if (need == "write" and not self.writable) or (need == "read" and not self.readable):
            raise py_error(UNSUPPORTED_OPERATION, need)

    def call_read(self, n: int, line: bool, closed_msg: str) -> W_Bytes:
        self.check("read", closed_msg)
        b = self.f.readline(n) if line else self.f.read(n)
        return W_Bytes(b.decode("latin-1"))


BUFFERED_READER = make_builtin_type("BufferedReader", OBJECT_TYPE, LAYOUT_BUILTIN)
BUFFERED_WRITER = make_builtin_type("BufferedWriter", OBJECT_TYPE, LAYOUT_BUILTIN)
BUFFERED_RANDOM = make_builtin_type("BufferedRandom", OBJECT_TYPE, LAYOUT_BUILTIN)

STD_BUFFERS = [W_BufferedIO(sys.stdin.buffer, "<stdin>", "rb"),
               W_BufferedIO(sys.stdout.buffer, "<stdout>", "wb"),
               W_BufferedIO(sys.stderr.buffer, "<stderr>", "wb")]


def host_error(msg: str, path: str | None) -> PyError:
    """The host's OSError ("[Errno 2] No such file or directory: 'p'") as
    the interpreter's, with errno, strerror and filename."""
    errno = 5
    text = msg
    if msg.startswith("[Errno "):
        end = msg.find("]")
        errno = int(msg[7:end])
        text = msg[end + 2:]
        colon = text.find(": '")
        if colon >= 0:
            text = text[:colon]
    if path is not None:
        return os_error(errno, text, path)
    e = new_exception_args(os_error_type(errno), [new_int(errno), new_str(text)])
    e.set_raw("errno", new_int(errno))
    e.set_raw("strerror", new_str(text))
    return PyError(e)


def as_buffered(w: W_Object) -> W_BufferedIO:
    if isinstance(w, W_BufferedIO):
        return w
    raise type_error("descriptor requires a '_io._BufferedIOBase' object")


def size_arg(ec: ExecCtx, args: list[W_Object]) -> int:
    if len(args) > 1 and args[1] is not W_NONE:
        return index_value(ec, args[1], "argument should be integer or None, not '{}'")
    return -1


def b_read(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return as_buffered(args[0]).call_read(size_arg(ec, args), False, "read of closed file")


def b_readline(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    f = as_buffered(args[0])
    return f.call_read(size_arg(ec, args), True, "readline of closed file")


def b_readlines(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_buffered(w)
    items: list[W_Object] = []
    line = f.call_read(-1, True, "I/O operation on closed file.")
    while len(line.value):
        items.append(line)
        line = f.call_read(-1, True, "I/O operation on closed file.")
    return W_List(items)


def write_bytes(f: W_BufferedIO, w: W_Object) -> int:
    s = bytes_of(w)
    if s is None:
        raise type_error("a bytes-like object is required, not '" + w.type_name() + "'")
    f.check("write", "write to closed file")
    try:
        return f.f.write(s.encode("latin-1"))
    except OSError as e:
        raise host_error(str(e), None)


def b_write(ec: ExecCtx, w: W_Object, w_b: W_Object) -> W_Object:
    return new_int(write_bytes(as_buffered(w), w_b))


def b_writelines(ec: ExecCtx, w: W_Object, w_lines: W_Object) -> W_Object:
    f = as_buffered(w)
    for x in unpack_iterable(ec, w_lines):
        write_bytes(f, x)
    return W_NONE


def b_seek(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    f = as_buffered(args[0])
    off = index_value(ec, args[1], "'{}' object cannot be interpreted as an integer")
    whence = 0
    if len(args) > 2:
        whence = index_value(ec, args[2], "'{}' object cannot be interpreted as an integer")
    f.check("", "seek of closed file")
    try:
        return new_int(f.f.seek(off, whence))
    except OSError as e:
        raise host_error(str(e), None)
    except ValueError as e:
        raise value_error(str(e))


def b_tell(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_buffered(w)
    f.check("", "I/O operation on closed file")
    try:
        return new_int(f.f.tell())
    except OSError as e:
        raise host_error(str(e), None)


def b_flush(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_buffered(w)
    f.check("", "flush of closed file" if f.writable else "I/O operation on closed file.")
    try:
        f.f.flush()
    except OSError as e:
        raise host_error(str(e), None)
    return W_NONE


def b_close(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_buffered(w)
    if f is STD_BUFFERS[0] or f is STD_BUFFERS[1] or f is STD_BUFFERS[2]:
        if not f.f.closed:
            f.f.flush()
        return W_NONE
    try:
        f.f.close()
    except OSError as e:
        raise host_error(str(e), None)
    return W_NONE


def b_enter(ec: ExecCtx, w: W_Object) -> W_Object:
    as_buffered(w).check("", "I/O operation on closed file.")
    return w


def b_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    b_close(ec, args[0])
    return W_FALSE


def b_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_buffered(w).iter(ec)


def b_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = as_buffered(w).next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def b_fileno(ec: ExecCtx, w: W_Object) -> W_Object:
    f = as_buffered(w)
    f.check("", "I/O operation on closed file")
    return new_int(f.f.fileno())


def b_readable(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_buffered(w).readable)


def b_writable(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_buffered(w).writable)


def b_get_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_buffered(w).name)


def b_get_mode(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_buffered(w).mode)


def b_get_closed(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_buffered(w).f.closed)


def host_open(path: str, base: str) -> BinaryIO | None:
    """The host's open() for a mode without its "b" (the host types a
    binary file by a literal mode); None: no such mode."""
    if base == "r":
        return open(path, "rb")
    if base == "w":
        return open(path, "wb")
    if base == "a":
        return open(path, "ab")
    if base == "x":
        return open(path, "xb")
    if base == "r+" or base == "+r":
        return open(path, "r+b")
    if base == "w+" or base == "+w":
        return open(path, "w+b")
    if base == "a+" or base == "+a":
        return open(path, "a+b")
    if base == "x+" or base == "+x":
        return open(path, "x+b")
    return None


def open_binary(path: str, mode: str) -> W_Object:
    """open() of a mode holding "b" (fileobject.open_file checked it)."""
    try:
        f = host_open(path, mode.replace("b", ""))
    except OSError as e:
        raise host_error(str(e), path)
    if f is None:
        raise value_error("invalid mode: '" + mode + "'")
    return W_BufferedIO(f, path, f.mode)


def text_buffer(ec: ExecCtx, w: W_Object) -> W_Object:
    """TextIOWrapper.buffer: the standard streams' binary objects."""
    for i in range(3):
        if w is fileobject.STD_STREAMS[i]:
            return STD_BUFFERS[i]
    raise py_error(UNSUPPORTED_OPERATION, "the buffer of a text file opened by open() is "
                   "not supported by this interpreter: open the file in binary mode")


def install() -> None:
    for t in [BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM]:
        t.module = "_io"
        add_methodn(t, "read", b_read, 1, 2)
        add_methodn(t, "read1", b_read, 1, 2)
        add_methodn(t, "readline", b_readline, 1, 2)
        add_method1(t, "readlines", b_readlines)
        add_method2(t, "write", b_write)
        add_method2(t, "writelines", b_writelines)
        add_methodn(t, "seek", b_seek, 2, 3)
        add_method1(t, "tell", b_tell)
        add_method1(t, "flush", b_flush)
        add_method1(t, "close", b_close)
        add_method1(t, "__enter__", b_enter)
        add_methodn(t, "__exit__", b_exit, 1, 4)
        add_method1(t, "__iter__", b_iter)
        add_method1(t, "__next__", b_next)
        add_method1(t, "fileno", b_fileno)
        add_method1(t, "readable", b_readable)
        add_method1(t, "writable", b_writable)
        add_getset(t, "name", b_get_name, None)
        add_getset(t, "mode", b_get_mode, None)
        add_getset(t, "closed", b_get_closed, None)
    add_getset(fileobject.TEXTIO_TYPE, "buffer", text_buffer, None)
    fileobject.OPEN_BINARY.append(open_binary)
