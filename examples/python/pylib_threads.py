"""Library modules for threads, written in Python for this interpreter
(as pylib.py, separate so that the two files change independently):
threading, queue, concurrent.futures, pypystm and transaction, over the
_thread module (mod_thread.py).  Each has the interface, messages and
results of CPython's module, not its code.

The importer finds a module here by its full name (sources()), packages
included ("concurrent" has an empty __path__).
"""
from __future__ import annotations

THREADING = '''
"""Thread objects and synchronisation primitives over _thread."""
import _thread
import sys as _sys
from time import monotonic as _time

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

# ident -> Thread.  Written when a thread starts; a thread that ends only
# marks itself stopped (its own objects), and the stopped ones are dropped
# by the next reader that writes anyway, so two threads ending at the same
# time do not conflict under --stm.
_active = {}
_active_lock = _allocate_lock()
_counter = [0]
_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def settrace(func):
    global _trace_hook
    _trace_hook = func


def getprofile():
    return _profile_hook


def gettrace():
    return _trace_hook


def stack_size(size=0):
    return _thread.stack_size(size)


def _newname(name_template="Thread-%d"):
    with _active_lock:
        _counter[0] += 1
        n = _counter[0]
    return name_template % n


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._count = 0         # the owner's acquisitions not yet released
        self._owner = None      # ident of the owning thread
        self._block = _allocate_lock()

    def __repr__(self):
        held = "locked" if self._block.locked() else "unlocked"
        return "<%s _thread.RLock object owner=%r count=%d at %s>" % (
            held, self._owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def _let_go(self):
        # Gives the lock up whatever the depth (release's last level, or
        # a Condition.wait that must let other threads in).
        self._owner = None
        self._count = 0
        self._block.release()

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        if self._count > 1:
            self._count -= 1
        else:
            self._let_go()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        depth_and_owner = (self._count, self._owner)
        self._let_go()
        return depth_and_owner

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


_PyRLock = RLock


class Condition:
    """A condition variable: each waiter sleeps on a lock of its own that
    notify() releases."""

    def __init__(self, lock=None):
        self._waiters = []      # one held lock per sleeping thread
        self._lock = held = RLock() if lock is None else lock
        self.acquire, self.release = held.acquire, held.release
        # A lock that knows its owner (RLock) gives its own versions of
        # these three, which the defaults below can only approximate.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(held, hook):
                setattr(self, hook, getattr(held, hook))

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _check_owned(self, verb):
        if not self._is_owned():
            raise RuntimeError("cannot %s on un-acquired lock" % verb)

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        self._check_owned("wait")
        # The waiter sleeps acquiring a lock it already holds, until
        # notify() releases it (or the timeout passes).
        waiter = _allocate_lock()
        self._waiters.append(waiter)
        waiter.acquire()
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if end is None:
                    end = _time() + left
                else:
                    left = end - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        self._check_owned("notify")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is 0."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            # wait_for keeps one deadline over the wake-ups that find the
            # count taken again by another thread.
            if blocking:
                free = self._cond.wait_for(self._free, timeout)
            else:
                free = self._free()
            if free:
                self._value -= 1
            return free

    def _free(self):
        return self._value > 0

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def _check_room(self, n):
        # BoundedSemaphore refuses to go above its initial value.
        pass

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_room(n)
            self._value += n
            self._cond.notify(n)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def _check_room(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        cond = self._cond
        with cond:
            self._flag = True
            cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier's states.  Threads arrive while it fills; the last one trips
# it and all leave while it drains; a reset lets the threads inside leave
# with an error first; a broken barrier stays so until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """parties threads meet: wait() returns when all have called it."""

    def __init__(self, parties, action=None, timeout=None):
        # CPython 3.11 takes any number of parties (0 never trips).
        self._parties = parties
        self._timeout = timeout
        self._action = action
        self._state = _FILLING
        self._count = 0         # threads inside wait()
        self._cond = Condition(Lock())

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__,
                hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # The previous round must have left before this one fills.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            arrival = self._count
            self._count = arrival + 1
            try:
                if arrival == self._parties - 1:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return arrival
            finally:
                self._leave()

    def _trip(self):
        # The last thread in runs the action; if it raises, the barrier
        # breaks and the waiting threads get BrokenBarrierError.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        tripped = self._cond.wait_for(lambda: self._state != _FILLING,
                                      timeout)
        if not tripped:
            self._break()
        if self._state != _DRAINING:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a drained or reset barrier reopens it.
        self._count -= 1
        if self._count == 0 and self._state in (_DRAINING, _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count == 0:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                self._state = _RESETTING
            self._cond.notify_all()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def broken(self):
        return self._state == _BROKEN

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def parties(self):
        return self._parties


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread)"""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args):
    """Prints an exception that ended a thread's run(), as CPython."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    # With sys.stderr gone (None), the stderr the thread started with.
    stderr = _sys.stderr
    if stderr is None and thread is not None:
        stderr = thread._stderr
    if stderr is None:
        return
    who = get_ident() if thread is None else thread.name
    stderr.write("Exception in thread %s:\\n" % who)
    stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


def _thread_name(name, target):
    # An explicit name as a str, else "Thread-N" followed by the target's
    # name when it has one (a target of None has none).
    if name:
        return str(name)
    numbered = _newname("Thread-%d")
    try:
        return "%s (%s)" % (numbered, target.__name__)
    except AttributeError:
        return numbered


class Thread:
    """A thread of control: run() runs in it once start() is called.

    Under --stm a thread that ends writes no object that a joiner reads
    before it waits (the stopped flag has an object of its own, run()
    leaves _target in place, and join() waits in the runtime), so a
    join racing the thread's last transaction cannot conflict with it."""

    _initialized = False
    _joinable = False       # started by start(): join() waits in _thread

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        # The name first: current_thread() may number a dummy thread.
        self._name = _thread_name(name, target)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = (current_thread().daemon if daemon is None
                          else daemon)
        self._ident = self._native_id = None
        self._started = Event()
        self._done = Event()
        self._stopped = [False]
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            words = ["stopped"]
        elif self._started.is_set():
            words = ["started"]
        else:
            words = ["initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name,
                                 " ".join(words))

    def _check_started(self, wanted, complaint,
                       uninitialized="Thread.__init__() not called"):
        # What start(), join() and the daemon setter check first.
        if not self._initialized:
            raise RuntimeError(uninitialized)
        if self._started.is_set() != wanted:
            raise RuntimeError(complaint)

    def start(self):
        self._check_started(False, "threads can only be started once",
                            "thread.__init__() not called")
        # registered before it runs, by this thread (_thread._new_thread)
        ident = _thread._new_thread(self._bootstrap)
        self._ident = ident
        self._native_id = ident
        self._joinable = True
        _live()
        with _active_lock:
            _active[ident] = self
        self._started.set()
        _thread._start(ident)

    @property
    def _is_stopped(self):
        return self._stopped[0]

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        try:
            self.run()
        except:
            self._invoke_excepthook()
        finally:
            self._stop()

    def _invoke_excepthook(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        hook = excepthook
        try:
            hook(ExceptHookArgs([exc_type, exc_value, exc_tb, self]))
        except BaseException as e:
            _sys.stderr.write("Exception in threading.excepthook:\\n")
            _sys.stderr.write(_thread._format_exception(e))
            _sys.stderr.flush()

    def _stop(self):
        self._stopped[0] = True
        _thread._finishing()
        self._done.set()

    def join(self, timeout=None):
        self._check_started(True, "cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None and self._joinable:
            _thread._join(self._ident)
        elif timeout is None:
            self._done.wait()
        else:
            self._done.wait(max(timeout, 0))

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._check_started(False, "cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()     # set by cancel() or once run() ends
        self.function = function
        self.interval = interval
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        self.finished.set()

    def run(self):
        finished = self.finished
        finished.wait(self.interval)
        # A cancel() that comes as the wait times out still wins.
        if not finished.is_set():
            self.function(*self.args, **self.kwargs)
        finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread.start_new_thread, seen by
    current_thread()."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        t = _active[get_ident()]
        if not t._is_stopped or t is _main_thread:
            return t
    except KeyError:
        pass
    return _DummyThread()


currentThread = current_thread


def _live():
    with _active_lock:
        for ident, t in list(_active.items()):
            if t._is_stopped and t is not _main_thread:
                del _active[ident]
        return list(_active.values())


def active_count():
    return len(_live())


activeCount = active_count


def enumerate():
    return _live()


def main_thread():
    return _main_thread


class local:
    """Attributes that each thread sees on its own (the per-thread dicts
    live in the threads' interpreter state: _thread._local_dict)."""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        _thread._local_dict(self)
        return self

    def __getattribute__(self, name):
        d = _local_ns(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descr(type(self), name):
            return d[name]
        # class attributes, methods, descriptors: the real instance dict
        # holds only _local__args
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        d = _local_ns(self)
        if _is_data_descr(type(self), name):
            object.__setattr__(self, name, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        d = _local_ns(self)
        if _is_data_descr(type(self), name):
            object.__delattr__(self, name)
            return
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        del d[name]


def _is_data_descr(cls, name):
    for k in cls.__mro__:
        kd = k.__dict__
        if name in kd:
            t = type(kd[name])
            return hasattr(t, '__set__') or hasattr(t, '__delete__')
    return False


def _local_ns(self):
    d, created = _thread._local_dict(self)
    if created:
        args, kw = object.__getattribute__(self, '_local__args')
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """func runs when the main program ends, before threads are joined
    (concurrent.futures stops its workers so)."""
    _atexits.append((func, arg, kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: runs the
    _register_atexit calls (last first) and waits for the threads that
    are not daemons."""
    _main_thread._stop()
    while _atexits:
        func, arg, kwargs = _atexits.pop()
        func(*arg, **kwargs)
    while True:
        waiting = [t for t in _live()
                   if not t.daemon and t is not _main_thread]
        if not waiting:
            return
        for t in waiting:
            t.join()


_main_thread = _MainThread()
'''

QUEUE = '''
"""Synchronised queues for threads."""
import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _give_up_at(block, timeout):
    # The monotonic time at which a wait fails: None waits for ever; a
    # non-blocking call fails at once, whatever its timeout says.
    if not block:
        return _AT_ONCE
    if timeout is not None:
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        return _time() + timeout
    return None


_AT_ONCE = float('-inf')


class Queue:
    """A FIFO queue; maxsize <= 0 means no bound."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # Items and task count are guarded by one lock, which all three
        # conditions share, so a waiter rechecks under the lock it held.
        self.mutex = guard = threading.Lock()
        self.not_empty = threading.Condition(guard)
        self.not_full = threading.Condition(guard)
        self.all_tasks_done = threading.Condition(guard)
        self.unfinished_tasks = 0

    def _wait_until(self, cond, ready, block, timeout, failure):
        # put() and get() both come here, holding cond's lock.  A wait
        # ends in Condition.wait, whose lock release ends the transaction
        # under rtpython-stm before the thread sleeps.
        deadline = _give_up_at(block, timeout)
        while not ready():
            if deadline is None:
                cond.wait()
                continue
            remaining = deadline - _time()
            if remaining <= 0.0:
                raise failure
            cond.wait(remaining)

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_item(self):
        return self._qsize() > 0

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            # An unbounded queue never checks its arguments (as CPython).
            if self.maxsize > 0:
                self._wait_until(self.not_full, self._has_room, block,
                                 timeout, Full)
            self._put(item)
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        with self.not_empty:
            self._wait_until(self.not_empty, self._has_item, block, timeout,
                             Empty)
            taken = self._get()
            self.not_full.notify()
        return taken

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, item):
        return self.put(item, False)

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        finished = self.all_tasks_done
        with finished:
            while self.unfinished_tasks > 0:
                finished.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # The four hooks a subclass overrides to change the order of items;
    # all run with the mutex held.
    def _init(self, maxsize):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (heapq order)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._queue = deque()
        # One permit per item: get() sleeps in the semaphore's acquire.
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        # As CPython's C SimpleQueue: a non-blocking get ignores timeout.
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self._count.acquire(block, timeout):
            return self._queue.popleft()
        raise Empty

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, item):
        return self.put(item, False)

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue
'''

CONCURRENT = '''
"""The concurrent package (concurrent.futures)."""
__path__ = []
'''

FUTURES = '''
"""Futures and a thread pool that runs calls and fills them in."""
import os as _os
import sys as _sys
import threading
import queue as _queue
from time import monotonic as _time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'InvalidStateError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'
_DONE_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of a call that may not have finished yet."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        # Every field below is read and written under _condition's lock.
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = self._exception = None
        self._done_callbacks = []
        self._waiters = []

    def _call_back(self, fn):
        # A failing callback is reported and does not stop the others.
        try:
            fn(self)
        except Exception:
            _sys.stderr.write('exception calling callback for %r\\n'
                              % (self,))

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %s state=%s raised %s>' % (
                        self.__class__.__name__, hex(id(self)),
                        self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %s state=%s returned %s>' % (
                    self.__class__.__name__, hex(id(self)),
                    self._state.lower(), self._result.__class__.__name__)
            return '<%s at %s state=%s>' % (
                self.__class__.__name__, hex(id(self)), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            later = self._state not in _DONE_STATES
            if later:
                self._done_callbacks.append(fn)
        if not later:
            self._call_back(fn)

    def result(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()

    def _notify_waiters(self):
        with self._condition:
            waiters = list(self._waiters)
        for w in waiters:
            w.add(self)


class _Waiter:
    """Collects the futures that finish, for wait() and as_completed()."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.finished = []

    def add(self, f):
        with self.cond:
            self.finished.append(f)
            self.cond.notify_all()


def _install_waiter(fs):
    w = _Waiter()
    for f in fs:
        with f._condition:
            f._waiters.append(w)
    return w


def _remove_waiter(fs, w):
    for f in fs:
        with f._condition:
            if w in f._waiters:
                f._waiters.remove(w)


def _is_done(f):
    return f._state in _DONE_STATES


class DoneAndNotDoneFutures(tuple):
    """(done, not_done): the result of wait()."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0],
                                                                self[1])


def _wait_over(done, return_when):
    if return_when == FIRST_COMPLETED:
        return len(done) > 0
    if return_when == FIRST_EXCEPTION:
        for f in done:
            if f._state == _FINISHED and f._exception is not None:
                return True
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end = None if timeout is None else _time() + timeout
    w = _install_waiter(fs)
    try:
        while True:
            with w.cond:
                w.finished = []
            done = set(f for f in fs if _is_done(f))
            if len(done) == len(fs) or _wait_over(done, return_when):
                break
            with w.cond:
                if w.finished:
                    continue
                left = None
                if end is not None:
                    left = end - _time()
                    if left <= 0:
                        break
                w.cond.wait(left)
    finally:
        _remove_waiter(fs, w)
    done = set(f for f in fs if _is_done(f))
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else _time() + timeout
    fs = set(fs)
    total = len(fs)
    w = _install_waiter(fs)
    try:
        pending = set(fs)
        for f in list(pending):
            if _is_done(f):
                pending.discard(f)
                yield f
        while pending:
            with w.cond:
                if not w.finished:
                    left = None
                    if end is not None:
                        left = end - _time()
                        if left <= 0:
                            raise TimeoutError('%d (of %d) futures unfinished'
                                               % (len(pending), total))
                    w.cond.wait(left)
                got = w.finished
                w.finished = []
            for f in got:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _remove_waiter(fs, w)


class Executor:
    """Submits calls; map() runs one per item of the iterables."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else _time() + timeout
        # Submitted now, not when the iterator is first advanced.
        pending = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(pending, end)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(pending, end):
    # map()'s iterator: each result in submission order, every wait
    # bounded by the one deadline.  As in CPython 3.11, a future whose
    # wait failed is cancelled, and so are those not reached yet when
    # the iterator is closed or a result raises.
    at = 0
    try:
        while at < len(pending):
            f = pending[at]
            pending[at] = None
            at += 1
            try:
                value = f.result(None if end is None else end - _time())
            finally:
                f.cancel()
            yield value
    finally:
        for f in pending[at:]:
            f.cancel()


class _WorkItem:
    """A submitted call and the future that gets its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.call = (fn, args, kwargs)

    def run(self):
        future = self.future
        if future.set_running_or_notify_cancel():
            fn, args, kwargs = self.call
            try:
                value = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(value)


def _initialize(initializer, initargs):
    # False when the pool's initializer raised: the pool is then broken.
    if initializer is None:
        return True
    try:
        initializer(*initargs)
    except BaseException:
        return False
    return True


def _worker(executor, work_queue, initializer, initargs):
    if not _initialize(initializer, initargs):
        executor._initializer_failed()
        return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            item = None
            executor._idle_semaphore.release()
            continue
        work_queue.put(None)
        return


class BrokenThreadPool(BrokenExecutor):
    pass


_pools = []
_INITIALIZER_FAILED = ('A thread initializer failed, the thread pool is not '
                       'usable anymore')


def _python_exit():
    for p in list(_pools):
        p.shutdown(wait=True)


threading._register_atexit(_python_exit)


class ThreadPoolExecutor(Executor):
    """Runs the submitted calls on up to max_workers threads."""

    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # CPython's default: the cores plus 4 for I/O, at most 32.
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._work_queue = _queue.SimpleQueue()
        self._max_workers = max_workers
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            n = ThreadPoolExecutor._counter[0]
            ThreadPoolExecutor._counter[0] = n + 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % n
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        _pools.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.append(t)

    def _settle_queued(self, settle):
        # Empties the work queue (the caller holds _shutdown_lock), ending
        # each future not yet taken by a worker with settle(future).
        queued = self._work_queue
        while True:
            try:
                item = queued.get(False)
            except _queue.Empty:
                return
            if item is not None:
                settle(item.future)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = _INITIALIZER_FAILED
            self._settle_queued(lambda f: f.set_exception(
                BrokenThreadPool(_INITIALIZER_FAILED)))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if cancel_futures:
                self._settle_queued(Future.cancel)
            self._shutdown = True
            # One None ends every worker: each puts it back for the next.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            if self in _pools:
                _pools.remove(self)
'''

PYPYSTM = '''
"""pypy-stm's low-level module: atomic sections, transaction hints and
transactional containers.  atomic is an atomic section of the
translated interpreter: under --stm no other transaction commits in the
middle of it; with the GIL no thread switch happens in it."""
import _thread
from time import time as _time, monotonic as _monotonic


class _Atomic:
    """with atomic: runs the block as one transaction (sections nest)."""

    def __init__(self, exclusive):
        self._exclusive = exclusive

    def __enter__(self):
        if self._exclusive and _thread._is_atomic():
            raise RuntimeError("exclusive_atomic block can't be entered "
                               "inside another atomic block")
        _thread._atomic_enter()

    def __exit__(self, t, v, tb):
        _thread._atomic_exit()

    def __repr__(self):
        return "<pypystm.%s>" % ("exclusive_atomic" if self._exclusive
                                 else "atomic")


atomic = _Atomic(False)
exclusive_atomic = _Atomic(True)
is_atomic = _thread._is_atomic
hint_commit_soon = _thread._hint_commit_soon
getsegmentlimit = _thread._segment_limit
count = _thread._count_unique


def time():
    return _time()


def clock():
    return _monotonic()


# The transactional containers.  hashtable (int keys) is the
# interpreter's, on the runtime's transactional hash table: transactions on
# different keys never conflict.  stmdict keeps under each hash() a tuple
# of the (key, value) pairs of that hash, replaced as a whole on a change;
# _extra[0] counts the keys beyond the first of their hash (written only
# when keys of equal hash meet), so len() needs no shared counter.  Not
# ordered; iteration goes over a list of the keys (as pypy-stm's).
hashtable = _thread._stm_hashtable


class stmdict:
    def __init__(self, *args, **kwds):
        self._h = hashtable()
        self._extra = hashtable()
        if args or kwds:
            self.update(*args, **kwds)

    def __getitem__(self, key):
        for k, v in self._h.get(hash(key), ()):
            if k is key or k == key:
                return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        h = hash(key)
        b = self._h.get(h, ())
        for i, (k, v) in enumerate(b):
            if k is key or k == key:
                self._h[h] = b[:i] + ((k, value),) + b[i + 1:]
                return
        if b:
            self._extra[0] = self._extra.get(0, 0) + 1
        self._h[h] = b + ((key, value),)

    def _remove(self, key):
        h = hash(key)
        b = self._h.get(h, ())
        for i, (k, v) in enumerate(b):
            if k is key or k == key:
                if len(b) == 1:
                    del self._h[h]
                else:
                    self._extra[0] = self._extra[0] - 1
                    self._h[h] = b[:i] + b[i + 1:]
                return (v,)
        return None

    def __delitem__(self, key):
        if self._remove(key) is None:
            raise KeyError(key)

    def __contains__(self, key):
        for k, v in self._h.get(hash(key), ()):
            if k is key or k == key:
                return True
        return False

    def get(self, key, default=None):
        for k, v in self._h.get(hash(key), ()):
            if k is key or k == key:
                return v
        return default

    def setdefault(self, key, default=None):
        for k, v in self._h.get(hash(key), ()):
            if k is key or k == key:
                return v
        self[key] = default
        return default

    _NO = object()

    def pop(self, key, default=_NO):
        r = self._remove(key)
        if r is not None:
            return r[0]
        if default is stmdict._NO:
            raise KeyError(key)
        return default

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d"
                            % len(args))
        if args:
            other = args[0]
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def __len__(self):
        return len(self._h) + self._extra.get(0, 0)

    def items(self):
        return [kv for b in self._h.values() for kv in b]

    def keys(self):
        return [k for b in self._h.values() for k, v in b]

    def values(self):
        return [v for b in self._h.values() for k, v in b]

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return "stmdict(%r)" % (dict(self.items()),)


class stmset:
    def __init__(self, iterable=()):
        self._d = stmdict()
        for x in iterable:
            self.add(x)

    def add(self, x):
        self._d[x] = None

    def discard(self, x):
        self._d.pop(x, None)

    def remove(self, x):
        del self._d[x]

    def __contains__(self, x):
        return x in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d.keys())

    def __repr__(self):
        return "stmset(%r)" % (set(self._d.keys()),)


from queue import Empty
from time import sleep as _sleep


class queue:
    """The transactional queue: put() never conflicts, get() takes any
    committed item (unordered, not FIFO) and with block=True waits for a
    put to commit, at most timeout seconds; Empty when none came.
    task_done()/join() as queue.Queue's: each thread counts its own puts
    and task_done() calls (in hashtables keyed by thread), so they do not
    conflict either; join() sums them, polling every millisecond."""

    _NONE = object()

    def __init__(self):
        self._q = _thread._stm_queue()
        self._tasks = hashtable()   # per thread: puts - task_done() calls
        self._gets = hashtable()    # per thread: gets - task_done() calls

    def put(self, item, block=True, timeout=None):
        self._q.put(item)
        k = _thread.get_ident()
        self._tasks[k] = self._tasks.get(k, 0) + 1

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        item = self._q.get(block, timeout, queue._NONE)
        if item is queue._NONE:
            raise Empty
        k = _thread.get_ident()
        self._gets[k] = self._gets.get(k, 0) + 1
        return item

    def put_nowait(self, item):
        self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def _unfinished(self):
        return sum(self._tasks.values())

    def task_done(self):
        # A thread that called task_done() at most once per get() of its
        # own cannot exceed the puts: only past that, look at every count.
        k = _thread.get_ident()
        g = self._gets.get(k, 0)
        if g <= 0 and self._unfinished() <= 0:
            raise ValueError("task_done() called too many times")
        self._gets[k] = g - 1
        self._tasks[k] = self._tasks.get(k, 0) - 1

    def join(self):
        while self._unfinished() > 0:
            _sleep(0.001)

    def qsize(self):
        return len(self._q)

    def empty(self):
        return len(self._q) == 0
'''

TRANSACTION = '''
"""pypy-stm's transaction module: TransactionQueue runs the added calls
on threads, each call an atomic section (so they appear to run one after
the other, in some order); the rest comes from pypystm."""
import threading as _threading
from pypystm import (atomic, exclusive_atomic, is_atomic, hint_commit_soon,
                     getsegmentlimit, stmdict, stmset, time, clock)

__all__ = ['TransactionQueue', 'atomic', 'stmdict', 'stmset', 'time',
           'clock', 'getsegmentlimit', 'hint_commit_soon', 'is_atomic',
           'threadlocalproperty']


class TransactionQueue:
    """add(f, *args, **kwds) queues a call; run(nb_segments=0) runs all of
    them (and those they add) on getsegmentlimit() threads, each in an
    atomic section, and re-raises the first exception."""

    def __init__(self):
        self._pending = []

    def add(self, f, *args, **kwds):
        self._pending.append((f, args, kwds))

    def add_generator(self, generator_iterator):
        def step():
            try:
                next(generator_iterator)
            except StopIteration:
                return
            self.add(step)
        self.add(step)

    def run(self, nb_segments=0):
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        work = self._pending
        work.reverse()
        self._pending = []
        cond = _threading.Condition(_threading.Lock())
        state = [0, None]          # calls running, first exception

        def worker():
            while True:
                with cond:
                    while not work and state[0] > 0 and state[1] is None:
                        cond.wait()
                    if not work or state[1] is not None:
                        cond.notify_all()
                        return
                    f, args, kwds = work.pop()
                    state[0] += 1
                try:
                    with atomic:
                        f(*args, **kwds)
                        added = self._pending
                        self._pending = []
                except BaseException as e:
                    added = []
                    with cond:
                        if state[1] is None:
                            state[1] = e
                with cond:
                    state[0] -= 1
                    added.reverse()
                    work.extend(added)
                    cond.notify_all()

        threads = [_threading.Thread(target=worker)
                   for i in range(max(1, nb_segments))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if state[1] is not None:
            raise state[1]


class threadlocalproperty:
    """A class attribute whose value is per thread and per instance
    (default_factory() gives a thread's first value)."""

    def __init__(self, default_factory=None):
        self.local = _threading.local()
        self.default_factory = default_factory

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        d = self.local.__dict__
        key = id(obj)
        try:
            return d[key]
        except KeyError:
            if self.default_factory is None:
                raise AttributeError(key) from None
            v = d[key] = self.default_factory()
            return v

    def __set__(self, obj, value):
        self.local.__dict__[id(obj)] = value

    def __delete__(self, obj):
        try:
            del self.local.__dict__[id(obj)]
        except KeyError:
            raise AttributeError(id(obj)) from None
'''


def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "threading": THREADING,
        "queue": QUEUE,
        "concurrent": CONCURRENT,
        "concurrent.futures": FUTURES,
        "pypystm": PYPYSTM,
        "transaction": TRANSACTION,
    }
