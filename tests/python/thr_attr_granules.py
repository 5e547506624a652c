# Threads: one thread stores into attribute `a` of a shared instance, the
# other reads its attribute `b`, which was made right after `a` (neighbour
# slots).  Under --stm the harness's statistics must show no conflict: an
# instance's attributes lie in separate read granules of its slots array
# (objects.SLOT_STRIDE) and a commit publishes only the granules it
# changed, so a store conflicts only with the readers of that attribute
# (thr_attr_same_conflicts.py checks that it does conflict with them).
# stm-no-conflicts: 10
import threading


class Pair:
    def __init__(self):
        self.a = 0
        self.b = 5
        self.c = "c"


shared = Pair()
start = threading.Barrier(2)
total = [0]


def writer(n):
    start.wait()
    i = 0
    while i < n:
        shared.a = i * 3
        i += 1


def reader(n):
    start.wait()
    i = 0
    s = 0
    while i < n:
        s += shared.b + len(shared.c)
        i += 1
    total[0] = s


ts = [threading.Thread(target=writer, args=(100000,)),
      threading.Thread(target=reader, args=(100000,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared.a, shared.b, shared.c, total[0])
print(sorted(vars(shared).items()))
shared.d = 7
del shared.b
print(sorted(vars(shared).items()))
