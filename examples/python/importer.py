"""The import statement: built-in modules (written in the interpreter,
registered in BUILTIN_MODULES), .py modules and packages found on
sys.path (the program's folder first), relative imports, sys.modules."""
from __future__ import annotations

import time
from typing import Callable

from objects import (W_Object, W_Type, W_Str, W_Tuple, W_List, W_Dict,
                     W_Module, ExecCtx, PyError, W_NONE, new_str, new_int,
                     new_module, new_exception, new_exception_args, py_error,
                     str_value_of, getattr_or_none, unpack_iterable,
                     EXC_IMPORT_ERROR, EXC_MODULE_NOT_FOUND_ERROR,
                     EXC_VALUE_ERROR, EXC_KEY_ERROR, type_error, value_error,
                     exc_matches, index_value, add_getset, MODULE_TYPE,
                     add_method_kw, ArgParser, new_module_dict,
                     not_implemented_feature)
from typeobject import add_static_new
from funcobject import Frame
import interp
import compiling
import pylib
import pylib_std
import pylib_std2
import pylib_std3
import pylib_std4
import pylib_weak
import pylib_threads

# name -> function creating the module (see modules.py)
BUILTIN_MODULES: dict[str, Callable[[ExecCtx], W_Module]] = {}

# CPython's per-module import locks: the module whose body a thread is
# running -> that thread's serial (ExecCtx.ident), and the module a thread
# waits for.  Another thread importing it meanwhile waits until the body
# has run (or failed) instead of seeing it half-made; a thread that would
# wait for itself through others (A imports B while B's thread imports A)
# gets the partial module, as CPython does on a detected deadlock.
IMPORTING: dict[str, int] = {}
WAITING: dict[int, str] = {}

# modules this interpreter knows it does not provide yet
UNSUPPORTED: dict[str, str] = {
    "multiprocessing": "processes are not supported by this interpreter",
    "asyncio": "async/await is not supported by this interpreter",
    "_weakref": "the _weakref module is not provided by this interpreter"
                " (weakref is)",
}


def register(name: str, init: Callable[[ExecCtx], W_Module]) -> None:
    BUILTIN_MODULES[name] = init


def not_found(ec: ExecCtx, name: str) -> PyError:
    w = new_exception(EXC_MODULE_NOT_FOUND_ERROR, "No module named '" + name
                      + "'")
    w.set_raw("name", new_str(name))
    w.set_raw("path", W_NONE)
    w.set_raw("msg", new_str("No module named '" + name + "'"))
    return PyError(w)


def sys_path(ec: ExecCtx) -> list[str]:
    out: list[str] = []
    w_sys = ec.space.modules.get_str("sys")
    if w_sys is None:
        out.append(ec.space.script_dir)
        return out
    w_path = getattr_or_none(ec, w_sys, "path")
    if isinstance(w_path, W_List):
        for w in w_path.items:
            s = str_value_of(w)
            if s is not None:
                out.append(s)
    return out


def file_exists(path: str) -> bool:
    try:
        f = open(path, "r", encoding="utf-8")
        f.close()
        return True
    except OSError:
        return False
    except UnicodeError:
        return True


def join(d: str, name: str) -> str:
    if d == "":
        return name
    if d.endswith("/"):
        return d + name
    return d + "/" + name


def read_file(path: str) -> str:
    f = open(path, "r", encoding="utf-8")
    try:
        return f.read()
    finally:
        f.close()


def find_in(dirs: list[str], last: str) -> tuple[str, bool]:
    """(path of the module's file, is it a package's __init__), or ("",
    False)."""
    for d in dirs:
        pkg = join(join(d, last), "__init__.py")
        if file_exists(pkg):
            return (pkg, True)
        mod = join(d, last + ".py")
        if file_exists(mod):
            return (mod, False)
    return ("", False)


def load_source(ec: ExecCtx, fullname: str, path: str,
                is_package: bool) -> W_Module:
    source = read_file(path)
    m = new_module(fullname)
    m.set("__file__", new_str(path))
    if is_package:
        d = path[:path.rfind("/")] if "/" in path else "."
        m.set("__path__", W_List([new_str(d)]))
        m.set("__package__", new_str(fullname))
    else:
        dot = fullname.rfind(".")
        m.set("__package__", new_str(fullname[:dot] if dot >= 0 else ""))
    m.set("__builtins__", ec.space.builtins_dict)
    ec.space.modules.set_str(ec, fullname, m)
    IMPORTING[fullname] = ec.ident
    try:
        compiling.remember_source(ec, path, source)
        code = compiling.compile_source(ec, source, path,
                                        compiling.MODE_EXEC, False)
        frame = Frame(code, m.w_dict, None)
        interp.run_frame(ec, frame)
    except PyError as e:
        ec.space.modules.del_str(ec, fullname)
        raise e
    finally:
        del IMPORTING[fullname]
    w_final = ec.space.modules.get_str(fullname)
    if isinstance(w_final, W_Module):
        return w_final
    return m


def load_frozen(ec: ExecCtx, name: str, source: str) -> W_Module:
    """A library module written in Python (pylib.py)."""
    m = new_module(name)
    m.set("__builtins__", ec.space.builtins_dict)
    m.set("__package__", new_str(""))
    ec.space.modules.set_str(ec, name, m)
    IMPORTING[name] = ec.ident
    try:
        code = compiling.compile_source(ec, source, "<frozen " + name + ">",
                                        compiling.MODE_EXEC, False)
        frame = Frame(code, m.w_dict, None)
        interp.run_frame(ec, frame)
    except PyError as e:
        ec.space.modules.del_str(ec, name)
        raise e
    finally:
        del IMPORTING[name]
    return m


# the library modules written in Python (pylib*.py), by full name; empty
# until the first import that looks there
LIBRARY: dict[str, str] = {}


def library() -> dict[str, str]:
    """The texts of the library modules written in Python.  Joined at the
    first import of one, not at start-up: each text is made at its first
    evaluation (the translator's long constants), and `-c pass` then
    copies none of them."""
    if not LIBRARY:
        for part in (pylib.sources(), pylib_std.sources(),
                     pylib_std2.sources(), pylib_std3.sources(),
                     pylib_std4.sources(), pylib_weak.sources(),
                     pylib_threads.sources()):
            for name in part:
                LIBRARY[name] = part[name]
    return LIBRARY


def waits_for_me(ec: ExecCtx, owner: int) -> bool:
    """Whether the thread owner waits, through a chain of threads each
    waiting for a module the next one imports, for a module this thread
    imports (waiting would never end)."""
    for _ in range(len(WAITING) + 1):
        if owner == ec.ident:
            return True
        name = WAITING.get(owner)
        if name is None or name not in IMPORTING:
            return False
        owner = IMPORTING[name]
    return False


def wait_for_import(ec: ExecCtx, fullname: str) -> None:
    """Sleeps while another thread runs fullname's body (time.sleep ends
    the transaction, or lets the GIL go)."""
    WAITING[ec.ident] = fullname
    try:
        while fullname in IMPORTING and not waits_for_me(ec, IMPORTING[fullname]):
            time.sleep(0.0005)
    finally:
        del WAITING[ec.ident]


def import_one(ec: ExecCtx, fullname: str, parent: W_Module | None) -> W_Module:
    w = ec.space.modules.get_str(fullname)
    if w is not None and fullname in IMPORTING \
            and not waits_for_me(ec, IMPORTING[fullname]):
        # CPython's import_ensure_initialized: after the wait, the module
        # seen before it, even if its body raised meanwhile
        wait_for_import(ec, fullname)
    if w is not None:
        if isinstance(w, W_Module):
            return w
        if w is W_NONE:
            raise not_found(ec, fullname)
        return module_like(w)
    if parent is None:
        if fullname in UNSUPPORTED:
            raise py_error(EXC_IMPORT_ERROR, "No module named '" + fullname
                           + "': " + UNSUPPORTED[fullname])
        if fullname in BUILTIN_MODULES:
            m = BUILTIN_MODULES[fullname](ec)
            ec.space.modules.set_str(ec, fullname, m)
            return m
        if fullname in library():
            return load_frozen(ec, fullname, library()[fullname])
        dirs = sys_path(ec)
    elif fullname in library():
        # a frozen submodule (concurrent.futures, collections.abc)
        m3 = load_frozen(ec, fullname, library()[fullname])
        parent.set(fullname[fullname.rfind(".") + 1:], m3)
        return m3
    else:
        w_path = parent.w_dict.get_str("__path__")
        if w_path is None:
            w_exc = new_exception(EXC_MODULE_NOT_FOUND_ERROR, "No module named '"
                                  + fullname + "'; '" + parent.name
                                  + "' is not a package")
            w_exc.set_raw("name", new_str(fullname))
            raise PyError(w_exc)
        dirs = []
        for x in unpack_iterable(ec, w_path):
            s = str_value_of(x)
            if s is not None:
                dirs.append(s)
    last = fullname[fullname.rfind(".") + 1:]
    path, is_pkg = find_in(dirs, last)
    if path == "":
        raise not_found(ec, fullname)
    m2 = load_source(ec, fullname, path, is_pkg)
    if parent is not None:
        parent.set(last, m2)
    return m2


def module_like(w: W_Object) -> W_Module:
    """sys.modules may hold a non-module object: wrap it so attribute
    lookups reach it (rare)."""
    if isinstance(w, W_Module):
        return w
    raise type_error("sys.modules entry is not a module")


def import_dotted(ec: ExecCtx, name: str) -> list[W_Module]:
    """Imports every prefix of a dotted name; returns the modules."""
    parts = name.split(".")
    out: list[W_Module] = []
    parent: W_Module | None = None
    full = ""
    for p in parts:
        full = p if full == "" else full + "." + p
        m = import_one(ec, full, parent)
        out.append(m)
        parent = m
    return out


def resolve_name(ec: ExecCtx, name: str, level: int, w_globals: W_Dict) -> str:
    w_pkg = w_globals.get_str("__package__")
    pkg = ""
    if w_pkg is not None:
        s = str_value_of(w_pkg)
        if s is not None:
            pkg = s
    if pkg == "":
        w_name = w_globals.get_str("__name__")
        if w_name is not None and w_globals.get_str("__path__") is not None:
            pkg = text_of_or_empty(w_name)
        elif w_name is not None:
            n = text_of_or_empty(w_name)
            pkg = n[:n.rfind(".")] if "." in n else ""
    if pkg == "":
        raise py_error(EXC_IMPORT_ERROR, "attempted relative import with no "
                       "known parent package")
    bits = pkg.split(".")
    if level > len(bits):
        raise py_error(EXC_IMPORT_ERROR, "attempted relative import beyond "
                       "top-level package")
    base = ".".join(bits[:len(bits) - (level - 1)])
    if name == "":
        return base
    return base + "." + name


def text_of_or_empty(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        return ""
    return s


def import_hook(ec: ExecCtx, name: str, w_fromlist: W_Object, level: int,
                w_globals: W_Dict) -> W_Object:
    if level > 0:
        name = resolve_name(ec, name, level, w_globals)
    elif name == "":
        raise value_error("Empty module name")
    mods = import_dotted(ec, name)
    fromlist: list[str] = []
    if w_fromlist is not W_NONE:
        for x in unpack_iterable(ec, w_fromlist):
            s = str_value_of(x)
            if s is not None:
                fromlist.append(s)
    final = mods[-1]
    if len(fromlist) == 0:
        if level > 0:
            return final
        return mods[0]
    if final.w_dict.get_str("__path__") is not None:
        for item in fromlist:
            if item == "*":
                continue
            if final.w_dict.get_str(item) is None:
                try:
                    import_one(ec, name + "." + item, final)
                except PyError as e:
                    if not exc_matches(e.w_exc, EXC_MODULE_NOT_FOUND_ERROR):
                        raise e
    return final


def builtin_import(ec: ExecCtx, args: list[W_Object],
                   kwnames: list[str] | None) -> W_Object:
    if len(args) == 0:
        raise type_error("__import__() missing required argument 'name' "
                         "(pos 1)")
    name = str_value_of(args[0])
    if name is None:
        raise type_error("__import__() argument 1 must be str, not "
                         + args[0].type_name())
    w_globals = ec.space.builtins_dict
    if len(args) > 1 and isinstance(args[1], W_Dict):
        g = args[1]
        if isinstance(g, W_Dict):
            w_globals = g
    w_from: W_Object = W_NONE
    if len(args) > 3:
        w_from = args[3]
    level = 0
    if len(args) > 4:
        lv = args[4]
        if isinstance(lv, W_Str):
            level = 0
        else:
            level = index_value(ec, lv, "{}")
    return import_hook(ec, name, w_from, level, w_globals)


def module_dict(ec: ExecCtx, w: W_Object) -> W_Object:
    """module.__dict__ (and so vars(module)): the namespace itself."""
    if isinstance(w, W_Module):
        return w.w_dict
    raise type_error("descriptor '__dict__' for 'module' objects doesn't "
                     "apply to a '" + w.type_name() + "' object")


# types.ModuleType(name, doc=None): __new__ makes an empty namespace and
# __init__ fills in what CPython's does, so that a program can build a
# module by hand (and put it in sys.modules).
def module_new(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    if len(args) == 0 or args[0] is not MODULE_TYPE:
        raise not_implemented_feature("subclassing module")
    return W_Module("?", new_module_dict())


def module_init(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    w_mod = args[0]
    if not isinstance(w_mod, W_Module):
        raise type_error("descriptor '__init__' requires a 'module' object")
    if len(args) > 3:
        raise type_error("module() takes at most 2 arguments ("
                         + str(len(args) - 1) + " given)")
    p = ArgParser("module", ["name", "doc"])
    p.parse(args[1:], kwnames, 1, 2)
    w_name = p.get(0)
    if not isinstance(w_name, W_Str):
        raise type_error("module() argument 'name' must be str, not "
                         + ("None" if w_name is None or w_name is W_NONE
                            else w_name.type_name()))
    w_doc = p.get(1)
    w_mod.name = w_name.value
    w_mod.set("__name__", w_name)
    w_mod.set("__doc__", W_NONE if w_doc is None else w_doc)
    for key in ("__package__", "__loader__", "__spec__"):
        w_mod.set(key, W_NONE)
    return W_NONE


def install() -> None:
    interp.IMPORT_HOOK[0] = import_hook
    add_getset(MODULE_TYPE, "__dict__", module_dict, None)
    # __new__ receives the type, not a module: no self check
    add_static_new(MODULE_TYPE, module_new)
    add_method_kw(MODULE_TYPE, "__init__", module_init)
