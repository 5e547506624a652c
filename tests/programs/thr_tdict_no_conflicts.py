# Two threads insert, update and delete DIFFERENT keys of one shared
# rtrans.TDict and put into one shared rtrans.TQueue: under --stm the
# harness checks that no transaction of any thread aborted (each key's
# entry is its own object; the table's size counters are per thread; puts
# never conflict), while the threads commit many transactions each
# (a short sleep every 1000 keys ends the running transaction).
import sys
import threading
import time

import rtrans

# threads
# stm-no-conflicts: 30


class Work:
    d: rtrans.TDict[int, str]
    q: rtrans.TQueue[int]

    def __init__(self) -> None:
        self.d = rtrans.TDict()
        self.q = rtrans.TQueue()


def worker(w: Work, base: int) -> None:
    for i in range(20000):
        k = base + i
        w.d[k] = "v" + str(i)
        if i % 3 == 0:
            w.d[k] = w.d[k] + "!"
        if i % 5 == 0:
            del w.d[k]
        if i % 100 == 0:
            w.q.put(k)
        if i % 1000 == 999:
            time.sleep(0.001)       # ends the transaction: many commits


def main(argv: list[str]) -> int:
    w = Work()
    threads: list[threading.Thread] = []
    for base in (0, 1000000):
        threads.append(threading.Thread(target=worker, args=(w, base)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("keys", len(w.d), len(w.d.keys()))
    print("bang", len([v for v in w.d.values() if v.endswith("!")]))
    print(w.d[1], w.d[1000003], 5 in w.d, w.d.get(1000005))
    total = 0
    n = 0
    while len(w.q) > 0:
        total += w.q.get()
        n += 1
    print("queued", n, total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: keys 32000 32000
# expect: bang 10666
# expect: v1 v3! False None
# expect: queued 400 203980000
