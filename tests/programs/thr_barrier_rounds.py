# threading.Barrier across rounds (prelude): reused by the same threads,
# an action that raises (its thread gets the error, the others
# BrokenBarrierError), reset() and a timeout while a thread waits; then
# queue.Queue.task_done counts and bisect's probes (which items it
# compares, in order).  Results do not depend on the scheduling.
import bisect
import queue
import threading
import time

lock = threading.Lock()
seen: list[str] = []
rounds: list[int] = []
totals: list[int] = []


def note(text: str) -> None:
    with lock:
        seen.append(text)


def count_round() -> None:
    rounds.append(len(rounds))


def loop(b: threading.Barrier, n: int) -> None:
    total = 0
    for _ in range(n):
        total += b.wait()
    with lock:
        totals.append(total)


def fail() -> None:
    raise KeyError("in the action")


def meet_or_break(b: threading.Barrier) -> None:
    try:
        b.wait()
        note("passed")
    except threading.BrokenBarrierError:
        note("broken")
    except KeyError as e:
        note("action raised " + str(e))


def meet_all(b: threading.Barrier, n: int) -> None:
    workers = [threading.Thread(target=meet_or_break, args=(b,)) for _ in range(n)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def until_waiting(b: threading.Barrier, n: int) -> None:
    while b.n_waiting < n:
        time.sleep(0.001)


def rounds_test() -> None:
    b = threading.Barrier(2, action=count_round)
    workers = [threading.Thread(target=loop, args=(b, 5)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sum(totals), len(totals), rounds, b.n_waiting, b.broken)


def action_test() -> None:
    seen.clear()
    b = threading.Barrier(2, action=fail)
    meet_all(b, 2)
    print(sorted(seen), b.broken, b.n_waiting)
    b.reset()
    print(b.broken, b.n_waiting)


def reset_test() -> None:
    seen.clear()
    b = threading.Barrier(3)
    first = threading.Thread(target=meet_or_break, args=(b,))
    first.start()
    until_waiting(b, 1)
    print("waiting", b.n_waiting)
    b.reset()
    first.join()
    print(seen, b.broken, b.n_waiting)
    seen.clear()
    meet_all(b, 3)
    print(seen, b.broken)


def timeout_test() -> None:
    seen.clear()
    b = threading.Barrier(3)
    patient = threading.Thread(target=meet_or_break, args=(b,))
    patient.start()
    until_waiting(b, 1)
    try:
        b.wait(0.02)
    except threading.BrokenBarrierError:
        print("timed out", b.broken, b.n_waiting)
    patient.join()
    print(seen)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print("still broken")


def queue_test() -> None:
    q: queue.Queue[int] = queue.Queue()
    for k in range(3):
        q.put(k)
    print(q.unfinished_tasks)
    q.get()
    q.task_done()
    print(q.unfinished_tasks)
    q.task_done()
    q.task_done()
    q.join()
    print(q.unfinished_tasks, q.qsize())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e, q.unfinished_tasks)


probes: list[int] = []


class Probe:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Probe") -> bool:
        probes.append(self.v)
        return self.v < other.v


def bisect_test() -> None:
    items = [Probe(v) for v in [1, 3, 3, 3, 5, 8, 13, 21, 34]]
    for x in [0, 3, 4, 34, 40]:
        for lo, hi in [(0, 9), (2, 7), (4, 4), (6, 3)]:
            probes.clear()
            left = bisect.bisect_left(items, Probe(x), lo, hi)
            lp = list(probes)
            probes.clear()
            right = bisect.bisect_right(items, Probe(x), lo, hi)
            print(x, lo, hi, left, right, lp, probes)


rounds_test()
action_test()
reset_test()
timeout_test()
queue_test()
bisect_test()

# threads

# expect: 5 2 [0, 1, 2, 3, 4] 0 False
# expect: ["action raised 'in the action'", 'broken'] True 0
# expect: False 0
# expect: waiting 1
# expect: ['broken'] False 0
# expect: ['passed', 'passed', 'passed'] False
# expect: timed out True 0
# expect: ['broken']
# expect: still broken
# expect: 3
# expect: 2
# expect: 0 2
# expect: ValueError task_done() called too many times 0
# expect: 0 0 9 0 0 [5, 3, 3, 1] [0, 0, 0, 0]
# expect: 0 2 7 2 2 [5, 3, 3] [0, 0, 0]
# expect: 0 4 4 4 4 [] []
# expect: 0 6 3 6 6 [] []
# expect: 3 0 9 1 4 [5, 3, 3, 1] [3, 3, 3]
# expect: 3 2 7 2 4 [5, 3, 3] [3, 3]
# expect: 3 4 4 4 4 [] []
# expect: 3 6 3 6 6 [] []
# expect: 4 0 9 4 4 [5, 3, 3] [4, 4, 4]
# expect: 4 2 7 4 4 [5, 3] [4, 4]
# expect: 4 4 4 4 4 [] []
# expect: 4 6 3 6 6 [] []
# expect: 34 0 9 8 9 [5, 21, 34] [34, 34, 34]
# expect: 34 2 7 7 7 [5, 13] [34, 34]
# expect: 34 4 4 4 4 [] []
# expect: 34 6 3 6 6 [] []
# expect: 40 0 9 9 9 [5, 21, 34] [40, 40, 40]
# expect: 40 2 7 7 7 [5, 13] [40, 40]
# expect: 40 4 4 4 4 [] []
# expect: 40 6 3 6 6 [] []
