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

A worker runs the calls of its own stack one after the other in one
transaction, as one thread alone does, until its allocation budget is
used or someone needs it to end (see worker_loop); every look at another
worker's stack is a short transaction of its own.

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
    """One worker's pending calls and whether it is running one; `idle`
    is a lock its worker holds, to wait on (see wait_for_work)."""
    top: Link | None
    running: int
    idle: threading.Lock

    def __init__(self) -> None:
        self.top = None
        self.running = 0
        self.idle = threading.Lock()
        self.idle.acquire()

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
    mine, keeping their order (in an atomic section).

    The victim's top is written first, even where it stays: while the
    victim's worker runs calls in one transaction it holds the write lock
    of its Stack (it pops and counts there), so a thief meets it at once
    as a write-write conflict (it loses, asks the victim to commit, and
    retries), not as a conflict on a link the victim has popped meanwhile,
    found only when the victim validates, which then loses every call its
    transaction ran."""
    victim.top = victim.top
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


def take_own(mine: Stack) -> Pending | None:
    p = mine.pop()
    if p is not None:
        mine.running += 1
    return p


def take(w: int) -> Pending | None:
    """The next call of worker w's stack, stolen from another's if its own
    is empty (an atomic section)."""
    p: Pending | None = None
    with rtrans.atomic:
        mine = SCHED.stacks[w]
        n = len(SCHED.stacks)
        k = 1
        while mine.top is None and k < n:
            other = SCHED.stacks[(w + k) % n]
            if other.top is not None:
                steal_half(other, mine)
            k += 1
        p = take_own(mine)
    return p


def finish_and_take_own(w: int, ctx: Ctx) -> Pending | None:
    """Publish what the call queued, uncount it, and take the next call of
    this worker's own stack (None if it is empty): one section, which
    touches this worker's stack only."""
    p: Pending | None = None
    with rtrans.atomic:
        mine = SCHED.stacks[w]
        publish(ctx, mine)
        mine.running -= 1
        p = take_own(mine)
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


def wait_for_work(w: int) -> None:
    """Wait IDLE_SLEEP for another worker to publish calls.  The wait is a
    timed acquire of a lock this worker holds, so it always times out;
    unlike time.sleep, a thread blocked in Lock.acquire counts for the STM
    runtime as waiting for another thread's commit, so the pacer asks a
    worker that runs its calls in a long transaction to end it within a
    tick, which publishes the calls it queued."""
    SCHED.stacks[w].idle.acquire(True, IDLE_SLEEP)


def worker_loop(w: int, ctx: Ctx) -> None:
    """A worker's calls from its own stack, and the sections in between,
    run in one transaction until the break point after a call finds the
    budget used, or the runtime asks the transaction to end because
    someone needs it to: a conflicting commit, a write lock that another
    worker's steal waits for, a waiting worker (wait_for_work).  One call
    per transaction (as before) cost two commits per call, most of the
    time of small calls: 5-10x the CPU time of one thread.  A transaction
    ends (hint + break point) before a worker looks at the other stacks,
    so that it publishes its own, and after, so that a steal, which writes
    another worker's stack, is not held in a long transaction.  The
    hint and break points are written here rather than in a helper: a
    helper that breaks becomes the next transaction's root, and its return
    then commits an empty one.  (Alone in the transactional zone, the hint
    is ignored: a transaction alone conflicts with nobody.)"""
    p: Pending | None = None
    while True:
        if p is None:
            rtrans.hint_commit_soon()
            rtrans.transaction_break_point()
            p = take(w)
            rtrans.hint_commit_soon()
            rtrans.transaction_break_point()
        if p is not None:
            run_call(p, ctx)
            rtrans.transaction_break_point()
            p = finish_and_take_own(w, ctx)
        elif all_done():
            return
        else:
            wait_for_work(w)


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
