"""set and frozenset, with CPython's hash table: the same table sizes,
probe sequence (linear probes, then perturbation), resize policy and
algorithms for copy/union/intersection/difference, so a set of ints (or
floats, or tuples of them) iterates and prints in CPython's order."""
from __future__ import annotations

from rtutil import MAXINT, u64_mul, u64_shr
import rtutil
from objects import (W_Object, W_Type, W_Int, W_Str, W_Tuple, W_List, W_Dict,
                     of_class, ExecCtx, PyError, W_BuiltinFunction, W_NONE,
                     W_TRUE, W_FALSE, W_NOTIMPLEMENTED, new_int, new_bool,
                     new_str, new_tuple, type_error, value_error, key_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     repr_str, hash_w, eq_bool, is_true, unpack_iterable,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_OBJECT,
                     LAYOUT_BUILTIN, enter_repr, leave_repr, py_error,
                     EXC_KEY_ERROR, stop_iteration, runtime_error, Space,
                     stage_hash, run_stages, add_stages)
import typeobject
import interp
import constants

SET_MINSIZE = 8
LINEAR_PROBES = 9


class W_SetDummy(W_Object):
    pass


SET_DUMMY = W_SetDummy()


class W_Set(W_Object):
    keys: list[W_Object | None]     # None: never used; SET_DUMMY: deleted
    hashes: list[int]
    fill: int                       # used + dummies
    used: int
    mask: int
    finger: int                     # pop() search start
    frozen: bool
    cached_hash: int
    version: int

    def __init__(self, frozen: bool) -> None:
        self.keys = [None] * SET_MINSIZE
        self.hashes = [0] * SET_MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = SET_MINSIZE - 1
        self.finger = 0
        self.frozen = frozen
        self.cached_hash = -1
        self.version = 0

    def get_type(self) -> W_Type:
        if self.frozen:
            return FROZENSET_TYPE
        return SET_TYPE

    # ------------------------------------------------------- the table

    def lookkey(self, ec: ExecCtx, key: W_Object, h: int) -> int:
        """Index of key's entry, or of the empty slot ending its probe."""
        while True:
            mask = self.mask
            keys = self.keys
            i = h & mask
            perturb = h
            restart = False
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    k = keys[j]
                    if k is None:
                        return j
                    if self.hashes[j] == h and k is not SET_DUMMY:
                        if k is key:
                            return j
                        if isinstance(k, W_Str) and isinstance(key, W_Str):
                            if k.value == key.value:
                                return j
                        else:
                            eq = eq_bool(ec, k, key)
                            if self.keys is not keys or self.keys[j] is not k:
                                restart = True
                                break
                            if eq:
                                return j
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb = u64_shr(perturb, 5)
                i = (i * 5 + 1 + perturb) & mask

    def contains_entry(self, ec: ExecCtx, key: W_Object, h: int) -> bool:
        j = self.lookkey(ec, key, h)
        k = self.keys[j]
        return k is not None and k is not SET_DUMMY

    def add_entry(self, ec: ExecCtx, key: W_Object, h: int) -> None:
        while True:
            mask = self.mask
            keys = self.keys
            i = h & mask
            perturb = h
            freeslot = -1
            restart = False
            found = -1
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    k = keys[j]
                    if k is None:
                        found = j
                        break
                    if k is SET_DUMMY:
                        if freeslot < 0:
                            freeslot = j
                    elif self.hashes[j] == h:
                        if k is key:
                            return
                        if isinstance(k, W_Str) and isinstance(key, W_Str):
                            if k.value == key.value:
                                return
                        else:
                            eq = eq_bool(ec, k, key)
                            if eq:
                                return
                            if self.keys is not keys or self.keys[j] is not k:
                                restart = True
                                break
                            mask = self.mask
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart or found >= 0:
                    break
                perturb = u64_shr(perturb, 5)
                i = (i * 5 + 1 + perturb) & mask
            if restart:
                continue
            self.version += 1
            if freeslot >= 0:
                self.used += 1
                keys[freeslot] = key
                self.hashes[freeslot] = h
                return
            self.fill += 1
            self.used += 1
            keys[found] = key
            self.hashes[found] = h
            if self.fill * 5 < mask * 3:
                return
            self.resize(self.used * 2 if self.used > 50000 else self.used * 4)
            return

    def insert_clean(self, key: W_Object, h: int) -> None:
        mask = self.mask
        i = h & mask
        perturb = h
        while True:
            if self.keys[i] is None:
                break
            found = -1
            if i + LINEAR_PROBES <= mask:
                j = 0
                while j < LINEAR_PROBES:
                    if self.keys[i + j + 1] is None:
                        found = i + j + 1
                        break
                    j += 1
            if found >= 0:
                i = found
                break
            perturb = u64_shr(perturb, 5)
            i = (i * 5 + 1 + perturb) & mask
        self.keys[i] = key
        self.hashes[i] = h

    def resize(self, minused: int) -> None:
        newsize = SET_MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys = self.keys
        old_hashes = self.hashes
        self.keys = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        i = 0
        while i < len(old_keys):
            k = old_keys[i]
            if k is not None and k is not SET_DUMMY:
                self.insert_clean(k, old_hashes[i])
            i += 1

    def discard_entry(self, ec: ExecCtx, key: W_Object, h: int) -> bool:
        j = self.lookkey(ec, key, h)
        k = self.keys[j]
        if k is None or k is SET_DUMMY:
            return False
        self.keys[j] = SET_DUMMY
        self.hashes[j] = -1
        self.used -= 1
        self.version += 1
        return True

    def add(self, ec: ExecCtx, key: W_Object) -> None:
        self.add_entry(ec, key, hash_w(ec, key))

    def discard(self, ec: ExecCtx, key: W_Object) -> bool:
        return self.discard_entry(ec, key, set_key_hash(ec, key))

    def contains(self, ec: ExecCtx, key: W_Object) -> bool:
        return self.contains_entry(ec, key, set_key_hash(ec, key))

    def clear(self) -> None:
        self.keys = [None] * SET_MINSIZE
        self.hashes = [0] * SET_MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = SET_MINSIZE - 1
        self.version += 1

    def entries(self) -> list[int]:
        """Indices of the live entries, in table order."""
        out: list[int] = []
        i = 0
        while i < len(self.keys):
            k = self.keys[i]
            if k is not None and k is not SET_DUMMY:
                out.append(i)
            i += 1
        return out

    def items(self) -> list[W_Object]:
        out: list[W_Object] = []
        for k in self.keys:
            if k is not None and k is not SET_DUMMY:
                out.append(k)
        return out

    # ------------------------------------------------------ protocols

    def repr_str(self, ec: ExecCtx) -> str:
        name = self.get_type().name
        if self.used == 0:
            return name + "()"
        if enter_repr(ec, self):
            return name + "(...)"
        try:
            parts: list[str] = []
            for k in self.items():
                parts.append(repr_str(ec, k))
            body = "{" + ", ".join(parts) + "}"
        finally:
            leave_repr(ec, self)
        if self.frozen:
            return "frozenset(" + body + ")"
        return body

    def hash_value(self, ec: ExecCtx) -> int:
        if not self.frozen:
            raise type_error("unhashable type: 'set'")
        if self.cached_hash == -1:
            self.cached_hash = frozenset_hash(self)
        return self.cached_hash

    def is_true(self, ec: ExecCtx) -> bool:
        return self.used > 0

    def length(self, ec: ExecCtx) -> int:
        return self.used

    def iter(self, ec: ExecCtx) -> W_Object:
        return W_SetIter(self)


def set_key_hash(ec: ExecCtx, key: W_Object) -> int:
    """The hash of a key being looked up: a set is looked up as the
    frozenset with the same elements (CPython's rule)."""
    if isinstance(key, W_Set) and not key.frozen:
        tmp = W_Set(True)
        set_merge(ec, tmp, key)
        return tmp.hash_value(ec)
    return hash_w(ec, key)


def shuffle_bits(h: int) -> int:
    return u64_mul((h ^ 89869747) ^ rtutil.u64_shl(h, 16), 3644798167)


def frozenset_hash(s: W_Set) -> int:
    h = 0
    i = 0
    while i <= s.mask:
        k = s.keys[i]
        eh = 0 if k is None else s.hashes[i]
        h ^= shuffle_bits(eh)
        i += 1
    if (s.mask + 1 - s.fill) & 1:
        h ^= shuffle_bits(0)
    if (s.fill - s.used) & 1:
        h ^= shuffle_bits(-1)
    h ^= u64_mul(s.used + 1, 1927868237)
    h ^= u64_shr(h, 11) ^ u64_shr(h, 25)
    h = rtutil.u64_add(u64_mul(h, 69069), 907133923)
    if h == -1:
        h = 590923713
    return h


class W_SetIter(W_Object):
    w_set: W_Set
    pos: int
    version: int
    size: int

    def __init__(self, w_set: W_Set) -> None:
        self.w_set = w_set
        self.pos = 0
        self.version = w_set.version
        self.size = w_set.used

    def get_type(self) -> W_Type:
        return SET_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        s = self.w_set
        if s.used != self.size:
            self.size = -1
            raise runtime_error("Set changed size during iteration")
        keys = s.keys
        i = self.pos
        while i < len(keys):
            k = keys[i]
            if k is not None and k is not SET_DUMMY:
                self.pos = i + 1
                return k
            i += 1
        self.pos = i
        return None


SET_TYPE = make_builtin_type("set", OBJECT_TYPE, LAYOUT_OBJECT)
FROZENSET_TYPE = make_builtin_type("frozenset", OBJECT_TYPE, LAYOUT_OBJECT)
SET_ITER_TYPE = make_builtin_type("set_iterator", OBJECT_TYPE, LAYOUT_BUILTIN)


# ------------------------------------------------------------ algorithms

def set_merge(ec: ExecCtx, so: W_Set, other: W_Set) -> None:
    if other is so or other.used == 0:
        return
    if (so.fill + other.used) * 5 >= so.mask * 3:
        so.resize((so.used + other.used) * 2)
    if so.fill == 0 and so.mask == other.mask and other.fill == other.used:
        i = 0
        while i <= other.mask:
            k = other.keys[i]
            if k is not None:
                so.keys[i] = k
                so.hashes[i] = other.hashes[i]
            i += 1
        so.fill = other.fill
        so.used = other.used
        so.version += 1
        return
    if so.fill == 0:
        so.fill = other.used
        so.used = other.used
        j = 0
        while j <= other.mask:
            k2 = other.keys[j]
            if k2 is not None and k2 is not SET_DUMMY:
                so.insert_clean(k2, other.hashes[j])
            j += 1
        so.version += 1
        return
    m = 0
    while m <= other.mask:
        k3 = other.keys[m]
        if k3 is not None and k3 is not SET_DUMMY:
            so.add_entry(ec, k3, other.hashes[m])
        m += 1


def set_update(ec: ExecCtx, so: W_Set, w_other: W_Object) -> None:
    o = set_of(w_other)
    if o is not None:
        set_merge(ec, so, o)
        return
    if isinstance(w_other, W_Dict):
        n = w_other.used
        if (so.fill + n) * 5 >= so.mask * 3:
            so.resize((so.used + n) * 2)
        i = 0
        while i < len(w_other.keys):
            k = w_other.keys[i]
            if k is not None:
                so.add_entry(ec, k, w_other.hashes[i])
            i += 1
        return
    w_it = w_other.iter(ec)
    while True:
        x = w_it.next_value(ec)
        if x is None:
            return
        so.add(ec, x)


def set_of(w: W_Object) -> W_Set | None:
    if isinstance(w, W_Set):
        return w
    b = w.unwrap_for(SET_TYPE)
    if isinstance(b, W_Set):
        return b
    b2 = w.unwrap_for(FROZENSET_TYPE)
    if isinstance(b2, W_Set):
        return b2
    return None


def new_set_like(w: W_Object) -> W_Set:
    s = set_of(w)
    if s is not None and s.frozen:
        return W_Set(True)
    return W_Set(False)


def set_copy(ec: ExecCtx, so: W_Set, frozen: bool) -> W_Set:
    r = W_Set(frozen)
    set_merge(ec, r, so)
    return r


def set_intersection(ec: ExecCtx, so: W_Set, w_other: W_Object) -> W_Set:
    if so is w_other:
        return set_copy(ec, so, so.frozen)
    result = W_Set(so.frozen)
    o = set_of(w_other)
    if o is not None:
        a = so
        b = o
        if b.used > a.used:
            a = o
            b = so
        for i in b.entries():
            k = b.keys[i]
            if k is not None:
                h = b.hashes[i]
                if a.contains_entry(ec, k, h):
                    result.add_entry(ec, k, h)
        return result
    w_it = w_other.iter(ec)
    while True:
        x = w_it.next_value(ec)
        if x is None:
            return result
        hx = hash_w(ec, x)
        if so.contains_entry(ec, x, hx):
            result.add_entry(ec, x, hx)


def set_difference_update(ec: ExecCtx, so: W_Set, w_other: W_Object) -> None:
    if so is w_other:
        so.clear()
        return
    o = set_of(w_other)
    if o is not None:
        other = o
        if (o.used >> 3) > so.used:
            other = set_intersection(ec, so, o)
        for i in other.entries():
            k = other.keys[i]
            if k is not None:
                so.discard_entry(ec, k, other.hashes[i])
    else:
        w_it = w_other.iter(ec)
        while True:
            x = w_it.next_value(ec)
            if x is None:
                break
            so.discard(ec, x)
    if so.fill - so.used <= so.mask // 4:
        return
    so.resize(so.used * 2 if so.used > 50000 else so.used * 4)


def set_difference(ec: ExecCtx, so: W_Set, w_other: W_Object) -> W_Set:
    o = set_of(w_other)
    other_size = -1
    if o is not None:
        other_size = o.used
    elif isinstance(w_other, W_Dict):
        other_size = w_other.used
    if other_size < 0 or (so.used >> 2) > other_size:
        r = set_copy(ec, so, so.frozen)
        set_difference_update(ec, r, w_other)
        return r
    result = W_Set(so.frozen)
    for i in so.entries():
        k = so.keys[i]
        if k is None:
            continue
        h = so.hashes[i]
        if o is not None:
            present = o.contains_entry(ec, k, h)
        elif isinstance(w_other, W_Dict):
            present = w_other.find(ec, k, h) >= 0
        else:
            present = False
        if not present:
            result.add_entry(ec, k, h)
    return result


def set_symmetric_difference_update(ec: ExecCtx, so: W_Set,
                                    w_other: W_Object) -> None:
    if so is w_other:
        so.clear()
        return
    if isinstance(w_other, W_Dict):
        i = 0
        while i < len(w_other.keys):
            k = w_other.keys[i]
            if k is not None:
                h = w_other.hashes[i]
                if not so.discard_entry(ec, k, h):
                    so.add_entry(ec, k, h)
            i += 1
        return
    o = set_of(w_other)
    other = o
    if other is None:
        other = W_Set(False)
        set_update(ec, other, w_other)
    for j in other.entries():
        k2 = other.keys[j]
        if k2 is not None:
            h2 = other.hashes[j]
            if not so.discard_entry(ec, k2, h2):
                so.add_entry(ec, k2, h2)


def set_symmetric_difference(ec: ExecCtx, so: W_Set, w_other: W_Object) -> W_Set:
    result = W_Set(so.frozen)
    set_update(ec, result, w_other)
    set_symmetric_difference_update(ec, result, so)
    return result


def set_union(ec: ExecCtx, so: W_Set, w_other: W_Object) -> W_Set:
    result = set_copy(ec, so, so.frozen)
    set_update(ec, result, w_other)
    return result


def is_subset(ec: ExecCtx, a: W_Set, b: W_Set) -> bool:
    if a.used > b.used:
        return False
    for i in a.entries():
        k = a.keys[i]
        if k is not None and not b.contains_entry(ec, k, a.hashes[i]):
            return False
    return True


# ------------------------------------------------------------------ API

def self_set(w: W_Object) -> W_Set:
    s = set_of(w)
    if s is None:
        raise type_error("descriptor requires a 'set' object but received a '"
                         + w.type_name() + "'")
    return s


def set_new(ec: ExecCtx, args: list[W_Object],
            kwnames: list[str] | None) -> W_Object:
    return of_class(args[0], SET_TYPE, W_Set(False))


def set_init(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("set() takes no keyword arguments")
    if len(args) > 2:
        raise type_error("set expected at most 1 argument, got "
                         + str(len(args) - 1))
    s = self_set(args[0])
    if s.used > 0:
        s.clear()
    if len(args) == 2:
        set_update(ec, s, args[1])
    return W_NONE


def frozenset_new(ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("frozenset() takes no keyword arguments")
    if len(args) > 2:
        raise type_error("frozenset expected at most 1 argument, got "
                         + str(len(args) - 1))
    w_cls = args[0]
    if len(args) == 2:
        w_it = args[1]
        if isinstance(w_it, W_Set) and w_it.frozen and w_cls is FROZENSET_TYPE:
            return w_it
    s = W_Set(True)
    if len(args) == 2:
        set_update(ec, s, args[1])
    return of_class(w_cls, FROZENSET_TYPE, s)


# The methods that hash a key and then read or write the set, as stages
# (objects.StageFn), as dict's (dictobject.get_stages): a key's Python
# __hash__ runs as a frame of the dispatch loop when it calls them.

def hash_runs_no_code(w_x: W_Object) -> bool:
    """An int, bool or str key: no Python __hash__ runs (their subclasses'
    instances are W_Instance), so its method needs no stages, which cost
    more than a small set's add itself (mt_nqueens: 420 -> ~200
    instructions an add)."""
    return isinstance(w_x, W_Int) or isinstance(w_x, W_Str)


def m_add(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    if hash_runs_no_code(w_x):
        self_set(w).add_entry(ec, w_x, hash_w(ec, w_x))
        return W_NONE
    return run_stages(ec, add_stages_fn, w, w_x, 0, None)


def add_stages_fn(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                  stage: int, w_prev: W_Object | None,
                  w_carry: W_Object | None) -> W_Object | None:
    h = stage_hash(ec, w_x, stage, w_prev, None)
    if h == -1:
        return None
    self_set(w).add_entry(ec, w_x, h)
    return W_NONE


def lookup_hash(ec: ExecCtx, w_x: W_Object, stage: int,
                w_prev: W_Object | None) -> int:
    """set_key_hash at a stage: -1 after asking for w_x's Python __hash__
    (objects.stage_hash)."""
    if isinstance(w_x, W_Set):
        return set_key_hash(ec, w_x)
    return stage_hash(ec, w_x, stage, w_prev, None)


def m_discard(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    if hash_runs_no_code(w_x):
        self_set(w).discard_entry(ec, w_x, hash_w(ec, w_x))
        return W_NONE
    return run_stages(ec, discard_stages, w, w_x, 0, None)


def discard_stages(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                   stage: int, w_prev: W_Object | None,
                   w_carry: W_Object | None) -> W_Object | None:
    h = lookup_hash(ec, w_x, stage, w_prev)
    if h == -1:
        return None
    self_set(w).discard_entry(ec, w_x, h)
    return W_NONE


def m_remove(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    if hash_runs_no_code(w_x):
        return remove_hashed(ec, w, w_x, hash_w(ec, w_x))
    return run_stages(ec, remove_stages, w, w_x, 0, None)


def remove_stages(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                  stage: int, w_prev: W_Object | None,
                  w_carry: W_Object | None) -> W_Object | None:
    h = lookup_hash(ec, w_x, stage, w_prev)
    if h == -1:
        return None
    return remove_hashed(ec, w, w_x, h)


def remove_hashed(ec: ExecCtx, w: W_Object, w_x: W_Object, h: int) -> W_Object:
    if not self_set(w).discard_entry(ec, w_x, h):
        raise key_error(w_x)
    return W_NONE


def contains_stages(ec: ExecCtx, w: W_Object, w_x: W_Object, op: int,
                    stage: int, w_prev: W_Object | None,
                    w_carry: W_Object | None) -> W_Object | None:
    """x in s (set.__contains__) for the dispatch loop."""
    h = lookup_hash(ec, w_x, stage, w_prev)
    if h == -1:
        return None
    return new_bool(self_set(w).contains_entry(ec, w_x, h))


def m_pop(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_set(w)
    if s.used == 0:
        raise py_error(EXC_KEY_ERROR, "pop from an empty set")
    i = s.finger & s.mask
    while True:
        k = s.keys[i]
        if k is not None and k is not SET_DUMMY:
            break
        i += 1
        if i > s.mask:
            i = 0
    k2 = s.keys[i]
    s.keys[i] = SET_DUMMY
    s.hashes[i] = -1
    s.used -= 1
    s.finger = i + 1
    s.version += 1
    if k2 is None:
        return W_NONE
    return k2


def m_clear(ec: ExecCtx, w: W_Object) -> W_Object:
    self_set(w).clear()
    return W_NONE


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_set(w)
    if s.frozen and isinstance(w, W_Set):
        return w
    return set_copy(ec, s, s.frozen)


def m_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_set(w).used)


def m_contains(ec: ExecCtx, w: W_Object, w_x: W_Object) -> W_Object:
    return new_bool(self_set(w).contains(ec, w_x))


def m_iter(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_SetIter(self_set(w))


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    s = self_set(w)
    if isinstance(w, W_Set):
        return new_str(s.repr_str(ec))
    body = s.repr_str(ec)
    if s.frozen:
        body = body[len("frozenset"):]
        if body == "()":
            return new_str(w.type_name() + "()")
        return new_str(w.type_name() + body)
    if s.used == 0:
        return new_str(w.type_name() + "()")
    return new_str(w.type_name() + "(" + body + ")")


def m_hash(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_set(w).hash_value(ec))


def many_args(ec: ExecCtx, args: list[W_Object], start: int) -> list[W_Object]:
    return args[start:]


def m_union(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    r = set_copy(ec, s, s.frozen)
    for w_o in args[1:]:
        set_update(ec, r, w_o)
    return r


def m_intersection(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    if len(args) == 1:
        return set_copy(ec, s, s.frozen)
    r = s
    for w_o in args[1:]:
        r = set_intersection(ec, r, w_o)
    return r


def m_difference(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    if len(args) == 1:
        return set_copy(ec, s, s.frozen)
    r = set_difference(ec, s, args[1])
    for w_o in args[2:]:
        set_difference_update(ec, r, w_o)
    return r


def m_symmetric_difference(ec: ExecCtx, w: W_Object, w_o: W_Object) -> W_Object:
    return set_symmetric_difference(ec, self_set(w), w_o)


def m_update(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    for w_o in args[1:]:
        set_update(ec, s, w_o)
    return W_NONE


def m_intersection_update(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    r = s
    for w_o in args[1:]:
        r = set_intersection(ec, r, w_o)
    replace_contents(s, r)
    return W_NONE


def replace_contents(s: W_Set, r: W_Set) -> None:
    if r is s:
        return
    s.keys = r.keys
    s.hashes = r.hashes
    s.fill = r.fill
    s.used = r.used
    s.mask = r.mask
    s.version += 1


def m_difference_update(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    s = self_set(args[0])
    for w_o in args[1:]:
        set_difference_update(ec, s, w_o)
    return W_NONE


def m_symmetric_difference_update(ec: ExecCtx, w: W_Object,
                                  w_o: W_Object) -> W_Object:
    set_symmetric_difference_update(ec, self_set(w), w_o)
    return W_NONE


def as_set_arg(ec: ExecCtx, w: W_Object) -> W_Set:
    s = set_of(w)
    if s is not None:
        return s
    r = W_Set(False)
    set_update(ec, r, w)
    return r


def m_issubset(ec: ExecCtx, w: W_Object, w_o: W_Object) -> W_Object:
    return new_bool(is_subset(ec, self_set(w), as_set_arg(ec, w_o)))


def m_issuperset(ec: ExecCtx, w: W_Object, w_o: W_Object) -> W_Object:
    return new_bool(is_subset(ec, as_set_arg(ec, w_o), self_set(w)))


def m_isdisjoint(ec: ExecCtx, w: W_Object, w_o: W_Object) -> W_Object:
    s = self_set(w)
    for x in unpack_iterable(ec, w_o):
        if s.contains(ec, x):
            return W_FALSE
    return W_TRUE


class W_SetOp(W_BuiltinFunction):
    """The operators of sets: | & - ^ (and in-place), comparisons."""
    kind: int       # 0 or, 1 and, 2 sub, 3 xor, 4.. comparisons (op-4)
    inplace: bool
    reflected: bool

    def __init__(self, name: str, kind: int, inplace: bool,
                 reflected: bool) -> None:
        super().__init__(name, 2, 2)
        self.kind = kind
        self.inplace = inplace
        self.reflected = reflected

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        self.no_keywords(kwnames)
        self.check_count(len(args))
        a = set_of(args[0])
        b = set_of(args[1])
        if a is None or b is None:
            return W_NOTIMPLEMENTED
        if self.reflected:
            t = a
            a = b
            b = t
        k = self.kind
        if k >= 4:
            return new_bool(set_compare(ec, a, b, k - 4))
        if self.inplace:
            if k == 0:
                set_update(ec, a, b)
            elif k == 1:
                replace_contents(a, set_intersection(ec, a, b))
            elif k == 2:
                set_difference_update(ec, a, b)
            else:
                set_symmetric_difference_update(ec, a, b)
            return args[0]
        if k == 0:
            return set_union(ec, a, b)
        if k == 1:
            return set_intersection(ec, a, b)
        if k == 2:
            return set_difference(ec, a, b)
        return set_symmetric_difference(ec, a, b)


def set_compare(ec: ExecCtx, a: W_Set, b: W_Set, op: int) -> bool:
    if op == 2:
        return a.used == b.used and is_subset(ec, a, b)
    if op == 3:
        return not (a.used == b.used and is_subset(ec, a, b))
    if op == 1:
        return is_subset(ec, a, b)
    if op == 5:
        return is_subset(ec, b, a)
    if op == 0:
        return a.used < b.used and is_subset(ec, a, b)
    return a.used > b.used and is_subset(ec, b, a)


CONST_EC = ExecCtx(Space())


def frozenset_const(items: list[W_Object]) -> W_Object | None:
    """A frozenset of constants, grown item by item as CPython's
    PyFrozenSet_New does from the display's tuple, then rebuilt from its
    own iteration order, as CPython's merge of code constants does."""
    s = W_Set(True)
    for x in items:
        s.add(CONST_EC, x)
    # the compiler's constant merging rebuilds it from its own order
    again = W_Set(True)
    for y in s.items():
        again.add(CONST_EC, y)
    return again


def set_update_hook(ec: ExecCtx, w_set: W_Object, w: W_Object) -> None:
    set_update(ec, self_set(w_set), w)


def build_set(ec: ExecCtx, items: list[W_Object]) -> W_Object:
    s = W_Set(False)
    for x in items:
        s.add(ec, x)
    return s


def set_add_hook(ec: ExecCtx, w_set: W_Object, w: W_Object) -> None:
    self_set(w_set).add(ec, w)


def iter_self(ec: ExecCtx, w: W_Object) -> W_Object:
    return w


def iter_next(ec: ExecCtx, w: W_Object) -> W_Object:
    v = w.next_value(ec)
    if v is None:
        raise stop_iteration()
    return v


def install() -> None:
    for t in [SET_TYPE, FROZENSET_TYPE]:
        t.base_builtin = t
        add_method1(t, "__len__", m_len)
        add_method2(t, "__contains__", m_contains)
        add_stages(t, "__contains__", contains_stages)
        add_method1(t, "__iter__", m_iter)
        add_method1(t, "__repr__", m_repr)
        add_method1(t, "copy", m_copy)
        add_methodn(t, "union", m_union, 1, -1)
        add_methodn(t, "intersection", m_intersection, 1, -1)
        add_methodn(t, "difference", m_difference, 1, -1)
        add_method2(t, "symmetric_difference", m_symmetric_difference)
        add_method2(t, "issubset", m_issubset)
        add_method2(t, "issuperset", m_issuperset)
        add_method2(t, "isdisjoint", m_isdisjoint)
        names = ["__or__", "__and__", "__sub__", "__xor__"]
        k = 0
        for n in names:
            f = W_SetOp(n, k, False, False)
            f.w_owner = t
            t.tdict[n] = f
            rn = "__r" + n[2:]
            f2 = W_SetOp(rn, k, False, True)
            f2.w_owner = t
            t.tdict[rn] = f2
            k += 1
        cmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                     "__ge__"]
        c = 0
        for cn in cmp_names:
            f3 = W_SetOp(cn, 4 + c, False, False)
            f3.w_owner = t
            t.tdict[cn] = f3
            c += 1
    s = SET_TYPE
    typeobject.add_static_new(s, set_new)
    add_method_kw(s, "__init__", set_init)
    add_method2(s, "add", m_add)
    add_method2(s, "discard", m_discard)
    add_method2(s, "remove", m_remove)
    add_stages(s, "add", add_stages_fn)
    add_stages(s, "discard", discard_stages)
    add_stages(s, "remove", remove_stages)
    add_method1(s, "pop", m_pop)
    add_method1(s, "clear", m_clear)
    add_methodn(s, "update", m_update, 1, -1)
    add_methodn(s, "intersection_update", m_intersection_update, 1, -1)
    add_methodn(s, "difference_update", m_difference_update, 1, -1)
    add_method2(s, "symmetric_difference_update",
                m_symmetric_difference_update)
    inames = ["__ior__", "__iand__", "__isub__", "__ixor__"]
    k2 = 0
    for n2 in inames:
        f4 = W_SetOp(n2, k2, True, False)
        f4.w_owner = s
        s.tdict[n2] = f4
        k2 += 1
    s.tdict["__hash__"] = W_NONE
    fz = FROZENSET_TYPE
    typeobject.add_static_new(fz, frozenset_new)
    add_method1(fz, "__hash__", m_hash)
    add_method1(SET_ITER_TYPE, "__iter__", iter_self)
    add_method1(SET_ITER_TYPE, "__next__", iter_next)
    s.compute_flags()
    fz.compute_flags()
    interp.BUILD_SET_HOOK[0] = build_set
    interp.SET_UPDATE_HOOK[0] = set_update_hook
    constants.FROZENSET_CONST[0] = frozenset_const
    interp.SET_ADD_HOOK[0] = set_add_hook
