"""Types as Python sees them: calling a type (instance creation,
type(x), class creation by type.__new__), the methods of `object` and
`type`, super, property, classmethod and staticmethod, isinstance and
issubclass.
"""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Instance, W_BaseException, W_Int,
                     W_Str, W_Tuple, W_List, W_Dict, W_Bool, ExecCtx, PyError,
                     W_NONE, W_TRUE, W_FALSE, W_NOTIMPLEMENTED, Map,
                     OBJECT_TYPE, TYPE_TYPE, INT_TYPE, STR_TYPE, FLOAT_TYPE,
                     TUPLE_TYPE, LIST_TYPE, DICT_TYPE, BOOL_TYPE,
                     EXC_BASE_EXCEPTION, EXC_TYPE_ERROR,
                     LAYOUT_OBJECT, LAYOUT_EXCEPTION, LAYOUT_TYPE,
                     LAYOUT_BUILTIN, DESCR_NONE, DESCR_METHOD, DESCR_DATA,
                     OBJECT_REPR, OBJECT_STR, OBJECT_HASH, OBJECT_NE, SLOT_STRIDE,
                     new_str, new_int, new_bool, new_tuple, new_dict,
                     type_error, attribute_error, attribute_error_str,
                     runtime_error, compute_mro, set_type_call, default_repr,
                     generic_getattr, generic_setattr, generic_delattr,
                     getattr_or_none,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     add_getset, W_BuiltinFunction, W_BuiltinN, W_Builtin1,
                     str_value_of, repr_str, eq_bool, is_true, hash_w,
                     make_builtin_type, richcompare,
                     W_GetSet,
                     getattr, unpack_iterable)


# ============================================================ type call

def type_call(ec: ExecCtx, w_type: W_Type, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    if w_type is TYPE_TYPE and len(args) == 1 and kwnames is None:
        return args[0].get_type()
    w_new = w_type.new_func()
    if w_new is OBJECT_NEW_FUNC[0] and w_new is not None:
        w_obj = new_instance(w_type)
        object_new_check(w_type, args)
    else:
        if w_new is None:
            raise type_error("cannot create '" + w_type.name + "' instances")
        full: list[W_Object] = [w_type]
        full.extend(args)
        w_obj = w_new.call_args(ec, full, kwnames)
    if not w_obj.get_type().is_subtype(w_type):
        return w_obj
    if w_type is TYPE_TYPE:
        return w_obj
    w_init = w_type.init_func()
    if w_init is not None and w_init is not OBJECT_INIT_FUNC[0]:
        w_res = w_init.call_method(ec, w_obj, args, kwnames)
        if w_res is not W_NONE:
            raise type_error("__init__() should return None, not '"
                             + w_res.type_name() + "'")
    elif len(args) > 0 and w_new is OBJECT_NEW_FUNC[0]:
        raise type_error(w_type.name + "() takes no arguments")
    return w_obj


def object_new_check(w_type: W_Type, args: list[W_Object]) -> None:
    if len(args) == 0:
        return
    if w_type.init_func() is OBJECT_INIT_FUNC[0]:
        raise type_error(w_type.name + "() takes no arguments")


def new_instance(w_type: W_Type) -> W_Object:
    """A fresh instance of a class (object.__new__)."""
    if w_type.layout == LAYOUT_EXCEPTION:
        return W_BaseException(w_type, W_Tuple([]))
    if w_type.layout == LAYOUT_TYPE:
        raise type_error("type.__new__() needs arguments")
    if not w_type.heap and w_type is not OBJECT_TYPE:
        raise type_error("object.__new__(" + w_type.name + ") is not safe, "
                         "use " + w_type.name + ".__new__()")
    inst = W_Instance(w_type)
    bb = w_type.base_builtin
    if bb is LIST_TYPE:
        inst.w_base = W_List([])
    elif bb is DICT_TYPE:
        inst.w_base = W_Dict()
    elif bb is not None:
        inst.w_base = NEW_BASE_VALUE[0](bb)
    return inst


def _no_base_value(t: W_Type) -> W_Object:
    raise type_error("cannot create instances of a subclass of '" + t.name
                     + "'")


NEW_BASE_VALUE: list[Callable[[W_Type], W_Object]] = [_no_base_value]


OBJECT_NEW_FUNC: list[W_Object | None] = [None]
OBJECT_INIT_FUNC: list[W_Object | None] = [None]


# ============================================================ object

def object_new(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    if len(args) == 0:
        raise type_error("object.__new__(): not enough arguments")
    w_t = args[0]
    if not isinstance(w_t, W_Type):
        raise type_error("object.__new__(X): X is not a type object ("
                         + w_t.type_name() + ")")
    n = len(args) - 1
    if n > 0 or (kwnames is not None and len(kwnames) > 0):
        if w_t.lookup("__new__") is not OBJECT_NEW_FUNC[0]:
            raise type_error("object.__new__() takes exactly one argument "
                             "(the type to instantiate)")
        if w_t.lookup("__init__") is OBJECT_INIT_FUNC[0]:
            raise type_error(w_t.name + "() takes no arguments")
    return new_instance(w_t)


def object_init(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    if len(args) > 1 or (kwnames is not None and len(kwnames) > 0):
        w_self = args[0]
        t = w_self.get_type()
        if t.lookup("__init__") is not OBJECT_INIT_FUNC[0]:
            raise type_error("object.__init__() takes exactly one argument "
                             "(the instance to initialize)")
        if t.lookup("__new__") is OBJECT_NEW_FUNC[0]:
            raise type_error(t.name + "() takes no arguments")
    return W_NONE


def object_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(default_repr(ec, w))


def object_str(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(w.repr_str(ec))


def object_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(hash(w))


def object_eq(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    if a is b:
        return W_TRUE
    return W_NOTIMPLEMENTED


def object_ne(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    w_eq = a.get_type().lookup("__eq__")
    if w_eq is None:
        return W_NOTIMPLEMENTED
    w_res = w_eq.call_method(ec, a, [b], None)
    if w_res is W_NOTIMPLEMENTED:
        return w_res
    return new_bool(not is_true(ec, w_res))


def object_cmp_notimpl(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


def object_getattribute(ec: ExecCtx, w: W_Object, w_name: W_Object) -> W_Object:
    name = attr_name(w_name)
    r = w.lookup_attr(ec, name)
    if r is None:
        raise attribute_error(ec, w, name)
    return r


def object_setattr(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    args[0].set_attr(ec, attr_name(args[1]), args[2])
    return W_NONE


def object_delattr(ec: ExecCtx, w: W_Object, w_name: W_Object) -> W_Object:
    w.del_attr(ec, attr_name(w_name))
    return W_NONE


def attr_name(w_name: W_Object) -> str:
    s = str_value_of(w_name)
    if s is None:
        raise type_error("attribute name must be string, not '"
                         + w_name.type_name() + "'")
    return s


def object_format(ec: ExecCtx, w: W_Object, w_spec: W_Object) -> W_Object:
    spec = str_value_of(w_spec)
    if spec is None:
        raise type_error("format() argument 2 must be str, not "
                         + w_spec.type_name())
    if spec != "":
        raise type_error("unsupported format string passed to "
                         + w.type_name() + ".__format__")
    return new_str(w.str_str(ec))


def object_get_class(ec: ExecCtx, w: W_Object) -> W_Object:
    return w.get_type()


def object_set_class(ec: ExecCtx, w: W_Object, w_cls: W_Object) -> None:
    if not isinstance(w_cls, W_Type):
        raise type_error("__class__ must be set to a class, not '"
                         + w_cls.type_name() + "' object")
    if not isinstance(w, W_Instance) or not w_cls.heap or \
            w_cls.layout != w.w_type.layout:
        raise type_error("__class__ assignment only supported for mutable "
                         "types or ModuleType subclasses")
    names = list(w.map.names)
    values = list(w.slots)
    d = w.w_dict
    w.w_type = w_cls
    if d is None:
        w.map = w_cls.root_map
        fresh: list[W_Object | None] = []
        w.slots = fresh
        i = 0
        for n in names:
            v = values[i]
            if v is not None:
                w.instance_set(ec, n, v)
            i += SLOT_STRIDE


def object_get_dict(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Instance):
        return w.to_dict_mode(ec)
    if isinstance(w, W_Type):
        d = W_Dict()
        for k in w.tdict:
            d.set_str(ec, k, w.tdict[k])
        return d
    d2 = DICT_OF[0](ec, w)
    if d2 is not None:
        return d2
    raise attribute_error(ec, w, "__dict__")


def _no_dict(ec: ExecCtx, w: W_Object) -> W_Object | None:
    return None


DICT_OF: list[Callable[[ExecCtx, W_Object], W_Object | None]] = [_no_dict]


def object_set_dict(ec: ExecCtx, w: W_Object, w_d: W_Object) -> None:
    if isinstance(w, W_Instance) and isinstance(w_d, W_Dict):
        w.w_dict = w_d
        w.map = DICT_MODE_MAP_REF[0]
        fresh: list[W_Object | None] = []
        w.slots = fresh
        return
    raise type_error("__dict__ must be set to a dictionary, not a '"
                     + w_d.type_name() + "'")


DICT_MODE_MAP_REF: list[Map] = [Map(None, [])]


def object_init_subclass(ec: ExecCtx, args: list[W_Object],
                         kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        w_cls = args[0]
        name = w_cls.repr_str(ec)
        if isinstance(w_cls, W_Type):
            name = w_cls.name
        raise type_error(name + ".__init_subclass__() takes no keyword "
                         "arguments")
    return W_NONE


def object_dir(ec: ExecCtx, w: W_Object) -> W_Object:
    names: list[str] = []
    if isinstance(w, W_Instance):
        d = w.w_dict
        if d is not None:
            for k in d.live_keys():
                s = str_value_of(k)
                if s is not None and s not in names:
                    names.append(s)
        else:
            for n in w.map.names:
                if n not in names:
                    names.append(n)
    for t in w.get_type().mro:
        for key in t.tdict:
            if key not in names:
                names.append(key)
    items: list[W_Object] = []
    for n in names:
        items.append(new_str(n))
    return W_List(items)


def _no_import(ec: ExecCtx, name: str) -> W_Object:
    raise type_error("no importer")


# importer.import_one, set by main (importer imports this module)
IMPORT_MODULE: list[Callable[[ExecCtx, str], W_Object]] = [_no_import]


def object_reduce_ex(ec: ExecCtx, w: W_Object, w_proto: W_Object) -> W_Object:
    """An instance of a class is taken apart by copyreg._reduce_ex (what
    copy and CPython's pickle use); builtin objects without their own
    __reduce_ex__ (locks, generators, files) cannot be."""
    t = w.get_type()
    if not t.heap:
        # a builtin type's own __reduce__ serves, as CPython's
        # object.__reduce_ex__ calls an overriding __reduce__
        w_own = t.lookup("__reduce__")
        if w_own is not None:
            return w_own.call_method(ec, w, [], None)
        # CPython names C types with their module (_thread.lock)
        name = t.name if t.module == "builtins" or t.module == "" \
            else t.module + "." + t.name
        raise type_error("cannot pickle '" + name + "' object")
    w_mod = IMPORT_MODULE[0](ec, "copyreg")
    w_fn = getattr_none(ec, w_mod, "_reduce_ex")
    if w_fn is None:
        raise type_error("copyreg._reduce_ex is missing")
    return w_fn.call_args(ec, [w, w_proto], None)


def object_sizeof(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(16)


# ============================================================== type

def type_new(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    if npos == 2 and args[0] is TYPE_TYPE:
        return args[1].get_type()
    if npos != 4:
        raise type_error("type() takes 1 or 3 arguments")
    w_meta = args[0]
    w_name = args[1]
    w_bases = args[2]
    w_ns = args[3]
    if not isinstance(w_meta, W_Type):
        raise type_error("type.__new__(X): X is not a type object")
    name = str_value_of(w_name)
    if name is None:
        raise type_error("type.__new__() argument 1 must be str, not "
                         + w_name.type_name())
    if not isinstance(w_bases, W_Tuple):
        raise type_error("type.__new__() argument 2 must be tuple, not "
                         + w_bases.type_name())
    if not isinstance(w_ns, W_Dict):
        raise type_error("type.__new__() argument 3 must be dict, not "
                         + w_ns.type_name())
    kw_items: list[W_Object] = []
    i = npos
    while i < len(args):
        kw_items.append(args[i])
        i += 1
    return create_class(ec, w_meta, name, w_bases.items, w_ns, kwnames,
                        kw_items)


def best_base_layout(bases: list[W_Type]) -> W_Type | None:
    """The builtin type whose storage instances need (list, dict, int...)
    and a check that the bases agree on it."""
    found: W_Type | None = None
    for b in bases:
        bb = b.base_builtin
        if bb is not None:
            if found is not None and found is not bb:
                raise type_error("multiple bases have instance lay-out "
                                 "conflict")
            found = bb
    return found


def create_class(ec: ExecCtx, w_meta: W_Type, name: str,
                 base_items: list[W_Object], w_ns: W_Dict,
                 kwnames: list[str] | None,
                 kw_items: list[W_Object]) -> W_Object:
    bases: list[W_Type] = []
    for wb in base_items:
        if not isinstance(wb, W_Type):
            raise type_error("bases must be types")
        if not wb.heap and wb.layout == LAYOUT_BUILTIN:
            raise type_error("type '" + wb.name + "' is not an acceptable "
                             "base type")
        bases.append(wb)
    if len(bases) == 0:
        bases.append(OBJECT_TYPE)
    best_base_layout(bases)
    layout = LAYOUT_OBJECT
    for b in bases:
        if b.layout == LAYOUT_EXCEPTION:
            layout = LAYOUT_EXCEPTION
        elif b.layout == LAYOUT_TYPE:
            layout = LAYOUT_TYPE
    t = W_Type(name, bases, layout)
    t.heap = True
    t.base_builtin = best_base_layout(bases)
    if w_meta is not TYPE_TYPE:
        t.w_metatype = w_meta
    t.mro = compute_mro(t)
    t.slot_names = class_slot_names(ec, t, w_ns)
    fill_class_dict(ec, t, w_ns)
    if "__module__" not in t.tdict:
        module_from_caller(ec, t)
    if t.lookup("__dict__") is None and layout != LAYOUT_TYPE:
        t.tdict["__dict__"] = W_GetSet("__dict__", object_get_dict,
                                       object_set_dict)
    t.compute_flags()
    set_class_cell(ec, t, w_ns)
    call_set_name(ec, t)
    init_subclass(ec, t, kwnames, kw_items)
    return t


def module_from_caller(ec: ExecCtx, t: W_Type) -> None:
    """type(name, bases, ns) with no '__module__' in ns (a class statement
    always has one): the calling code's __name__, which CPython's type_new
    takes from the current globals (<class '__main__.T'>)."""
    f = ec.frame
    if f is None:
        return
    g = f.frame_globals()
    if g is None:
        return
    w = g.get_str("__name__")
    if w is None:
        return
    t.tdict["__module__"] = w
    s = str_value_of(w)
    if s is not None:
        t.module = s


def class_slot_names(ec: ExecCtx, t: W_Type,
                     w_ns: W_Dict) -> list[str] | None:
    """The names __slots__ allows along t's MRO, when every class of it
    defined with a class statement lists its __slots__ without
    '__dict__' (a class without __slots__, an exception class or a
    metaclass gives instances a __dict__): None otherwise."""
    w_slots = w_ns.get_str("__slots__")
    if w_slots is None or t.layout != LAYOUT_OBJECT:
        return None
    names: list[str] = []
    single = str_value_of(w_slots)
    items = [w_slots] if single is not None else unpack_iterable(ec, w_slots)
    for w_item in items:
        item = str_value_of(w_item)
        if item is None:
            raise type_error("__slots__ items must be strings, not '"
                             + w_item.type_name() + "'")
        if item == "__dict__":
            return None
        names.append(item)
    for b in t.bases:
        if b.heap:
            inherited = b.slot_names
            if inherited is None:
                return None
            names.extend(inherited)
    return names


def fill_class_dict(ec: ExecCtx, t: W_Type, w_ns: W_Dict) -> None:
    i = 0
    while i < len(w_ns.keys):
        k = w_ns.keys[i]
        v = w_ns.value_at(i)
        i += 1
        if k is None or v is None:
            continue
        key = str_value_of(k)
        if key is None:
            continue
        if key == "__qualname__":
            q = str_value_of(v)
            if q is None:
                raise type_error("type __qualname__ must be a str, not "
                                 + v.type_name())
            t.qualname = q
            continue
        if key == "__classcell__":
            continue
        if key == "__module__":
            m = str_value_of(v)
            if m is not None:
                t.module = m
        if key == "__new__" and v.is_plain_function():
            v = W_StaticMethod(v)
        if (key == "__init_subclass__" or key == "__class_getitem__") and \
                v.is_plain_function():
            v = W_ClassMethod(v)
        if key == "__doc__":
            t.doc = v
        t.tdict[key] = v
    if "__eq__" in t.tdict and "__hash__" not in t.tdict:
        t.tdict["__hash__"] = W_NONE
    if "__doc__" not in t.tdict:
        t.tdict["__doc__"] = W_NONE


def set_class_cell(ec: ExecCtx, t: W_Type, w_ns: W_Dict) -> None:
    w_cell = w_ns.get_str("__classcell__")
    if w_cell is not None:
        SET_CELL[0](w_cell, t)


def _no_set_cell(w_cell: W_Object, w_value: W_Object) -> None:
    raise type_error("__classcell__ must be a nonlocal cell")


SET_CELL: list[Callable[[W_Object, W_Object], None]] = [_no_set_cell]


def call_set_name(ec: ExecCtx, t: W_Type) -> None:
    names = list(t.tdict.keys())
    for k in names:
        v = t.tdict[k]
        w_sn = v.get_type().lookup("__set_name__")
        if w_sn is not None:
            w_sn.call_method(ec, v, [t, new_str(k)], None)


def init_subclass(ec: ExecCtx, t: W_Type, kwnames: list[str] | None,
                  kw_items: list[W_Object]) -> None:
    # super(t, t).__init_subclass__(**kwargs)
    w_meth: W_Object | None = None
    owner: W_Type | None = None
    i = 1
    while i < len(t.mro):
        cand = t.mro[i]
        if "__init_subclass__" in cand.tdict:
            w_meth = cand.tdict["__init_subclass__"]
            owner = cand
            break
        i += 1
    if w_meth is None:
        return
    w_bound = w_meth.descr_get(ec, None, t)
    if isinstance(w_meth, W_ClassMethod):
        w_bound = w_meth.descr_get(ec, t, t)
    w_bound.call_args(ec, kw_items, kwnames if len(kw_items) > 0 else None)


def type_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Type):
        if w.module == "builtins":
            return new_str("<class '" + w.qualname + "'>")
        return new_str("<class '" + w.module + "." + w.qualname + "'>")
    return new_str(default_repr(ec, w))


def as_type(w: W_Object) -> W_Type:
    if isinstance(w, W_Type):
        return w
    raise type_error("descriptor requires a 'type' object but received a '"
                     + w.type_name() + "'")


def type_get_name(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_type(w).name)


def type_set_name(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    t = as_type(w)
    s = str_value_of(v)
    if s is None:
        raise type_error("can only assign string to " + t.name
                         + ".__name__, not '" + v.type_name() + "'")
    t.name = s


def type_get_qualname(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(as_type(w).qualname)


def type_set_qualname(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    t = as_type(w)
    s = str_value_of(v)
    if s is None:
        raise type_error("can only assign string to " + t.name
                         + ".__qualname__, not '" + v.type_name() + "'")
    t.qualname = s


def type_get_module(ec: ExecCtx, w: W_Object) -> W_Object:
    t = as_type(w)
    # a class keeps it in its dict; type's own dict holds this getter
    if t.heap and "__module__" in t.tdict:
        return t.tdict["__module__"]
    return new_str(t.module)


def type_set_module(ec: ExecCtx, w: W_Object, v: W_Object) -> None:
    t = as_type(w)
    if not t.heap:
        raise type_error("cannot set '__module__' attribute of immutable "
                         "type '" + t.name + "'")
    t.tdict["__module__"] = v
    s = str_value_of(v)
    if s is not None:
        t.module = s


def type_get_bases(ec: ExecCtx, w: W_Object) -> W_Object:
    items: list[W_Object] = []
    for b in as_type(w).bases:
        items.append(b)
    return new_tuple(items)


def type_get_base(ec: ExecCtx, w: W_Object) -> W_Object:
    t = as_type(w)
    if len(t.bases) == 0:
        return W_NONE
    return t.bases[0]


def type_get_mro(ec: ExecCtx, w: W_Object) -> W_Object:
    items: list[W_Object] = []
    for b in as_type(w).mro:
        items.append(b)
    return new_tuple(items)


def type_get_doc(ec: ExecCtx, w: W_Object) -> W_Object:
    t = as_type(w)
    if "__doc__" in t.tdict:
        d = t.tdict["__doc__"]
        if d.descr_kind() != DESCR_NONE:
            return d.descr_get(ec, None, t)
        return d
    return t.doc


def type_mro(ec: ExecCtx, w: W_Object) -> W_Object:
    items: list[W_Object] = []
    for b in as_type(w).mro:
        items.append(b)
    return W_List(items)


def type_subclasses(ec: ExecCtx, w: W_Object) -> W_Object:
    items: list[W_Object] = []
    for b in as_type(w).subclasses:
        items.append(b)
    return W_List(items)


def type_call_method(ec: ExecCtx, args: list[W_Object],
                     kwnames: list[str] | None) -> W_Object:
    if len(args) == 0:
        raise type_error("descriptor '__call__' of 'type' object needs an "
                         "argument")
    t = as_type(args[0])
    return type_call(ec, t, args[1:], kwnames)


def type_init(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    return W_NONE


def type_instancecheck(ec: ExecCtx, w_t: W_Object, w_obj: W_Object) -> W_Object:
    return new_bool(w_obj.get_type().is_subtype(as_type(w_t)))


def type_subclasscheck(ec: ExecCtx, w_t: W_Object, w_sub: W_Object) -> W_Object:
    if not isinstance(w_sub, W_Type):
        raise type_error("issubclass() arg 1 must be a class")
    return new_bool(w_sub.is_subtype(as_type(w_t)))


def type_or(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return TYPE_UNION[0](ec, a, b)


def _no_union(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


TYPE_UNION: list[Callable[[ExecCtx, W_Object, W_Object], W_Object]] = [
    _no_union]


def _no_union_args(w: W_Object) -> W_Tuple | None:
    return None


# genericalias.union_args_of: the arguments of a types.UnionType, which
# isinstance() and issubclass() read as a tuple of types
UNION_ARGS: list[Callable[[W_Object], W_Tuple | None]] = [_no_union_args]


# ====================================================== isinstance etc.

def isinstance_w(ec: ExecCtx, w_obj: W_Object, w_cls: W_Object) -> bool:
    if isinstance(w_cls, W_Type):
        t = w_obj.get_type()
        if t is w_cls or t.is_subtype(w_cls):
            return True
        meta = w_cls.get_type()
        if meta is not TYPE_TYPE:
            w_check = meta.lookup("__instancecheck__")
            if w_check is not None and w_check is not TYPE_INSTANCECHECK[0]:
                return is_true(ec, w_check.call_method(ec, w_cls, [w_obj],
                                                       None))
        return False
    if isinstance(w_cls, W_Tuple):
        for item in w_cls.items:
            if isinstance_w(ec, w_obj, item):
                return True
        return False
    w_args = UNION_ARGS[0](w_cls)
    if w_args is not None:
        return isinstance_w(ec, w_obj, w_args)
    w_check = w_cls.get_type().lookup("__instancecheck__")
    if w_check is not None:
        return is_true(ec, w_check.call_method(ec, w_cls, [w_obj], None))
    raise type_error("isinstance() arg 2 must be a type, a tuple of types, "
                     "or a union")


def issubclass_w(ec: ExecCtx, w_sub: W_Object, w_cls: W_Object) -> bool:
    if isinstance(w_cls, W_Tuple):
        for item in w_cls.items:
            if issubclass_w(ec, w_sub, item):
                return True
        return False
    if isinstance(w_cls, W_Type):
        meta = w_cls.get_type()
        if meta is not TYPE_TYPE:
            w_check = meta.lookup("__subclasscheck__")
            if w_check is not None and w_check is not TYPE_SUBCLASSCHECK[0]:
                return is_true(ec, w_check.call_method(ec, w_cls, [w_sub],
                                                       None))
        if not isinstance(w_sub, W_Type):
            raise type_error("issubclass() arg 1 must be a class")
        return w_sub.is_subtype(w_cls)
    w_args = UNION_ARGS[0](w_cls)
    if w_args is not None:
        return issubclass_w(ec, w_sub, w_args)
    w_check = w_cls.get_type().lookup("__subclasscheck__")
    if w_check is not None:
        return is_true(ec, w_check.call_method(ec, w_cls, [w_sub], None))
    raise type_error("issubclass() arg 2 must be a class, a tuple of "
                     "classes, or a union")


TYPE_INSTANCECHECK: list[W_Object | None] = [None]
TYPE_SUBCLASSCHECK: list[W_Object | None] = [None]


# ====================================================== descriptors

def wrapper_attr(ec: ExecCtx, w_wrapper: W_Object, w_func: W_Object,
                 name: str) -> W_Object | None:
    """An attribute of a staticmethod or classmethod: some are its
    function's (an abstract function makes it abstract)."""
    if name == "__func__" or name == "__wrapped__":
        return w_func
    if name in ("__name__", "__qualname__", "__doc__", "__module__"):
        return w_func.lookup_attr(ec, name)
    if name == "__isabstractmethod__":
        w_abs = getattr_or_none(ec, w_func, name)
        return W_TRUE if w_abs is not None and w_abs.is_true(ec) else W_FALSE
    return generic_getattr(ec, w_wrapper, name)


class W_StaticMethod(W_Object):
    w_func: W_Object

    def __init__(self, w_func: W_Object) -> None:
        self.w_func = w_func

    def unwrap_static(self) -> W_Object | None:
        return self.w_func

    def get_type(self) -> W_Type:
        return STATICMETHOD_TYPE

    def descr_kind(self) -> int:
        return DESCR_METHOD

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        return self.w_func

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        return self.w_func.call_args(ec, args, kwnames)

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        return wrapper_attr(ec, self, self.w_func, name)


def add_static_new(t: W_Type,
                   f: Callable[[ExecCtx, list[W_Object], list[str] | None],
                               W_Object]) -> None:
    """t.__new__ = f, wrapped as a staticmethod like CPython's tp_new
    wrapper: it receives the class first and is never bound to an
    instance (so `super().__new__(cls)` and `T.__new__(S)` pass cls)."""
    add_method_kw(t, "__new__", f)
    t.tdict["__new__"] = W_StaticMethod(t.tdict["__new__"])


def add_static_newn(t: W_Type, f: Callable[[ExecCtx, list[W_Object]], W_Object],
                    min_args: int, max_args: int) -> None:
    """add_static_new for a __new__ that takes positional arguments only,
    counted as add_methodn counts them (the class included)."""
    add_methodn(t, "__new__", f, min_args, max_args)
    t.tdict["__new__"] = W_StaticMethod(t.tdict["__new__"])


class W_ClassMethod(W_Object):
    w_func: W_Object

    def __init__(self, w_func: W_Object) -> None:
        self.w_func = w_func

    def unwrap_static(self) -> W_Object | None:
        return self.w_func

    def get_type(self) -> W_Type:
        return CLASSMETHOD_TYPE

    def descr_kind(self) -> int:
        return DESCR_METHOD

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        return MAKE_METHOD[0](self.w_func, w_type)

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        full: list[W_Object] = [w_self.get_type()]
        full.extend(args)
        return self.w_func.call_args(ec, full, kwnames)

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        return wrapper_attr(ec, self, self.w_func, name)


def _no_method(w_func: W_Object, w_self: W_Object) -> W_Object:
    raise type_error("bound methods are not installed")


MAKE_METHOD: list[Callable[[W_Object, W_Object], W_Object]] = [_no_method]


class W_Property(W_Object):
    w_fget: W_Object
    w_fset: W_Object
    w_fdel: W_Object
    w_doc: W_Object
    name: str

    def __init__(self, w_fget: W_Object, w_fset: W_Object, w_fdel: W_Object,
                 w_doc: W_Object) -> None:
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.name = ""

    def get_type(self) -> W_Type:
        return PROPERTY_TYPE

    def descr_kind(self) -> int:
        return DESCR_DATA

    def no_accessor(self, w_obj: W_Object, what: str) -> PyError:
        """CPython's error for a missing getter, setter or deleter: the
        name only when __set_name__ gave it one."""
        named = "" if self.name == "" else " '" + self.name + "'"
        return attribute_error_str("property" + named + " of '"
                                   + w_obj.type_name() + "' object has no "
                                   + what)

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        if w_obj is None:
            return self
        if self.w_fget is W_NONE:
            raise self.no_accessor(w_obj, "getter")
        return self.w_fget.call_args(ec, [w_obj], None)

    def descr_set(self, ec: ExecCtx, w_obj: W_Object, w_value: W_Object) -> None:
        if self.w_fset is W_NONE:
            raise self.no_accessor(w_obj, "setter")
        self.w_fset.call_args(ec, [w_obj, w_value], None)

    def descr_delete(self, ec: ExecCtx, w_obj: W_Object) -> None:
        if self.w_fdel is W_NONE:
            raise self.no_accessor(w_obj, "deleter")
        self.w_fdel.call_args(ec, [w_obj], None)


def getattr_none(ec: ExecCtx, w: W_Object, name: str) -> W_Object | None:
    try:
        return w.lookup_attr(ec, name)
    except PyError:
        return None


def property_new(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    from_args = bind_property_args(args, kwnames)
    p = W_Property(from_args[0], from_args[1], from_args[2], from_args[3])
    if p.w_doc is W_NONE and p.w_fget is not W_NONE:
        w_d = getattr_none(ec, p.w_fget, "__doc__")
        if w_d is not None:
            p.w_doc = w_d
    return p


def bind_property_args(args: list[W_Object],
                       kwnames: list[str] | None) -> list[W_Object]:
    out: list[W_Object] = [W_NONE, W_NONE, W_NONE, W_NONE]
    names = ["fget", "fset", "fdel", "doc"]
    nkw = 0 if kwnames is None else len(kwnames)
    npos = len(args) - nkw
    # args[0] is the type (property.__new__(cls, ...))
    if npos - 1 > 4:
        raise type_error("property() takes at most 4 arguments ("
                         + str(npos - 1) + " given)")
    i = 1
    while i < npos:
        out[i - 1] = args[i]
        i += 1
    if kwnames is not None:
        k = 0
        for n in kwnames:
            j = names.index(n) if n in names else -1
            if j < 0:
                raise type_error("property() got an unexpected keyword "
                                 "argument '" + n + "'")
            out[j] = args[npos + k]
            k += 1
    return out


def as_property(w: W_Object) -> W_Property:
    if isinstance(w, W_Property):
        return w
    raise type_error("descriptor requires a 'property' object")


def property_getter(ec: ExecCtx, w_self: W_Object, w_f: W_Object) -> W_Object:
    p = as_property(w_self)
    return W_Property(w_f, p.w_fset, p.w_fdel, p.w_doc)


def property_setter(ec: ExecCtx, w_self: W_Object, w_f: W_Object) -> W_Object:
    p = as_property(w_self)
    n = W_Property(p.w_fget, w_f, p.w_fdel, p.w_doc)
    n.name = p.name
    return n


def property_deleter(ec: ExecCtx, w_self: W_Object, w_f: W_Object) -> W_Object:
    p = as_property(w_self)
    n = W_Property(p.w_fget, p.w_fset, w_f, p.w_doc)
    n.name = p.name
    return n


def property_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    p = as_property(args[0])
    w_obj = args[1]
    if w_obj is W_NONE:
        return p
    t = w_obj.get_type()
    return p.descr_get(ec, w_obj, t)


def wrapper_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """staticmethod.__get__ and classmethod.__get__ (obj, type=None):
    what the descriptor gives as an attribute of obj or of type."""
    w_obj: W_Object | None = None if args[1] is W_NONE else args[1]
    w_type: W_Object | None = None
    if len(args) > 2 and args[2] is not W_NONE:
        w_type = args[2]
    elif w_obj is not None:
        w_type = w_obj.get_type()
    if not isinstance(w_type, W_Type):
        raise type_error("__get__(None, None) is invalid")
    return args[0].descr_get(ec, w_obj, w_type)


def property_set(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    as_property(args[0]).descr_set(ec, args[1], args[2])
    return W_NONE


def property_set_name(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    p = as_property(args[0])
    s = str_value_of(args[2])
    if s is not None:
        p.name = s
    return W_NONE


def property_fget(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_property(w).w_fget


def property_fset(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_property(w).w_fset


def property_fdel(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_property(w).w_fdel


def property_doc(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_property(w).w_doc


def property_isabstract(ec: ExecCtx, w: W_Object) -> W_Object:
    """True when an accessor is abstract, so that an ABC with an
    abstract property cannot be instantiated."""
    p = as_property(w)
    for w_f in (p.w_fget, p.w_fset, p.w_fdel):
        if w_f is not W_NONE:
            w_abs = getattr_or_none(ec, w_f, "__isabstractmethod__")
            if w_abs is not None and w_abs.is_true(ec):
                return W_TRUE
    return W_FALSE


def staticmethod_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_StaticMethod(args[1])


def classmethod_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_ClassMethod(args[1])


# ============================================================== super

class W_Super(W_Object):
    w_start: W_Type          # search the MRO after this type
    w_obj: W_Object | None   # the instance (or class) bound to
    w_obj_type: W_Type

    def __init__(self, w_start: W_Type, w_obj: W_Object | None,
                 w_obj_type: W_Type) -> None:
        self.w_start = w_start
        self.w_obj = w_obj
        self.w_obj_type = w_obj_type

    def get_type(self) -> W_Type:
        return SUPER_TYPE

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name != "__class__":
            mro = self.w_obj_type.mro
            i = 0
            while i < len(mro) and mro[i] is not self.w_start:
                i += 1
            i += 1
            while i < len(mro):
                d = mro[i].tdict
                if name in d:
                    w = d[name]
                    if w.descr_kind() != DESCR_NONE:
                        w_inst = self.w_obj
                        if w_inst is self.w_obj_type:
                            w_inst = None
                        return w.descr_get(ec, w_inst, self.w_obj_type)
                    return w
                i += 1
        return generic_getattr(ec, self, name)

    def repr_str(self, ec: ExecCtx) -> str:
        o = self.w_obj
        if o is None:
            return "<super: <class '" + self.w_start.name + "'>, NULL>"
        return ("<super: <class '" + self.w_start.name + "'>, <"
                + self.w_obj_type.name + " object>>")


def super_check(w_start: W_Type, w_obj: W_Object) -> W_Type:
    """The type to search: w_obj's type (or w_obj itself if it is a
    subclass of w_start)."""
    if isinstance(w_obj, W_Type) and w_obj.is_subtype(w_start):
        return w_obj
    t = w_obj.get_type()
    if t.is_subtype(w_start):
        return t
    raise type_error("super(type, obj): obj must be an instance or subtype "
                     "of type")


def make_super(ec: ExecCtx, w_start: W_Object, w_obj: W_Object | None) -> W_Object:
    if not isinstance(w_start, W_Type):
        raise type_error("super() argument 1 must be a type, not "
                         + w_start.type_name())
    if w_obj is None:
        return W_Super(w_start, None, w_start)
    return W_Super(w_start, w_obj, super_check(w_start, w_obj))


# ============================================================ types

STATICMETHOD_TYPE = make_builtin_type("staticmethod", OBJECT_TYPE,
                                      LAYOUT_BUILTIN)
CLASSMETHOD_TYPE = make_builtin_type("classmethod", OBJECT_TYPE,
                                     LAYOUT_BUILTIN)
PROPERTY_TYPE = make_builtin_type("property", OBJECT_TYPE, LAYOUT_BUILTIN)
SUPER_TYPE = make_builtin_type("super", OBJECT_TYPE, LAYOUT_BUILTIN)


def type_of(ec: ExecCtx, w: W_Object) -> W_Object:
    """type(w): TYPE_TYPE.new1 (type_call's first case)."""
    return w.get_type()


def install() -> None:
    set_type_call(type_call)
    TYPE_TYPE.new1 = type_of
    o = OBJECT_TYPE
    add_method_kw(o, "__new__", object_new)
    OBJECT_NEW_FUNC[0] = o.tdict["__new__"]
    add_method_kw(o, "__init__", object_init)
    OBJECT_INIT_FUNC[0] = o.tdict["__init__"]
    add_method1(o, "__repr__", object_repr)
    OBJECT_REPR[0] = o.tdict["__repr__"]
    add_method1(o, "__str__", object_str)
    OBJECT_STR[0] = o.tdict["__str__"]
    add_method1(o, "__hash__", object_hash)
    OBJECT_HASH[0] = o.tdict["__hash__"]
    add_method2(o, "__eq__", object_eq)
    add_method2(o, "__ne__", object_ne)
    OBJECT_NE[0] = o.tdict["__ne__"]
    add_method2(o, "__lt__", object_cmp_notimpl)
    add_method2(o, "__le__", object_cmp_notimpl)
    add_method2(o, "__gt__", object_cmp_notimpl)
    add_method2(o, "__ge__", object_cmp_notimpl)
    add_method2(o, "__getattribute__", object_getattribute)
    add_methodn(o, "__setattr__", object_setattr, 3, 3)
    add_method2(o, "__delattr__", object_delattr)
    add_method2(o, "__format__", object_format)
    add_method1(o, "__dir__", object_dir)
    add_method2(o, "__reduce_ex__", object_reduce_ex)
    add_method1(o, "__sizeof__", object_sizeof)
    add_getset(o, "__class__", object_get_class, object_set_class)
    add_method_kw(o, "__init_subclass__", object_init_subclass)
    o.tdict["__init_subclass__"] = W_ClassMethod(o.tdict["__init_subclass__"])
    o.tdict["__doc__"] = new_str("The base class of the class hierarchy.")
    t = TYPE_TYPE
    add_static_new(t, type_new)
    add_method_kw(t, "__init__", type_init)
    add_method_kw(t, "__call__", type_call_method)
    add_method1(t, "__repr__", type_repr)
    add_method1(t, "mro", type_mro)
    add_method1(t, "__subclasses__", type_subclasses)
    add_method2(t, "__instancecheck__", type_instancecheck)
    TYPE_INSTANCECHECK[0] = t.tdict["__instancecheck__"]
    add_method2(t, "__subclasscheck__", type_subclasscheck)
    TYPE_SUBCLASSCHECK[0] = t.tdict["__subclasscheck__"]
    add_method2(t, "__or__", type_or)
    add_getset(t, "__name__", type_get_name, type_set_name)
    add_getset(t, "__qualname__", type_get_qualname, type_set_qualname)
    add_getset(t, "__module__", type_get_module, type_set_module)
    add_getset(t, "__bases__", type_get_bases, None)
    add_getset(t, "__base__", type_get_base, None)
    add_getset(t, "__mro__", type_get_mro, None)
    add_getset(t, "__dict__", object_get_dict, None)
    add_getset(t, "__doc__", type_get_doc, None)
    p = PROPERTY_TYPE
    add_static_new(p, property_new)
    add_method2(p, "getter", property_getter)
    add_method2(p, "setter", property_setter)
    add_method2(p, "deleter", property_deleter)
    add_methodn(p, "__get__", property_get, 2, 3)
    add_methodn(STATICMETHOD_TYPE, "__get__", wrapper_get, 2, 3)
    add_methodn(CLASSMETHOD_TYPE, "__get__", wrapper_get, 2, 3)
    add_methodn(p, "__set__", property_set, 3, 3)
    add_methodn(p, "__set_name__", property_set_name, 3, 3)
    add_getset(p, "fget", property_fget, None)
    add_getset(p, "fset", property_fset, None)
    add_getset(p, "fdel", property_fdel, None)
    add_getset(p, "__doc__", property_doc, None)
    add_getset(p, "__isabstractmethod__", property_isabstract, None)
    sm = STATICMETHOD_TYPE
    add_static_newn(sm, staticmethod_new, 2, 2)
    cm = CLASSMETHOD_TYPE
    add_static_newn(cm, classmethod_new, 2, 2)
    for ty in [o, t, p, sm, cm, SUPER_TYPE]:
        ty.compute_flags()
