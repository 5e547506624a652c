"""The object model's core: every Python value is a W_Object.

Layering (the language forbids import cycles): this module holds the
classes everything else needs (W_Object, W_Type, instances and their maps,
None/bool/int/float/str/tuple/list/dict, exceptions, builtin function
wrappers) and the generic protocols (attribute lookup, calls, repr/str,
hash, comparison, truth, length, items, iteration).  The Python-visible
methods of each builtin type are installed into its W_Type by a later
module (intobject.py, strobject.py, ...); arithmetic dispatch is ops.py;
the bytecode interpreter (interp.py) adds Python functions, whose `call`
overrides the virtual methods declared here.

Protocol: W_Object's virtual methods (repr_str, hash_value, is_true,
length, getitem, iter, next_value, call_args, lookup_attr...) default to
CPython's generic algorithm (look the special method up in the type's MRO
and call it).  Exact builtin classes override them with direct code, so
`len(some_list)` never looks anything up.  A user subclass of a builtin is
a W_Instance (w_base holds the builtin value), so the overrides only ever
see exact builtin values.

Every operation that may run Python code takes the thread's ExecCtx (ec).
Nothing here writes shared state on a hot path (threads under --stm).
"""
from __future__ import annotations

from typing import Callable

import rtrans
import rtutil
from rtutil import MAXINT, MININT

# descriptor kinds (W_Object.descr_kind)
DESCR_NONE = 0      # a plain value
DESCR_METHOD = 1    # non-data descriptor (functions: bound on instances)
DESCR_DATA = 2      # data descriptor (property, getset): wins over instances

# instance layouts: which W_ class a type's instances are
LAYOUT_OBJECT = 0
LAYOUT_EXCEPTION = 1
LAYOUT_TYPE = 2
LAYOUT_BUILTIN = 3  # instances are builtin values (not subclassable freely)

SMALL_INT_MIN = -5
SMALL_INT_MAX = 256


# =============================================================== errors

class PyError(Exception):
    """A Python exception in flight through the interpreter's own code."""
    w_exc: W_BaseException

    def __init__(self, w_exc: W_BaseException) -> None:
        super().__init__("Python exception")
        self.w_exc = w_exc


# ======================================================= interpreter state

class FrameBase:
    """What the object layer knows of an interpreter frame (interp.Frame
    extends it)."""
    f_back: FrameBase | None

    def __init__(self) -> None:
        self.f_back = None

    def frame_globals(self) -> W_Dict | None:
        return None


class Space:
    """Interpreter-wide state, shared by all threads.  Written at start-up
    and by imports; read on hot paths only through immutable fields."""
    recursion_limit: int
    modules: W_Dict                  # sys.modules
    builtins_dict: W_Dict            # the builtins module's namespace
    argv: list[str]
    script_dir: str
    sources: dict[str, list[str]]    # filename -> source lines (tracebacks)
    next_id: int
    int_max_str_digits: int
    switch_interval: float           # sys.setswitchinterval's value

    def __init__(self) -> None:
        self.recursion_limit = 1000
        self.modules = W_Dict()
        self.builtins_dict = W_Dict()
        self.argv = []
        self.script_dir = ""
        self.sources = {}
        self.next_id = 1
        self.int_max_str_digits = 4300
        self.switch_interval = 0.005


class MethodCall:
    """The method that a dispatch in stages (ops.binop_stage,
    richcompare_stage...) calls next: w_meth(w_self, w_arg, w_arg2), the
    arguments that are not None; the dispatch then goes on at `stage`
    with its result and w_carry.  The interpreter's loop runs such a
    method, when it is a Python function, as a frame of its own execute
    (interp.op_stages) and runs the instruction again for the next stage:
    under --stm a transaction that began in the method then stays rooted
    in the loop, as in a GIL run nothing switches threads between the
    method's last switch point and the instruction's end.  run_stages
    calls the methods from C (builtins, protocols)."""
    w_meth: W_Object | None
    w_self: W_Object | None
    w_arg: W_Object | None
    w_arg2: W_Object | None
    stage: int
    w_carry: W_Object | None

    def __init__(self) -> None:
        self.w_meth = None
        self.w_self = None
        self.w_arg = None
        self.w_arg2 = None
        self.stage = 0
        self.w_carry = None


class ExecCtx:
    """Per-thread execution state: passed to everything that may run
    Python code."""
    space: Space
    depth: int                       # Python call depth (recursion limit)
    handled: W_BaseException | None  # the exception being handled
    # While a generator runs, `handled` is its own state (CPython gives
    # each generator one) and this is the innermost exception its callers
    # handle, which sys.exc_info(), a bare raise and a new exception's
    # __context__ see when the generator handles none (topmost_handled).
    handled_outer: W_BaseException | None
    frame: FrameBase | None          # the innermost running frame
    callee: FrameBase | None         # a frame interp.load_attr made for
                                     # execute to run (a property getter)
    repr_stack: list[W_Object]       # containers being repr'd ([...])
    ident: int                       # _thread.get_ident(): 0 main thread
    tls: dict[int, list[W_Object]]   # threading.local: id -> [obj, dict]*
    unique: int                      # pypystm.count()'s counter
    ics: list[InlineCaches | None]   # this thread's caches by W_Code.uid
    maps: dict[str, Map]             # this thread's map transitions from
                                     # maps it does not own (Map)
    map_serial: int                  # the last uid of a map it made
                                     # (not used by the main thread)
    # what Python code that an inline frame returned to raised, for
    # execute to raise in the frame it switches to (interp.raise_on_switch)
    w_raise: W_BaseException | None
    mcall: MethodCall                # the method a stage asks for

    def __init__(self, space: Space) -> None:
        self.space = space
        self.depth = 0
        self.handled = None
        self.handled_outer = None
        self.frame = None
        self.callee = None
        self.repr_stack = []
        self.ident = 0
        self.tls = {}
        self.unique = 0
        self.ics = []
        self.maps = {}
        self.map_serial = 0
        self.w_raise = None
        self.mcall = MethodCall()


class ICEntry:
    """One entry of an inline cache site: what the site found for objects
    of one map (or one type, or one globals dict), valid while the type's
    version is `version`.  Its fields' meaning depends on the instruction
    (interp.py: IC_GLOBAL, IC_CLASS_ATTR...).  One object per entry, so a
    hit reads one list item and then fields, not one list per field."""
    map: Map | None
    index: int
    version: int
    value: W_Object | None
    owner: W_Object | None
    map2: Map | None               # STORE_ATTR adding an attribute: new map
    next: int                      # the site's next entry, or -1
    fills: int                     # times the entry was (re)filled

    def __init__(self) -> None:
        self.map = None
        self.index = -1
        self.version = -1
        self.value = None
        self.owner = None
        self.map2 = None
        self.next = -1
        self.fills = 0


class InlineCaches:
    """One thread's inline caches for one code object (see pycode.py and
    interp.caches_for): entry c serves the instruction whose argument
    carries c in its high bits.  Each thread fills its own, so under
    --stm two threads starting the same code (threading's bootstrap) do
    not conflict on the fills; a thread only ever writes its own.

    A polymorphic attribute site (one method of a base class running on
    instances of its subclasses: every class has its own maps) chains
    more entries after its first: entries[e].next is the entry after e,
    or -1; the chained entries are appended after the n first ones."""
    entries: list[ICEntry]
    # returned frames of this code, blank, that this thread's next calls
    # of it reuse (interp.function_frame_of): a stack linked by f_back;
    # frames are per thread, like these caches
    spare: FrameBase | None

    def __init__(self, n: int) -> None:
        self.entries = []
        for _ in range(n):
            self.entries.append(ICEntry())
        self.spare = None

    def chain_entry(self, last: int) -> int:
        """A new empty entry chained after entry last."""
        e = len(self.entries)
        self.entries.append(ICEntry())
        self.entries[last].next = e
        return e


# ============================================================ W_Object

class W_Object:
    def get_type(self) -> W_Type:
        return OBJECT_TYPE

    def type_name(self) -> str:
        return self.get_type().name

    # --- instance attribute storage (W_Instance, modules, functions)
    def instance_get(self, name: str) -> W_Object | None:
        return None

    def instance_set(self, ec: ExecCtx, name: str, w_value: W_Object) -> bool:
        return False

    def instance_del(self, ec: ExecCtx, name: str) -> bool:
        return False

    def has_instance_dict(self) -> bool:
        return False

    # --- descriptors (what this object does as a class attribute)
    def descr_kind(self) -> int:
        return self.get_type().instance_descr_kind

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        w_get = self.get_type().lookup("__get__")
        if w_get is None:
            return self
        w_inst: W_Object = W_NONE
        if w_obj is not None:
            w_inst = w_obj
        return w_get.call_method(ec, self, [w_inst, w_type], None)

    def descr_set(self, ec: ExecCtx, w_obj: W_Object, w_value: W_Object) -> None:
        w_set = self.get_type().lookup("__set__")
        if w_set is None:
            raise attribute_error_str("__set__")
        w_set.call_method(ec, self, [w_obj, w_value], None)

    def descr_delete(self, ec: ExecCtx, w_obj: W_Object) -> None:
        w_del = self.get_type().lookup("__delete__")
        if w_del is None:
            raise attribute_error_str("__delete__")
        w_del.call_method(ec, self, [w_obj], None)

    # --- attributes
    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        return generic_getattr(ec, self, name)

    def set_attr(self, ec: ExecCtx, name: str, w_value: W_Object) -> None:
        generic_setattr(ec, self, name, w_value)

    def del_attr(self, ec: ExecCtx, name: str) -> None:
        generic_delattr(ec, self, name)

    # --- calls.  args holds the positional arguments, then the values of
    # the keyword arguments named by kwnames (None: no keywords).
    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        w_call = self.get_type().lookup("__call__")
        if w_call is None:
            raise type_error("'" + self.type_name()
                             + "' object is not callable")
        return w_call.call_method(ec, self, args, kwnames)

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        """Call this class attribute as a method of w_self (functions
        override this to avoid building a bound method)."""
        w_bound = self.descr_get(ec, w_self, w_self.get_type())
        return w_bound.call_args(ec, args, kwnames)

    # --- the special-method protocols (defaults: CPython's generic paths)
    def repr_str(self, ec: ExecCtx) -> str:
        return generic_repr(ec, self)

    def str_str(self, ec: ExecCtx) -> str:
        return generic_str(ec, self)

    def hash_value(self, ec: ExecCtx) -> int:
        return generic_hash(ec, self)

    def is_true(self, ec: ExecCtx) -> bool:
        return generic_is_true(ec, self)

    def length(self, ec: ExecCtx) -> int:
        return generic_length(ec, self)

    def check_size(self, ec: ExecCtx) -> None:
        """Before list()/tuple() collect the items: a builtin iterable
        whose size CPython's length hint finds too big raises here (a
        range beyond 64 bits: OverflowError, not an endless loop)."""
        pass

    def getitem(self, ec: ExecCtx, w_key: W_Object) -> W_Object:
        return generic_getitem(ec, self, w_key)

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        generic_setitem(ec, self, w_key, w_value)

    def delitem(self, ec: ExecCtx, w_key: W_Object) -> None:
        generic_delitem(ec, self, w_key)

    def contains(self, ec: ExecCtx, w_value: W_Object) -> bool:
        return generic_contains(ec, self, w_value)

    def iter(self, ec: ExecCtx) -> W_Object:
        return generic_iter(ec, self)

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        """The next item, or None when exhausted (no StopIteration)."""
        return generic_next(ec, self)

    def unwrap_for(self, layout_type: W_Type) -> W_Object | None:
        """The builtin value this object stores for a builtin base type
        (user subclasses of list, int...), or None."""
        return None

    def is_plain_function(self) -> bool:
        """A Python function (interp.W_Function)."""
        return False

    def generic_attrs(self) -> bool:
        """Attribute lookup is generic_getattr (classes overriding
        lookup_attr say False): LOAD_METHOD may then take a method from
        the type directly."""
        return True

    def unwrap_static(self) -> W_Object | None:
        """The function a staticmethod or classmethod wraps."""
        return None

    def attr_error_subject(self) -> W_Object:
        """The object an AttributeError for a missing attribute names
        (types.GenericAlias forwards its reads to its origin)."""
        return self


# ============================================================ W_Type

class Map:
    """The shape of instances: attribute names to slot indices.  Maps form
    a transition tree rooted per type; index never changes once built, so
    an inline cache may hold (map, index).

    Under --stm a transition is written by one thread only, the map's
    owner (the ExecCtx.ident of the thread that made it; 0, the main
    thread, for the maps made without a thread at hand: the types' roots
    and set_raw's).  Another thread adding an attribute keeps the new map
    in its own table (ExecCtx.maps), so two threads creating the first
    instances of a class at the same time each build their own branch
    instead of both writing the root's transitions (one of them aborted)."""
    w_type: W_Type | None
    index: dict[str, int]
    names: list[str]
    transitions: dict[str, Map]
    owner: int                      # ExecCtx.ident of the only writer
    uid: int                        # unique among its owner's maps

    def __init__(self, w_type: W_Type | None, names: list[str],
                 ec: ExecCtx | None = None) -> None:
        self.w_type = w_type
        self.names = names
        idx: dict[str, int] = {}
        i = 0
        for n in names:
            idx[n] = i
            i += SLOT_STRIDE
        self.index = idx
        self.transitions = {}
        if ec is None or ec.ident == 0:
            # the main thread's (there may be several ExecCtx with ident
            # 0: codegen's and setobject's constant folders), or made
            # without a thread at hand: uids count up from 0
            self.owner = 0
            self.uid = MAP_UIDS[0]
            MAP_UIDS[0] = self.uid + 1
        else:
            # a thread's own: uids count down from -1 (a per-thread
            # counter: a shared one would conflict; idents are unique)
            self.owner = ec.ident
            ec.map_serial -= 1
            self.uid = ec.map_serial

    def find(self, name: str) -> int:
        return self.index.get(name, -1)

    def next_index(self) -> int:
        """The slot index of the attribute with_attr adds."""
        return len(self.names) * SLOT_STRIDE

    def with_attr(self, name: str) -> Map:
        """The map with name added (run by no Python code: rare)."""
        m = self.transitions.get(name)
        if m is not None:
            return m
        names = list(self.names)
        names.append(name)
        fresh = Map(self.w_type, names)
        self.transitions[name] = fresh
        fresh.grow_slot_hint()
        return fresh

    def with_attr_in(self, ec: ExecCtx, name: str) -> Map:
        """with_attr for the thread of ec, writing only what it owns."""
        m = self.transitions.get(name)
        if m is not None:
            return m
        if self.owner == ec.ident:
            fresh = self.thread_map(ec, name)
            self.transitions[name] = fresh
            return fresh
        key = str(self.owner) + ":" + str(self.uid) + ":" + name
        m2 = ec.maps.get(key)
        if m2 is not None:
            return m2
        fresh2 = self.thread_map(ec, name)
        ec.maps[key] = fresh2
        return fresh2

    def thread_map(self, ec: ExecCtx, name: str) -> Map:
        names = list(self.names)
        names.append(name)
        fresh = Map(self.w_type, names, ec)
        fresh.grow_slot_hint()
        return fresh

    def grow_slot_hint(self) -> None:
        """Makes the type's new instances start with room for this map's
        slots (W_Type.slot_hint).  Written only when it grows: at most
        MAX_MAP_ATTRS times per type, while its instances get their first
        shapes."""
        t = self.w_type
        n = (len(self.names) - 1) * SLOT_STRIDE + 1
        if t is not None and t.slot_hint < n:
            t.slot_hint = n

# the next uid of a map made without a thread at hand (Map.uid)
MAP_UIDS: list[int] = [0]

# The distance between two attributes' slots.  Under --stm with threads
# (more than one segment) an instance's attributes lie two slots apart,
# the slot between them empty (None, never looked at): the runtime keeps
# a read marker per 16 bytes (two slots) of the slots array and publishes
# the granules a transaction changed, so a store into one attribute then
# conflicts only with the readers of that attribute, not with those of
# its neighbour (mt_btree's `self.size += 1` aborted every `node =
# self.root`).  The GIL build, and an STM build with one segment, keep
# the dense layout (nothing there conflicts).
SLOT_STRIDE = 2 if rtrans.segment_limit() > 1 else 1

MAX_MAP_ATTRS = 64


class W_Type(W_Object):
    name: str
    qualname: str
    module: str
    bases: list[W_Type]
    mro: list[W_Type]
    tdict: dict[str, W_Object]
    layout: int
    w_metatype: W_Type | None        # None: `type`
    base_builtin: W_Type | None      # the builtin type giving storage
    root_map: Map
    # the slots of the largest map its instances reached (Map.
    # grow_slot_hint): a new instance's slots list is made that long, so
    # that adding its attributes stores instead of appending (with
    # SLOT_STRIDE 2 an attribute appended a gap and itself, and the list
    # grew in steps: 0.7% of pystone's instructions under --stm)
    slot_hint: int
    version: int                     # changes when any MRO dict changes
    subclasses: list[W_Type]
    heap: bool                       # created by a class statement
    instance_descr_kind: int         # DESCR_* of this type's instances
    has_getattr: bool                # __getattr__ somewhere in the MRO
    has_getattribute: bool           # a Python-level __getattribute__
    has_setattr: bool
    has_delattr: bool
    doc: W_Object
    w_dict_obj: W_Object | None
    # the attribute names instances may have when __slots__ leaves them
    # without a __dict__; None: they have one
    slot_names: list[str] | None
    match_flags: int                 # matching.MF_*: set on builtin types
    # a class's __new__ and __init__ as its MRO has them, for calls of the
    # class (heap types only: compute_flags runs on every change of their
    # MRO's dicts, not on every set_builtin of a builtin type)
    w_new: W_Object | None
    w_init: W_Object | None
    # a dict subclass whose __getitem__ and __setitem__ are dict's own
    # (defaultdict, Counter): d[k] and d[k] = v reach its dict directly
    dict_items: bool
    # what calling this exact builtin type with one (two) positional
    # arguments returns, as type_call would find it through __new__ and
    # __init__: int(x), str(x), type(x), range(a, b).  Set by the type's
    # install; None for every class (a subclass of int gets None: its
    # __new__ and __init__ can be Python code) and the other builtins
    new1: Callable[[ExecCtx, W_Object], W_Object] | None
    new2: Callable[[ExecCtx, W_Object, W_Object], W_Object] | None

    def __init__(self, name: str, bases: list[W_Type], layout: int) -> None:
        self.name = name
        self.qualname = name
        self.module = "builtins"
        self.bases = bases
        self.mro = []
        self.tdict = {}
        self.layout = layout
        self.w_metatype = None
        self.base_builtin = None
        self.root_map = Map(None, [])
        self.slot_hint = 0
        self.version = 0
        self.subclasses = []
        self.heap = False
        self.instance_descr_kind = DESCR_NONE
        self.has_getattr = False
        self.has_getattribute = False
        self.has_setattr = False
        self.has_delattr = False
        self.doc = W_NONE
        self.w_dict_obj = None
        self.slot_names = None
        self.match_flags = 0
        self.w_new = None
        self.w_init = None
        self.dict_items = False
        self.new1 = None
        self.new2 = None
        self.root_map.w_type = self
        for b in bases:
            b.subclasses.append(self)
            if b.base_builtin is not None and self.base_builtin is None:
                self.base_builtin = b.base_builtin
            if b.layout == LAYOUT_EXCEPTION:
                self.layout = LAYOUT_EXCEPTION

    def get_type(self) -> W_Type:
        m = self.w_metatype
        if m is not None:
            return m
        return TYPE_TYPE

    def lookup(self, name: str) -> W_Object | None:
        # one hash probe a class of the MRO (get, not `in` then [])
        for t in self.mro:
            w = t.tdict.get(name)
            if w is not None:
                return w
        return None

    def lookup_where(self, name: str) -> W_Type | None:
        for t in self.mro:
            if name in t.tdict:
                return t
        return None

    def is_subtype(self, other: W_Type) -> bool:
        if self is other:
            return True
        for t in self.mro:
            if t is other:
                return True
        return False

    def set_builtin(self, name: str, w_value: W_Object) -> None:
        self.tdict[name] = w_value

    def changed(self) -> None:
        """A dict in this type's MRO changed: drop inline caches and
        recompute the flags (rare: class attribute assignment)."""
        self.version += 1
        self.compute_flags()
        for sub in self.subclasses:
            sub.changed()

    def compute_flags(self) -> None:
        self.has_getattr = self.lookup("__getattr__") is not None
        ga = self.lookup_where("__getattribute__")
        self.has_getattribute = ga is not None and ga.heap
        sa = self.lookup_where("__setattr__")
        self.has_setattr = sa is not None and sa.heap
        da = self.lookup_where("__delattr__")
        self.has_delattr = da is not None and da.heap
        if self.heap:
            kind = DESCR_NONE
            if self.lookup("__get__") is not None:
                kind = DESCR_METHOD
            if self.lookup("__set__") is not None or \
                    self.lookup("__delete__") is not None:
                kind = DESCR_DATA
            self.instance_descr_kind = kind
            self.w_new = self.lookup("__new__")
            self.w_init = self.lookup("__init__")
            self.dict_items = self.inherits_dict_items()

    def inherits_dict_items(self) -> bool:
        d = DICT_TYPE.tdict
        w_get = d.get("__getitem__")
        w_set = d.get("__setitem__")
        return (w_get is not None and w_set is not None
                and self.lookup("__getitem__") is w_get
                and self.lookup("__setitem__") is w_set)

    def new_func(self) -> W_Object | None:
        """lookup("__new__"), without the MRO walk for a class or a
        builtin type that freeze_builtin_types saw."""
        if self.heap or self.w_new is not None:
            return self.w_new
        return self.lookup("__new__")

    def init_func(self) -> W_Object | None:
        """lookup("__init__"), without the MRO walk for a class or a
        builtin type that freeze_builtin_types saw."""
        if self.heap or self.w_init is not None:
            return self.w_init
        return self.lookup("__init__")

    # --- attributes of the class object itself
    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        return type_getattr(ec, self, name)

    def generic_attrs(self) -> bool:
        return False

    def instance_set(self, ec: ExecCtx, name: str, w_value: W_Object) -> bool:
        if not self.heap:
            raise type_error("cannot set '" + name + "' attribute of "
                             "immutable type '" + self.name + "'")
        self.tdict[name] = w_value
        self.changed()
        return True

    def instance_del(self, ec: ExecCtx, name: str) -> bool:
        if not self.heap:
            raise type_error("cannot delete '" + name + "' attribute of "
                             "immutable type '" + self.name + "'")
        if name not in self.tdict:
            return False
        del self.tdict[name]
        self.changed()
        return True

    def has_instance_dict(self) -> bool:
        return True

    def repr_str(self, ec: ExecCtx) -> str:
        if self.get_type() is TYPE_TYPE:
            if self.module == "builtins":
                return "<class '" + self.qualname + "'>"
            return "<class '" + self.module + "." + self.qualname + "'>"
        return generic_repr(ec, self)

    def hash_value(self, ec: ExecCtx) -> int:
        if self.get_type() is TYPE_TYPE:
            return hash(self)
        return generic_hash(ec, self)

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        meta = self.get_type()
        if meta is not TYPE_TYPE:
            where = meta.lookup_where("__call__")
            if where is not None and where.heap:
                w_call = where.tdict["__call__"]
                return w_call.call_method(ec, self, args, kwnames)
        elif kwnames is None and len(args) == 1:
            f = self.new1       # map(int, ...), int called back by a builtin
            if f is not None:
                return f(ec, args[0])
        return TYPE_CALL[0](ec, self, args, kwnames)


# type(...) calls go through a function the type module installs (class
# creation and instance creation need the interpreter's calling code).
def _type_call_missing(ec: ExecCtx, w_type: W_Type, args: list[W_Object],
                       kwnames: list[str] | None) -> W_Object:
    raise type_error("cannot create '" + w_type.name + "' instances")


TYPE_CALL: list[Callable[[ExecCtx, W_Type, list[W_Object], list[str] | None],
                         W_Object]] = [_type_call_missing]


def set_type_call(f: Callable[[ExecCtx, W_Type, list[W_Object],
                               list[str] | None], W_Object]) -> None:
    TYPE_CALL[0] = f


def compute_mro(w_type: W_Type) -> list[W_Type]:
    """C3 linearization; raises TypeError if the bases cannot be ordered."""
    seqs: list[list[W_Type]] = []
    for b in w_type.bases:
        seqs.append(list(b.mro))
    seqs.append(list(w_type.bases))
    nb = len(w_type.bases)
    for i in range(nb):
        for j in range(i + 1, nb):
            if w_type.bases[i] is w_type.bases[j]:
                raise type_error("duplicate base class "
                                 + w_type.bases[i].name)
    result: list[W_Type] = [w_type]
    while True:
        nonempty: list[list[W_Type]] = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        if len(nonempty) == 0:
            return result
        cand: W_Type | None = None
        for s in nonempty:
            head = s[0]
            in_tail = False
            for s2 in nonempty:
                for k in range(1, len(s2)):
                    if s2[k] is head:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                cand = head
                break
        if cand is None:
            names: list[str] = []
            for s in nonempty:
                if s[0].name not in names:
                    names.append(s[0].name)
            raise type_error("Cannot create a consistent method resolution\n"
                             "order (MRO) for bases " + ", ".join(names))
        result.append(cand)
        for s in nonempty:
            if s[0] is cand:
                del s[0]


def make_builtin_type(name: str, base: W_Type | None, layout: int) -> W_Type:
    bases: list[W_Type] = []
    if base is not None:
        bases.append(base)
    t = W_Type(name, bases, layout)
    t.mro = compute_mro(t)
    BUILTIN_TYPES.append(t)
    return t


# every type make_builtin_type made, for freeze_builtin_types
BUILTIN_TYPES: list[W_Type] = []


def freeze_builtin_types() -> None:
    """Once every install() and make_builtins have filled the builtin
    types' dicts (which Python code cannot change: setattr on them
    raises), keep each one's __new__ and __init__, so that a call of
    range or int does not walk the MRO twice (new_func, init_func).  Run
    once by main, before any Python code or thread."""
    for t in BUILTIN_TYPES:
        # every CPython type has its own __doc__ (None when it has no
        # text): None.__doc__ must not find object's
        if "__doc__" not in t.tdict:
            t.tdict["__doc__"] = W_NONE
        t.w_new = t.lookup("__new__")
        t.w_init = t.lookup("__init__")
        for w in t.tdict.values():
            # a builtin static or class method (__new__, dict.fromkeys)
            # takes a class or anything first, not an instance
            inner = w.unwrap_static()
            if isinstance(inner, W_BuiltinFunction):
                inner.takes_self = False


# ========================================================== W_Instance

def append_slot(slots: list[W_Object | None], i: int,
                w_value: W_Object) -> None:
    """The store of a new attribute, whose index i (Map.next_index) is
    in the room the instance was made with (W_Type.slot_hint), else
    len(slots) or, with SLOT_STRIDE 2, one beyond: the gap stays empty."""
    if i < len(slots):
        slots[i] = w_value
        return
    while len(slots) < i:
        slots.append(None)
    slots.append(w_value)


def store_slot(slots: list[W_Object | None], i: int,
               w_value: W_Object) -> None:
    """An instance attribute's store.  Storing the object the slot holds
    changes nothing, and under --stm the write would conflict with every
    other thread's reads of the instance (mt_skiplist's `self.level =
    max(self.level, level)`, at every insert): it is left out."""
    if slots[i] is not w_value:
        slots[i] = w_value


class W_Instance(W_Object):
    """An instance of a class statement's class.  Attributes live in slots
    described by a Map (shared by all instances built the same way); after
    __dict__ is taken or too many attributes, in a real dict instead."""
    w_type: W_Type
    map: Map
    slots: list[W_Object | None]
    w_dict: W_Dict | None
    w_base: W_Object | None          # the builtin value of a builtin base

    def __init__(self, w_type: W_Type) -> None:
        self.w_type = w_type
        self.map = w_type.root_map
        n = w_type.slot_hint
        if n > 0:
            self.slots = [None] * n
        else:
            self.slots = []
        self.w_dict = None
        self.w_base = None

    def get_type(self) -> W_Type:
        return self.w_type

    def unwrap_for(self, layout_type: W_Type) -> W_Object | None:
        return self.w_base

    def getitem(self, ec: ExecCtx, w_key: W_Object) -> W_Object:
        # a dict subclass that keeps dict's __getitem__: 1/3 of the cost
        # of d[k] on a defaultdict was finding and calling the method
        w_base = self.w_base
        if self.w_type.dict_items and isinstance(w_base, W_Dict):
            w = w_base.lookup(ec, w_key)
            if w is not None:
                return w
            return dict_missing(ec, self, w_key)
        return generic_getitem(ec, self, w_key)

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        w_base = self.w_base
        if self.w_type.dict_items and isinstance(w_base, W_Dict):
            w_base.store(ec, w_key, w_value)
            return
        generic_setitem(ec, self, w_key, w_value)

    def instance_get(self, name: str) -> W_Object | None:
        d = self.w_dict
        if d is not None:
            return d.get_str(name)
        i = self.map.find(name)
        if i < 0:
            return None
        return self.slots[i]

    def instance_set(self, ec: ExecCtx, name: str, w_value: W_Object) -> bool:
        d = self.w_dict
        if d is not None:
            d.set_str(ec, name, w_value)
            return True
        m = self.map
        i = m.find(name)
        if i >= 0:
            store_slot(self.slots, i, w_value)
            return True
        if len(m.names) >= MAX_MAP_ATTRS:
            self.to_dict_mode(ec).set_str(ec, name, w_value)
            return True
        self.map = m.with_attr_in(ec, name)
        append_slot(self.slots, m.next_index(), w_value)
        return True

    def instance_del(self, ec: ExecCtx, name: str) -> bool:
        d = self.w_dict
        if d is None:
            if self.map.find(name) < 0:
                return False
            d = self.to_dict_mode(ec)
        return d.del_str(ec, name)

    def has_instance_dict(self) -> bool:
        return True

    def set_raw(self, name: str, w_value: W_Object) -> None:
        """Set an attribute without running any Python code."""
        d = self.w_dict
        if d is not None:
            d.put_str(name, w_value)
            return
        m = self.map
        i = m.find(name)
        if i >= 0:
            self.slots[i] = w_value
            return
        self.map = m.with_attr(name)
        append_slot(self.slots, m.next_index(), w_value)

    def to_dict_mode(self, ec: ExecCtx) -> W_Dict:
        d = self.w_dict
        if d is not None:
            return d
        fresh = W_Dict()
        i = 0
        for n in self.map.names:
            v = self.slots[i]
            if v is not None:
                fresh.set_str(ec, n, v)
            i += SLOT_STRIDE
        self.w_dict = fresh
        self.map = DICT_MODE_MAP
        self.slots = []
        return fresh


def of_class(w_cls: W_Object, exact: W_Type, w_value: W_Object) -> W_Object:
    """What the builtin type exact's __new__ called for class w_cls
    returns: w_value itself, or for a subclass an instance holding it."""
    if isinstance(w_cls, W_Type) and w_cls is not exact:
        inst = W_Instance(w_cls)
        inst.w_base = w_value
        return inst
    return w_value


DICT_MODE_MAP = Map(None, [])


# ============================================================ singletons

class W_NoneType(W_Object):
    def get_type(self) -> W_Type:
        return NONE_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return "None"

    def str_str(self, ec: ExecCtx) -> str:
        return "None"

    def is_true(self, ec: ExecCtx) -> bool:
        return False

    def hash_value(self, ec: ExecCtx) -> int:
        return 0xFCA86420   # CPython hashes None by address; any constant


class W_NotImplementedType(W_Object):
    def get_type(self) -> W_Type:
        return NOTIMPLEMENTED_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return "NotImplemented"

    def hash_value(self, ec: ExecCtx) -> int:
        return 0x1234ABC


class W_EllipsisType(W_Object):
    def get_type(self) -> W_Type:
        return ELLIPSIS_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return "Ellipsis"

    def hash_value(self, ec: ExecCtx) -> int:
        return 0x5678DEF


W_NONE = W_NoneType()
W_NOTIMPLEMENTED = W_NotImplementedType()
W_ELLIPSIS = W_EllipsisType()


# ============================================================== numbers

class W_Int(W_Object):
    """An int that fits in 64 bits (W_BigInt holds the others)."""
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def get_type(self) -> W_Type:
        return INT_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return str(self.value)

    def str_str(self, ec: ExecCtx) -> str:
        return str(self.value)

    def hash_value(self, ec: ExecCtx) -> int:
        return rtutil.hash_int(self.value)

    def is_true(self, ec: ExecCtx) -> bool:
        return self.value != 0


class W_Bool(W_Int):
    def get_type(self) -> W_Type:
        return BOOL_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return "True" if self.value != 0 else "False"

    def str_str(self, ec: ExecCtx) -> str:
        return "True" if self.value != 0 else "False"


W_TRUE = W_Bool(1)
W_FALSE = W_Bool(0)

SMALL_INTS: list[W_Int] = [W_Int(i) for i in range(SMALL_INT_MIN,
                                                   SMALL_INT_MAX + 1)]


def new_int(v: int) -> W_Int:
    if SMALL_INT_MIN <= v <= SMALL_INT_MAX:
        return SMALL_INTS[v - SMALL_INT_MIN]
    return W_Int(v)


def new_bool(b: bool) -> W_Bool:
    if b:
        return W_TRUE
    return W_FALSE


class W_Float(W_Object):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def get_type(self) -> W_Type:
        return FLOAT_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return repr(self.value)

    def str_str(self, ec: ExecCtx) -> str:
        return repr(self.value)

    def hash_value(self, ec: ExecCtx) -> int:
        v = self.value
        if v != v:
            return hash(self)
        return rtutil.hash_float(v)

    def is_true(self, ec: ExecCtx) -> bool:
        return self.value != 0.0


# ============================================================== strings

class W_Str(W_Object):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def get_type(self) -> W_Type:
        return STR_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        return repr(self.value)

    def str_str(self, ec: ExecCtx) -> str:
        return self.value

    def hash_value(self, ec: ExecCtx) -> int:
        return hash(self.value)

    def is_true(self, ec: ExecCtx) -> bool:
        return len(self.value) > 0

    def length(self, ec: ExecCtx) -> int:
        return len(self.value)


def _make_char_cache() -> list[W_Str]:
    out: list[W_Str] = []
    for i in range(256):
        out.append(W_Str(chr(i)))
    return out


CHAR_CACHE: list[W_Str] = _make_char_cache()
W_EMPTY_STR = W_Str("")


def new_str(s: str) -> W_Str:
    n = len(s)
    if n == 1:
        o = ord(s)
        if o < 256:
            return CHAR_CACHE[o]
    elif n == 0:
        return W_EMPTY_STR
    return W_Str(s)


# ============================================================ sequences

class W_Tuple(W_Object):
    items: list[W_Object]      # never changed after construction

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items

    def get_type(self) -> W_Type:
        return TUPLE_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        n = len(self.items)
        if n == 0:
            return "()"
        if n == 1:
            return "(" + repr_str(ec, self.items[0]) + ",)"
        parts: list[str] = []
        for w in self.items:
            parts.append(repr_str(ec, w))
        return "(" + ", ".join(parts) + ")"

    def hash_value(self, ec: ExecCtx) -> int:
        acc = rtutil.XXPRIME_5
        for w in self.items:
            acc = rtutil.tuple_hash_step(acc, hash_w(ec, w))
        return rtutil.tuple_hash_finish(acc, len(self.items))

    def is_true(self, ec: ExecCtx) -> bool:
        return len(self.items) > 0

    def length(self, ec: ExecCtx) -> int:
        return len(self.items)

    def contains(self, ec: ExecCtx, w_value: W_Object) -> bool:
        for w in self.items:
            if w is w_value or eq_bool(ec, w, w_value):
                return True
        return False


W_EMPTY_TUPLE = W_Tuple([])


def new_tuple(items: list[W_Object]) -> W_Tuple:
    if len(items) == 0:
        return W_EMPTY_TUPLE
    return W_Tuple(items)


class W_List(W_Object):
    items: list[W_Object]

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        # l[i] = v in range stores without looking up and calling the
        # type's __setitem__ (1300 instructions a store in pystone)
        if isinstance(w_key, W_Int):
            items = self.items
            i = w_key.value
            if i < 0:
                i += len(items)
            if 0 <= i < len(items):
                items[i] = w_value
                return
        generic_setitem(ec, self, w_key, w_value)

    def get_type(self) -> W_Type:
        return LIST_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        if len(self.items) == 0:
            return "[]"
        if enter_repr(ec, self):
            return "[...]"
        try:
            parts: list[str] = []
            i = 0
            while i < len(self.items):
                parts.append(repr_str(ec, self.items[i]))
                i += 1
            return "[" + ", ".join(parts) + "]"
        finally:
            leave_repr(ec, self)

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: 'list'")

    def is_true(self, ec: ExecCtx) -> bool:
        return len(self.items) > 0

    def length(self, ec: ExecCtx) -> int:
        return len(self.items)

    def contains(self, ec: ExecCtx, w_value: W_Object) -> bool:
        i = 0
        while i < len(self.items):
            w = self.items[i]
            if w is w_value or eq_bool(ec, w, w_value):
                return True
            i += 1
        return False


def enter_repr(ec: ExecCtx, w: W_Object) -> bool:
    """Start the repr of a container; True if it is already being
    printed (a cycle: print [...])."""
    for x in ec.repr_stack:
        if x is w:
            return True
    ec.repr_stack.append(w)
    return False


def leave_repr(ec: ExecCtx, w: W_Object) -> None:
    st = ec.repr_stack
    i = len(st) - 1
    while i >= 0:
        if st[i] is w:
            del st[i]
            return
        i -= 1


# ================================================================= dict

DICT_EMPTY = -1
DICT_DUMMY = -2
DICT_MINSIZE = 8


class W_DictCell(W_Object):
    """The value of one key of a module namespace (W_Dict.celled).  Never
    visible to Python code.  Storing into an existing global writes only
    its cell, so under --stm a thread assigning one global does not
    conflict with threads reading or assigning the module's other globals
    (one values array would be one object: any store, any read, conflict).
    A deleted key's cell is emptied (value None) and dropped from the
    dict, so a cached cell is valid exactly while its value is not None."""
    value: W_Object | None

    def __init__(self, w_value: W_Object | None) -> None:
        self.value = w_value


class W_Dict(W_Object):
    """Insertion-ordered hash table: an index table (open addressing) over
    entries kept in insertion order, as CPython's compact dict.  Deleted
    entries leave a None key until the next resize compacts them.

    A celled dict (module namespaces, new_module_dict) keeps in values[i]
    the W_DictCell holding the value instead of the value: read values
    through value_at() and write them through set_value_at()."""
    indices: list[int]
    hashes: list[int]
    keys: list[W_Object | None]
    values: list[W_Object | None]
    used: int                        # live entries
    version: int                     # bumped on insertion of a new key or
                                     # deletion (iteration checks, caches)
    celled: bool

    def __init__(self) -> None:
        self.indices = [DICT_EMPTY] * DICT_MINSIZE
        self.hashes = []
        self.keys = []
        self.values = []
        self.used = 0
        self.version = 0
        self.celled = False

    # --- entry values (celled dicts keep a W_DictCell per entry)
    def value_at(self, ix: int) -> W_Object | None:
        v = self.values[ix]
        if self.celled and v is not None:
            assert isinstance(v, W_DictCell)
            return v.value
        return v

    def set_value_at(self, ix: int, w_value: W_Object) -> None:
        if self.celled:
            c = self.values[ix]
            assert isinstance(c, W_DictCell)
            c.value = w_value
            return
        self.values[ix] = w_value

    def cell_at(self, ix: int) -> W_DictCell | None:
        """The cell of live entry ix of a celled dict (None otherwise)."""
        c = self.values[ix]
        if isinstance(c, W_DictCell):
            return c
        return None

    def drop_value(self, ix: int) -> None:
        c = self.values[ix]
        if isinstance(c, W_DictCell):
            c.value = None
        self.values[ix] = None

    def get_type(self) -> W_Type:
        return DICT_TYPE

    # --- the table
    def find(self, ec: ExecCtx, w_key: W_Object, h: int) -> int:
        """Index in the entry arrays of w_key, or -1."""
        while True:
            keys = self.keys
            mask = len(self.indices) - 1
            i = h & mask
            perturb = h & MAXINT
            while True:
                ix = self.indices[i]
                if ix == DICT_EMPTY:
                    return -1
                if ix >= 0:
                    k = self.keys[ix]
                    if k is w_key:
                        return ix
                    if k is not None and self.hashes[ix] == h:
                        r = key_equal(ec, k, w_key)
                        if r == 1:
                            return ix
                        if r == 2:
                            if self.keys is not keys or self.keys[ix] is not k:
                                break       # mutated by __eq__: restart
                            if eq_bool(ec, k, w_key):
                                return ix
                            if self.keys is not keys or self.keys[ix] is not k:
                                break
                perturb = perturb >> 5
                i = (i * 5 + perturb + 1) & mask

    def find_str(self, name: str, h: int) -> int:
        mask = len(self.indices) - 1
        i = h & mask
        perturb = h & MAXINT
        while True:
            ix = self.indices[i]
            if ix == DICT_EMPTY:
                return -1
            if ix >= 0 and self.hashes[ix] == h:
                k = self.keys[ix]
                if isinstance(k, W_Str) and k.value == name:
                    return ix
            perturb = perturb >> 5
            i = (i * 5 + perturb + 1) & mask

    def slot_for_insert(self, h: int) -> int:
        mask = len(self.indices) - 1
        i = h & mask
        perturb = h & MAXINT
        while self.indices[i] >= 0:
            perturb = perturb >> 5
            i = (i * 5 + perturb + 1) & mask
        return i

    def resize(self, minsize: int) -> None:
        size = DICT_MINSIZE
        while size < minsize:
            size = size * 2
        self.indices = [DICT_EMPTY] * size
        if self.used != len(self.keys):
            hashes: list[int] = []
            keys: list[W_Object | None] = []
            values: list[W_Object | None] = []
            i = 0
            while i < len(self.keys):
                k = self.keys[i]
                if k is not None:
                    hashes.append(self.hashes[i])
                    keys.append(k)
                    values.append(self.values[i])
                i += 1
            self.hashes = hashes
            self.keys = keys
            self.values = values
        i = 0
        while i < len(self.keys):
            self.indices[self.slot_for_insert(self.hashes[i])] = i
            i += 1

    def insert_new(self, w_key: W_Object, h: int, w_value: W_Object) -> None:
        # keep the index table at most 2/3 full (entries, live or dead)
        if (len(self.keys) + 1) * 3 >= len(self.indices) * 2:
            self.resize((self.used + 1) * 3)
        self.indices[self.slot_for_insert(h)] = len(self.keys)
        self.hashes.append(h)
        self.keys.append(w_key)
        if self.celled:
            self.values.append(W_DictCell(w_value))
        else:
            self.values.append(w_value)
        self.used += 1
        self.version += 1

    def remove_at(self, ix: int, h: int) -> None:
        mask = len(self.indices) - 1
        i = h & mask
        perturb = h & MAXINT
        while self.indices[i] != ix:
            perturb = perturb >> 5
            i = (i * 5 + perturb + 1) & mask
        self.indices[i] = DICT_DUMMY
        self.keys[ix] = None
        self.drop_value(ix)
        self.used -= 1
        self.version += 1

    # --- the Python-level operations
    def lookup(self, ec: ExecCtx, w_key: W_Object) -> W_Object | None:
        ix = self.find(ec, w_key, hash_w(ec, w_key))
        if ix < 0:
            return None
        return self.value_at(ix)

    def store(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        self.store_hashed(ec, w_key, hash_w(ec, w_key), w_value)

    def store_hashed(self, ec: ExecCtx, w_key: W_Object, h: int,
                     w_value: W_Object) -> None:
        """store, w_key's hash h known (interp.store_hashed)."""
        ix = self.find(ec, w_key, h)
        if ix >= 0:
            self.set_value_at(ix, w_value)
            return
        self.insert_new(w_key, h, w_value)

    def remove(self, ec: ExecCtx, w_key: W_Object) -> W_Object | None:
        return self.remove_hashed(ec, w_key, hash_w(ec, w_key))

    def remove_hashed(self, ec: ExecCtx, w_key: W_Object,
                      h: int) -> W_Object | None:
        """remove, w_key's hash h known (dictobject's stages)."""
        ix = self.find(ec, w_key, h)
        if ix < 0:
            return None
        w_value = self.value_at(ix)
        self.remove_at(ix, h)
        return w_value

    def get_str(self, name: str) -> W_Object | None:
        ix = self.find_str(name, hash(name))
        if ix < 0:
            return None
        return self.value_at(ix)

    def set_str(self, ec: ExecCtx, name: str, w_value: W_Object) -> None:
        self.put_str(name, w_value)

    def put_str(self, name: str, w_value: W_Object) -> None:
        h = hash(name)
        ix = self.find_str(name, h)
        if ix >= 0:
            self.set_value_at(ix, w_value)
            return
        self.insert_new(new_str(name), h, w_value)

    def del_str(self, ec: ExecCtx, name: str) -> bool:
        h = hash(name)
        ix = self.find_str(name, h)
        if ix < 0:
            return False
        self.remove_at(ix, h)
        return True

    def clear(self) -> None:
        if self.celled:
            for ix in range(len(self.values)):
                self.drop_value(ix)
        self.indices = [DICT_EMPTY] * DICT_MINSIZE
        self.hashes = []
        self.keys = []
        self.values = []
        self.used = 0
        self.version += 1

    def live_keys(self) -> list[W_Object]:
        out: list[W_Object] = []
        for k in self.keys:
            if k is not None:
                out.append(k)
        return out

    # --- protocols
    def repr_str(self, ec: ExecCtx) -> str:
        if self.used == 0:
            return "{}"
        if enter_repr(ec, self):
            return "{...}"
        try:
            parts: list[str] = []
            i = 0
            while i < len(self.keys):
                k = self.keys[i]
                v = self.value_at(i)
                if k is not None and v is not None:
                    parts.append(repr_str(ec, k) + ": " + repr_str(ec, v))
                i += 1
            return "{" + ", ".join(parts) + "}"
        finally:
            leave_repr(ec, self)

    def hash_value(self, ec: ExecCtx) -> int:
        raise type_error("unhashable type: 'dict'")

    def is_true(self, ec: ExecCtx) -> bool:
        return self.used > 0

    def length(self, ec: ExecCtx) -> int:
        return self.used

    def contains(self, ec: ExecCtx, w_value: W_Object) -> bool:
        return self.find(ec, w_value, hash_w(ec, w_value)) >= 0

    def getitem(self, ec: ExecCtx, w_key: W_Object) -> W_Object:
        w = self.lookup(ec, w_key)
        if w is None:
            raise key_error(w_key)
        return w

    def setitem(self, ec: ExecCtx, w_key: W_Object, w_value: W_Object) -> None:
        self.store(ec, w_key, w_value)

    def delitem(self, ec: ExecCtx, w_key: W_Object) -> None:
        if self.remove(ec, w_key) is None:
            raise key_error(w_key)


def key_equal(ec: ExecCtx, a: W_Object, b: W_Object) -> int:
    """Key comparison without running Python code where possible:
    0 different, 1 equal, 2 ask __eq__."""
    if isinstance(a, W_Str):
        if isinstance(b, W_Str):
            return 1 if a.value == b.value else 0
        if isinstance(b, W_Int) or isinstance(b, W_Float):
            return 0
        return 2
    if isinstance(a, W_Int):
        if isinstance(b, W_Int):
            return 1 if a.value == b.value else 0
        if isinstance(b, W_Str):
            return 0
        return 2
    return 2


def new_dict() -> W_Dict:
    return W_Dict()


# =========================================================== exceptions

class TracebackEntry:
    """One line of a traceback: a frame's code at an instruction."""
    filename: str
    name: str
    line: int
    end_line: int
    col: int
    end_col: int
    next: TracebackEntry | None
    frame: FrameBase | None
    # the traceback object Python code sees (exceptions.py wrap_traceback):
    # made once, so that e.__traceback__ is e.__traceback__ as in CPython
    w_tb: W_Object | None

    def __init__(self, filename: str, name: str, line: int, end_line: int,
                 col: int, end_col: int) -> None:
        self.filename = filename
        self.name = name
        self.line = line
        self.end_line = end_line
        self.col = col
        self.end_col = end_col
        self.next = None
        self.frame = None
        self.w_tb = None


class W_BaseException(W_Instance):
    args: W_Tuple
    traceback: TracebackEntry | None     # outermost frame first
    w_cause: W_Object
    w_context: W_Object
    suppress_context: bool

    def __init__(self, w_type: W_Type, args: W_Tuple) -> None:
        super().__init__(w_type)
        self.args = args
        self.traceback = None
        self.w_cause = W_NONE
        self.w_context = W_NONE
        self.suppress_context = False

    def add_traceback(self, entry: TracebackEntry) -> None:
        entry.next = self.traceback
        self.traceback = entry

    def message(self, ec: ExecCtx) -> str:
        return str_str(ec, self)


def new_exception(w_type: W_Type, msg: str) -> W_BaseException:
    return W_BaseException(w_type, W_Tuple([new_str(msg)]))


def new_exception_args(w_type: W_Type, args: list[W_Object]) -> W_BaseException:
    return W_BaseException(w_type, new_tuple(args))


def py_error(w_type: W_Type, msg: str) -> PyError:
    return PyError(new_exception(w_type, msg))


def type_error(msg: str) -> PyError:
    return py_error(EXC_TYPE_ERROR, msg)


def value_error(msg: str) -> PyError:
    return py_error(EXC_VALUE_ERROR, msg)


def index_error(msg: str) -> PyError:
    return py_error(EXC_INDEX_ERROR, msg)


def overflow_error(msg: str) -> PyError:
    return py_error(EXC_OVERFLOW_ERROR, msg)


def zero_division(msg: str) -> PyError:
    return py_error(EXC_ZERO_DIVISION_ERROR, msg)


def runtime_error(msg: str) -> PyError:
    return py_error(EXC_RUNTIME_ERROR, msg)


def attribute_error_str(msg: str) -> PyError:
    return py_error(EXC_ATTRIBUTE_ERROR, msg)


def dict_missing(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    """d[key] on a dict subclass instance w without the key: its class's
    __missing__(key), or KeyError."""
    w_missing = w.get_type().lookup("__missing__")
    if w_missing is None:
        raise key_error(w_key)
    return w_missing.call_method(ec, w, [w_key], None)


def key_error(w_key: W_Object) -> PyError:
    return PyError(new_exception_args(EXC_KEY_ERROR, [w_key]))


def stop_iteration() -> PyError:
    return PyError(new_exception_args(EXC_STOP_ITERATION, []))


def not_implemented_feature(what: str) -> PyError:
    return py_error(EXC_NOT_IMPLEMENTED_ERROR, what
                    + " is not supported by this interpreter")


def attribute_error(ec: ExecCtx, w_obj: W_Object, name: str) -> PyError:
    w_obj = w_obj.attr_error_subject()
    if isinstance(w_obj, W_Type):
        msg = "type object '" + w_obj.name + "' has no attribute '" + name + "'"
    elif isinstance(w_obj, W_Module):
        msg = "module '" + w_obj.name + "' has no attribute '" + name + "'"
    else:
        msg = "'" + w_obj.type_name() + "' object has no attribute '" + name + "'"
    w_exc = new_exception(EXC_ATTRIBUTE_ERROR, msg)
    w_exc.set_raw("name", new_str(name))
    w_exc.set_raw("obj", w_obj)
    return PyError(w_exc)


def topmost_handled(ec: ExecCtx) -> W_BaseException | None:
    """The exception sys.exc_info() reports: the running frame's, else
    (in a generator that handles none) its callers' (ExecCtx)."""
    h = ec.handled
    if h is not None:
        return h
    return ec.handled_outer


def exc_matches(w_exc: W_BaseException, w_type: W_Type) -> bool:
    return w_exc.w_type.is_subtype(w_type)


# ============================================================== modules

class W_Module(W_Object):
    name: str
    w_dict: W_Dict

    def __init__(self, name: str, w_dict: W_Dict) -> None:
        self.name = name
        self.w_dict = w_dict

    def get_type(self) -> W_Type:
        return MODULE_TYPE

    def instance_get(self, name: str) -> W_Object | None:
        return self.w_dict.get_str(name)

    def instance_set(self, ec: ExecCtx, name: str, w_value: W_Object) -> bool:
        self.w_dict.set_str(ec, name, w_value)
        return True

    def instance_del(self, ec: ExecCtx, name: str) -> bool:
        return self.w_dict.del_str(ec, name)

    def has_instance_dict(self) -> bool:
        return True

    def repr_str(self, ec: ExecCtx) -> str:
        w_file = self.w_dict.get_str("__file__")
        if isinstance(w_file, W_Str):
            return "<module '" + self.name + "' from '" + w_file.value + "'>"
        if self.w_dict.get_str("__spec__") is W_NONE:
            return "<module '" + self.name + "'>"   # types.ModuleType(name)
        return "<module '" + self.name + "' (built-in)>"

    def set(self, name: str, w_value: W_Object) -> None:
        h = hash(name)
        ix = self.w_dict.find_str(name, h)
        if ix >= 0:
            self.w_dict.set_value_at(ix, w_value)
        else:
            self.w_dict.insert_new(new_str(name), h, w_value)


def new_module_dict() -> W_Dict:
    """A module namespace: a dict with a cell per key (W_DictCell)."""
    d = W_Dict()
    d.celled = True
    return d


def new_module(name: str) -> W_Module:
    d = new_module_dict()
    m = W_Module(name, d)
    m.set("__name__", new_str(name))
    m.set("__doc__", W_NONE)
    return m


# ==================================================== builtin functions

class W_BuiltinFunction(W_Object):
    """A function written in the interpreter.  w_owner is the type for a
    method of a builtin type (it then binds like a Python function)."""
    name: str
    w_owner: W_Type | None
    min_args: int
    max_args: int                    # -1: any number
    doc: str
    # a method whose first argument must be an instance of w_owner; False
    # for the static and class methods of builtin types (__new__,
    # fromkeys), found by freeze_builtin_types
    takes_self: bool
    # the method as a StageFn (self, its first argument, op 0, its second
    # argument as stage 0's w_carry), for a method that calls Python code
    # before it writes or reads its object (a key's __hash__, an item's
    # __eq__): the dispatch loop runs that code as a frame of its own
    # execute (interp.builtin_stages); None for the others
    stages: Callable[[ExecCtx, W_Object, W_Object, int, int, W_Object | None,
                      W_Object | None], W_Object | None] | None
    # sum, any and all: called with a generator, the dispatch loop runs the
    # generator's frame itself (interp.take_from_generator); the flag keeps
    # that test off every other builtin call
    takes_generator: bool

    def __init__(self, name: str, min_args: int, max_args: int) -> None:
        self.name = name
        self.w_owner = None
        self.min_args = min_args
        self.max_args = max_args
        self.doc = ""
        self.takes_self = True
        self.stages = None
        self.takes_generator = False

    def get_type(self) -> W_Type:
        if self.w_owner is not None:
            return METHOD_DESCRIPTOR_TYPE
        return BUILTIN_FUNCTION_TYPE

    def descr_kind(self) -> int:
        if self.w_owner is not None:
            return DESCR_METHOD
        return DESCR_NONE

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        if w_obj is None or self.w_owner is None:
            return self
        self.check_self(w_obj)
        return W_BuiltinMethod(self, w_obj)

    def check_self(self, w_self: W_Object) -> None:
        """A method reached through its type (list.append(5, 1)) or put
        in another class checks its self as CPython's descriptors do."""
        o = self.w_owner
        if o is None or not self.takes_self:
            return
        t = w_self.get_type()
        if t is o or t.is_subtype(o):
            return
        owner = o.name if o.module == "builtins" else o.module + "." + o.name
        if self.name in SLOT_WRAPPERS and not \
                (self.name in METHOD_COEXIST and o.name in METHOD_COEXIST_TYPES):
            raise type_error("descriptor '" + self.name + "' requires a '"
                             + owner + "' object but received a '"
                             + c_type_name(t) + "'")
        raise type_error("descriptor '" + self.name + "' for '" + owner
                         + "' objects doesn't apply to a '" + c_type_name(t)
                         + "' object")

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name == "__name__":
            return new_str(self.name)
        if name == "__qualname__":
            return new_str(self.qualified())
        if name == "__doc__":
            if self.doc == "":
                return W_NONE
            return new_str(self.doc)
        if name == "__objclass__" and self.w_owner is not None:
            return self.w_owner
        return generic_getattr(ec, self, name)

    def qualified(self) -> str:
        o = self.w_owner
        if o is not None:
            return o.name + "." + self.name
        return self.name

    def repr_str(self, ec: ExecCtx) -> str:
        o = self.w_owner
        if o is not None:
            return "<method '" + self.name + "' of '" + o.name + "' objects>"
        return "<built-in function " + self.name + ">"

    def check_count(self, n: int) -> None:
        if self.min_args <= n and (self.max_args < 0 or n <= self.max_args):
            return
        raise type_error(arity_message(self.qualified(), self.name,
                                       self.min_args, self.max_args, n,
                                       self.w_owner is not None))

    def no_keywords(self, kwnames: list[str] | None) -> None:
        if kwnames is not None and len(kwnames) > 0:
            raise type_error(self.qualified() + "() takes no keyword "
                             "arguments")

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        if self.w_owner is None:
            return self.call_args(ec, args, kwnames)
        full: list[W_Object] = [w_self]
        full.extend(args)
        return self.call_args(ec, full, kwnames)

    def call1(self, ec: ExecCtx, a: W_Object) -> W_Object:
        return self.call_args(ec, [a], None)

    def call2(self, ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
        return self.call_args(ec, [a, b], None)


def c_type_name(t: W_Type) -> str:
    """CPython's tp_name: a type of a C module names its module
    (collections.deque); classes and builtins do not."""
    if t.module == "builtins" or t.heap:
        return t.name
    return t.module + "." + t.name


# The special methods CPython makes from type slots (wrapper descriptors,
# whose message for a wrong self differs from other methods')
SLOT_WRAPPERS = (
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__",
    "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__",
    "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
    "__get__", "__set__", "__delete__", "__init__", "__del__", "__add__",
    "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__",
    "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__neg__", "__pos__", "__abs__", "__bool__", "__invert__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
    "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__",
    "__float__", "__iadd__", "__isub__", "__imul__", "__imod__",
    "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
    "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__",
    "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__",
    "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__")
# slot names that these types define as plain methods as well
# (METH_COEXIST: list.__getitem__, dict.__contains__)
METHOD_COEXIST = ("__getitem__", "__contains__")
METHOD_COEXIST_TYPES = ("list", "dict", "set", "frozenset")


def arity_message(name: str, short: str, lo: int, hi: int, n: int,
                  method: bool) -> str:
    """CPython's messages: a one-argument or argument-less builtin names
    itself with its class (METH_O, METH_NOARGS), the others by their bare
    name (_PyArg_CheckPositional: 'get expected at least 1 argument')."""
    if method and n == 0:
        return "unbound method " + name + "() needs an argument"
    if method:
        # a method's count includes self; CPython reports without it
        lo -= 1
        hi = hi - 1 if hi >= 0 else hi
        n -= 1
    if lo == hi:
        if lo == 0:
            return name + "() takes no arguments (" + str(n) + " given)"
        if lo == 1:
            return name + "() takes exactly one argument (" + str(n) + " given)"
        return short + " expected " + str(lo) + " arguments, got " + str(n)
    if n < lo:
        return (short + " expected at least " + str(lo) + " argument"
                + ("" if lo == 1 else "s") + ", got " + str(n))
    return (short + " expected at most " + str(hi) + " argument"
            + ("" if hi == 1 else "s") + ", got " + str(n))


class W_BuiltinN(W_BuiltinFunction):
    impl: Callable[[ExecCtx, list[W_Object]], W_Object]

    def __init__(self, name: str, impl: Callable[[ExecCtx, list[W_Object]],
                                                 W_Object],
                 min_args: int, max_args: int) -> None:
        super().__init__(name, min_args, max_args)
        self.impl = impl

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        if len(args) > 0:
            self.check_self(args[0])
        self.check_count(len(args))
        return self.impl(ec, args)


class W_Builtin1(W_BuiltinFunction):
    impl: Callable[[ExecCtx, W_Object], W_Object]

    def __init__(self, name: str,
                 impl: Callable[[ExecCtx, W_Object], W_Object]) -> None:
        super().__init__(name, 1, 1)
        self.impl = impl

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        if len(args) > 0:
            self.check_self(args[0])
        if len(args) != 1:
            self.check_count(len(args))
        return self.impl(ec, args[0])

    def call1(self, ec: ExecCtx, a: W_Object) -> W_Object:
        self.check_self(a)
        return self.impl(ec, a)

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        if self.w_owner is not None and len(args) == 0 and kwnames is None:
            return self.impl(ec, w_self)
        return super().call_method(ec, w_self, args, kwnames)


class W_Builtin2(W_BuiltinFunction):
    impl: Callable[[ExecCtx, W_Object, W_Object], W_Object]

    def __init__(self, name: str,
                 impl: Callable[[ExecCtx, W_Object, W_Object], W_Object]) -> None:
        super().__init__(name, 2, 2)
        self.impl = impl

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        if len(args) > 0:
            self.check_self(args[0])
        if len(args) != 2:
            self.check_count(len(args))
        return self.impl(ec, args[0], args[1])

    def call2(self, ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
        self.check_self(a)
        return self.impl(ec, a, b)

    def call_method(self, ec: ExecCtx, w_self: W_Object, args: list[W_Object],
                    kwnames: list[str] | None) -> W_Object:
        if self.w_owner is not None and len(args) == 1 and kwnames is None:
            return self.impl(ec, w_self, args[0])
        return super().call_method(ec, w_self, args, kwnames)


class W_BuiltinKw(W_BuiltinFunction):
    """A builtin taking keyword arguments: the impl receives the
    positional arguments and the keyword names/values as given."""
    impl: Callable[[ExecCtx, list[W_Object], list[str] | None], W_Object]

    def __init__(self, name: str,
                 impl: Callable[[ExecCtx, list[W_Object], list[str] | None],
                                W_Object]) -> None:
        super().__init__(name, 0, -1)
        self.impl = impl

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        if len(args) > 0:
            self.check_self(args[0])
        return self.impl(ec, args, kwnames)


class W_BuiltinMethod(W_Object):
    """A builtin method bound to its object: [].append."""
    w_func: W_BuiltinFunction
    w_self: W_Object

    def __init__(self, w_func: W_BuiltinFunction, w_self: W_Object) -> None:
        self.w_func = w_func
        self.w_self = w_self

    def get_type(self) -> W_Type:
        return BUILTIN_FUNCTION_TYPE

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        return self.w_func.call_method(ec, self.w_self, args, kwnames)

    def repr_str(self, ec: ExecCtx) -> str:
        return ("<built-in method " + self.w_func.name + " of "
                + self.w_self.type_name() + " object at "
                + address_of(ec, self.w_self) + ">")

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name == "__self__":
            return self.w_self
        if name == "__name__":
            return new_str(self.w_func.name)
        if name == "__qualname__":
            return new_str(self.w_func.qualified())
        return generic_getattr(ec, self, name)


class W_GetSet(W_Object):
    """A data descriptor computed by the interpreter (__class__, __dict__,
    __name__ of functions...)."""
    name: str
    getter: Callable[[ExecCtx, W_Object], W_Object]
    setter: Callable[[ExecCtx, W_Object, W_Object], None] | None

    def __init__(self, name: str, getter: Callable[[ExecCtx, W_Object], W_Object],
                 setter: Callable[[ExecCtx, W_Object, W_Object], None] | None) -> None:
        self.name = name
        self.getter = getter
        self.setter = setter

    def get_type(self) -> W_Type:
        return GETSET_TYPE

    def descr_kind(self) -> int:
        return DESCR_DATA

    def descr_get(self, ec: ExecCtx, w_obj: W_Object | None,
                  w_type: W_Type) -> W_Object:
        if w_obj is None:
            return self
        return self.getter(ec, w_obj)

    def descr_set(self, ec: ExecCtx, w_obj: W_Object, w_value: W_Object) -> None:
        s = self.setter
        if s is None:
            raise attribute_error_str("attribute '" + self.name + "' of '"
                                      + w_obj.type_name()
                                      + "' objects is not writable")
        s(ec, w_obj, w_value)

    def descr_delete(self, ec: ExecCtx, w_obj: W_Object) -> None:
        raise attribute_error_str("cannot delete attribute '" + self.name + "'")


def address_of(ec: ExecCtx, w: W_Object) -> str:
    """The fake address CPython would print (0x followed by 12 digits),
    derived from the identity hash so it is stable for an object."""
    h = hash(w) & 0xFFFFFFFFFF
    return "0x7f" + rtutil.to_base(h, 16).rjust(10, "0")


# ========================================================= type objects

OBJECT_TYPE = make_builtin_type("object", None, LAYOUT_OBJECT)
TYPE_TYPE = make_builtin_type("type", OBJECT_TYPE, LAYOUT_TYPE)
NONE_TYPE = make_builtin_type("NoneType", OBJECT_TYPE, LAYOUT_BUILTIN)
NOTIMPLEMENTED_TYPE = make_builtin_type("NotImplementedType", OBJECT_TYPE,
                                        LAYOUT_BUILTIN)
ELLIPSIS_TYPE = make_builtin_type("ellipsis", OBJECT_TYPE, LAYOUT_BUILTIN)
INT_TYPE = make_builtin_type("int", OBJECT_TYPE, LAYOUT_OBJECT)
BOOL_TYPE = make_builtin_type("bool", INT_TYPE, LAYOUT_BUILTIN)
FLOAT_TYPE = make_builtin_type("float", OBJECT_TYPE, LAYOUT_OBJECT)
STR_TYPE = make_builtin_type("str", OBJECT_TYPE, LAYOUT_OBJECT)
TUPLE_TYPE = make_builtin_type("tuple", OBJECT_TYPE, LAYOUT_OBJECT)
LIST_TYPE = make_builtin_type("list", OBJECT_TYPE, LAYOUT_OBJECT)
DICT_TYPE = make_builtin_type("dict", OBJECT_TYPE, LAYOUT_OBJECT)
MODULE_TYPE = make_builtin_type("module", OBJECT_TYPE, LAYOUT_BUILTIN)
BUILTIN_FUNCTION_TYPE = make_builtin_type("builtin_function_or_method",
                                          OBJECT_TYPE, LAYOUT_BUILTIN)
METHOD_DESCRIPTOR_TYPE = make_builtin_type("method_descriptor", OBJECT_TYPE,
                                           LAYOUT_BUILTIN)
GETSET_TYPE = make_builtin_type("getset_descriptor", OBJECT_TYPE,
                                LAYOUT_BUILTIN)

for _t in [INT_TYPE, FLOAT_TYPE, STR_TYPE, TUPLE_TYPE, LIST_TYPE, DICT_TYPE]:
    _t.base_builtin = _t


def make_exc_type(name: str, base: W_Type) -> W_Type:
    t = make_builtin_type(name, base, LAYOUT_EXCEPTION)
    return t


EXC_BASE_EXCEPTION = make_builtin_type("BaseException", OBJECT_TYPE,
                                       LAYOUT_EXCEPTION)
EXC_SYSTEM_EXIT = make_exc_type("SystemExit", EXC_BASE_EXCEPTION)
EXC_KEYBOARD_INTERRUPT = make_exc_type("KeyboardInterrupt", EXC_BASE_EXCEPTION)
EXC_GENERATOR_EXIT = make_exc_type("GeneratorExit", EXC_BASE_EXCEPTION)
EXC_EXCEPTION = make_exc_type("Exception", EXC_BASE_EXCEPTION)
EXC_STOP_ITERATION = make_exc_type("StopIteration", EXC_EXCEPTION)
EXC_STOP_ASYNC_ITERATION = make_exc_type("StopAsyncIteration", EXC_EXCEPTION)
EXC_ARITHMETIC_ERROR = make_exc_type("ArithmeticError", EXC_EXCEPTION)
EXC_FLOATING_POINT_ERROR = make_exc_type("FloatingPointError",
                                         EXC_ARITHMETIC_ERROR)
EXC_OVERFLOW_ERROR = make_exc_type("OverflowError", EXC_ARITHMETIC_ERROR)
EXC_ZERO_DIVISION_ERROR = make_exc_type("ZeroDivisionError",
                                        EXC_ARITHMETIC_ERROR)
EXC_ASSERTION_ERROR = make_exc_type("AssertionError", EXC_EXCEPTION)
EXC_ATTRIBUTE_ERROR = make_exc_type("AttributeError", EXC_EXCEPTION)
EXC_BUFFER_ERROR = make_exc_type("BufferError", EXC_EXCEPTION)
EXC_EOF_ERROR = make_exc_type("EOFError", EXC_EXCEPTION)
EXC_IMPORT_ERROR = make_exc_type("ImportError", EXC_EXCEPTION)
EXC_MODULE_NOT_FOUND_ERROR = make_exc_type("ModuleNotFoundError",
                                           EXC_IMPORT_ERROR)
EXC_LOOKUP_ERROR = make_exc_type("LookupError", EXC_EXCEPTION)
EXC_INDEX_ERROR = make_exc_type("IndexError", EXC_LOOKUP_ERROR)
EXC_KEY_ERROR = make_exc_type("KeyError", EXC_LOOKUP_ERROR)
EXC_MEMORY_ERROR = make_exc_type("MemoryError", EXC_EXCEPTION)
EXC_NAME_ERROR = make_exc_type("NameError", EXC_EXCEPTION)
EXC_UNBOUND_LOCAL_ERROR = make_exc_type("UnboundLocalError", EXC_NAME_ERROR)
EXC_OS_ERROR = make_exc_type("OSError", EXC_EXCEPTION)
EXC_FILE_NOT_FOUND_ERROR = make_exc_type("FileNotFoundError", EXC_OS_ERROR)
EXC_FILE_EXISTS_ERROR = make_exc_type("FileExistsError", EXC_OS_ERROR)
EXC_PERMISSION_ERROR = make_exc_type("PermissionError", EXC_OS_ERROR)
EXC_IS_A_DIRECTORY_ERROR = make_exc_type("IsADirectoryError", EXC_OS_ERROR)
EXC_NOT_A_DIRECTORY_ERROR = make_exc_type("NotADirectoryError", EXC_OS_ERROR)
EXC_TIMEOUT_ERROR = make_exc_type("TimeoutError", EXC_OS_ERROR)
EXC_REFERENCE_ERROR = make_exc_type("ReferenceError", EXC_EXCEPTION)
EXC_RUNTIME_ERROR = make_exc_type("RuntimeError", EXC_EXCEPTION)
EXC_NOT_IMPLEMENTED_ERROR = make_exc_type("NotImplementedError",
                                          EXC_RUNTIME_ERROR)
EXC_RECURSION_ERROR = make_exc_type("RecursionError", EXC_RUNTIME_ERROR)
EXC_SYNTAX_ERROR = make_exc_type("SyntaxError", EXC_EXCEPTION)
EXC_INDENTATION_ERROR = make_exc_type("IndentationError", EXC_SYNTAX_ERROR)
EXC_TAB_ERROR = make_exc_type("TabError", EXC_INDENTATION_ERROR)
EXC_SYSTEM_ERROR = make_exc_type("SystemError", EXC_EXCEPTION)
EXC_TYPE_ERROR = make_exc_type("TypeError", EXC_EXCEPTION)
EXC_VALUE_ERROR = make_exc_type("ValueError", EXC_EXCEPTION)
EXC_UNICODE_ERROR = make_exc_type("UnicodeError", EXC_VALUE_ERROR)
EXC_UNICODE_DECODE_ERROR = make_exc_type("UnicodeDecodeError",
                                         EXC_UNICODE_ERROR)
EXC_UNICODE_ENCODE_ERROR = make_exc_type("UnicodeEncodeError",
                                         EXC_UNICODE_ERROR)
EXC_WARNING = make_exc_type("Warning", EXC_EXCEPTION)
EXC_DEPRECATION_WARNING = make_exc_type("DeprecationWarning", EXC_WARNING)
EXC_RUNTIME_WARNING = make_exc_type("RuntimeWarning", EXC_WARNING)
EXC_USER_WARNING = make_exc_type("UserWarning", EXC_WARNING)
EXC_CONNECTION_ERROR = make_exc_type("ConnectionError", EXC_OS_ERROR)
EXC_BASE_EXCEPTION_GROUP = make_exc_type("BaseExceptionGroup",
                                         EXC_BASE_EXCEPTION)
EXC_EXCEPTION_GROUP = W_Type("ExceptionGroup", [EXC_BASE_EXCEPTION_GROUP,
                                                EXC_EXCEPTION],
                             LAYOUT_EXCEPTION)
EXC_EXCEPTION_GROUP.mro = compute_mro(EXC_EXCEPTION_GROUP)
EXC_MORE: list[W_Type] = [
    EXC_CONNECTION_ERROR,
    make_exc_type("BrokenPipeError", EXC_CONNECTION_ERROR),
    make_exc_type("ConnectionAbortedError", EXC_CONNECTION_ERROR),
    make_exc_type("ConnectionRefusedError", EXC_CONNECTION_ERROR),
    make_exc_type("ConnectionResetError", EXC_CONNECTION_ERROR),
    make_exc_type("BlockingIOError", EXC_OS_ERROR),
    make_exc_type("ChildProcessError", EXC_OS_ERROR),
    make_exc_type("InterruptedError", EXC_OS_ERROR),
    make_exc_type("ProcessLookupError", EXC_OS_ERROR),
    make_exc_type("UnicodeTranslateError", EXC_UNICODE_ERROR),
    make_exc_type("BytesWarning", EXC_WARNING),
    make_exc_type("EncodingWarning", EXC_WARNING),
    make_exc_type("FutureWarning", EXC_WARNING),
    make_exc_type("ImportWarning", EXC_WARNING),
    make_exc_type("PendingDeprecationWarning", EXC_WARNING),
    make_exc_type("ResourceWarning", EXC_WARNING),
    make_exc_type("SyntaxWarning", EXC_WARNING),
    make_exc_type("UnicodeWarning", EXC_WARNING)]

def os_error_type(errno: int) -> W_Type:
    """The OSError subclass CPython raises for an errno (PEP 3151)."""
    if errno == 2:
        return EXC_FILE_NOT_FOUND_ERROR
    if errno == 13 or errno == 1:
        return EXC_PERMISSION_ERROR
    if errno == 21:
        return EXC_IS_A_DIRECTORY_ERROR
    if errno == 20:
        return EXC_NOT_A_DIRECTORY_ERROR
    if errno == 17:
        return EXC_FILE_EXISTS_ERROR
    if errno == 110:
        return EXC_TIMEOUT_ERROR
    names = {32: "BrokenPipeError", 108: "BrokenPipeError",
             103: "ConnectionAbortedError", 111: "ConnectionRefusedError",
             104: "ConnectionResetError", 11: "BlockingIOError",
             10: "ChildProcessError", 4: "InterruptedError",
             3: "ProcessLookupError"}
    if errno in names:
        for t in EXC_MORE:
            if t.name == names[errno]:
                return t
    return EXC_OS_ERROR


ALL_EXCEPTION_TYPES: list[W_Type] = [
    EXC_BASE_EXCEPTION, EXC_SYSTEM_EXIT, EXC_KEYBOARD_INTERRUPT,
    EXC_GENERATOR_EXIT, EXC_EXCEPTION, EXC_STOP_ITERATION,
    EXC_STOP_ASYNC_ITERATION, EXC_ARITHMETIC_ERROR, EXC_FLOATING_POINT_ERROR,
    EXC_OVERFLOW_ERROR, EXC_ZERO_DIVISION_ERROR, EXC_ASSERTION_ERROR,
    EXC_ATTRIBUTE_ERROR, EXC_BUFFER_ERROR, EXC_EOF_ERROR, EXC_IMPORT_ERROR,
    EXC_MODULE_NOT_FOUND_ERROR, EXC_LOOKUP_ERROR, EXC_INDEX_ERROR,
    EXC_KEY_ERROR, EXC_MEMORY_ERROR, EXC_NAME_ERROR, EXC_UNBOUND_LOCAL_ERROR,
    EXC_OS_ERROR, EXC_FILE_NOT_FOUND_ERROR, EXC_FILE_EXISTS_ERROR,
    EXC_PERMISSION_ERROR, EXC_IS_A_DIRECTORY_ERROR,
    EXC_NOT_A_DIRECTORY_ERROR, EXC_TIMEOUT_ERROR, EXC_REFERENCE_ERROR,
    EXC_RUNTIME_ERROR, EXC_NOT_IMPLEMENTED_ERROR, EXC_RECURSION_ERROR,
    EXC_SYNTAX_ERROR, EXC_INDENTATION_ERROR, EXC_TAB_ERROR, EXC_SYSTEM_ERROR,
    EXC_TYPE_ERROR, EXC_VALUE_ERROR, EXC_UNICODE_ERROR,
    EXC_UNICODE_DECODE_ERROR, EXC_UNICODE_ENCODE_ERROR, EXC_WARNING,
    EXC_DEPRECATION_WARNING, EXC_RUNTIME_WARNING, EXC_USER_WARNING,
    EXC_BASE_EXCEPTION_GROUP, EXC_EXCEPTION_GROUP] + EXC_MORE


# ===================================================== generic protocols

def type_of(w: W_Object) -> W_Type:
    return w.get_type()


def is_none(w: W_Object) -> bool:
    return w is W_NONE


def generic_getattr(ec: ExecCtx, w_obj: W_Object, name: str) -> W_Object | None:
    """PyObject_GenericGetAttr without the final error: data descriptors
    of the type, then the instance's own attributes, then the type's other
    attributes (bound if they are descriptors)."""
    w_type = w_obj.get_type()
    w_descr = w_type.lookup(name)
    kind = DESCR_NONE
    if w_descr is not None:
        kind = w_descr.descr_kind()
        if kind == DESCR_DATA:
            return w_descr.descr_get(ec, w_obj, w_type)
    w_value = w_obj.instance_get(name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        if kind == DESCR_METHOD:
            return w_descr.descr_get(ec, w_obj, w_type)
        return w_descr
    return None


def type_getattr(ec: ExecCtx, w_type: W_Type, name: str) -> W_Object | None:
    w_meta = w_type.get_type()
    w_meta_attr = w_meta.lookup(name)
    meta_kind = DESCR_NONE
    if w_meta_attr is not None:
        meta_kind = w_meta_attr.descr_kind()
        if meta_kind == DESCR_DATA:
            return w_meta_attr.descr_get(ec, w_type, w_meta)
    w_attr = w_type.lookup(name)
    if w_attr is not None:
        if w_attr.descr_kind() != DESCR_NONE:
            return w_attr.descr_get(ec, None, w_type)
        return w_attr
    if w_meta_attr is not None:
        if meta_kind != DESCR_NONE:
            return w_meta_attr.descr_get(ec, w_type, w_meta)
        return w_meta_attr
    return None


def module_getattr_hook(ec: ExecCtx, w_mod: W_Module, name: str,
                        must: bool) -> W_Object | None:
    """A name a module does not have: its own __getattr__ function, if it
    defines one, answers (PEP 562); else AttributeError (must) or None."""
    w_hook = w_mod.w_dict.get_str("__getattr__")
    if w_hook is None:
        if must:
            raise attribute_error(ec, w_mod, name)
        return None
    if must:
        return w_hook.call_args(ec, [new_str(name)], None)
    try:
        return w_hook.call_args(ec, [new_str(name)], None)
    except PyError as e:
        if exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR):
            return None
        raise e


def getattr_or_none(ec: ExecCtx, w_obj: W_Object, name: str) -> W_Object | None:
    """getattr(w_obj, name) or None when it raises AttributeError."""
    w_type = w_obj.get_type()
    if w_type.has_getattribute:
        try:
            return call_special(ec, w_obj, "__getattribute__",
                                [new_str(name)])
        except PyError as e:
            if not exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR):
                raise e
            if not w_type.has_getattr:
                return None
    else:
        w = w_obj.lookup_attr(ec, name)
        if w is not None:
            return w
        if isinstance(w_obj, W_Module):
            return module_getattr_hook(ec, w_obj, name, False)
        if not w_type.has_getattr:
            return None
    try:
        return call_special(ec, w_obj, "__getattr__", [new_str(name)])
    except PyError as e:
        if exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR):
            return None
        raise e


def getattr(ec: ExecCtx, w_obj: W_Object, name: str) -> W_Object:
    w_type = w_obj.get_type()
    if not w_type.has_getattribute:
        w = w_obj.lookup_attr(ec, name)
        if w is not None:
            return w
        if isinstance(w_obj, W_Module):
            w = module_getattr_hook(ec, w_obj, name, True)
            assert w is not None
            return w
        if not w_type.has_getattr:
            raise attribute_error(ec, w_obj, name)
        return call_special(ec, w_obj, "__getattr__", [new_str(name)])
    try:
        return call_special(ec, w_obj, "__getattribute__", [new_str(name)])
    except PyError as e:
        if not exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR) or \
                not w_type.has_getattr:
            raise e
    return call_special(ec, w_obj, "__getattr__", [new_str(name)])


def generic_setattr(ec: ExecCtx, w_obj: W_Object, name: str,
                    w_value: W_Object) -> None:
    w_type = w_obj.get_type()
    w_descr = w_type.lookup(name)
    if w_descr is not None and w_descr.descr_kind() == DESCR_DATA:
        w_descr.descr_set(ec, w_obj, w_value)
        return
    slots = w_type.slot_names
    if slots is not None and name not in slots:
        raise attribute_error(ec, w_obj, name)
    if not w_obj.instance_set(ec, name, w_value):
        if w_descr is not None:
            raise attribute_error_str("'" + w_type.name + "' object "
                                      "attribute '" + name
                                      + "' is read-only")
        raise attribute_error(ec, w_obj, name)


def generic_delattr(ec: ExecCtx, w_obj: W_Object, name: str) -> None:
    w_type = w_obj.get_type()
    w_descr = w_type.lookup(name)
    if w_descr is not None and w_descr.descr_kind() == DESCR_DATA:
        w_descr.descr_delete(ec, w_obj)
        return
    if not w_obj.instance_del(ec, name):
        raise attribute_error(ec, w_obj, name)


def setattr(ec: ExecCtx, w_obj: W_Object, name: str, w_value: W_Object) -> None:
    if w_obj.get_type().has_setattr:
        call_special(ec, w_obj, "__setattr__", [new_str(name), w_value])
        return
    w_obj.set_attr(ec, name, w_value)


def delattr(ec: ExecCtx, w_obj: W_Object, name: str) -> None:
    if w_obj.get_type().has_delattr:
        call_special(ec, w_obj, "__delattr__", [new_str(name)])
        return
    w_obj.del_attr(ec, name)


# --- calls

def call(ec: ExecCtx, w_func: W_Object, args: list[W_Object]) -> W_Object:
    return w_func.call_args(ec, args, None)


def call0(ec: ExecCtx, w_func: W_Object) -> W_Object:
    return w_func.call_args(ec, [], None)


def call1(ec: ExecCtx, w_func: W_Object, a: W_Object) -> W_Object:
    return w_func.call_args(ec, [a], None)


def call2(ec: ExecCtx, w_func: W_Object, a: W_Object, b: W_Object) -> W_Object:
    return w_func.call_args(ec, [a, b], None)


def call_special(ec: ExecCtx, w_obj: W_Object, name: str,
                 args: list[W_Object]) -> W_Object:
    """type(w_obj).name(w_obj, *args); AttributeError if missing."""
    w_meth = w_obj.get_type().lookup(name)
    if w_meth is None:
        raise attribute_error(ec, w_obj, name)
    return w_meth.call_method(ec, w_obj, args, None)


# --- repr / str

def generic_repr(ec: ExecCtx, w_obj: W_Object) -> str:
    w_meth = w_obj.get_type().lookup("__repr__")
    if w_meth is None or w_meth is OBJECT_REPR[0]:
        return default_repr(ec, w_obj)
    w_res = w_meth.call_method(ec, w_obj, [], None)
    if isinstance(w_res, W_Str):
        return w_res.value
    s = str_value_of(w_res)
    if s is not None:
        return s
    raise type_error("__repr__ returned non-string (type "
                     + w_res.type_name() + ")")


def default_repr(ec: ExecCtx, w_obj: W_Object) -> str:
    t = w_obj.get_type()
    name = t.qualname
    if t.module != "builtins":
        name = t.module + "." + name
    return "<" + name + " object at " + address_of(ec, w_obj) + ">"


OBJECT_REPR: list[W_Object | None] = [None]
OBJECT_STR: list[W_Object | None] = [None]


def generic_str(ec: ExecCtx, w_obj: W_Object) -> str:
    w_meth = w_obj.get_type().lookup("__str__")
    if w_meth is None or w_meth is OBJECT_STR[0]:
        return w_obj.repr_str(ec)
    w_res = w_meth.call_method(ec, w_obj, [], None)
    if isinstance(w_res, W_Str):
        return w_res.value
    s = str_value_of(w_res)
    if s is not None:
        return s
    raise type_error("__str__ returned non-string (type "
                     + w_res.type_name() + ")")


def str_value_of(w: W_Object) -> str | None:
    """The str value of a str or of an instance of a str subclass."""
    if isinstance(w, W_Str):
        return w.value
    b = w.unwrap_for(STR_TYPE)
    if isinstance(b, W_Str):
        return b.value
    return None


def repr_str(ec: ExecCtx, w: W_Object) -> str:
    return w.repr_str(ec)


def str_str(ec: ExecCtx, w: W_Object) -> str:
    return w.str_str(ec)


# --- hash / comparison

def generic_hash(ec: ExecCtx, w_obj: W_Object) -> int:
    w_meth = w_obj.get_type().lookup("__hash__")
    if w_meth is None or w_meth is W_NONE:
        raise type_error("unhashable type: '" + w_obj.type_name() + "'")
    if w_meth is OBJECT_HASH[0]:
        return hash(w_obj)
    return hash_result(w_meth.call_method(ec, w_obj, [], None))


def hash_result(w_res: W_Object) -> int:
    """The hash that a Python __hash__ gave as w_res."""
    if isinstance(w_res, W_Int):
        v = w_res.value
        if v == -1:
            return -2
        return v
    raise type_error("__hash__ method should return an integer")


OBJECT_HASH: list[W_Object | None] = [None]


def hash_w(ec: ExecCtx, w: W_Object) -> int:
    if isinstance(w, W_Str):
        return hash(w.value)
    if isinstance(w, W_Int):
        return rtutil.hash_int(w.value)
    return w.hash_value(ec)


# comparison operators, as astnodes.CMP_*
LT = 0
LE = 1
EQ = 2
NE = 3
GT = 4
GE = 5

CMP_NAMES: list[str] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                        "__ge__"]
CMP_SWAPPED: list[int] = [GT, GE, EQ, NE, LT, LE]
CMP_SYMBOLS: list[str] = ["<", "<=", "==", "!=", ">", ">="]


# --- dispatch in stages (MethodCall)

# A StageFn runs an operation on a and b (op: which one) up to the next
# method it calls: it returns the result, or None after asking for the
# method (request), and then runs again at the stage it named, with the
# method's result (w_prev) and the w_carry it left.  Stage 0 begins (its
# w_carry is the operation's third operand, if any).
StageFn = Callable[[ExecCtx, W_Object, W_Object, int, int, W_Object | None,
                    W_Object | None], W_Object | None]


def request(ec: ExecCtx, w_meth: W_Object, w_self: W_Object,
            w_arg: W_Object | None, w_arg2: W_Object | None, stage: int,
            w_carry: W_Object | None) -> None:
    """A stage asks for w_meth(w_self, w_arg, w_arg2), to go on at
    `stage` (the stage then returns None)."""
    m = ec.mcall
    m.w_meth = w_meth
    m.w_self = w_self
    m.w_arg = w_arg
    m.w_arg2 = w_arg2
    m.stage = stage
    m.w_carry = w_carry


def call_requested(ec: ExecCtx) -> W_Object:
    """Calls the method a stage asked for from here: its result."""
    m = ec.mcall
    w_meth = m.w_meth
    w_self = m.w_self
    if w_meth is None or w_self is None:
        raise type_error("internal error: no method requested")
    args: list[W_Object] = []
    if m.w_arg is not None:
        args.append(m.w_arg)
    if m.w_arg2 is not None:
        args.append(m.w_arg2)
    return w_meth.call_method(ec, w_self, args, None)


def run_stages(ec: ExecCtx, step: StageFn, a: W_Object, b: W_Object,
               op: int, w_carry: W_Object | None) -> W_Object:
    """step's operation, its methods called from here."""
    stage = 0
    w_prev: W_Object | None = None
    while True:
        r = step(ec, a, b, op, stage, w_prev, w_carry)
        if r is not None:
            return r
        m = ec.mcall
        stage = m.stage
        w_carry = m.w_carry
        w_prev = call_requested(ec)


def add_stages(t: W_Type, name: str, step: StageFn) -> None:
    """t's builtin method `name` runs as step when the dispatch loop
    calls it (W_BuiltinFunction.stages)."""
    w = t.tdict[name]
    if not isinstance(w, W_BuiltinFunction):
        raise type_error("internal error: " + name + " is not a builtin")
    w.stages = step


# the stage of a keyed operation once its key's Python __hash__ returned
HASHED = 1


def stage_hash(ec: ExecCtx, w_key: W_Object, stage: int,
               w_prev: W_Object | None, w_carry: W_Object | None) -> int:
    """The hash of w_key for a StageFn at `stage`: the one its Python
    __hash__ returned (w_prev) at HASHED; at stage 0, -1 (never a hash:
    hash_result) after asking for that __hash__, to go on at HASHED with
    w_carry, or the hash of a key without one (hash_w)."""
    if stage == HASHED and w_prev is not None:
        return hash_result(w_prev)
    if isinstance(w_key, W_Instance):
        w_meth = w_key.w_type.lookup("__hash__")
        if w_meth is not None and w_meth is not W_NONE and \
                w_meth is not OBJECT_HASH[0]:
            request(ec, w_meth, w_key, None, None, HASHED, w_carry)
            return -1
    return hash_w(ec, w_key)


def cmp_ints(a: int, b: int, op: int) -> bool:
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == EQ:
        return a == b
    if op == NE:
        return a != b
    if op == GT:
        return a > b
    return a >= b


def cmp_floats(a: float, b: float, op: int) -> bool:
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == EQ:
        return a == b
    if op == NE:
        return a != b
    if op == GT:
        return a > b
    return a >= b


def cmp_strs(a: str, b: str, op: int) -> bool:
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == EQ:
        return a == b
    if op == NE:
        return a != b
    if op == GT:
        return a > b
    return a >= b


def richcompare(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> W_Object:
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        return new_bool(cmp_ints(a.value, b.value, op))
    if isinstance(a, W_Float) and isinstance(b, W_Float):
        return new_bool(cmp_floats(a.value, b.value, op))
    if isinstance(a, W_Str) and isinstance(b, W_Str):
        return new_bool(cmp_strs(a.value, b.value, op))
    return generic_richcompare(ec, a, b, op)


def generic_richcompare(ec: ExecCtx, a: W_Object, b: W_Object,
                        op: int) -> W_Object:
    return run_stages(ec, richcompare_stage, a, b, op, None)


# The stages of a <op> b's dispatch (richcompare_stage): the method that
# was called last
CMP_START = 0
CMP_RFIRST = 1      # b's reflection, first: b's type is a subtype of a's
CMP_LEFT = 2        # a's method
CMP_LEFT_LAST = 3   # a's method after CMP_RFIRST: b's is not tried again
CMP_RIGHT = 4       # b's reflection
CMP_NEGATE = 8      # added: the method was __eq__ run for object.__ne__

# object.__ne__ (typeobject.py), which negates __eq__: richcompare_stage
# calls that __eq__ itself, a Python method as a stage of its own
OBJECT_NE: list[W_Object | None] = [None]


def richcompare_stage(ec: ExecCtx, a: W_Object, b: W_Object, op: int,
                      stage: int, w_prev: W_Object | None,
                      w_carry: W_Object | None) -> W_Object | None:
    """a <op> b past the builtin pairs (a StageFn): CPython's order, b's
    reflected method first when b's type is a proper subtype of a's;
    when every method returned NotImplemented, == and != compare
    identities and the others raise TypeError."""
    if stage & CMP_NEGATE:
        stage -= CMP_NEGATE
        w_prev = negated_eq(ec, w_prev)
    if stage != CMP_START and w_prev is not None and \
            w_prev is not W_NOTIMPLEMENTED:
        return w_prev
    ta = a.get_type()
    tb = b.get_type()
    swapped = CMP_SWAPPED[op]
    if stage == CMP_START and ta is not tb and tb.is_subtype(ta):
        w_rfirst = tb.lookup(CMP_NAMES[swapped])
        if w_rfirst is not None:
            compare_request(ec, w_rfirst, b, a, swapped, CMP_RFIRST)
            return None
    if stage <= CMP_RFIRST:
        last = CMP_LEFT_LAST if stage == CMP_RFIRST else CMP_LEFT
        w_meth = ta.lookup(CMP_NAMES[op])
        if w_meth is not None:
            compare_request(ec, w_meth, a, b, op, last)
            return None
        stage = last
    if stage == CMP_LEFT:
        w_rmeth = tb.lookup(CMP_NAMES[swapped])
        if w_rmeth is not None:
            compare_request(ec, w_rmeth, b, a, swapped, CMP_RIGHT)
            return None
    if op == EQ:
        return new_bool(a is b)
    if op == NE:
        return new_bool(a is not b)
    raise type_error("'" + CMP_SYMBOLS[op] + "' not supported between "
                     "instances of '" + ta.name + "' and '" + tb.name + "'")


def compare_request(ec: ExecCtx, w_meth: W_Object, w_self: W_Object,
                    w_other: W_Object, op: int, stage: int) -> None:
    """Asks for w_self's comparison method w_meth (op) with w_other; for
    object.__ne__, for w_self's __eq__ and a negation."""
    if op == NE and w_meth is OBJECT_NE[0]:
        w_eq = w_self.get_type().lookup("__eq__")
        if w_eq is not None:
            request(ec, w_eq, w_self, w_other, None,
                    stage + CMP_NEGATE, None)
            return
    request(ec, w_meth, w_self, w_other, None, stage, None)


def negated_eq(ec: ExecCtx, w: W_Object | None) -> W_Object | None:
    """object.__ne__'s result from __eq__'s w."""
    if w is None or w is W_NOTIMPLEMENTED:
        return w
    return new_bool(not is_true(ec, w))


def seq_compare(ec: ExecCtx, a: list[W_Object], b: list[W_Object],
                op: int) -> bool:
    """Lexicographic comparison of two item lists, as CPython."""
    na = len(a)
    nb = len(b)
    if (op == EQ or op == NE) and na != nb:
        return op == NE
    i = 0
    while i < na and i < nb:
        x = a[i]
        y = b[i]
        if not (x is y) and not eq_bool(ec, x, y):
            break
        i += 1
    if i >= na or i >= nb:
        return cmp_ints(na, nb, op)
    if op == EQ:
        return False
    if op == NE:
        return True
    return compare_bool(ec, a[i], b[i], op)



def compare_bool(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> bool:
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        return cmp_ints(a.value, b.value, op)
    if isinstance(a, W_Str) and isinstance(b, W_Str):
        return cmp_strs(a.value, b.value, op)
    if isinstance(a, W_Float) and isinstance(b, W_Float):
        return cmp_floats(a.value, b.value, op)
    # exact tuples (sort keys) and lists: their comparison without
    # looking up and calling the type's method
    if isinstance(a, W_Tuple) and isinstance(b, W_Tuple):
        return seq_compare(ec, a.items, b.items, op)
    if isinstance(a, W_List) and isinstance(b, W_List):
        return seq_compare(ec, a.items, b.items, op)
    w = generic_richcompare(ec, a, b, op)
    if isinstance(w, W_Bool):
        return w.value != 0
    return w.is_true(ec)


def eq_bool(ec: ExecCtx, a: W_Object, b: W_Object) -> bool:
    if a is b:
        # identity implies equality for containers (CPython's rule); nan
        # in a list is found by identity
        return True
    return compare_bool(ec, a, b, EQ)


def lt_bool(ec: ExecCtx, a: W_Object, b: W_Object) -> bool:
    return compare_bool(ec, a, b, LT)


# --- truth, length

def is_true(ec: ExecCtx, w: W_Object) -> bool:
    if isinstance(w, W_Bool):
        return w.value != 0
    if w is W_NONE:
        return False
    return w.is_true(ec)


def generic_is_true(ec: ExecCtx, w_obj: W_Object) -> bool:
    t = w_obj.get_type()
    w_meth = t.lookup("__bool__")
    if w_meth is not None:
        w_res = w_meth.call_method(ec, w_obj, [], None)
        if isinstance(w_res, W_Bool):
            return w_res.value != 0
        raise type_error("__bool__ should return bool, returned "
                         + w_res.type_name())
    w_len = t.lookup("__len__")
    if w_len is not None:
        return length_result(w_len.call_method(ec, w_obj, [], None)) != 0
    return True


def length_result(w_res: W_Object) -> int:
    if isinstance(w_res, W_Int):
        if w_res.value < 0:
            raise value_error("__len__() should return >= 0")
        return w_res.value
    raise type_error("'" + w_res.type_name() + "' object cannot be "
                     "interpreted as an integer")


def generic_length(ec: ExecCtx, w_obj: W_Object) -> int:
    w_len = w_obj.get_type().lookup("__len__")
    if w_len is None:
        raise type_error("object of type '" + w_obj.type_name()
                         + "' has no len()")
    return length_result(w_len.call_method(ec, w_obj, [], None))


def length(ec: ExecCtx, w: W_Object) -> int:
    return w.length(ec)


# --- items

def generic_getitem(ec: ExecCtx, w_obj: W_Object, w_key: W_Object) -> W_Object:
    return run_stages(ec, getitem_stage, w_obj, w_key, 0, None)


# the stage of a dispatch that calls one method, once it returned
CALLED = 1


def getitem_stage(ec: ExecCtx, w_obj: W_Object, w_key: W_Object, op: int,
                  stage: int, w_prev: W_Object | None,
                  w_carry: W_Object | None) -> W_Object | None:
    """w_obj[w_key] by its type's __getitem__ (a StageFn)."""
    if stage == CALLED:
        return w_prev
    w_meth = w_obj.get_type().lookup("__getitem__")
    if w_meth is None:
        if w_obj is TYPE_TYPE:
            # type[int]: type has no __class_getitem__, which every class
            # would inherit (PyObject_GetItem's special case)
            return GENERIC_ALIAS[0](ec, w_obj, w_key)
        if isinstance(w_obj, W_Type):
            w_cg = type_getattr(ec, w_obj, "__class_getitem__")
            if w_cg is not None:
                return w_cg.call_args(ec, [w_key], None)
            raise type_error("type '" + w_obj.name + "' is not subscriptable")
        raise type_error("'" + w_obj.type_name()
                         + "' object is not subscriptable")
    request(ec, w_meth, w_obj, w_key, None, CALLED, None)
    return None


def _no_generic_alias(ec: ExecCtx, w_cls: W_Object,
                      w_args: W_Object) -> W_Object:
    raise type_error("types.GenericAlias is not installed")


# genericalias.class_getitem: list[int], type[int]
GENERIC_ALIAS: list[Callable[[ExecCtx, W_Object, W_Object], W_Object]] = [
    _no_generic_alias]


def generic_setitem(ec: ExecCtx, w_obj: W_Object, w_key: W_Object,
                    w_value: W_Object) -> None:
    run_stages(ec, setitem_stage, w_obj, w_key, 0, w_value)


def setitem_stage(ec: ExecCtx, w_obj: W_Object, w_key: W_Object, op: int,
                  stage: int, w_prev: W_Object | None,
                  w_carry: W_Object | None) -> W_Object | None:
    """w_obj[w_key] = w_carry by its type's __setitem__ (a StageFn):
    None."""
    if stage == CALLED:
        return W_NONE
    w_meth = w_obj.get_type().lookup("__setitem__")
    if w_meth is None or w_carry is None:
        raise type_error("'" + w_obj.type_name() + "' object does not "
                         "support item assignment")
    request(ec, w_meth, w_obj, w_key, w_carry, CALLED, None)
    return None


def generic_delitem(ec: ExecCtx, w_obj: W_Object, w_key: W_Object) -> None:
    w_meth = w_obj.get_type().lookup("__delitem__")
    if w_meth is None:
        raise type_error("'" + w_obj.type_name() + "' object does not "
                         "support item deletion")
    w_meth.call_method(ec, w_obj, [w_key], None)


def generic_contains(ec: ExecCtx, w_obj: W_Object, w_value: W_Object) -> bool:
    return run_stages(ec, contains_stage, w_obj, w_value, 0, None) is W_TRUE


def contains_stage(ec: ExecCtx, w_obj: W_Object, w_value: W_Object, op: int,
                   stage: int, w_prev: W_Object | None,
                   w_carry: W_Object | None) -> W_Object | None:
    """w_value in w_obj (a StageFn): True or False, by the type's
    __contains__, else by iteration."""
    if stage == CALLED:
        return new_bool(w_prev is not None and is_true(ec, w_prev))
    w_meth = w_obj.get_type().lookup("__contains__")
    if w_meth is W_NONE:
        # __contains__ = None refuses `in` without trying iteration
        raise type_error("'" + w_obj.type_name()
                         + "' object is not a container")
    if w_meth is not None:
        request(ec, w_meth, w_obj, w_value, None, CALLED, None)
        return None
    return new_bool(iter_contains(ec, w_obj, w_value))


def iter_contains(ec: ExecCtx, w_obj: W_Object, w_value: W_Object) -> bool:
    try:
        w_it = w_obj.iter(ec)
    except PyError as e:
        # CPython's search by iteration names the container in any
        # TypeError that taking the iterator raised
        if not exc_matches(e.w_exc, EXC_TYPE_ERROR):
            raise
        raise type_error("argument of type '" + w_obj.type_name()
                         + "' is not iterable")
    while True:
        w = w_it.next_value(ec)
        if w is None:
            return False
        if w is w_value or eq_bool(ec, w, w_value):
            return True


# --- iteration

class W_SeqIter(W_Object):
    """iter() of an object with __getitem__ only: indexes 0, 1, ... until
    IndexError."""
    w_seq: W_Object
    index: int

    def __init__(self, w_seq: W_Object) -> None:
        self.w_seq = w_seq
        self.index = 0

    def get_type(self) -> W_Type:
        return SEQ_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        if self.index < 0:
            return None
        try:
            w = self.w_seq.getitem(ec, new_int(self.index))
        except PyError as e:
            if exc_matches(e.w_exc, EXC_INDEX_ERROR) or \
                    exc_matches(e.w_exc, EXC_STOP_ITERATION):
                self.index = -1
                return None
            raise e
        self.index += 1
        return w


SEQ_ITER_TYPE = make_builtin_type("iterator", OBJECT_TYPE, LAYOUT_BUILTIN)


def generic_iter(ec: ExecCtx, w_obj: W_Object) -> W_Object:
    t = w_obj.get_type()
    w_meth = t.lookup("__iter__")
    if w_meth is None or w_meth is W_NONE:
        if w_meth is None and t.lookup("__getitem__") is not None:
            return W_SeqIter(w_obj)
        raise type_error("'" + w_obj.type_name() + "' object is not iterable")
    w_it = w_meth.call_method(ec, w_obj, [], None)
    if w_it.get_type().lookup("__next__") is None:
        raise type_error("iter() returned non-iterator of type '"
                         + w_it.type_name() + "'")
    return w_it


def generic_next(ec: ExecCtx, w_it: W_Object) -> W_Object | None:
    w_meth = w_it.get_type().lookup("__next__")
    if w_meth is None:
        raise type_error("'" + w_it.type_name() + "' object is not an "
                         "iterator")
    try:
        return w_meth.call_method(ec, w_it, [], None)
    except PyError as e:
        if exc_matches(e.w_exc, EXC_STOP_ITERATION):
            return None
        raise e


def iterate(ec: ExecCtx, w: W_Object) -> W_Object:
    return w.iter(ec)


def unpack_iterable(ec: ExecCtx, w: W_Object) -> list[W_Object]:
    """The items of any iterable, as a new list."""
    if isinstance(w, W_List):
        return list(w.items)
    if isinstance(w, W_Tuple):
        return list(w.items)
    out: list[W_Object] = []
    w.check_size(ec)
    w_it = w.iter(ec)
    while True:
        x = w_it.next_value(ec)
        if x is None:
            return out
        out.append(x)


# --- conversions used everywhere

def is_int(w: W_Object) -> bool:
    if isinstance(w, W_Int):
        return True
    return isinstance(w.unwrap_for(INT_TYPE), W_Int)


def int_value(w: W_Object) -> int:
    """The value of an int or int subclass instance (precondition:
    is_int(w))."""
    if isinstance(w, W_Int):
        return w.value
    b = w.unwrap_for(INT_TYPE)
    if isinstance(b, W_Int):
        return b.value
    return 0


def index_value(ec: ExecCtx, w: W_Object, what: str) -> int:
    """operator.index(w) as a 64-bit int: ints, bools and objects with
    __index__; else TypeError naming what (e.g. "list indices must be
    integers or slices, not str")."""
    if isinstance(w, W_Int):
        return w.value
    if BIG_INDEX[0](w):
        raise index_error("cannot fit 'int' into an index-sized integer")
    b = w.unwrap_for(INT_TYPE)
    if isinstance(b, W_Int):
        return b.value
    w_meth = w.get_type().lookup("__index__")
    if w_meth is not None:
        w_res = w_meth.call_method(ec, w, [], None)
        if isinstance(w_res, W_Int):
            return w_res.value
        if BIG_INDEX[0](w_res):
            raise index_error("cannot fit 'int' into an index-sized integer")
        raise type_error("__index__ returned non-int (type "
                         + w_res.type_name() + ")")
    raise type_error(what.replace("{}", w.type_name()))


def _not_big(w: W_Object) -> bool:
    return False


# bigint support registers a test for W_BigInt here
BIG_INDEX: list[Callable[[W_Object], bool]] = [_not_big]


def float_of(ec: ExecCtx, w: W_Object) -> float:
    """A float from a float, int or object with __float__/__index__, as
    the float() of a math function argument; TypeError otherwise."""
    if isinstance(w, W_Float):
        return w.value
    if isinstance(w, W_Int):
        return float(w.value)
    return FLOAT_OF_HOOK[0](ec, w)


def _float_of_missing(ec: ExecCtx, w: W_Object) -> float:
    raise type_error("must be real number, not " + w.type_name())


FLOAT_OF_HOOK: list[Callable[[ExecCtx, W_Object], float]] = [_float_of_missing]


def text_of(w: W_Object, what: str) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error(what.replace("{}", w.type_name()))
    return s


# ====================================================== registration

def add_method1(t: W_Type, name: str,
                f: Callable[[ExecCtx, W_Object], W_Object]) -> None:
    b = W_Builtin1(name, f)
    b.w_owner = t
    t.tdict[name] = b


def add_method2(t: W_Type, name: str,
                f: Callable[[ExecCtx, W_Object, W_Object], W_Object]) -> None:
    b = W_Builtin2(name, f)
    b.w_owner = t
    t.tdict[name] = b


def add_methodn(t: W_Type, name: str,
                f: Callable[[ExecCtx, list[W_Object]], W_Object],
                min_args: int, max_args: int) -> None:
    """A method taking self and min_args-1 .. max_args-1 more positional
    arguments (counts include self; max_args -1: any number)."""
    b = W_BuiltinN(name, f, min_args, max_args)
    b.w_owner = t
    t.tdict[name] = b


def add_method_kw(t: W_Type, name: str,
                  f: Callable[[ExecCtx, list[W_Object], list[str] | None],
                              W_Object]) -> None:
    b = W_BuiltinKw(name, f)
    b.w_owner = t
    t.tdict[name] = b


def add_getset(t: W_Type, name: str,
               getter: Callable[[ExecCtx, W_Object], W_Object],
               setter: Callable[[ExecCtx, W_Object, W_Object], None] | None) -> None:
    t.tdict[name] = W_GetSet(name, getter, setter)


def builtin1(name: str, f: Callable[[ExecCtx, W_Object], W_Object]) -> W_Object:
    return W_Builtin1(name, f)


def builtin2(name: str,
             f: Callable[[ExecCtx, W_Object, W_Object], W_Object]) -> W_Object:
    return W_Builtin2(name, f)


def builtinn(name: str, f: Callable[[ExecCtx, list[W_Object]], W_Object],
             min_args: int, max_args: int) -> W_Object:
    return W_BuiltinN(name, f, min_args, max_args)


def builtin_kw(name: str,
               f: Callable[[ExecCtx, list[W_Object], list[str] | None],
                           W_Object]) -> W_Object:
    return W_BuiltinKw(name, f)


class ArgParser:
    """Binds the (args, kwnames) of a builtin taking keyword arguments to
    its parameter names, with CPython's messages."""
    fname: str
    names: list[str]
    values: list[W_Object | None]

    def __init__(self, fname: str, names: list[str]) -> None:
        self.fname = fname
        self.names = names
        self.values = [None] * len(names)

    def parse(self, args: list[W_Object], kwnames: list[str] | None,
              min_pos: int, max_pos: int) -> None:
        nkw = 0 if kwnames is None else len(kwnames)
        npos = len(args) - nkw
        if npos > max_pos:
            if max_pos == 0:
                raise type_error(self.fname + "() takes no positional arguments")
            raise type_error(self.fname + "() takes at most " + str(max_pos)
                             + " positional argument"
                             + ("" if max_pos == 1 else "s") + " ("
                             + str(npos) + " given)")
        i = 0
        while i < npos:
            self.values[i] = args[i]
            i += 1
        if kwnames is not None:
            k = 0
            for kw in kwnames:
                j = self.index(kw)
                if j < 0:
                    raise type_error(self.fname + "() got an unexpected "
                                     "keyword argument '" + kw + "'")
                if self.values[j] is not None:
                    raise type_error("argument for " + self.fname
                                     + "() given by name ('" + kw
                                     + "') and position (" + str(j + 1) + ")")
                self.values[j] = args[npos + k]
                k += 1
        j = 0
        while j < min_pos:
            if self.values[j] is None:
                raise type_error(self.fname + "() missing required argument '"
                                 + self.names[j] + "' (pos " + str(j + 1)
                                 + ")")
            j += 1

    def index(self, name: str) -> int:
        i = 0
        for n in self.names:
            if n == name:
                return i
            i += 1
        return -1

    def get(self, i: int) -> W_Object | None:
        return self.values[i]
