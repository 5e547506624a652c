"""The transaction scheduler (spec section 7).

Pending calls form one LIFO stack.  A drain (run-transactions, or the end
of the main program) runs them on a pool of workers: the main thread plus
threads-1 others.  Each call runs inside one `rtrans.atomic` section: one
unbreakable transaction in the STM build, mutual exclusion elsewhere.
The scheduler's own state (the stack and the count of running calls) is
touched only in short separate atomic sections, so two workers' calls
conflict only when the Duhton program shares data.

Invariant: while a call runs, `running` counts it, and the calls it
queued are pushed (in the order it queued them) in the same section that
uncounts it.  So a worker that finds the stack empty and `running` zero
knows that no work can appear any more.

With one worker this is exactly the reference's order: the last call
pushed runs first, and a call's children run before the calls that were
pending beneath it.
"""
from __future__ import annotations

import threading
import time

import rtrans

from objects import Ctx, Frame, Pending, fatal, run_body

IDLE_SLEEP = 0.0005     # seconds an idle worker waits before looking again


class Scheduler:
    pending: list[Pending]
    running: int
    threads: int

    def __init__(self) -> None:
        self.pending = []
        self.running = 0
        self.threads = 1


SCHED = Scheduler()


def set_num_threads(n: int) -> None:
    SCHED.threads = n


def commit_now() -> None:
    """End the current transaction here.  Entering an atomic section does
    not commit what came before it, so without this a scheduler section
    and the call after it would be one transaction, and every call would
    conflict with every other worker's pushes and pops."""
    rtrans.hint_commit_soon()
    rtrans.transaction_break_point()


def publish(ctx: Ctx) -> None:
    """Make the calls ctx queued pending, in the order they were queued."""
    for p in ctx.queued:
        SCHED.pending.append(p)
    ctx.queued.clear()


def take() -> Pending | None:
    p: Pending | None = None
    with rtrans.atomic:
        if len(SCHED.pending) > 0:
            p = SCHED.pending.pop()
            SCHED.running += 1
    return p


def finish(ctx: Ctx) -> None:
    with rtrans.atomic:
        publish(ctx)
        SCHED.running -= 1


def all_done() -> bool:
    done = False
    with rtrans.atomic:
        done = SCHED.running == 0 and len(SCHED.pending) == 0
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


def worker_loop(ctx: Ctx) -> None:
    while True:
        p = take()
        commit_now()
        if p is not None:
            run_call(p, ctx)
            commit_now()
            finish(ctx)
            commit_now()
        elif all_done():
            return
        else:
            time.sleep(IDLE_SLEEP)


def worker_main(index: int) -> None:
    worker_loop(Ctx(True))


def run_all(ctx: Ctx) -> None:
    """Run everything ctx queued and, transitively, everything those calls
    queue; return when all of it has finished."""
    if ctx.in_worker:
        fatal("run-transactions: cannot be called inside a transaction")
    with rtrans.atomic:
        publish(ctx)
    # the main program's work so far must be visible to the workers
    commit_now()
    if len(SCHED.pending) == 0:
        return
    workers: list[threading.Thread] = []
    for i in range(1, SCHED.threads):
        t = threading.Thread(target=worker_main, args=(i,))
        try:
            t.start()
        except RuntimeError:
            fatal("cannot start worker thread " + str(i))
        workers.append(t)
    worker_loop(Ctx(True))
    for t in workers:
        t.join()
