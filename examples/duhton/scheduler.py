"""The transaction scheduler (spec section 7).

A drain (run-transactions, or the end of the main program) runs the
queued calls on a pool of workers: the main thread plus threads-1 others.
Each call runs inside one `rtrans.atomic` section: one unbreakable
transaction in the STM build, mutual exclusion elsewhere.

A call's `transaction`s are appended to its worker's Ctx.queued, which is
also that worker's stack of pending calls: it pops the last one next.
Calls that other workers may take wait in one rtrans.TQueue, the
runtime's unordered queue: the main program's calls, and the older half
of a worker's stack, which it gives away when it sees a worker idle.  So
the scheduler keeps no state that two workers write or that one reads
while another writes it: a put becomes visible when its transaction
commits and never conflicts, and a get removes a committed item outside
transactional control (an abort puts it back).  Only the Duhton
program's own data can conflict.  (The earlier scheduler kept each
worker's stack in the heap for the others to steal from: a thief wrote
it while its owner ran calls in a long transaction, and one of the two
aborted; trees lost 9.3 s of 113 s of work that way, 6.5 s in one abort.)

A get returns the newest item that this transaction put, else the newest
committed one, so the queue is a stack for one worker, and with one
worker the order is exactly the reference's: the last call queued runs
first, and a call's children run before the calls pending beneath it.

Knowing when everything is done: the `busy` queue holds one token per
busy worker.  A worker that finds nothing to take gives its token back
(only then: it holds no call and no uncommitted put); it is done when
the two queues are empty, lengths read outside transactional control, so
the check adds nothing to its read set.  A worker that takes a call
while idle puts its token and commits before running the call.  It may
have taken the last call, so between its get and its commit the queues
look empty, and a worker that looks then leaves the drain early.  That
costs parallelism, never a call: a worker leaves only while it holds
nothing, the others finish what they hold and what it queues, and the
main thread joins them all.  An idle worker sleeps in a blocking get,
which a committed put wakes; the first worker to find everything done
puts DONE to wake the others, and each one that takes it puts it back as
it leaves.

A worker runs its calls one after the other in one transaction, as one
thread alone does, until its allocation budget is used or someone needs
it to end (see worker_loop).
"""
from __future__ import annotations

import threading
import time

import rtrans

from objects import (Ctx, DuFunction, Frame, Pending, DU_NONE, fatal, intern,
                     run_body)

IDLE_WAIT = 0.005       # seconds an idle worker sleeps before looking again
SHARE_EVERY = 8         # calls between two looks for an idle worker


class Scheduler:
    work: rtrans.TQueue[Pending]
    busy: rtrans.TQueue[Ctx]
    threads: int

    def __init__(self) -> None:
        self.work = rtrans.TQueue()
        self.busy = rtrans.TQueue()
        self.threads = 1


SCHED = Scheduler()
# Put by a worker that found everything done, to wake the ones sleeping
# in the blocking get; each one that takes it puts it back as it leaves.
DONE = Pending(DuFunction(intern("run-transactions"), DU_NONE, DU_NONE, 0),
               None)


def set_num_threads(n: int) -> None:
    SCHED.threads = n


def share_older_half(stack: list[Pending]) -> None:
    """Put the older half of a worker's stack (its bottom, the calls it
    would run last) into the shared queue, oldest first."""
    half = len(stack) // 2
    for i in range(half):
        SCHED.work.put(stack[i])
    del stack[:half]


def someone_idle() -> bool:
    return len(SCHED.busy) < SCHED.threads


def take_shared() -> Pending | None:
    try:
        return SCHED.work.get()
    except IndexError:
        return None


def all_done() -> bool:
    """No worker busy and no call pending (see the module's comment)."""
    return len(SCHED.busy) == 0 and len(SCHED.work) == 0


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


def worker_loop(ctx: Ctx) -> None:
    """A worker's calls run in one transaction until the break point after
    a call finds the budget used, or the runtime asks the transaction to
    end because someone needs it to: a conflicting commit, or a worker
    waiting for work in the blocking get (which counts as waiting for a
    commit, so the pacer asks within a tick, and the commit puts what
    this worker shared).  The blocking get ends the waiter's own
    transaction first.  One call per transaction cost two commits per
    call, most of the time of small calls: 5-10x the CPU time of one
    thread.  The break points and the blocking get are written here
    rather than in helpers: a helper that breaks becomes the next
    transaction's root, and its return then commits an empty one."""
    stack = ctx.queued
    busy = False
    countdown = SHARE_EVERY
    # a thread start asked for a commit: it starts the thread and
    # publishes the calls put so far
    rtrans.transaction_break_point()
    while True:
        p: Pending | None = None
        if stack:
            p = stack.pop()
        else:
            p = take_shared()
        if p is None or p is DONE:
            if busy:
                SCHED.busy.get()
                busy = False
            if all_done():
                if SCHED.threads > 1:
                    SCHED.work.put(DONE)
                return
            if p is DONE:
                # put while a worker took the last call (see the module's
                # comment): that one goes on, the others sleep again
                continue
            try:
                p = SCHED.work.get(True, IDLE_WAIT)
            except IndexError:
                continue
            if p is DONE:
                continue
        if not busy:
            SCHED.busy.put(ctx)
            busy = True
            time.sleep(0.0)     # a blocking call: commits the token
        run_call(p, ctx)
        countdown -= 1
        if countdown <= 0:
            countdown = SHARE_EVERY
            if len(stack) > 1 and someone_idle():
                share_older_half(stack)
        rtrans.transaction_break_point()


def worker_main() -> None:
    worker_loop(Ctx(True))


def run_all(ctx: Ctx) -> None:
    """Run everything ctx queued and, transitively, everything those calls
    queue; return when all of it has finished."""
    if ctx.in_worker:
        fatal("run-transactions: cannot be called inside a transaction")
    if not ctx.queued:
        return
    for p in ctx.queued:
        SCHED.work.put(p)
    ctx.queued.clear()
    workers: list[threading.Thread] = []
    for i in range(1, SCHED.threads):
        t = threading.Thread(target=worker_main)
        try:
            t.start()
        except RuntimeError:
            fatal("cannot start worker thread " + str(i))
        workers.append(t)
    worker_loop(Ctx(True))
    for t in workers:
        t.join()
    # every worker left with the shared queue empty but for DONE
    left = take_shared()
    while left is DONE:
        left = take_shared()
    if left is not None:
        fatal("run-transactions: a call was left pending")
