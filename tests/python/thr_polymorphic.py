# Threads running the same polymorphic code (one attribute access and one
# method call site seeing three classes with different layouts) on their
# own objects: the inline caches of those sites stop being rewritten after
# a bounded number of misses, so under --stm the two threads do not
# conflict on the code's caches (the harness checks RTRANS_STM_STATS).
# stm-no-conflicts: 10
import threading


class A:
    def __init__(self, v):
        self.x = v

    def weight(self):
        return 1


class B:
    def __init__(self, v):
        self.pad = 0
        self.x = v * 2

    def weight(self):
        return 2


class C(A):
    def __init__(self, v):
        self.tag = "c"
        self.other = None
        self.x = v + 7

    def weight(self):
        return 3


def make(n):
    out = []
    for i in range(n):
        k = i % 3
        out.append(A(i) if k == 0 else B(i) if k == 1 else C(i))
    return out


def total(objs, rounds):
    s = 0
    for r in range(rounds):
        for o in objs:
            s += o.x * o.weight()
    return s


def work(out, n, rounds):
    out.append(total(make(n), rounds))


results = [[], []]
ts = []
t = None
warm = []
work(warm, 30, 20)          # fills (and exhausts) the sites' caches here
print("warm-up", warm)
ts = [threading.Thread(target=work, args=(results[k], 300, 400))
      for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
