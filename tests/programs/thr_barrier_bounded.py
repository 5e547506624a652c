# threading.BoundedSemaphore and threading.Barrier (prelude classes built on Condition, as
# CPython's): over-release, abort, reset, a timed-out wait breaking the barrier, and three
# threads meeting at a barrier with an action; results do not depend on the scheduling.
import threading

lock = threading.Lock()
indexes: list[int] = []
actions: list[str] = []


def meet(b: threading.Barrier) -> None:
    index = b.wait()
    with lock:
        indexes.append(index)


def main() -> None:
    s = threading.BoundedSemaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(False))
    s.release()
    s.release()
    try:
        s.release()
    except ValueError as e:
        print("ValueError", e)
    with s:
        print("inside")
    b = threading.Barrier(3, action=lambda: actions.append("all in"))
    print(b.parties, b.n_waiting, b.broken)
    workers = [threading.Thread(target=meet, args=(b,)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(indexes), actions, b.n_waiting, b.broken)
    b.abort()
    print(b.broken)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print("BrokenBarrierError")
    b.reset()
    print(b.broken)
    lone = threading.Barrier(2, timeout=0.05)
    try:
        lone.wait()
    except threading.BrokenBarrierError:
        print("timed out", lone.broken)


main()

# threads

# expect: True True False
# expect: ValueError Semaphore released too many times
# expect: inside
# expect: 3 0 False
# expect: [0, 1, 2] ['all in'] 0 False
# expect: True
# expect: BrokenBarrierError
# expect: False
# expect: timed out True
