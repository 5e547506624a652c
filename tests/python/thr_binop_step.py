# Threads: a <op> b whose __op__ is a Python method, and the caller's next
# instructions, are one step.  The method stores in box[0] the value it
# returns, after a call (a switch point); the caller stores that value in
# box[1] before its next switch point, so another thread, which reads both
# slots between two of its own switch points, always finds them equal: in
# CPython, which runs the method's frame in the caller's evaluation loop,
# and under the GIL build.  Under --stm the method ran in an execute of its
# own, which committed as it returned a transaction that began at the
# call: the watcher's commit could come in between.  The same for a
# method returning NotImplemented to b's __rop__ (which runs after it) and
# for an exception leaving the method.
# stm-stress: 7
import threading

N = 20000
box = [0, 0]
done = [False]
seen = [0, 0]


def twice(k):
    total = 0
    for j in range(3):
        total += k
    return total - k


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        w = twice(self.v + other)
        box[0] = w
        return w

    def __sub__(self, other):
        twice(self.v)
        box[0] = -self.v
        return NotImplemented

    def __mul__(self, other):
        twice(self.v)
        box[0] = -1
        raise ValueError("no product")


class W:
    def __rsub__(self, other):
        return -other.v


def consume():
    for i in range(N):
        r = V(i) + 1
        box[1] = r
    w = W()
    for i in range(N):
        r = V(i) - w
        box[1] = r
    try:
        V(1) * 2
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    done[0] = True


def watch():
    checks = 0
    unequal = 0
    while not done[0]:
        a = box[0]
        b = box[1]
        if a != b:
            unequal += 1
        checks += 1
    seen[0] = unequal
    seen[1] = checks


watcher = threading.Thread(target=watch)
consumer = threading.Thread(target=consume)
watcher.start()
consumer.start()
consumer.join()
watcher.join()
print("unequal:", seen[0], "checked:", seen[1] > 0, "last:", box)
