"""The builtins module: the builtin functions, and the namespace that
holds them with the builtin types and exceptions (in CPython's order, so
"Did you mean" suggestions agree).

To add a builtin function: write `def bi_NAME(ec, ...) -> W_Object`
(one argument: W_Builtin1 signature; two: W_Builtin2; any number:
(ec, args); keywords: (ec, args, kwnames) with an ArgParser), then add it
to the table in make_builtins().
"""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Tuple, W_List, W_Dict, W_Instance, W_Module,
                     W_BaseException, ExecCtx, Space, PyError,
                     W_BuiltinFunction, W_BuiltinMethod, W_NONE, W_TRUE,
                     W_FALSE, W_NOTIMPLEMENTED, W_ELLIPSIS, new_int,
                     new_bool, new_str,
                     new_tuple, new_module, type_error, value_error,
                     runtime_error, attribute_error, py_error, repr_str,
                     str_str, str_value_of, is_true, hash_w, getattr,
                     getattr_or_none, setattr, delattr, compare_bool,
                     index_value, unpack_iterable, ArgParser, builtin1,
                     builtin2, builtinn, builtin_kw, exc_matches,
                     OBJECT_TYPE, TYPE_TYPE, INT_TYPE, BOOL_TYPE, FLOAT_TYPE,
                     STR_TYPE, TUPLE_TYPE, LIST_TYPE, DICT_TYPE,
                     ALL_EXCEPTION_TYPES, EXC_STOP_ITERATION,
                     EXC_NOT_IMPLEMENTED_ERROR, EXC_SYSTEM_EXIT,
                     EXC_EOF_ERROR, EXC_VALUE_ERROR, LT, GT, address_of,
                     W_GetSet, stop_iteration, new_exception_args,
                     add_method_kw, EXC_OS_ERROR)
from funcobject import (W_Function, W_Method, W_Cell, Frame, W_UNBOUND,
                        is_callable)
from pycode import W_Code
import interp
import ops
import numops
import typeobject
from typeobject import (add_static_new, W_ClassMethod, W_Property, W_Super,
                        STATICMETHOD_TYPE, CLASSMETHOD_TYPE, PROPERTY_TYPE,
                        SUPER_TYPE, isinstance_w, issubclass_w)
from setobject import SET_TYPE, FROZENSET_TYPE
from sliceobject import SLICE_TYPE
from iterobject import (RANGE_TYPE, ENUMERATE_TYPE, ZIP_TYPE, MAP_TYPE,
                        FILTER_TYPE, REVERSED_TYPE, W_CallIter)
import iterobject
import listobject
import strformat
import fileobject
import bytesobject
import bytearrayobject
import complexobject
import compiling
import importer


# ------------------------------------------------------------ functions

def bi_len(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_List):
        return new_int(len(w.items))
    if isinstance(w, W_Str):
        return new_int(len(w.value))
    return new_int(w.length(ec))


def bi_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(repr_str(ec, w))


def bi_ascii(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(strformat.ascii_of(repr_str(ec, w)))


def bi_abs(ec: ExecCtx, w: W_Object) -> W_Object:
    return ops.absolute(ec, w)


def bi_all(ec: ExecCtx, w: W_Object) -> W_Object:
    return find_truth(ec, w, False)


def bi_any(ec: ExecCtx, w: W_Object) -> W_Object:
    return find_truth(ec, w, True)


def find_truth(ec: ExecCtx, w: W_Object, want: bool) -> W_Object:
    """any(w) (want True) or all(w) (want False), where execute does not
    run w's frame itself (interp.take_from_generator): whether a value
    of w has the truth `want`; a generator that the call alone holds is
    closed when one has."""
    it = w.iter(ec)
    interp.own_fresh_iter(w, it)
    while True:
        x = it.next_value(ec)
        if x is None:
            return new_bool(not want)
        if is_true(ec, x) == want:
            interp.close_if_owned(ec, it)
            return new_bool(want)


def int_text(ec: ExecCtx, w: W_Object, base: int, prefix: str) -> W_Object:
    if isinstance(w, W_Int):
        v = w.value
    else:
        w_m = w.get_type().lookup("__index__")
        if w_m is None:
            raise type_error("'" + w.type_name() + "' object cannot be "
                             "interpreted as an integer")
        w_i = w_m.call_method(ec, w, [], None)
        if not isinstance(w_i, W_Int):
            return BIG_BASE_TEXT[0](ec, w_i, base, prefix)
        v = w_i.value
    if v < 0:
        if v == -9223372036854775807 - 1:
            return BIG_BASE_TEXT[0](ec, w, base, prefix)
        return new_str("-" + prefix + to_base(-v, base))
    return new_str(prefix + to_base(v, base))


def _big_base_missing(ec: ExecCtx, w: W_Object, base: int,
                      prefix: str) -> W_Object:
    raise type_error("'" + w.type_name() + "' object cannot be interpreted "
                     "as an integer")


BIG_BASE_TEXT: list[Callable[[ExecCtx, W_Object, int, str], W_Object]] = [
    _big_base_missing]


def to_base(v: int, base: int) -> str:
    if v == 0:
        return "0"
    digits = "0123456789abcdef"
    out: list[str] = []
    while v > 0:
        out.append(digits[v % base])
        v //= base
    out.reverse()
    return "".join(out)


def bi_bin(ec: ExecCtx, w: W_Object) -> W_Object:
    return int_text(ec, w, 2, "0b")


def bi_oct(ec: ExecCtx, w: W_Object) -> W_Object:
    return int_text(ec, w, 8, "0o")


def bi_hex(ec: ExecCtx, w: W_Object) -> W_Object:
    return int_text(ec, w, 16, "0x")


def bi_callable(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(is_callable(w))


def bi_chr(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    v = index_value(ec, w, "'{}' object cannot be interpreted as an integer")
    if v < 0 or v > 0x10FFFF:
        raise value_error("chr() arg not in range(0x110000)")
    return new_str(chr(v))


def bi_ord(ec: ExecCtx, w: W_Object) -> W_Object:
    s = str_value_of(w)
    if s is None:
        b = BYTES_OF[0](w)
        if b is not None:
            s = b
        else:
            raise type_error("ord() expected string of length 1, but "
                             + w.type_name() + " found")
    if len(s) != 1:
        raise type_error("ord() expected a character, but string of length "
                         + str(len(s)) + " found")
    return new_int(ord(s))


def _bytes_missing(w: W_Object) -> str | None:
    return None


BYTES_OF: list[Callable[[W_Object], str | None]] = [_bytes_missing]


def bi_divmod(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        q, r = numops.int_divmod(ec, a.value, b.value)
        return new_tuple([q, r])
    w_m = a.get_type().lookup("__divmod__")
    if w_m is not None:
        w_r = w_m.call_method(ec, a, [b], None)
        if w_r is not W_NOTIMPLEMENTED:
            return w_r
    w_rm = b.get_type().lookup("__rdivmod__")
    if w_rm is not None:
        w_r2 = w_rm.call_method(ec, b, [a], None)
        if w_r2 is not W_NOTIMPLEMENTED:
            return w_r2
    raise type_error("unsupported operand type(s) for divmod(): '"
                     + a.type_name() + "' and '" + b.type_name() + "'")


def bi_format(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    spec = ""
    if len(args) > 1:
        s = str_value_of(args[1])
        if s is None:
            raise type_error("format() argument 2 must be str, not "
                             + args[1].type_name())
        spec = s
    return new_str(interp.format_w(ec, args[0], spec))


def bi_getattr(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    name = str_value_of(args[1])
    if name is None:
        raise type_error("attribute name must be string, not '"
                         + args[1].type_name() + "'")
    if len(args) == 3:
        w = getattr_or_none(ec, args[0], name)
        if w is None:
            return args[2]
        return w
    return getattr(ec, args[0], name)


def bi_setattr(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    name = str_value_of(args[1])
    if name is None:
        raise type_error("attribute name must be string, not '"
                         + args[1].type_name() + "'")
    setattr(ec, args[0], name, args[2])
    return W_NONE


def bi_delattr(ec: ExecCtx, w: W_Object, w_name: W_Object) -> W_Object:
    name = str_value_of(w_name)
    if name is None:
        raise type_error("attribute name must be string, not '"
                         + w_name.type_name() + "'")
    delattr(ec, w, name)
    return W_NONE


def bi_hasattr(ec: ExecCtx, w: W_Object, w_name: W_Object) -> W_Object:
    name = str_value_of(w_name)
    if name is None:
        raise type_error("attribute name must be string, not '"
                         + w_name.type_name() + "'")
    return new_bool(getattr_or_none(ec, w, name) is not None)


def bi_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(hash_w(ec, w))


def bi_id(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(140000000000000 + (hash(w) & 0xFFFFFFFFF) * 16)


def bi_isinstance(ec: ExecCtx, w: W_Object, w_cls: W_Object) -> W_Object:
    return new_bool(isinstance_w(ec, w, w_cls))


def bi_issubclass(ec: ExecCtx, w: W_Object, w_cls: W_Object) -> W_Object:
    return new_bool(issubclass_w(ec, w, w_cls))


def bi_iter(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        return W_CallIter(args[0], args[1])
    w = args[0]
    t = w.get_type()
    if t.lookup("__iter__") is None and t.lookup("__getitem__") is None:
        raise type_error("'" + w.type_name() + "' object is not iterable")
    return w.iter(ec)


def bi_next(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    w = args[0]
    if w.get_type().lookup("__next__") is None:
        raise type_error("'" + w.type_name() + "' object is not an iterator")
    if len(args) == 2:
        x = w.next_value(ec)
        if x is None:
            return args[1]
        return x
    w_m = w.get_type().lookup("__next__")
    if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
        return w_m.call_method(ec, w, [], None)
    if isinstance(w, interp.W_Generator):
        # its StopIteration carries the generator's return value
        r = interp.gen_next(ec, w)
        interp.close_if_owned(ec, w)    # `next(gen())`
        return r
    x2 = w.next_value(ec)
    if x2 is None:
        raise stop_iteration()
    return x2


def minmax(ec: ExecCtx, args: list[W_Object], kwnames: list[str] | None,
           is_max: bool) -> W_Object:
    name = "max" if is_max else "min"
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    w_key: W_Object = W_NONE
    w_default: W_Object | None = None
    if kwnames is not None:
        k = 0
        for kw in kwnames:
            if kw == "key":
                w_key = args[npos + k]
            elif kw == "default":
                w_default = args[npos + k]
            else:
                raise type_error(name + "() got an unexpected keyword "
                                 "argument '" + kw + "'")
            k += 1
    if npos == 0:
        raise type_error(name + " expected at least 1 argument, got 0")
    if npos == 1:
        items = unpack_iterable(ec, args[0])
        if len(items) == 0:
            if w_default is not None:
                return w_default
            raise value_error(name + "() arg is an empty sequence")
    else:
        if w_default is not None:
            raise type_error("Cannot specify a default for " + name + "() "
                             "with multiple positional arguments")
        items = args[:npos]
    best = items[0]
    best_key = best if w_key is W_NONE else w_key.call_args(ec, [best], None)
    op = GT if is_max else LT
    i = 1
    while i < len(items):
        x = items[i]
        kx = x if w_key is W_NONE else w_key.call_args(ec, [x], None)
        if compare_bool(ec, kx, best_key, op):
            best = x
            best_key = kx
        i += 1
    return best


def bi_max(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    return minmax(ec, args, kwnames, True)


def bi_min(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    return minmax(ec, args, kwnames, False)


def bi_sum(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    p = ArgParser("sum", ["iterable", "start"])
    p.parse(args, kwnames, 1, 2)
    w_start = p.get(1)
    acc: W_Object = new_int(0) if w_start is None else w_start
    if isinstance(acc, W_Str):
        raise type_error("sum() can't sum strings [use ''.join(seq) instead]")
    if str_value_of(acc) is not None:
        raise type_error("sum() can't sum strings [use ''.join(seq) instead]")
    w_it = args[0].iter(ec)
    while True:
        x = w_it.next_value(ec)
        if x is None:
            return acc
        acc = ops.binary_op(ec, acc, x, 0)


def bi_sorted(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    if npos != 1:
        raise type_error("sorted expected 1 argument, got " + str(npos))
    l = W_List(unpack_iterable(ec, args[0]))
    sargs: list[W_Object] = [l]
    i = npos
    while i < len(args):
        sargs.append(args[i])
        i += 1
    listobject.m_sort(ec, sargs, kwnames)
    return l


def bi_round(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    p = ArgParser("round", ["number", "ndigits"])
    p.parse(args, kwnames, 1, 2)
    w = args[0]
    w_nd = p.get(1)
    w_m = w.get_type().lookup("__round__")
    if w_m is None:
        raise type_error("type " + w.type_name() + " doesn't define "
                         "__round__ method")
    if w_nd is None or w_nd is W_NONE:
        return w_m.call_method(ec, w, [], None)
    return w_m.call_method(ec, w, [w_nd], None)


def bi_pow(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    p = ArgParser("pow", ["base", "exp", "mod"])
    p.parse(args, kwnames, 2, 3)
    w_b = p.get(0)
    w_e = p.get(1)
    w_m = p.get(2)
    if w_b is None or w_e is None:
        raise type_error("pow() missing required argument")
    if w_m is None or w_m is W_NONE:
        return ops.binary_op(ec, w_b, w_e, 8)
    w_meth = w_b.get_type().lookup("__pow__")
    if w_meth is not None:
        w_r = w_meth.call_method(ec, w_b, [w_e, w_m], None)
        if w_r is not W_NOTIMPLEMENTED:
            return w_r
    raise type_error("unsupported operand type(s) for ** or pow(): '"
                     + w_b.type_name() + "', '" + w_e.type_name() + "', '"
                     + w_m.type_name() + "'")


def current_frame(ec: ExecCtx) -> Frame:
    f = ec.frame
    if isinstance(f, Frame):
        return f
    raise runtime_error("no current frame")


def frame_locals(ec: ExecCtx, f: Frame) -> W_Dict:
    loc = f.w_locals
    if loc is not None:
        return loc
    code = f.code
    if code.name == "<module>":
        return f.w_globals
    d = W_Dict()
    i = 0
    for name in code.varnames:
        v = f.regs[i]
        if v is not W_UNBOUND:
            d.set_str(ec, name, v)
        i += 1
    j = 0
    names = list(code.cellvars)
    names.extend(code.freevars)
    for name2 in names:
        c = f.regs[code.nlocals + j]
        if isinstance(c, W_Cell):
            cv = c.contents
            if cv is not None:
                d.set_str(ec, name2, cv)
        j += 1
    return d


def bi_globals(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return current_frame(ec).w_globals


def bi_locals(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return frame_locals(ec, current_frame(ec))


def bi_vars(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) == 0:
        return frame_locals(ec, current_frame(ec))
    w = getattr_or_none(ec, args[0], "__dict__")
    if w is None:
        raise type_error("vars() argument must have __dict__ attribute")
    return w


def bi_dir(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) == 0:
        names = frame_locals(ec, current_frame(ec)).live_keys()
    else:
        w = args[0]
        if isinstance(w, W_Module):
            names = w.w_dict.live_keys()
        elif isinstance(w, W_Type):
            seen: list[str] = []
            for t in w.mro:
                for k in t.tdict:
                    if k not in seen:
                        seen.append(k)
            names = []
            for k2 in seen:
                names.append(new_str(k2))
        else:
            w_d = getattr(ec, w, "__dir__")
            names = unpack_iterable(ec, w_d.call_args(ec, [], None))
    l = W_List(list(names))
    listobject.m_sort(ec, [l], None)
    return l


def bi_print(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    sep = " "
    end = "\n"
    w_file: W_Object = W_NONE
    flush = False
    if kwnames is not None:
        k = 0
        for kw in kwnames:
            v = args[npos + k]
            k += 1
            if kw == "sep":
                if v is not W_NONE:
                    s = str_value_of(v)
                    if s is None:
                        raise type_error("sep must be None or a string, not "
                                         + v.type_name())
                    sep = s
            elif kw == "end":
                if v is not W_NONE:
                    e = str_value_of(v)
                    if e is None:
                        raise type_error("end must be None or a string, not "
                                         + v.type_name())
                    end = e
            elif kw == "file":
                w_file = v
            elif kw == "flush":
                flush = is_true(ec, v)
            else:
                raise type_error("'" + kw + "' is an invalid keyword argument"
                                 " for print()")
    parts: list[str] = []
    i = 0
    while i < npos:
        w = args[i]
        if isinstance(w, W_Str):
            parts.append(w.value)
        else:
            parts.append(str_str(ec, w))
        i += 1
    text = sep.join(parts) + end
    if w_file is W_NONE:
        w_file = sys_stdout(ec)
        if w_file is W_NONE:
            return W_NONE
    write_to(ec, w_file, text)
    if flush:
        w_fl = getattr_or_none(ec, w_file, "flush")
        if w_fl is not None:
            w_fl.call_args(ec, [], None)
    return W_NONE


def sys_stdout(ec: ExecCtx) -> W_Object:
    w_sys = ec.space.modules.get_str("sys")
    if isinstance(w_sys, W_Module):
        w = w_sys.w_dict.get_str("stdout")
        if w is not None:
            return w
    return fileobject.STDOUT


def write_to(ec: ExecCtx, w_file: W_Object, text: str) -> None:
    if isinstance(w_file, fileobject.W_TextIO):
        w_file.write_str(text)
        return
    w_write = getattr(ec, w_file, "write")
    w_write.call_args(ec, [new_str(text)], None)


def bi_input(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if len(args) > 0:
        write_to(ec, sys_stdout(ec), str_str(ec, args[0]))
        fileobject.STDOUT.f.flush()
    w_sys = ec.space.modules.get_str("sys")
    w_in: W_Object = fileobject.STDIN
    if isinstance(w_sys, W_Module):
        w = w_sys.w_dict.get_str("stdin")
        if w is not None:
            w_in = w
    if isinstance(w_in, fileobject.W_TextIO):
        line = w_in.f.readline()
    else:
        w_line = getattr(ec, w_in, "readline").call_args(ec, [], None)
        ls = str_value_of(w_line)
        line = "" if ls is None else ls
    if line == "":
        raise py_error(EXC_EOF_ERROR, "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:-1]
    return new_str(line)


def compile_mode(w: W_Object) -> int:
    m = str_value_of(w)
    if m == "exec":
        return compiling.MODE_EXEC
    if m == "eval":
        return compiling.MODE_EVAL
    if m == "single":
        return compiling.MODE_EXEC
    raise value_error("compile() mode must be 'exec', 'eval' or 'single'")


def bi_compile(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    p = ArgParser("compile", ["source", "filename", "mode", "flags",
                              "dont_inherit", "optimize"])
    p.parse(args, kwnames, 3, 6)
    w_src = p.get(0)
    w_fn = p.get(1)
    w_mode = p.get(2)
    if w_src is None or w_fn is None or w_mode is None:
        raise type_error("compile() missing required argument")
    if isinstance(w_src, W_Code):
        return w_src
    src = str_value_of(w_src)
    if src is None:
        raise type_error("compile() arg 1 must be a string, bytes or AST "
                         "object")
    fn = str_value_of(w_fn)
    if fn is None:
        raise type_error("compile() argument 'filename' must be str")
    return compiling.compile_source(ec, src, fn, compile_mode(w_mode), True)


def exec_namespaces(ec: ExecCtx, args: list[W_Object],
                    name: str) -> tuple[W_Dict, W_Dict | None]:
    f = current_frame(ec)
    w_globals: W_Dict = f.w_globals
    w_locals: W_Dict | None = f.w_locals
    if f.w_locals is None and f.code.name != "<module>":
        w_locals = frame_locals(ec, f)
    if len(args) > 1 and args[1] is not W_NONE:
        g = args[1]
        if not isinstance(g, W_Dict):
            raise type_error(name + "() globals must be a dict, not "
                             + g.type_name())
        w_globals = g
        w_locals = None
    if len(args) > 2 and args[2] is not W_NONE:
        l = args[2]
        if not isinstance(l, W_Dict):
            raise type_error("locals must be a mapping")
        w_locals = l
    if w_globals.get_str("__builtins__") is None:
        w_globals.set_str(ec, "__builtins__", ec.space.builtins_dict)
    return (w_globals, w_locals)


def run_code(ec: ExecCtx, code: W_Code, w_globals: W_Dict,
             w_locals: W_Dict | None) -> W_Object:
    loc = w_locals
    if loc is w_globals:
        loc = None
    frame = Frame(code, w_globals, loc)
    return interp.run_frame(ec, frame)


def bi_exec(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    g, l = exec_namespaces(ec, args, "exec")
    w_src = args[0]
    if isinstance(w_src, W_Code):
        code = w_src
    else:
        src = str_value_of(w_src)
        if src is None:
            raise type_error("exec() arg 1 must be a string, bytes or code "
                             "object")
        code = compiling.compile_source(ec, src, "<string>",
                                        compiling.MODE_EXEC, l is not None)
    run_code(ec, code, g, l)
    return W_NONE


def bi_eval(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    g, l = exec_namespaces(ec, args, "eval")
    w_src = args[0]
    if isinstance(w_src, W_Code):
        code = w_src
    else:
        src = str_value_of(w_src)
        if src is None:
            raise type_error("eval() arg 1 must be a string, bytes or code "
                             "object")
        code = compiling.compile_source(ec, src.strip(" \t"), "<string>",
                                        compiling.MODE_EVAL, l is not None)
    return run_code(ec, code, g, l)


def super_new(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    n = len(args) - 1
    if n == 0:
        return super_zero_args(ec)
    w_type = args[1]
    if n == 1:
        return typeobject.make_super(ec, w_type, None)
    return typeobject.make_super(ec, w_type, args[2])


def super_zero_args(ec: ExecCtx) -> W_Object:
    f = current_frame(ec)
    code = f.code
    if code.argcount == 0 and (code.flags & 1) == 0:
        raise runtime_error("super(): no arguments")
    w_self = f.regs[0]
    if len(code.cell_params) > 0 and code.cell_params[0] == 0 or \
            w_self is W_UNBOUND:
        c0 = f.regs[code.nlocals]
        if isinstance(c0, W_Cell):
            cc = c0.contents
            if cc is not None:
                w_self = cc
    if w_self is W_UNBOUND:
        raise runtime_error("super(): arg[0] deleted")
    idx = -1
    i = 0
    for name in code.freevars:
        if name == "__class__":
            idx = code.nlocals + len(code.cellvars) + i
        i += 1
    if idx < 0:
        raise runtime_error("super(): __class__ cell not found")
    cell = f.regs[idx]
    if not isinstance(cell, W_Cell) or cell.contents is None:
        raise runtime_error("super(): empty __class__ cell")
    w_cls = cell.contents
    if w_cls is None:
        raise runtime_error("super(): empty __class__ cell")
    return typeobject.make_super(ec, w_cls, w_self)


def bi_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    raise PyError(new_exception_args(EXC_SYSTEM_EXIT, args))


def bi_unsupported(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    raise py_error(EXC_NOT_IMPLEMENTED_ERROR, "this builtin is not supported "
                   "by this interpreter")


def unsupported(name: str) -> W_Object:
    return builtinn(name, bi_unsupported, 0, -1)


# ------------------------------------------------------------ namespace

def make_builtins(ec: ExecCtx) -> W_Module:
    m = new_module("builtins")
    m.set("__package__", new_str(""))
    m.set("__loader__", W_NONE)
    m.set("__spec__", W_NONE)
    m.set("__build_class__", interp.BUILD_CLASS_FUNC)
    m.set("__import__", builtin_kw("__import__", importer.builtin_import))
    m.set("abs", builtin1("abs", bi_abs))
    w_all = builtin1("all", bi_all)
    w_any = builtin1("any", bi_any)
    m.set("all", w_all)
    m.set("any", w_any)
    m.set("ascii", builtin1("ascii", bi_ascii))
    m.set("bin", builtin1("bin", bi_bin))
    m.set("breakpoint", unsupported("breakpoint"))
    m.set("callable", builtin1("callable", bi_callable))
    m.set("chr", builtin1("chr", bi_chr))
    m.set("compile", builtin_kw("compile", bi_compile))
    m.set("delattr", builtin2("delattr", bi_delattr))
    m.set("dir", builtinn("dir", bi_dir, 0, 1))
    m.set("divmod", builtin2("divmod", bi_divmod))
    m.set("eval", builtinn("eval", bi_eval, 1, 3))
    m.set("exec", builtinn("exec", bi_exec, 1, 3))
    m.set("format", builtinn("format", bi_format, 1, 2))
    m.set("getattr", builtinn("getattr", bi_getattr, 2, 3))
    m.set("globals", builtinn("globals", bi_globals, 0, 0))
    m.set("hasattr", builtin2("hasattr", bi_hasattr))
    m.set("hash", builtin1("hash", bi_hash))
    m.set("hex", builtin1("hex", bi_hex))
    m.set("id", builtin1("id", bi_id))
    m.set("input", builtinn("input", bi_input, 0, 1))
    m.set("isinstance", builtin2("isinstance", bi_isinstance))
    m.set("issubclass", builtin2("issubclass", bi_issubclass))
    m.set("iter", builtinn("iter", bi_iter, 1, 2))
    m.set("aiter", unsupported("aiter"))
    m.set("len", builtin1("len", bi_len))
    m.set("locals", builtinn("locals", bi_locals, 0, 0))
    m.set("max", builtin_kw("max", bi_max))
    m.set("min", builtin_kw("min", bi_min))
    m.set("next", builtinn("next", bi_next, 1, 2))
    m.set("anext", unsupported("anext"))
    m.set("oct", builtin1("oct", bi_oct))
    m.set("ord", builtin1("ord", bi_ord))
    m.set("pow", builtin_kw("pow", bi_pow))
    m.set("print", builtin_kw("print", bi_print))
    m.set("repr", builtin1("repr", bi_repr))
    m.set("round", builtin_kw("round", bi_round))
    m.set("setattr", builtinn("setattr", bi_setattr, 3, 3))
    m.set("sorted", builtin_kw("sorted", bi_sorted))
    w_sum = builtin_kw("sum", bi_sum)
    m.set("sum", w_sum)
    m.set("vars", builtinn("vars", bi_vars, 0, 1))
    m.set("None", W_NONE)
    m.set("Ellipsis", W_ELLIPSIS)
    m.set("NotImplemented", W_NOTIMPLEMENTED)
    m.set("False", W_FALSE)
    m.set("True", W_TRUE)
    m.set("bool", BOOL_TYPE)
    m.set("bytes", bytesobject.BYTES_TYPE)
    m.set("bytearray", bytearrayobject.BYTEARRAY_TYPE)
    m.set("classmethod", CLASSMETHOD_TYPE)
    m.set("complex", complexobject.COMPLEX_TYPE)
    m.set("dict", DICT_TYPE)
    m.set("enumerate", ENUMERATE_TYPE)
    m.set("filter", FILTER_TYPE)
    m.set("float", FLOAT_TYPE)
    m.set("frozenset", FROZENSET_TYPE)
    m.set("property", PROPERTY_TYPE)
    m.set("int", INT_TYPE)
    m.set("list", LIST_TYPE)
    m.set("map", MAP_TYPE)
    m.set("object", OBJECT_TYPE)
    m.set("range", RANGE_TYPE)
    m.set("reversed", REVERSED_TYPE)
    m.set("set", SET_TYPE)
    m.set("slice", SLICE_TYPE)
    m.set("staticmethod", STATICMETHOD_TYPE)
    m.set("str", STR_TYPE)
    m.set("super", SUPER_TYPE)
    m.set("tuple", TUPLE_TYPE)
    # the builtins that keep no reference to their only argument: a
    # generator they take straight from its call is theirs alone
    interp.TAKING_BUILTINS.clear()
    interp.TAKING_BUILTINS.append(w_sum)
    interp.TAKING_BUILTINS.append(w_any)
    interp.TAKING_BUILTINS.append(w_all)
    for w_t in interp.TAKING_BUILTINS:
        if isinstance(w_t, W_BuiltinFunction):
            w_t.takes_generator = True
    interp.CONSUMING.clear()
    for name in ["next", "min", "max", "sorted", "list", "tuple", "set",
                 "frozenset"]:
        w_b = m.instance_get(name)
        if w_b is not None:
            interp.CONSUMING.append(w_b)
    m.set("type", TYPE_TYPE)
    m.set("zip", ZIP_TYPE)
    m.set("__debug__", W_TRUE)
    for t in ALL_EXCEPTION_TYPES:
        m.set(t.name, t)
    m.set("EnvironmentError", EXC_OS_ERROR)
    m.set("IOError", EXC_OS_ERROR)
    m.set("open", builtin_kw("open", fileobject.open_file))
    m.set("quit", builtinn("quit", bi_exit, 0, 1))
    m.set("exit", builtinn("exit", bi_exit, 0, 1))
    m.set("copyright", unsupported("copyright"))
    m.set("credits", unsupported("credits"))
    m.set("license", unsupported("license"))
    m.set("help", unsupported("help"))
    add_super()
    return m


def add_super() -> None:
    add_static_new(SUPER_TYPE, super_new)
