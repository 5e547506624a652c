# Threads: one thread stores into attribute `a` of a shared instance while
# the other reads that attribute: a true conflict, which --stm must still
# detect with attributes in separate read granules and commits that
# publish only the granules they changed (thr_attr_granules.py: readers
# of a neighbour attribute do not conflict).  The harness requires
# rtrans-stmlog to name the store's line (or the read's).
# stm-conflict-at: 26
import threading


class Pair:
    def __init__(self):
        self.a = 0
        self.b = 5


shared = Pair()
start = threading.Barrier(2)
result = [False]


def writer(n):
    start.wait()
    i = 0
    while i < n:
        shared.a = i
        i += 1


def reader(n):
    start.wait()
    i = 0
    seen = 0
    while i < n:
        if shared.a > seen:
            seen = shared.a
        i += 1
    result[0] = seen <= n


ts = [threading.Thread(target=writer, args=(200000,)),
      threading.Thread(target=reader, args=(200000,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared.a, shared.b, result[0])
