# issue 8: written as a new user would, before trying rtrans (queue.Queue, Condition, Event,
# Semaphore, RLock); translated unchanged.  Job results do not depend on the scheduling.
"""A threaded job runner: workers take jobs from a queue.Queue, a Condition-guarded
result board collects answers, an Event stops the workers, a Semaphore bounds a shared
resource and an RLock protects a re-entrant statistics object."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class Job:
    ident: int
    kind: str
    arg: int
    deps: list[int] = field(default_factory=list)


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def count_primes(limit: int) -> int:
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return sum(1 for flag in sieve if flag)


def digit_sum_power(n: int) -> int:
    return sum(int(d) for d in str(2 ** (n % 60)))


HANDLERS: dict[str, Callable[[int], int]] = {
    "collatz": collatz_steps,
    "primes": count_primes,
    "digits": digit_sum_power,
}


class ResultBoard:
    """Results by job id; waiters block on a Condition until the ids they need are posted."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.results: dict[int, int] = {}

    def post(self, ident: int, value: int) -> None:
        with self.cond:
            self.results[ident] = value
            self.cond.notify_all()

    def wait_for(self, idents: list[int]) -> list[int]:
        with self.cond:
            while not all(i in self.results for i in idents):
                self.cond.wait()
            return [self.results[i] for i in idents]


class Stats:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.by_kind: dict[str, int] = {}
        self.total = 0

    def record(self, kind: str) -> None:
        with self.lock:
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
            self.bump()

    def bump(self) -> None:
        with self.lock:  # re-entered from record()
            self.total += 1


class Runner:
    def __init__(self, workers: int) -> None:
        self.jobs: queue.Queue[Optional[Job]] = queue.Queue()
        self.board = ResultBoard()
        self.stats = Stats()
        self.stop = threading.Event()
        self.slots = threading.Semaphore(2)
        self.in_slot = 0
        self.max_in_slot = 0
        self.slot_lock = threading.Lock()
        self.errors: list[str] = []
        self.threads = [threading.Thread(target=self.work, args=(k,)) for k in range(workers)]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def run_job(self, job: Job) -> int:
        inputs = self.board.wait_for(job.deps) if job.deps else []
        if job.kind == "combine":
            return sum(inputs) * job.arg
        handler = HANDLERS.get(job.kind)
        if handler is None:
            raise ValueError(f"unknown job kind {job.kind!r}")
        if job.kind == "primes":
            with self.slots:  # at most two sieves at once
                with self.slot_lock:
                    self.in_slot += 1
                    self.max_in_slot = max(self.max_in_slot, self.in_slot)
                value = handler(job.arg)
                with self.slot_lock:
                    self.in_slot -= 1
                return value
        return handler(job.arg)

    def work(self, worker: int) -> None:
        while not self.stop.is_set():
            try:
                job = self.jobs.get(timeout=0.05)
            except queue.Empty:
                continue
            if job is None:
                self.jobs.task_done()
                break
            try:
                value = self.run_job(job)
            except ValueError as e:
                with self.slot_lock:
                    self.errors.append(f"job {job.ident}: {e}")
                value = -1
            self.stats.record(job.kind)
            self.board.post(job.ident, value)
            self.jobs.task_done()

    def shutdown(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)
        self.jobs.join()
        self.stop.set()
        for t in self.threads:
            t.join()


def build_jobs() -> list[Job]:
    jobs = []
    ident = 0
    for n in (27, 97, 871, 6171, 77031):
        jobs.append(Job(ident, "collatz", n))
        ident += 1
    for limit in (1000, 5000, 20000, 50000):
        jobs.append(Job(ident, "primes", limit))
        ident += 1
    for n in range(10, 70, 15):
        jobs.append(Job(ident, "digits", n))
        ident += 1
    jobs.append(Job(ident, "combine", 2, deps=[0, 1, 2]))
    ident += 1
    jobs.append(Job(ident, "combine", 1, deps=[5, 6, ident - 1]))
    ident += 1
    jobs.append(Job(ident, "mystery", 0))
    return jobs


def main() -> None:
    runner = Runner(workers=4)
    runner.start()
    jobs = build_jobs()
    for job in reversed(jobs):  # dependants first: their workers must wait on the board
        runner.jobs.put(job)
    runner.shutdown()
    for job in jobs:
        print(f"{job.ident:>2} {job.kind:<8} {job.arg:>6} -> {runner.board.results[job.ident]}")
    print("by kind:", sorted(runner.stats.by_kind.items()))
    print("total:", runner.stats.total, "max sieves at once <= 2:", runner.max_in_slot <= 2)
    print("errors:", runner.errors)
    print("queue empty:", runner.jobs.empty(), runner.jobs.qsize())
    try:
        runner.jobs.get_nowait()
    except queue.Empty:
        print("get_nowait on an empty queue raises queue.Empty")
    ev = threading.Event()
    print("event wait with timeout:", ev.wait(0.01), ev.is_set())
    ev.set()
    print("after set:", ev.wait(0.01), ev.is_set())
    ev.clear()
    print("after clear:", ev.is_set())


main()
# threads

# expect:  0 collatz      27 -> 111
# expect:  1 collatz      97 -> 118
# expect:  2 collatz     871 -> 178
# expect:  3 collatz    6171 -> 261
# expect:  4 collatz   77031 -> 350
# expect:  5 primes     1000 -> 168
# expect:  6 primes     5000 -> 669
# expect:  7 primes    20000 -> 2262
# expect:  8 primes    50000 -> 5133
# expect:  9 digits       10 -> 7
# expect: 10 digits       25 -> 29
# expect: 11 digits       40 -> 61
# expect: 12 digits       55 -> 92
# expect: 13 combine       2 -> 814
# expect: 14 combine       1 -> 1651
# expect: 15 mystery       0 -> -1
# expect: by kind: [('collatz', 5), ('combine', 2), ('digits', 4), ('mystery', 1), ('primes', 4)]
# expect: total: 16 max sieves at once <= 2: True
# expect: errors: ["job 15: unknown job kind 'mystery'"]
# expect: queue empty: True 0
# expect: get_nowait on an empty queue raises queue.Empty
# expect: event wait with timeout: False False
# expect: after set: True True
# expect: after clear: False
