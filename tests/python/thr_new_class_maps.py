# Threads: two threads create the first instances of shared classes at
# the same time, with no warm-up in the main thread.  Each instance's
# attributes give it a map (objects.Map: a transition tree rooted in the
# class); before the transitions were per thread, both threads added the
# same transition to the class's shared map and one of them aborted.
# Under --stm the harness checks the statistics: no abort at all.
# stm-no-conflicts: 20
import threading


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Node:
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right
        self.size = 1
        if left is not None:
            self.size += left.size
        if right is not None:
            self.size += right.size


class Grown:
    pass


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def grow(k):
    g = Grown()
    g.a = k
    if k % 2:
        g.odd = True
    g.b = k * 2
    return g


def work(out, n):
    # out is this thread's own list: writing a shared one would conflict
    # first some work on private data only, so that the second thread is
    # running too when the first instances are made (no Barrier or
    # Event: their own lock would be shared data)
    total = 0
    for i in range(20000):
        total = (total * 31 + i) % 1000003
    for i in range(n):
        p = Point(i, -i)
        total += p.x - p.y
        total += build(0, i % 40).size
        g = grow(i)
        total += g.a + g.b + (1 if hasattr(g, "odd") else 0)
    out.append(total)


results = [[], []]
ts = [threading.Thread(target=work, args=(results[k], 3000 + k))
      for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
p = Point(1, 2)
print(sorted(vars(p).items()), vars(grow(3)), vars(grow(4)))
