# threading.RLock, Condition, Semaphore, Event and queue.Queue (prelude classes built on
# Lock): their single-thread edge cases and errors as CPython gives them, then a
# producer/consumer pipeline and a barrier made of a Condition, whose results do not
# depend on the scheduling.
import queue
import threading


def errors() -> None:
    r = threading.RLock()
    try:
        r.release()
    except RuntimeError as e:
        print("RLock:", e)
    print(r.acquire(), r.acquire(), r.acquire(False))
    r.release()
    r.release()
    r.release()
    c = threading.Condition()
    try:
        c.wait()
    except RuntimeError as e:
        print("Condition:", e)
    try:
        c.notify()
    except RuntimeError as e:
        print("Condition:", e)
    with c:
        print("wait 0:", c.wait(0.0), "wait_for:", c.wait_for(lambda: True), c.wait_for(lambda: False, 0.01))
    try:
        threading.Semaphore(-1)
    except ValueError as e:
        print("Semaphore:", e)
    s = threading.Semaphore(2)
    print(s.acquire(), s.acquire(False), s.acquire(False), s.acquire(timeout=0.01))
    s.release(2)
    print(s.acquire(blocking=False))
    try:
        s.acquire(False, 1.0)
    except ValueError as e:
        print("Semaphore:", e)
    try:
        s.release(0)
    except ValueError as e:
        print("Semaphore:", e)


def queues() -> None:
    q: queue.Queue[str] = queue.Queue(maxsize=2)
    q.put("a")
    q.put_nowait("b")
    print(q.full(), q.qsize(), q.empty())
    try:
        q.put("c", timeout=0.01)
    except queue.Full:
        print("Full after a timeout")
    try:
        q.put_nowait("c")
    except queue.Full:
        print("Full at once")
    print(q.get(), q.get_nowait())
    try:
        q.get(timeout=-1.0)
    except ValueError as e:
        print("get:", e)
    try:
        q.get(True, 0.01)
    except queue.Empty:
        print("Empty after a timeout")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", e)
    q.join()
    print("joined")


def pipeline(n: int) -> None:
    raw: queue.Queue[int] = queue.Queue(maxsize=3)
    squared: queue.Queue[int] = queue.Queue()

    def square() -> None:
        while True:
            x = raw.get()
            if x < 0:
                raw.task_done()
                return
            squared.put(x * x)
            raw.task_done()

    workers = [threading.Thread(target=square) for _ in range(3)]
    for t in workers:
        t.start()
    for i in range(n):
        raw.put(i)
    raw.join()
    for _ in workers:
        raw.put(-1)
    for t in workers:
        t.join()
    total = 0
    while not squared.empty():
        total += squared.get()
    print("sum of squares:", total, total == sum(i * i for i in range(n)))


class Barrier:
    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.arrived = 0
        self.cond = threading.Condition()

    def wait(self) -> None:
        with self.cond:
            self.arrived += 1
            if self.arrived == self.parties:
                self.cond.notify_all()
            else:
                self.cond.wait_for(lambda: self.arrived >= self.parties)


def barrier() -> None:
    b = Barrier(4)
    go = threading.Event()
    before: list[int] = []
    after: list[int] = []
    lock = threading.Lock()

    def party(k: int) -> None:
        go.wait()
        with lock:
            before.append(k)
        b.wait()
        with lock:
            after.append(len(before))

    threads = [threading.Thread(target=party, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    print("barrier:", sorted(before), after)


errors()
queues()
pipeline(200)
barrier()
# threads

# expect: RLock: cannot release un-acquired lock
# expect: True True True
# expect: Condition: cannot wait on un-acquired lock
# expect: Condition: cannot notify on un-acquired lock
# expect: wait 0: False wait_for: True False
# expect: Semaphore: semaphore initial value must be >= 0
# expect: True True False False
# expect: True
# expect: Semaphore: can't specify timeout for non-blocking acquire
# expect: Semaphore: n must be one or more
# expect: True 2 False
# expect: Full after a timeout
# expect: Full at once
# expect: a b
# expect: get: 'timeout' must be a non-negative number
# expect: Empty after a timeout
# expect: task_done: task_done() called too many times
# expect: joined
# expect: sum of squares: 2646700 True
# expect: barrier: [0, 1, 2, 3] [4, 4, 4, 4]
