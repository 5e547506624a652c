"""The transaction scheduler (spec section 7).

Pending calls wait on stacks, one per worker.  A drain (run-transactions,
or the end of the main program) runs them on a pool of workers: the main
thread plus threads-1 others.  Each call runs inside one `rtrans.atomic`
section: one unbreakable transaction in the STM build, mutual exclusion
elsewhere.

The scheduler's own state is touched only in short atomic sections, and
each worker touches its own: the calls a call queued go onto the stack of
the worker that ran it, and `running` counts that worker's call.  So two
workers' transactions conflict only when the Duhton program shares data,
or when an idle worker takes calls from another worker's stack (it steals
the older half at once, so that steals are rare), or at the very end,
when an idle worker reads every stack to know whether all is done.  A
stack is a chain of links rather than a list: a transaction that pushes or
pops writes the stack and one link, where a list would have it copy its
whole array (in its backup and its log entry) and trace every item.

Invariant: while a call runs, its worker's `running` counts it, and the
calls it queued are pushed (in the order it queued them) onto that
worker's stack in the same section that uncounts it.  So a worker that
finds every stack empty and every count zero, in one section, knows that
no work can appear any more.

With one worker this is exactly the reference's order: the last call
pushed runs first, and a call's children run before the calls that were
pending beneath it.  The main program's calls are dealt to the workers'
stacks in turn, in the order they were queued.
"""
from __future__ import annotations

import threading
import time

import rtrans

from objects import Ctx, Frame, Pending, fatal, run_body

IDLE_SLEEP = 0.0005     # seconds an idle worker waits before looking again


class Link:
    call: Pending
    below: Link | None

    def __init__(self, call: Pending, below: Link | None) -> None:
        self.call = call
        self.below = below


class Stack:
    """One worker's pending calls and whether it is running one."""
    top: Link | None
    running: int

    def __init__(self) -> None:
        self.top = None
        self.running = 0

    def push(self, p: Pending) -> None:
        self.top = Link(p, self.top)

    def pop(self) -> Pending | None:
        t = self.top
        if t is None:
            return None
        self.top = t.below
        return t.call


class Scheduler:
    stacks: list[Stack]
    threads: int

    def __init__(self) -> None:
        self.stacks = [Stack()]
        self.threads = 1


SCHED = Scheduler()


def set_num_threads(n: int) -> None:
    SCHED.threads = n


def publish(ctx: Ctx, stack: Stack) -> None:
    """Make the calls ctx queued pending, in the order they were queued."""
    for p in ctx.queued:
        stack.push(p)
    ctx.queued.clear()


def steal_half(victim: Stack, mine: Stack) -> None:
    """Move the older half of victim's calls (the bottom of its stack) to
    mine, keeping their order (in an atomic section)."""
    n = 0
    link = victim.top
    while link is not None:
        n += 1
        link = link.below
    cut = victim.top
    for i in range((n - 1) // 2):
        if cut is not None:
            cut = cut.below
    if cut is not None and cut.below is not None:
        mine.top = cut.below
        cut.below = None
    elif cut is not None:
        mine.top = cut
        victim.top = None


def take_locked(w: int) -> Pending | None:
    mine = SCHED.stacks[w]
    n = len(SCHED.stacks)
    k = 1
    while mine.top is None and k < n:
        other = SCHED.stacks[(w + k) % n]
        if other.top is not None:
            steal_half(other, mine)
        k += 1
    p = mine.pop()
    if p is not None:
        mine.running += 1
    return p


def take(w: int) -> Pending | None:
    p: Pending | None = None
    with rtrans.atomic:
        p = take_locked(w)
    return p


def finish_and_take(w: int, ctx: Ctx) -> Pending | None:
    """Publish what the call queued, uncount it, and take the next one:
    one section, so one transaction, per call besides the call's own."""
    p: Pending | None = None
    with rtrans.atomic:
        mine = SCHED.stacks[w]
        publish(ctx, mine)
        mine.running -= 1
        p = take_locked(w)
    return p


def all_done() -> bool:
    done = True
    with rtrans.atomic:
        for s in SCHED.stacks:
            if s.running != 0 or s.top is not None:
                done = False
    return done


def run_call(p: Pending, ctx: Ctx) -> None:
    """One queued call, as one atomic transaction.  Errors are fatal from
    inside the section, so no other call runs after a failed one."""
    with rtrans.atomic:
        try:
            frame = Frame(p.entries, False, ctx)
            run_body(p.func.body, frame, p.func.line)
        except RecursionError:
            fatal("maximum recursion depth exceeded in '"
                  + p.func.name.name + "'")
        except MemoryError:
            fatal("out of memory")


def worker_loop(w: int, ctx: Ctx) -> None:
    """The transaction ends before and after each call (hint + break point,
    written here rather than in a helper: a helper that breaks becomes the
    next transaction's root, and its return then commits an empty one).
    Entering an atomic section does not commit what came before it, so
    without these a scheduler section and the call after it would be one
    transaction, and every call would conflict with the other workers'
    sections.  (Alone in the transactional zone, the hint is ignored: a
    transaction alone conflicts with nobody.)"""
    p = take(w)
    while True:
        rtrans.hint_commit_soon()
        rtrans.transaction_break_point()
        if p is not None:
            run_call(p, ctx)
            rtrans.hint_commit_soon()
            rtrans.transaction_break_point()
            p = finish_and_take(w, ctx)
        elif all_done():
            return
        else:
            time.sleep(IDLE_SLEEP)
            p = take(w)


def worker_main(w: int) -> None:
    worker_loop(w, Ctx(True))


def deal(ctx: Ctx) -> None:
    """The main program's calls go to the workers' stacks in turn."""
    n = len(SCHED.stacks)
    for i in range(len(ctx.queued)):
        SCHED.stacks[i % n].push(ctx.queued[i])
    ctx.queued.clear()


def run_all(ctx: Ctx) -> None:
    """Run everything ctx queued and, transitively, everything those calls
    queue; return when all of it has finished."""
    if ctx.in_worker:
        fatal("run-transactions: cannot be called inside a transaction")
    with rtrans.atomic:
        SCHED.stacks = [Stack() for i in range(SCHED.threads)]
        deal(ctx)
    # the main program's work so far must be visible to the workers
    rtrans.hint_commit_soon()
    rtrans.transaction_break_point()
    if all_done():
        return
    workers: list[threading.Thread] = []
    for i in range(1, SCHED.threads):
        t = threading.Thread(target=worker_main, args=(i,))
        try:
            t.start()
        except RuntimeError:
            fatal("cannot start worker thread " + str(i))
        workers.append(t)
    worker_loop(0, Ctx(True))
    for t in workers:
        t.join()
