"""The _thread module: Python threads on the language's threads.

Each Python thread runs on a thread of the language (`threading.Thread`
of docs/language.md) with an ExecCtx of its own (objects.py: call depth,
the exception being handled, the current frame, threading.local storage),
so two Python threads share only what the Python program shares.  Under
--stm they run in parallel; the dispatch loop's break points end their
transactions.

Locks are the language's `threading.Lock`: their state is transactional,
a blocking acquire ends the transaction before it waits (the runtime
does), so a lock held across transactions is real mutual exclusion.  An
acquire with a timeout is the language's timed acquire: it sleeps until a
release commits or the timeout passes.

threading, queue and concurrent.futures are Python code over this module
(pylib_threads.py).  Assumes: called with the ExecCtx of the calling
thread.  Guarantees: thread idents are unique for the process (never
reused); `_count()` counts threads started and not yet finished.
"""
from __future__ import annotations

import sys
import threading

import rtrans

from objects import (W_Object, W_Type, W_Tuple, W_Dict, W_Int,
                     W_BaseException, W_Module, ExecCtx, PyError, Space,
                     W_NONE, W_TRUE, W_FALSE, new_int, new_str, new_bool,
                     new_module, new_dict, new_tuple, type_error,
                     value_error, runtime_error, py_error, exc_matches,
                     add_method1, add_methodn, add_method_kw, builtin1,
                     builtinn, builtin_kw, make_builtin_type, ArgParser,
                     OBJECT_TYPE, LAYOUT_BUILTIN, EXC_SYSTEM_EXIT,
                     EXC_RUNTIME_ERROR, EXC_OVERFLOW_ERROR, repr_str,
                     address_of, is_true, str_value_of, W_Float,
                     W_List, key_error, add_method2)
import floatobject
from funcobject import is_callable
import typeobject
import tbprint

TIMEOUT_MAX = threading.TIMEOUT_MAX
IDENT_BASE = 139800000000000       # idents look like CPython's (addresses)
IDENT_STEP = 8392704               # CPython's thread stacks are this apart
THREAD_STACK = 64 << 20            # C stack of a Python thread (recursion)




def ident_of(ec: ExecCtx) -> int:
    return IDENT_BASE + ec.ident * IDENT_STEP


# ---------------------------------------------------------------- locks

class W_Lock(W_Object):
    lock: threading.Lock

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def get_type(self) -> W_Type:
        return LOCK_TYPE

    def repr_str(self, ec: ExecCtx) -> str:
        state = "locked" if self.lock.locked() else "unlocked"
        return ("<" + state + " _thread.lock object at "
                + address_of(ec, self) + ">")


LOCK_TYPE = make_builtin_type("lock", OBJECT_TYPE, LAYOUT_BUILTIN)
LOCK_TYPE.module = "_thread"


def self_lock(w: W_Object) -> W_Lock:
    if isinstance(w, W_Lock):
        return w
    raise type_error("descriptor 'acquire' for '_thread.lock' objects "
                     "doesn't apply to a '" + w.type_name() + "' object")


def acquire_args(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> float:
    """(blocking, timeout) of acquire(): -1.0 blocks, 0.0 does not,
    otherwise the timeout in seconds."""
    p = ArgParser("acquire", ["blocking", "timeout"])
    p.parse(args, kwnames, 0, 2)
    w_block = p.get(0)
    w_timeout = p.get(1)
    blocking = True if w_block is None else is_true(ec, w_block)
    timeout = -1.0
    if w_timeout is not None:
        timeout = floatobject.float_arg(ec, w_timeout)
    if not blocking:
        if timeout != -1.0:
            raise value_error("can't specify a timeout for a non-blocking "
                              "call")
        return 0.0
    if timeout < 0.0 and timeout != -1.0:
        raise value_error("timeout value must be positive")
    check_timeout_max(timeout)
    return timeout


def check_timeout_max(timeout: float) -> None:
    """CPython first converts the timeout to int64 nanoseconds, which
    fail from about 2**63 ns on; TIMEOUT_MAX is a little below that."""
    if timeout >= 9223372036.854775807:
        raise py_error(EXC_OVERFLOW_ERROR,
                       "timestamp out of range for platform time_t")
    if timeout > TIMEOUT_MAX:
        raise py_error(EXC_OVERFLOW_ERROR, "timeout value is too large")


def acquire_lock(lk: threading.Lock, timeout: float) -> bool:
    if timeout == 0.0:
        return lk.acquire(False)
    if timeout < 0.0:
        return lk.acquire()
    return lk.acquire(True, timeout)


def m_acquire(ec: ExecCtx, args: list[W_Object],
              kwnames: list[str] | None) -> W_Object:
    lk = self_lock(args[0])
    timeout = acquire_args(ec, args[1:], kwnames)
    return new_bool(acquire_lock(lk.lock, timeout))


def m_enter(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_lock(w).lock.acquire())


def m_release(ec: ExecCtx, w: W_Object) -> W_Object:
    lk = self_lock(w)
    if not lk.lock.locked():
        raise runtime_error("release unlocked lock")
    lk.lock.release()
    return W_NONE


def m_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    m_release(ec, args[0])
    return W_NONE


def m_locked(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(self_lock(w).lock.locked())


def lock_new(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    if len(args) > 1:
        raise type_error("lock() takes no arguments")
    return W_Lock()


# -------------------------------------------------------------- threads

class Boot:
    """What a new thread needs: the callable and its arguments."""
    space: Space
    w_func: W_Object
    args: list[W_Object]
    kwnames: list[str] | None
    serial: int
    finished: bool

    def __init__(self, space: Space, w_func: W_Object, args: list[W_Object],
                 kwnames: list[str] | None, serial: int) -> None:
        self.space = space
        self.w_func = w_func
        self.args = args
        self.kwnames = kwnames
        self.serial = serial
        self.finished = False


class Registry:
    """Process-wide thread bookkeeping, written by the threads that start
    and join threads only: a finishing thread writes its own Boot, found
    by its serial without reading the others (two threads ending together
    do not conflict)."""
    next_serial: int
    boots: dict[int, Boot]           # serial -> started, not seen finished
    prepared: dict[int, Boot]        # ident -> made, not started yet
    joinable: dict[int, threading.Thread]  # ident -> started, not joined
    stack_set: bool

    def __init__(self) -> None:
        self.next_serial = 1
        self.boots = {}
        self.prepared = {}
        self.joinable = {}
        self.stack_set = False

    def running(self) -> int:
        """Threads started and not finished (prunes the finished ones)."""
        done: list[int] = []
        for serial, b in self.boots.items():
            if b.finished:
                done.append(serial)
        for serial in done:
            del self.boots[serial]
        return len(self.boots)

    def count(self) -> int:
        """As running(), without writing (any thread may ask)."""
        n = 0
        for b in self.boots.values():
            if not b.finished:
                n += 1
        return n


REGISTRY = Registry()


def report_unhandled(ec: ExecCtx, boot: Boot, e: W_BaseException) -> None:
    """CPython's sys.unraisablehook output for start_new_thread."""
    try:
        text = ("Exception ignored in thread started by: "
                + repr_str(ec, boot.w_func) + "\n"
                + tbprint.format_exception(ec, e))
    except PyError:
        text = "Exception ignored in thread started by a function\n"
    sys_write_err(text)


def sys_write_err(text: str) -> None:
    try:
        sys.stdout.flush()
        sys.stderr.write(text)
        sys.stderr.flush()
    except OSError:
        pass


def thread_main(boot: Boot) -> None:
    ec = ExecCtx(boot.space)
    ec.ident = boot.serial
    try:
        boot.w_func.call_args(ec, boot.args, boot.kwnames)
    except PyError as e:
        if not exc_matches(e.w_exc, EXC_SYSTEM_EXIT):
            report_unhandled(ec, boot, e.w_exc)
    finally:
        # a `with pypystm.atomic:` left open by the thread ends with it
        while rtrans.is_atomic():
            rtrans.leave_atomic()
        boot.finished = True


def prepare_thread(ec: ExecCtx, w_func: W_Object, args: list[W_Object],
                   kwnames: list[str] | None) -> Boot:
    """A Boot with the next serial, not started (launch starts it)."""
    serial = REGISTRY.next_serial
    REGISTRY.next_serial = serial + 1
    return Boot(ec.space, w_func, args, kwnames, serial)


def launch(boot: Boot) -> threading.Thread:
    """Starts the thread of boot; it runs once this transaction commits."""
    if not REGISTRY.stack_set:
        threading.stack_size(THREAD_STACK)
        REGISTRY.stack_set = True
    REGISTRY.running()
    REGISTRY.boots[boot.serial] = boot
    t = threading.Thread(target=thread_main, args=(boot,))
    t.start()
    return t


def start_thread(ec: ExecCtx, w_func: W_Object, args: list[W_Object],
                 kwnames: list[str] | None) -> int:
    boot = prepare_thread(ec, w_func, args, kwnames)
    launch(boot)
    return IDENT_BASE + boot.serial * IDENT_STEP


def t_start_new_thread(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    w_func = args[0]
    w_args = args[1]
    if not is_callable(w_func):
        raise type_error("first arg must be callable")
    if not isinstance(w_args, W_Tuple):
        raise type_error("2nd arg must be a tuple")
    call_args: list[W_Object] = w_args.items[:]
    kwnames: list[str] | None = None
    if len(args) > 2 and args[2] is not W_NONE:
        w_kw = args[2]
        if not isinstance(w_kw, W_Dict):
            raise type_error("optional 3rd arg must be a dictionary")
        names: list[str] = []
        for w_key in w_kw.live_keys():
            s = str_of_key(w_key)
            names.append(s)
            w_v = w_kw.lookup(ec, w_key)
            call_args.append(W_NONE if w_v is None else w_v)
        kwnames = names
    return new_int(start_thread(ec, w_func, call_args, kwnames))


def str_of_key(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        raise type_error("keywords must be strings")
    return s


def t_get_ident(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(ident_of(ec))


def t_count(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(REGISTRY.count())


# threading.Thread starts its thread in two steps: _new_thread(function)
# gives the ident, the caller registers the Thread under it, and
# _start(ident) starts it.  So the new thread finds itself registered
# without the starter waiting for it to say it runs (CPython's start()
# waits on an Event the new thread sets: under --stm the two threads'
# transactions on the Event's lock could overlap and one of them abort).

def t_new_thread(ec: ExecCtx, w_func: W_Object) -> W_Object:
    if not is_callable(w_func):
        raise type_error("first arg must be callable")
    boot = prepare_thread(ec, w_func, [], None)
    ident = IDENT_BASE + boot.serial * IDENT_STEP
    REGISTRY.prepared[ident] = boot
    return new_int(ident)


def ident_arg(w: W_Object) -> int:
    if not isinstance(w, W_Int):
        raise type_error("an integer thread ident is required")
    return w.value


def t_start(ec: ExecCtx, w_ident: W_Object) -> W_Object:
    ident = ident_arg(w_ident)
    boot = REGISTRY.prepared.get(ident)
    if boot is None:
        raise runtime_error("threads can only be started once")
    del REGISTRY.prepared[ident]
    REGISTRY.joinable[ident] = launch(boot)
    return W_NONE


def t_join(ec: ExecCtx, w_ident: W_Object) -> W_Object:
    """_join(ident): waits until the thread started by _start(ident) has
    ended.  The wait is the runtime's, outside the transactional zone,
    and reads no object the ending thread writes: a join that races the
    thread's last transaction does not conflict with it."""
    ident = ident_arg(w_ident)
    t = REGISTRY.joinable.get(ident)
    if t is None:
        return W_NONE                   # joined before
    t.join()
    if ident in REGISTRY.joinable:      # another joiner may have been first
        del REGISTRY.joinable[ident]
    return W_NONE


def t_allocate_lock(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Lock()


def t_stack_size(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """Python threads get THREAD_STACK bytes (the interpreter recurses on
    the C stack); the size asked for is accepted and reported only."""
    return new_int(0)


def t_format_exception(ec: ExecCtx, w: W_Object) -> W_Object:
    """The traceback text of an exception (threading.excepthook)."""
    if not isinstance(w, W_BaseException):
        raise type_error("an exception is required")
    return new_str(tbprint.format_exception(ec, w))


# ------------------------------------------------------- threading.local

def t_local_dict(ec: ExecCtx, w: W_Object) -> W_Object:
    """The calling thread's attribute dict of a threading.local object, as
    the tuple (dict, created): created is True the first time this thread
    asks (the caller then runs __init__).  The dicts live in the thread's
    ExecCtx, so threads never touch each other's."""
    key = hash(w)
    found = ec.tls.get(key)
    entries: list[W_Object] = []
    if found is None:
        ec.tls[key] = entries
    else:
        entries = found
    i = 0
    while i < len(entries):
        if entries[i] is w:
            return new_tuple([entries[i + 1], W_FALSE])
        i += 2
    d = new_dict()
    entries.append(w)
    entries.append(d)
    return new_tuple([d, W_TRUE])


# ------------------------------------------------------------- atomic

def t_atomic_enter(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """pypystm.atomic.__enter__: an atomic section of the language, left
    by t_atomic_exit (the dispatch loop runs in between)."""
    if not rtrans.is_atomic():
        rtrans.transaction_break_point()
    rtrans.enter_atomic()
    return W_NONE


def t_atomic_exit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    if not rtrans.is_atomic():
        raise runtime_error("atomic section left without being entered")
    rtrans.leave_atomic()
    return W_NONE


def t_is_atomic(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_bool(rtrans.is_atomic())


def t_hint_commit_soon(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    rtrans.hint_commit_soon()
    return W_NONE


def t_segment_limit(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(rtrans.segment_limit())


def t_finishing(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """_thread._finishing(): the calling thread runs no more Python code
    (threading's Thread._stop calls it before it wakes the joiners).  The
    thread counts as finished from here, so a main thread woken by the
    join does not see it running and take the exit path for daemon
    threads: under --stm the join's wake-up may commit before the
    transaction in which thread_main's epilogue marks the thread done."""
    b = REGISTRY.boots.get(ec.ident)
    if b is not None:
        b.finished = True
    return W_NONE


def t_count_unique(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """pypystm.count(): distinct positive ints from a per-thread counter
    (no shared counter, so no conflict): the pairing of (count, thread)
    (Cantor's), one-to-one."""
    ec.unique += 1
    s = ec.unique + ec.ident
    return new_int(s * (s + 1) // 2 + ec.ident)


# ------------------------------------------------------- pypystm.hashtable

class W_Hashtable(W_Object):
    """pypystm.hashtable: int keys to objects in the language's
    rtrans.TDict, so transactions on different keys never conflict.
    pypystm.stmdict and stmset (pylib_threads.py) keep their entries in
    one, under the keys' hashes."""
    table: rtrans.TDict[int, W_Object]

    def __init__(self) -> None:
        self.table = rtrans.TDict()

    def get_type(self) -> W_Type:
        return HASHTABLE_TYPE


HASHTABLE_TYPE = make_builtin_type("hashtable", OBJECT_TYPE, LAYOUT_BUILTIN)
HASHTABLE_TYPE.module = "pypystm"


def self_table(w: W_Object) -> W_Hashtable:
    if isinstance(w, W_Hashtable):
        return w
    raise type_error("descriptor for 'pypystm.hashtable' objects doesn't "
                     "apply to a '" + w.type_name() + "' object")


def int_key(w: W_Object) -> int:
    if isinstance(w, W_Int):
        return w.value
    raise type_error("hashtable keys must be integers, not '"
                     + w.type_name() + "'")


def h_getitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    w_v = self_table(w).table.get(int_key(w_key))
    if w_v is None:
        raise key_error(w_key)
    return w_v


def h_setitem(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    self_table(args[0]).table[int_key(args[1])] = args[2]
    return W_NONE


def h_delitem(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    t = self_table(w).table
    k = int_key(w_key)
    if k not in t:
        raise key_error(w_key)
    del t[k]
    return W_NONE


def h_contains(ec: ExecCtx, w: W_Object, w_key: W_Object) -> W_Object:
    return new_bool(int_key(w_key) in self_table(w).table)


def h_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    w_v = self_table(args[0]).table.get(int_key(args[1]))
    if w_v is None:
        return args[2] if len(args) > 2 else W_NONE
    return w_v


def h_setdefault(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    t = self_table(args[0]).table
    k = int_key(args[1])
    w_v = t.get(k)
    if w_v is None:
        w_v = args[2] if len(args) > 2 else W_NONE
        t[k] = w_v
    return w_v


def h_pop(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    t = self_table(args[0]).table
    k = int_key(args[1])
    w_v = t.get(k)
    if w_v is None:
        if len(args) > 2:
            return args[2]
        raise key_error(args[1])
    del t[k]
    return w_v


def h_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_table(w).table))


def h_keys(ec: ExecCtx, w: W_Object) -> W_Object:
    out: list[W_Object] = []
    for k in self_table(w).table.keys():
        out.append(new_int(k))
    return W_List(out)


def h_values(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_List(self_table(w).table.values())


def h_items(ec: ExecCtx, w: W_Object) -> W_Object:
    out: list[W_Object] = []
    for k, w_v in self_table(w).table.items():
        out.append(new_tuple([new_int(k), w_v]))
    return W_List(out)


def hashtable_new(ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
    if len(args) > 1:
        raise type_error("hashtable() takes no arguments")
    return W_Hashtable()


def install_hashtable() -> None:
    t = HASHTABLE_TYPE
    t.base_builtin = t
    add_method2(t, "__getitem__", h_getitem)
    add_methodn(t, "__setitem__", h_setitem, 3, 3)
    add_method2(t, "__delitem__", h_delitem)
    add_method2(t, "__contains__", h_contains)
    add_methodn(t, "get", h_get, 2, 3)
    add_methodn(t, "setdefault", h_setdefault, 2, 3)
    add_methodn(t, "pop", h_pop, 2, 3)
    add_method1(t, "__len__", h_len)
    add_method1(t, "len", h_len)
    add_method1(t, "keys", h_keys)
    add_method1(t, "values", h_values)
    add_method1(t, "items", h_items)
    typeobject.add_static_new(t, hashtable_new)
    t.compute_flags()


# ------------------------------------------------------ pypystm.queue

class W_StmQueue(W_Object):
    """The core of pypystm.queue (pylib_threads.py): objects in the
    language's rtrans.TQueue, so puts never conflict and a get takes a
    committed item outside transactional control; a blocking get ends the
    transaction and sleeps until a put commits.  Unordered."""
    q: rtrans.TQueue[W_Object]

    def __init__(self) -> None:
        self.q = rtrans.TQueue()

    def get_type(self) -> W_Type:
        return STMQUEUE_TYPE


STMQUEUE_TYPE = make_builtin_type("_stm_queue", OBJECT_TYPE, LAYOUT_BUILTIN)
STMQUEUE_TYPE.module = "_thread"


def self_queue(w: W_Object) -> W_StmQueue:
    if isinstance(w, W_StmQueue):
        return w
    raise type_error("descriptor for '_thread._stm_queue' objects doesn't "
                     "apply to a '" + w.type_name() + "' object")


def q_put(ec: ExecCtx, w: W_Object, w_item: W_Object) -> W_Object:
    self_queue(w).q.put(w_item)
    return W_NONE


def q_get(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """get(block, timeout, default): an item, or default when none came
    (timeout: None or seconds >= 0, checked by the caller)."""
    q = self_queue(args[0]).q
    block = is_true(ec, args[1])
    timeout = -1.0
    if args[2] is not W_NONE:
        timeout = floatobject.float_arg(ec, args[2])
        check_timeout_max(timeout)
    try:
        if not block or timeout == 0.0:
            return q.get()
        return q.get(True, timeout)
    except IndexError:
        return args[3]


def q_len(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(len(self_queue(w).q))


def stmqueue_new(ec: ExecCtx, args: list[W_Object],
                 kwnames: list[str] | None) -> W_Object:
    if len(args) > 1:
        raise type_error("_stm_queue() takes no arguments")
    return W_StmQueue()


def install_stmqueue() -> None:
    t = STMQUEUE_TYPE
    t.base_builtin = t
    add_method2(t, "put", q_put)
    add_methodn(t, "get", q_get, 4, 4)
    add_method1(t, "__len__", q_len)
    typeobject.add_static_new(t, stmqueue_new)
    t.compute_flags()


def install() -> None:
    t = LOCK_TYPE
    t.base_builtin = t
    add_method_kw(t, "acquire", m_acquire)
    add_method_kw(t, "acquire_lock", m_acquire)
    add_method1(t, "__enter__", m_enter)
    add_method1(t, "release", m_release)
    add_method1(t, "release_lock", m_release)
    add_methodn(t, "__exit__", m_exit, 1, -1)
    add_method1(t, "locked", m_locked)
    add_method1(t, "locked_lock", m_locked)
    typeobject.add_static_new(t, lock_new)
    t.compute_flags()
    install_hashtable()
    install_stmqueue()


def make_thread(ec: ExecCtx) -> W_Module:
    m = new_module("_thread")
    m.set("LockType", LOCK_TYPE)
    m.set("lock", LOCK_TYPE)
    m.set("_stm_hashtable", HASHTABLE_TYPE)
    m.set("_stm_queue", STMQUEUE_TYPE)
    m.set("error", EXC_RUNTIME_ERROR)
    m.set("TIMEOUT_MAX", W_Float(TIMEOUT_MAX))
    m.set("start_new_thread", builtinn("start_new_thread",
                                       t_start_new_thread, 2, 3))
    m.set("start_new", builtinn("start_new", t_start_new_thread, 2, 3))
    m.set("allocate_lock", builtinn("allocate_lock", t_allocate_lock, 0, 0))
    m.set("allocate", builtinn("allocate", t_allocate_lock, 0, 0))
    m.set("get_ident", builtinn("get_ident", t_get_ident, 0, 0))
    m.set("get_native_id", builtinn("get_native_id", t_get_ident, 0, 0))
    m.set("_count", builtinn("_count", t_count, 0, 0))
    m.set("stack_size", builtinn("stack_size", t_stack_size, 0, 1))
    m.set("_format_exception", builtin1("_format_exception",
                                        t_format_exception))
    m.set("_local_dict", builtin1("_local_dict", t_local_dict))
    m.set("_atomic_enter", builtinn("_atomic_enter", t_atomic_enter, 0, -1))
    m.set("_atomic_exit", builtinn("_atomic_exit", t_atomic_exit, 0, -1))
    m.set("_is_atomic", builtinn("_is_atomic", t_is_atomic, 0, 0))
    m.set("_segment_limit", builtinn("_segment_limit", t_segment_limit,
                                     0, 0))
    m.set("_count_unique", builtinn("_count_unique", t_count_unique, 0, 0))
    m.set("_finishing", builtinn("_finishing", t_finishing, 0, 0))
    m.set("_new_thread", builtin1("_new_thread", t_new_thread))
    m.set("_start", builtin1("_start", t_start))
    m.set("_join", builtin1("_join", t_join))
    m.set("_hint_commit_soon", builtinn("_hint_commit_soon",
                                        t_hint_commit_soon, 0, 0))
    return m
