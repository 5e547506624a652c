"""The methods of the exception classes (BaseException and the
subclasses with their own attributes: KeyError, StopIteration,
SystemExit, OSError, SyntaxError, ImportError, NameError,
AttributeError).  The classes themselves are created in objects.py."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_BaseException, W_Tuple, W_Str,
                     W_Int, W_List, ExecCtx, PyError, W_NONE, W_TRUE, W_FALSE,
                     new_str, new_int, new_tuple, new_bool, type_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     add_getset, repr_str, str_str, str_value_of,
                     generic_getattr, ALL_EXCEPTION_TYPES,
                     EXC_BASE_EXCEPTION, EXC_KEY_ERROR, EXC_STOP_ITERATION,
                     EXC_SYSTEM_EXIT, EXC_OS_ERROR, EXC_SYNTAX_ERROR,
                     EXC_IMPORT_ERROR, EXC_NAME_ERROR, EXC_ATTRIBUTE_ERROR,
                     EXC_FILE_NOT_FOUND_ERROR, EXC_UNICODE_DECODE_ERROR,
                     EXC_UNICODE_ENCODE_ERROR, EXC_MODULE_NOT_FOUND_ERROR,
                     TracebackEntry, make_builtin_type, OBJECT_TYPE,
                     LAYOUT_BUILTIN, is_true, unpack_iterable, FrameBase,
                     EXC_BASE_EXCEPTION_GROUP, EXC_EXCEPTION_GROUP,
                     EXC_EXCEPTION, DICT_TYPE, value_error, getattr)
import typeobject
from typing import Callable


def as_exc(w: W_Object) -> W_BaseException:
    if isinstance(w, W_BaseException):
        return w
    raise type_error("descriptor requires a 'BaseException' object but "
                     "received a '" + w.type_name() + "'")


def exc_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    w_cls = args[0]
    if not isinstance(w_cls, W_Type):
        raise type_error("BaseException.__new__(X): X is not a type object")
    nkw = 0 if kwnames is None else len(kwnames)
    pos = args[1:len(args) - nkw]
    e = W_BaseException(w_cls, new_tuple(pos))
    return e


def exc_init(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    e = as_exc(args[0])
    if kwnames is not None and len(kwnames) > 0:
        raise type_error(e.w_type.name + "() takes no keyword arguments")
    e.args = new_tuple(args[1:])
    return W_NONE


def exc_str(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    n = len(e.args.items)
    if n == 0:
        return new_str("")
    if n == 1:
        return new_str(str_str(ec, e.args.items[0]))
    return new_str(repr_str(ec, e.args))


def exc_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    name = e.w_type.name
    if len(e.args.items) == 1:
        return new_str(name + "(" + repr_str(ec, e.args.items[0]) + ")")
    return new_str(name + repr_str(ec, e.args))


def exc_get_args(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_exc(w).args


def exc_set_args(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    e = as_exc(w)
    if isinstance(v, W_Tuple):
        e.args = v
    else:
        e.args = new_tuple(unpack_iterable(ec, v))


def exc_get_cause(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_exc(w).w_cause


def exc_set_cause(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    if v is not W_NONE and not isinstance(v, W_BaseException):
        raise type_error("exception cause must be None or derive from "
                         "BaseException")
    e = as_exc(w)
    e.w_cause = v
    e.suppress_context = True


def exc_get_context(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_exc(w).w_context


def exc_set_context(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    if v is not W_NONE and not isinstance(v, W_BaseException):
        raise type_error("exception context must be None or derive from "
                         "BaseException")
    as_exc(w).w_context = v


def exc_get_suppress(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(as_exc(w).suppress_context)


def exc_set_suppress(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    as_exc(w).suppress_context = is_true(ec, v)


def _no_frame(f: FrameBase | None) -> W_Object:
    return W_NONE


# wraps a frame in a Python frame object (set by funcobject.install)
TB_FRAME: list[Callable[[FrameBase | None], W_Object]] = [_no_frame]


class W_Traceback(W_Object):
    """A traceback object: an entry of an exception's traceback chain."""
    entry: TracebackEntry

    def __init__(self, entry: TracebackEntry) -> None:
        self.entry = entry

    def get_type(self) -> W_Type:
        return TRACEBACK_TYPE

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name == "tb_lineno":
            return new_int(self.entry.line)
        if name == "tb_next":
            n = self.entry.next
            if n is None:
                return W_NONE
            return wrap_traceback(n)
        if name == "tb_frame":
            return TB_FRAME[0](self.entry.frame)
        return generic_getattr(ec, self, name)


TRACEBACK_TYPE = make_builtin_type("traceback", OBJECT_TYPE, LAYOUT_BUILTIN)


def wrap_traceback(t: TracebackEntry) -> W_Object:
    """The one traceback object of an entry."""
    w = t.w_tb
    if w is None:
        w = W_Traceback(t)
        t.w_tb = w
    return w


def traceback_of(w: W_Object) -> W_Object:
    if isinstance(w, W_BaseException):
        t = w.traceback
        if t is not None:
            return wrap_traceback(t)
    return W_NONE


def exc_get_traceback(ec: ExecCtx, w: W_Object) -> W_Object:
    return traceback_of(as_exc(w))


def exc_set_traceback(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    e = as_exc(w)
    if v is W_NONE:
        e.traceback = None
    elif isinstance(v, W_Traceback):
        e.traceback = v.entry
    else:
        raise type_error("__traceback__ must be a traceback or None")


def exc_with_traceback(ec: ExecCtx, w: W_Object, v: W_Object) -> W_Object:
    exc_set_traceback(ec, w, v)
    return w


def exc_add_note(ec: ExecCtx, w: W_Object, w_note: W_Object) -> W_Object:
    e = as_exc(w)
    if str_value_of(w_note) is None:
        raise type_error("note must be a str, not '" + w_note.type_name()
                         + "'")
    w_notes = e.instance_get("__notes__")
    if w_notes is None:
        w_notes = W_List([])
        e.instance_set(ec, "__notes__", w_notes)
    if isinstance(w_notes, W_List):
        w_notes.items.append(w_note)
    return W_NONE


def exc_reduce(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    return new_tuple([e.w_type, e.args])


# --- subclasses

def key_error_str(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    if len(e.args.items) == 1:
        return new_str(repr_str(ec, e.args.items[0]))
    return exc_str(ec, w)


def first_arg(e: W_BaseException) -> W_Object:
    if len(e.args.items) > 0:
        return e.args.items[0]
    return W_NONE


def stop_iteration_value(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    v = e.instance_get("value")
    if v is not None:
        return v
    return first_arg(e)


def system_exit_code(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    v = e.instance_get("code")
    if v is not None:
        return v
    if len(e.args.items) == 0:
        return W_NONE
    if len(e.args.items) == 1:
        return e.args.items[0]
    return e.args


def simple_attr_init(ec: ExecCtx, args: list[W_Object],
                     kwnames: list[str] | None, names: list[str]) -> W_Object:
    """__init__ for ImportError/NameError/AttributeError: positional args
    become .args; the keywords name/path/obj become attributes."""
    e = as_exc(args[0])
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    e.args = new_tuple(args[1:npos])
    for n in names:
        e.instance_set(ec, n, W_NONE)
    if kwnames is not None:
        k = 0
        for kw in kwnames:
            if kw not in names:
                raise type_error(e.w_type.name + "() got an unexpected "
                                 "keyword argument '" + kw + "'")
            e.instance_set(ec, kw, args[npos + k])
            k += 1
    return W_NONE


def import_error_init(ec: ExecCtx, args: list[W_Object],
                      kwnames: list[str] | None) -> W_Object:
    simple_attr_init(ec, args, kwnames, ["name", "path"])
    e = as_exc(args[0])
    e.instance_set(ec, "msg", first_arg(e))
    return W_NONE


def name_error_init(ec: ExecCtx, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
    return simple_attr_init(ec, args, kwnames, ["name"])


def attribute_error_init(ec: ExecCtx, args: list[W_Object],
                         kwnames: list[str] | None) -> W_Object:
    return simple_attr_init(ec, args, kwnames, ["name", "obj"])


def import_error_str(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    m = e.instance_get("msg")
    if m is not None and m is not W_NONE:
        return new_str(str_str(ec, m))
    return exc_str(ec, w)


ERRNO_NAMES: dict[int, str] = {
    1: "Operation not permitted", 2: "No such file or directory",
    9: "Bad file descriptor", 13: "Permission denied", 17: "File exists",
    20: "Not a directory", 21: "Is a directory", 22: "Invalid argument"}


def os_error_init(ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    e = as_exc(args[0])
    pos = args[1:]
    e.args = new_tuple(pos)
    e.instance_set(ec, "errno", W_NONE)
    e.instance_set(ec, "strerror", W_NONE)
    e.instance_set(ec, "filename", W_NONE)
    if 2 <= len(pos) <= 5:
        e.instance_set(ec, "errno", pos[0])
        e.instance_set(ec, "strerror", pos[1])
        if len(pos) >= 3:
            e.instance_set(ec, "filename", pos[2])
            e.args = new_tuple([pos[0], pos[1]])
    return W_NONE


def os_error_str(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    errno = e.instance_get("errno")
    strerror = e.instance_get("strerror")
    filename = e.instance_get("filename")
    if errno is not None and strerror is not None and errno is not W_NONE:
        s = "[Errno " + str_str(ec, errno) + "] " + str_str(ec, strerror)
        if filename is not None and filename is not W_NONE:
            s += ": " + repr_str(ec, filename)
        return new_str(s)
    return exc_str(ec, w)


def syntax_error_init(ec: ExecCtx, args: list[W_Object],
                      kwnames: list[str] | None) -> W_Object:
    e = as_exc(args[0])
    pos = args[1:]
    e.args = new_tuple(pos)
    for n in ["msg", "filename", "lineno", "offset", "text", "end_lineno",
              "end_offset", "print_file_and_line"]:
        e.instance_set(ec, n, W_NONE)
    if len(pos) >= 1:
        e.instance_set(ec, "msg", pos[0])
    if len(pos) == 2:
        info = pos[1]
        if isinstance(info, W_Tuple):
            fields = ["filename", "lineno", "offset", "text", "end_lineno",
                      "end_offset"]
            i = 0
            for v in info.items:
                if i < len(fields):
                    e.instance_set(ec, fields[i], v)
                i += 1
    return W_NONE


def syntax_error_str(ec: ExecCtx, w: W_Object) -> W_Object:
    e = as_exc(w)
    msg = e.instance_get("msg")
    text = str_str(ec, msg) if msg is not None and msg is not W_NONE \
        else str_str(ec, exc_str(ec, w))
    fn = e.instance_get("filename")
    ln = e.instance_get("lineno")
    have_fn = fn is not None and fn is not W_NONE
    have_ln = ln is not None and isinstance(ln, W_Int)
    if have_fn and fn is not None:
        name = str_str(ec, fn)
        slash = name.rfind("/")
        if slash >= 0:
            name = name[slash + 1:]
        if have_ln and ln is not None:
            return new_str(text + " (" + name + ", line " + str_str(ec, ln)
                           + ")")
        return new_str(text + " (" + name + ")")
    if have_ln and ln is not None:
        return new_str(text + " (line " + str_str(ec, ln) + ")")
    return new_str(text)


# --- exception groups (PEP 654, CPython 3.11's semantics)

class W_ExcGroup(W_BaseException):
    """An instance of BaseExceptionGroup or a subclass: the message and
    the tuple of exceptions are fixed at creation (args keeps what was
    passed, as CPython)."""
    w_msg: W_Object
    excs: list[W_BaseException]

    def __init__(self, w_type: W_Type, args: W_Tuple, w_msg: W_Object,
                 excs: list[W_BaseException]) -> None:
        super().__init__(w_type, args)
        self.w_msg = w_msg
        self.excs = excs


MATCH_BY_TYPE = 0
MATCH_BY_PREDICATE = 1
MATCH_BY_IDS = 2


def eg_new(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    w_cls = args[0]
    if not isinstance(w_cls, W_Type):
        raise type_error("BaseExceptionGroup.__new__(X): X is not a type "
                         "object")
    if kwnames is not None and len(kwnames) > 0:
        raise type_error(w_cls.name + "() takes no keyword arguments")
    if len(args) != 3:
        raise type_error("BaseExceptionGroup.__new__() takes exactly 2 "
                         "arguments (" + str(len(args) - 1) + " given)")
    w_msg = args[1]
    if not isinstance(w_msg, W_Str):
        raise type_error("BaseExceptionGroup.__new__() argument 1 must be "
                         "str, not " + w_msg.type_name())
    w_seq = args[2]
    t = w_seq.get_type()
    if not (isinstance(w_seq, W_List) or isinstance(w_seq, W_Tuple) or
            (t.lookup("__getitem__") is not None and
             not t.is_subtype(DICT_TYPE))):
        raise type_error("second argument (exceptions) must be a sequence")
    items = unpack_iterable(ec, w_seq)
    if len(items) == 0:
        raise value_error("second argument (exceptions) must be a "
                          "non-empty sequence")
    excs: list[W_BaseException] = []
    nested_base = False
    i = 0
    for w in items:
        if not isinstance(w, W_BaseException):
            raise value_error("Item " + str(i) + " of second argument "
                              "(exceptions) is not an exception")
        if not w.get_type().is_subtype(EXC_EXCEPTION):
            nested_base = True
        excs.append(w)
        i += 1
    w_cls = eg_class(w_cls, nested_base)
    return W_ExcGroup(w_cls, new_tuple([w_msg, w_seq]), w_msg, excs)


def eg_class(w_cls: W_Type, nested_base: bool) -> W_Type:
    if w_cls is EXC_BASE_EXCEPTION_GROUP:
        if not nested_base:
            return EXC_EXCEPTION_GROUP
        return w_cls
    if w_cls is EXC_EXCEPTION_GROUP:
        if nested_base:
            raise type_error("Cannot nest BaseExceptions in an "
                             "ExceptionGroup")
        return w_cls
    if nested_base and w_cls.is_subtype(EXC_EXCEPTION):
        raise type_error("Cannot nest BaseExceptions in '" + w_cls.name
                         + "'")
    return w_cls


def as_group(w: W_Object) -> W_ExcGroup:
    if isinstance(w, W_ExcGroup):
        return w
    raise type_error("descriptor requires a 'BaseExceptionGroup' object "
                     "but received a '" + w.type_name() + "'")


def eg_str(ec: ExecCtx, w: W_Object) -> W_Object:
    g = as_group(w)
    n = len(g.excs)
    return new_str(str_str(ec, g.w_msg) + " (" + str(n) + " sub-exception"
                   + ("s" if n > 1 else "") + ")")


def eg_message(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_group(w).w_msg


def eg_exceptions(ec: ExecCtx, w: W_Object) -> W_Object:
    items: list[W_Object] = []
    for e in as_group(w).excs:
        items.append(e)
    return new_tuple(items)


def eg_derive(ec: ExecCtx, w: W_Object, w_excs: W_Object) -> W_Object:
    g = as_group(w)
    return EXC_BASE_EXCEPTION_GROUP.call_args(ec, [g.w_msg, w_excs], None)


def _has_call(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(w.get_type().lookup("__call__") is not None)


# builtins' callable() (functions have no __call__ in their type here)
IS_CALLABLE: list[Callable[[ExecCtx, W_Object], W_Object]] = [_has_call]


def matcher_kind(ec: ExecCtx, w_value: W_Object) -> int:
    if not isinstance(w_value, W_Type) and \
            is_true(ec, IS_CALLABLE[0](ec, w_value)):
        return MATCH_BY_PREDICATE
    if is_exc_class(w_value):
        return MATCH_BY_TYPE
    if isinstance(w_value, W_Tuple):
        ok = True
        for w in w_value.items:
            if not is_exc_class(w):
                ok = False
        if ok:
            return MATCH_BY_TYPE
    raise type_error("expected a function, exception type or tuple of "
                     "exception types")


def is_exc_class(w: W_Object) -> bool:
    return isinstance(w, W_Type) and w.is_subtype(EXC_BASE_EXCEPTION)


def matcher_match(ec: ExecCtx, kind: int, w_value: W_Object,
                  ids: list[W_BaseException], e: W_BaseException) -> bool:
    if kind == MATCH_BY_TYPE:
        return exc_matches_types(e, w_value)
    if kind == MATCH_BY_PREDICATE:
        return is_true(ec, w_value.call_args(ec, [e], None))
    for x in ids:
        if x is e:
            return True
    return False


def exc_matches_types(e: W_BaseException, w_value: W_Object) -> bool:
    t = e.get_type()
    if isinstance(w_value, W_Tuple):
        for w in w_value.items:
            if isinstance(w, W_Type) and t.is_subtype(w):
                return True
        return False
    return isinstance(w_value, W_Type) and t.is_subtype(w_value)


def split_rec(ec: ExecCtx, e: W_BaseException, kind: int, w_value: W_Object,
              ids: list[W_BaseException],
              with_rest: bool) -> list[W_Object]:
    """[match, rest] of e (None where empty), keeping the nesting."""
    if matcher_match(ec, kind, w_value, ids, e):
        return [e, W_NONE]
    if not isinstance(e, W_ExcGroup):
        return [W_NONE, e if with_rest else W_NONE]
    matched: list[W_Object] = []
    rest: list[W_Object] = []
    for sub in e.excs:
        r = split_rec(ec, sub, kind, w_value, ids, with_rest)
        if r[0] is not W_NONE:
            matched.append(r[0])
        if with_rest and r[1] is not W_NONE:
            rest.append(r[1])
    return [eg_subset(ec, e, matched), eg_subset(ec, e, rest)]


def eg_subset(ec: ExecCtx, orig: W_ExcGroup,
              excs: list[W_Object]) -> W_Object:
    """orig.derive(excs) with orig's traceback, cause, context and notes."""
    if len(excs) == 0:
        return W_NONE
    w_eg = getattr(ec, orig, "derive").call_args(ec, [W_List(excs)], None)
    if not isinstance(w_eg, W_ExcGroup):
        raise type_error("derive must return an instance of "
                         "BaseExceptionGroup")
    w_eg.traceback = orig.traceback
    w_eg.w_context = orig.w_context
    w_eg.w_cause = orig.w_cause
    w_eg.suppress_context = True
    w_notes = orig.instance_get("__notes__")
    if w_notes is not None and (isinstance(w_notes, W_List) or
                                isinstance(w_notes, W_Tuple)):
        w_eg.instance_set(ec, "__notes__",
                          W_List(unpack_iterable(ec, w_notes)))
    return w_eg


def eg_split(ec: ExecCtx, w: W_Object, w_value: W_Object) -> W_Object:
    g = as_group(w)
    kind = matcher_kind(ec, w_value)
    r = split_rec(ec, g, kind, w_value, [], True)
    return new_tuple([r[0], r[1]])


def eg_subgroup(ec: ExecCtx, w: W_Object, w_value: W_Object) -> W_Object:
    g = as_group(w)
    kind = matcher_kind(ec, w_value)
    return split_rec(ec, g, kind, w_value, [], False)[0]


def check_eg_match(ec: ExecCtx, w_exc: W_Object,
                   w_type: W_Object) -> list[W_Object]:
    """except* T: [rest, match] of the exception being handled (a naked
    exception matching T is wrapped in an ExceptionGroup('', [exc]))."""
    types: list[W_Object] = [w_type]
    if isinstance(w_type, W_Tuple):
        types = w_type.items
    for t in types:
        if not is_exc_class(t):
            raise type_error("catching classes that do not inherit from "
                             "BaseException is not allowed")
        if isinstance(t, W_Type) and t.is_subtype(EXC_BASE_EXCEPTION_GROUP):
            raise type_error("catching ExceptionGroup with except* is not "
                             "allowed. Use except instead.")
    if not isinstance(w_exc, W_BaseException):
        return [W_NONE, W_NONE]
    if exc_matches_types(w_exc, w_type):
        if isinstance(w_exc, W_ExcGroup):
            return [W_NONE, w_exc]
        w_g = eg_new(ec, [EXC_BASE_EXCEPTION_GROUP, new_str(""),
                          new_tuple([w_exc])], None)
        assert isinstance(w_g, W_ExcGroup)
        w_g.traceback = w_exc.traceback
        return [W_NONE, w_g]
    if isinstance(w_exc, W_ExcGroup):
        r = split_rec(ec, w_exc, MATCH_BY_TYPE, w_type, [], True)
        return [r[1], r[0]]
    return [w_exc, W_NONE]


def prep_reraise_star(ec: ExecCtx, w_orig: W_Object,
                      w_excs: W_Object) -> W_Object:
    """What an except* statement raises once its clauses ran: the
    exceptions its handlers raised and the unhandled rest; those that are
    parts of the original group keep its structure."""
    assert isinstance(w_excs, W_List)
    excs = w_excs.items
    if len(excs) == 0:
        return W_NONE
    if not isinstance(w_orig, W_ExcGroup):
        return excs[0]
    assert isinstance(w_orig, W_BaseException)
    raised: list[W_Object] = []
    reraised: list[W_BaseException] = []
    for w in excs:
        if isinstance(w, W_BaseException):
            if same_metadata(w, w_orig):
                collect_leaves(w, reraised)
            else:
                raised.append(w)
    w_re: W_Object = W_NONE
    if len(reraised) > 0:
        w_re = split_rec(ec, w_orig, MATCH_BY_IDS, W_NONE, reraised,
                         False)[0]
    if len(raised) == 0:
        return w_re
    if w_re is not W_NONE:
        raised.append(w_re)
    if len(raised) == 1:
        return raised[0]
    return eg_new(ec, [EXC_BASE_EXCEPTION_GROUP, new_str(""),
                       W_List(raised)], None)


def same_metadata(a: W_BaseException, b: W_BaseException) -> bool:
    return (a.instance_get("__notes__") is b.instance_get("__notes__") and
            a.traceback is b.traceback and a.w_cause is b.w_cause and
            a.w_context is b.w_context)


def collect_leaves(e: W_BaseException, out: list[W_BaseException]) -> None:
    if isinstance(e, W_ExcGroup):
        for sub in e.excs:
            collect_leaves(sub, out)
    else:
        out.append(e)


def install_groups() -> None:
    g = EXC_BASE_EXCEPTION_GROUP
    typeobject.add_static_new(g, eg_new)
    add_method1(g, "__str__", eg_str)
    add_method2(g, "derive", eg_derive)
    add_method2(g, "split", eg_split)
    add_method2(g, "subgroup", eg_subgroup)
    add_getset(g, "message", eg_message, None)
    add_getset(g, "exceptions", eg_exceptions, None)


def install() -> None:
    b = EXC_BASE_EXCEPTION
    typeobject.add_static_new(b, exc_new)
    add_method_kw(b, "__init__", exc_init)
    add_method1(b, "__str__", exc_str)
    add_method1(b, "__repr__", exc_repr)
    add_method2(b, "with_traceback", exc_with_traceback)
    add_method2(b, "add_note", exc_add_note)
    add_method1(b, "__reduce__", exc_reduce)
    add_getset(b, "args", exc_get_args, exc_set_args)
    add_getset(b, "__cause__", exc_get_cause, exc_set_cause)
    add_getset(b, "__context__", exc_get_context, exc_set_context)
    add_getset(b, "__suppress_context__", exc_get_suppress, exc_set_suppress)
    add_getset(b, "__traceback__", exc_get_traceback, exc_set_traceback)
    add_method1(EXC_KEY_ERROR, "__str__", key_error_str)
    add_getset(EXC_STOP_ITERATION, "value", stop_iteration_value, None)
    add_getset(EXC_SYSTEM_EXIT, "code", system_exit_code, None)
    add_method_kw(EXC_IMPORT_ERROR, "__init__", import_error_init)
    add_method1(EXC_IMPORT_ERROR, "__str__", import_error_str)
    add_method_kw(EXC_NAME_ERROR, "__init__", name_error_init)
    add_method_kw(EXC_ATTRIBUTE_ERROR, "__init__", attribute_error_init)
    add_method_kw(EXC_OS_ERROR, "__init__", os_error_init)
    add_method1(EXC_OS_ERROR, "__str__", os_error_str)
    add_method_kw(EXC_SYNTAX_ERROR, "__init__", syntax_error_init)
    add_method1(EXC_SYNTAX_ERROR, "__str__", syntax_error_str)
    install_groups()
    for t in ALL_EXCEPTION_TYPES:
        t.tdict["__module__"] = new_str("builtins")
        t.compute_flags()
