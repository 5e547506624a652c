"""Pure-Python stand-in for the `rtrans` module, used when a program runs
under CPython: `make install` puts this package where python3 finds it; in
the source tree, `PYTHONPATH=runtime/prelude python3 prog.py`.

Translated programs never import this file: the translator knows the module
itself.  Under CPython the only thing that must keep its meaning is
`atomic`: atomic sections exclude each other, so every `with rtrans.atomic:`
block takes one process-wide reentrant lock (reentrant because atomic
sections nest).  The transaction hints and the conflict markers have no
effect on CPython's behaviour and are accepted and ignored.

The package is typed (py.typed): mypy and editors see these signatures.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Final, Generic, Iterator, TypeVar, overload

__all__ = [
    "atomic",
    "transaction_break_point",
    "become_inevitable",
    "hint_commit_soon",
    "is_atomic",
    "enter_atomic",
    "leave_atomic",
    "segment_limit",
    "push_marker",
    "update_marker",
    "pop_marker",
    "intmask",
    "urshift",
    "TDict",
    "TQueue",
]

_lock = threading.RLock()
_state = threading.local()  # `depth`: how many atomic sections this thread is in


def _depth() -> int:
    depth: int = getattr(_state, "depth", 0)
    return depth


class _Atomic:
    """The context manager behind `with rtrans.atomic:` (one shared instance)."""

    def __enter__(self) -> None:
        _lock.acquire()
        _state.depth = _depth() + 1

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Undo the depth before releasing so another thread never sees this
        # thread's section as still open.  Returning None never swallows
        # the exception (and tells type checkers so).
        _state.depth = _depth() - 1
        _lock.release()

    def __repr__(self) -> str:
        return "<rtrans.atomic>"


atomic: Final = _Atomic()


def is_atomic() -> bool:
    """True while the calling thread is inside a `with rtrans.atomic:` block."""
    return _depth() > 0


def enter_atomic() -> None:
    """Opens an atomic section that leave_atomic() closes (as `with atomic:`)."""
    atomic.__enter__()


def leave_atomic() -> None:
    """Closes the innermost section opened by enter_atomic()."""
    if _depth() == 0:
        raise RuntimeError("leave_atomic() outside an atomic section")
    atomic.__exit__(None, None, None)


def segment_limit() -> int:
    """How many threads run transactions at once: 1 here (CPython's GIL)."""
    return 1


def transaction_break_point() -> None:
    """A transaction may end here under --stm; nothing to do under CPython."""


def become_inevitable() -> None:
    """Under --stm the transaction stops being abortable; no-op here."""


def hint_commit_soon() -> None:
    """Under --stm, end the transaction at the next break point; no-op here."""


def push_marker(line: int, label: str) -> None:
    """Names the interpreted program's location in conflict reports; no-op."""


def update_marker(line: int) -> None:
    """Changes the line of the innermost marker; no-op."""


def pop_marker() -> None:
    """Removes the innermost marker; no-op."""


# 64-bit wrapping arithmetic.  Translated, the argument of intmask(...) is
# computed modulo 2**64 (+ - * << & | ^ ~ and negation, literals up to
# 2**64 - 1); here it is computed exactly and then reduced, which gives the
# same int: those operations commute with reduction modulo 2**64.

_MASK = (1 << 64) - 1


def intmask(x: int) -> int:
    """The signed 64-bit int congruent to x modulo 2**64."""
    x &= _MASK
    return x - (1 << 64) if x >> 63 else x


def urshift(x: int, n: int) -> int:
    """x's 64-bit pattern shifted right by n, zeros coming in (unsigned)."""
    if n < 0:
        raise ValueError("negative shift count")
    return intmask((x & _MASK) >> n)


# Transactional containers.  Translated, TDict lives in the runtime's
# transactional hash table (threads working on different keys never
# conflict) and TQueue in its unordered queue (puts never conflict).  Here
# both are ordinary containers; CPython's GIL makes each operation atomic.
# What a program may rely on is the same in both: TDict's iteration order
# is unspecified (sort it to print it); TQueue.get() returns the newest item
# of those available (with one thread: last in, first out) and raises
# IndexError when there is none.

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class TDict(Generic[K, V]):
    """A dictionary for threads: operations on different keys never conflict."""

    def __init__(self) -> None:
        self._d: dict[K, V] = {}

    def __len__(self) -> int:
        return len(self._d)

    def __getitem__(self, key: K) -> V:
        return self._d[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._d[key] = value

    def __delitem__(self, key: K) -> None:
        del self._d[key]

    def __contains__(self, key: object) -> bool:
        return key in self._d

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._d))

    @overload
    def get(self, key: K) -> V | None: ...
    @overload
    def get(self, key: K, default: V) -> V: ...

    def get(self, key: K, *default: V) -> V | None:
        if key in self._d:
            return self._d[key]
        return default[0] if default else None

    @overload
    def pop(self, key: K) -> V: ...
    @overload
    def pop(self, key: K, default: V) -> V: ...

    def pop(self, key: K, *default: V) -> V:
        if default:
            return self._d.pop(key, default[0])
        return self._d.pop(key)

    def setdefault(self, key: K, default: V) -> V:
        return self._d.setdefault(key, default)

    def keys(self) -> list[K]:
        return list(self._d.keys())

    def values(self) -> list[V]:
        return list(self._d.values())

    def items(self) -> list[tuple[K, V]]:
        return list(self._d.items())


class TQueue(Generic[T]):
    """An unordered queue for threads: put() never conflicts."""

    def __init__(self) -> None:
        self._items: list[T] = []
        self._put = threading.Condition(threading.Lock())

    def put(self, item: T) -> None:
        with self._put:
            self._items.append(item)
            self._put.notify()

    def get(self, block: bool = False, timeout: float = -1.0) -> T:
        """The newest item; with block, waits up to timeout seconds (-1.0:
        no limit) for one; IndexError when there is none."""
        if block and timeout < 0.0 and timeout != -1.0:
            raise ValueError("timeout value must be positive")
        if block and not self._items and is_atomic():
            raise RuntimeError("TQueue.get() would block inside rtrans.atomic")
        with self._put:
            if block:
                self._put.wait_for(lambda: bool(self._items),
                                   None if timeout == -1.0 else timeout)
            if not self._items:
                raise IndexError("get from an empty TQueue")
            return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)
