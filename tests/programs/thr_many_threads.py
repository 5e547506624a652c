# 1000 threads alive at once (issue 14, item 4: 128 threads used to
# overflow the free list of per-thread root slots, and the GIL's waiters
# were all woken at every hand-off).  Each thread does private work, adds
# to shared totals inside rtrans.atomic and under a Lock, then waits,
# sleeping, until every thread has arrived, so that all are alive
# together; threads beyond the segment count take turns.
import sys
import threading
import time

import rtrans

# threads


class Shared:
    arrived: int
    left: int
    atomic_total: int
    lock_total: int
    go: bool

    def __init__(self) -> None:
        self.arrived = 0
        self.left = 0
        self.atomic_total = 0
        self.lock_total = 0
        self.go = False


def private_work(i: int) -> int:
    acc: list[int] = []
    for k in range(50):
        acc.append((i * 7 + k) % 13)
    return sum(acc)


def worker(sh: Shared, lock: threading.Lock, i: int, out: list[int]) -> None:
    mine = private_work(i)
    out[i] = mine
    with rtrans.atomic:
        sh.atomic_total += mine
        sh.arrived += 1
    lock.acquire()
    sh.lock_total += i
    lock.release()
    while True:
        with rtrans.atomic:
            if sh.go:
                break
        time.sleep(0.05)
    with rtrans.atomic:
        sh.left += 1


def main(argv: list[str]) -> int:
    n = 1000
    threading.stack_size(256 * 1024)
    sh = Shared()
    lock = threading.Lock()
    out = [0] * n
    threads: list[threading.Thread] = []
    for i in range(n):
        t = threading.Thread(target=worker, args=(sh, lock, i, out))
        threads.append(t)
        t.start()
    while True:
        with rtrans.atomic:
            if sh.arrived == n:
                sh.go = True
                break
        time.sleep(0.05)
    for t in threads:
        t.join()
    print(len(threads), sh.arrived, sh.left)
    print(sh.atomic_total, sum(out), sum(private_work(i) for i in range(n)))
    print(sh.lock_total, n * (n - 1) // 2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1000 1000 1000
# expect: 299997 299997 299997
# expect: 499500 499500
