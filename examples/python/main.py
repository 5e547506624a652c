"""rtpython: a Python 3 interpreter written in the rtrans language.

    rtpython [-c CODE | FILE | -] [ARGS...]

Runs under CPython too (the oracle of its own behaviour):
    PYTHONPATH=runtime/prelude python3 examples/python/main.py prog.py

See examples/python/README.md for the architecture.
"""
from __future__ import annotations

import os
import sys

from objects import (W_Object, W_BaseException, W_Int, W_Str, W_Module,
                     ExecCtx, Space, PyError, W_NONE, new_str, new_module,
                     str_str, exc_matches, EXC_SYSTEM_EXIT)
from funcobject import Frame
import objects
import typeobject
import funcobject
import interp
import intobject
import floatobject
import longobject
import complexobject
import sliceobject
import strobject
import listobject
import setobject
import dictobject
import iterobject
import exceptions
import fileobject
import bufferedio
import bytesobject
import bytearrayobject
import importer
import builtins_mod
import compiling
import strformat
import tbprint
import modules
import mod_sys
import mod_thread
import mod_collections
import matching
import genericalias

HOST_RECURSION_LIMIT = 200000


def import_module(ec: objects.ExecCtx, name: str) -> objects.W_Object:
    return importer.import_one(ec, name, None)


def install_types() -> None:
    """Give every builtin type its methods (the order matters only where
    a module reads another's table)."""
    typeobject.install()
    funcobject.install()
    interp.install()
    intobject.install()
    floatobject.install()
    sliceobject.install()
    strobject.install()
    listobject.install()
    setobject.install()
    dictobject.install()
    iterobject.install()
    exceptions.install()
    longobject.install()
    complexobject.install()
    fileobject.install()
    bufferedio.install()
    bytesobject.install()
    bytearrayobject.install()
    builtins_mod.BYTES_OF[0] = bytesobject.bytes_of
    importer.install()
    modules.install()
    genericalias.install()
    interp.TRACEBACK_OF[0] = exceptions.traceback_of
    typeobject.IMPORT_MODULE[0] = import_module
    mod_sys.TRACEBACK_OF[0] = exceptions.traceback_of
    interp.ASCII_HOOK[0] = strformat.ascii_of
    iterobject.BOOL_TYPE_REF[0] = objects.BOOL_TYPE
    mark_match_types()
    exceptions.IS_CALLABLE[0] = builtins_mod.bi_callable


def mark_match_types() -> None:
    """The flags CPython's builtin types carry for match statements."""
    matching.mark_types([objects.LIST_TYPE, objects.TUPLE_TYPE,
                         iterobject.RANGE_TYPE, mod_collections.DEQUE_TYPE],
                        matching.MF_SEQUENCE)
    matching.mark_types([objects.DICT_TYPE], matching.MF_MAPPING)
    matching.mark_types([objects.BOOL_TYPE, bytesobject.BYTES_TYPE,
                         bytearrayobject.BYTEARRAY_TYPE,
                         objects.DICT_TYPE, objects.FLOAT_TYPE,
                         setobject.FROZENSET_TYPE, objects.INT_TYPE,
                         objects.LIST_TYPE, setobject.SET_TYPE,
                         objects.STR_TYPE, objects.TUPLE_TYPE],
                        matching.MF_SELF)


def normpath(path: str) -> str:
    parts: list[str] = []
    for p in path.split("/"):
        if p == "" or p == ".":
            continue
        if p == "..":
            if len(parts) > 0:
                parts.pop()
            continue
        parts.append(p)
    return "/" + "/".join(parts)


def abspath(path: str) -> str:
    if path.startswith("/"):
        return normpath(path)
    cwd = os.environ.get("PWD")
    if cwd is None or cwd == "":
        cwd = "/"
    return normpath(cwd + "/" + path)


def dirname(path: str) -> str:
    i = path.rfind("/")
    if i <= 0:
        return "/"
    return path[:i]


def usage() -> int:
    sys.stderr.write("usage: rtpython [-c cmd | file | -] [arg] ...\n")
    return 2


def read_source(path: str) -> str | None:
    try:
        if path == "-":
            return sys.stdin.read()
        f = open(path, "r", encoding="utf-8")
        try:
            return f.read()
        finally:
            f.close()
    except OSError:
        return None


def exit_status(ec: ExecCtx, e: W_BaseException) -> int:
    """The status of SystemExit, printing a non-int code as CPython."""
    args = e.args.items
    w_code: W_Object = W_NONE
    w_attr = e.instance_get("code")
    if w_attr is not None:
        w_code = w_attr
    elif len(args) == 1:
        w_code = args[0]
    elif len(args) > 1:
        w_code = e.args
    if w_code is W_NONE:
        return 0
    if isinstance(w_code, W_Int):
        return w_code.value & 0xFF
    try:
        text = str_str(ec, w_code)
    except PyError:
        text = ""
    flush_out()
    sys.stderr.write(text + "\n")
    return 1


def flush_out() -> None:
    try:
        sys.stdout.flush()
    except OSError:
        pass


def report(ec: ExecCtx, e: W_BaseException) -> int:
    if exc_matches(e, EXC_SYSTEM_EXIT):
        return exit_status(ec, e)
    flush_out()
    try:
        text = tbprint.format_exception(ec, e)
    except PyError:
        text = "Traceback: error while printing the exception\n"
    sys.stderr.write(text)
    sys.stderr.flush()
    if exc_matches(e, objects.EXC_KEYBOARD_INTERRUPT):
        return STATUS_SIGINT
    return 1


# report()'s status for an uncaught KeyboardInterrupt: as CPython, the
# process then ends by SIGINT, which the language does for its own
# uncaught KeyboardInterrupt (main raises one)
STATUS_SIGINT = -2


def run_main(ec: ExecCtx, source: str, filename: str,
             file_attr: str) -> int:
    main_mod = new_module("__main__")
    main_mod.set("__builtins__", ec.space.builtins_dict)
    main_mod.set("__package__", W_NONE)
    main_mod.set("__loader__", W_NONE)
    main_mod.set("__spec__", W_NONE)
    if file_attr != "":
        main_mod.set("__file__", new_str(file_attr))
    ec.space.modules.set_str(ec, "__main__", main_mod)
    try:
        compiling.remember_source(ec, filename, source)
        code = compiling.compile_source(ec, source, filename,
                                        compiling.MODE_EXEC, False)
        frame = Frame(code, main_mod.w_dict, None)
        interp.run_frame(ec, frame)
    except PyError as e:
        return report(ec, e.w_exc)
    return 0


def finalize(ec: ExecCtx) -> None:
    """As CPython at exit: threading._shutdown() waits for the threads
    that are not daemons, then atexit runs its functions."""
    run_exit_hook(ec, "threading", "_shutdown")
    run_exit_hook(ec, "atexit", "_run_exitfuncs")


def run_exit_hook(ec: ExecCtx, module: str, name: str) -> None:
    """Call module.name() if the program imported the module."""
    w_mod = ec.space.modules.get_str(module)
    if not isinstance(w_mod, W_Module):
        return
    w_fn = w_mod.w_dict.get_str(name)
    if w_fn is None:
        return
    try:
        w_fn.call_args(ec, [], None)
    except PyError as e:
        report(ec, e.w_exc)


def main(argv: list[str]) -> int:
    sys.setrecursionlimit(HOST_RECURSION_LIMIT)
    install_types()
    interp.STM_MARKERS[0] = os.environ.get("RTRANS_STM_LOG") is not None
    space = Space()
    ec = ExecCtx(space)
    i = 1
    code_arg = ""
    have_code = False
    while i < len(argv):
        a = argv[i]
        if a == "-c":
            if i + 1 >= len(argv):
                sys.stderr.write("Argument expected for the -c option\n")
                return usage()
            code_arg = argv[i + 1]
            have_code = True
            i += 1
            break
        if a in ("-u", "-B", "-E", "-s", "-S", "-I", "-O", "-OO", "-q"):
            i += 1
            continue
        break
    if have_code:
        space.argv = ["-c"]
        space.argv.extend(argv[i + 1:])
        space.script_dir = ""
        filename = "<string>"
        source: str | None = code_arg
        file_attr = ""
    elif i >= len(argv) or argv[i] == "-":
        space.argv = [argv[i] if i < len(argv) else ""]
        if i < len(argv):
            space.argv.extend(argv[i + 1:])
        space.script_dir = ""
        filename = "<stdin>"
        source = read_source("-")
        file_attr = ""
    else:
        path = argv[i]
        space.argv = [path]
        space.argv.extend(argv[i + 1:])
        full = abspath(path)
        space.script_dir = dirname(full)
        filename = full
        file_attr = full
        source = read_source(path)
        if source is None:
            sys.stderr.write("rtpython: can't open file '" + full
                             + "': [Errno 2] No such file or directory\n")
            return 2
    if source is None:
        source = ""
    bm = builtins_mod.make_builtins(ec)
    objects.freeze_builtin_types()     # make_builtins added super.__new__
    space.builtins_dict = bm.w_dict
    space.modules.set_str(ec, "builtins", bm)
    importer.import_one(ec, "sys", None)
    status = run_main(ec, source, filename, file_attr)
    finalize(ec)
    flush_out()
    if status == STATUS_SIGINT:
        raise KeyboardInterrupt()
    if mod_thread.REGISTRY.running() > 0:
        # daemon threads (and _thread's) still running end with the
        # process, as in CPython; the language would wait for them
        sys.stderr.flush()
        os._exit(status)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
