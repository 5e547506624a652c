# Threads: a `with` statement's __enter__, a Python method, and the
# instructions after it are one step.  The method stores in box[0] the
# value it returns, after a call (a switch point); the body stores that
# value in box[1] before its next switch point, so another thread, which
# reads both slots between two of its own switch points, always finds
# them equal: in CPython, which runs __enter__'s frame in the caller's
# evaluation loop, and under the GIL build.  Under --stm __enter__ ran in
# an execute of its own, which committed as it returned a transaction
# that began at the call: the watcher's commit could come in between.
# The same for an exception leaving __enter__, and for a lock's
# acquire in __enter__ (threading.Condition, as queue.Queue uses it).
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


class Step:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        w = twice(self.v)
        box[0] = w
        return w

    def __exit__(self, *exc):
        return False


class Refuse:
    def __enter__(self):
        twice(1)
        box[0] = -1
        raise ValueError("not entered")

    def __exit__(self, *exc):
        return False


class Guarded:
    def __init__(self):
        self.cond = threading.Condition()
        self.n = 0

    def __enter__(self):
        self.cond.__enter__()
        self.n += 1
        box[0] = self.n
        return self.n

    def __exit__(self, *exc):
        return self.cond.__exit__(*exc)


def consume():
    for i in range(N):
        with Step(i) as w:
            box[1] = w
    try:
        with Refuse():
            box[1] = 0
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    g = Guarded()
    for i in range(N):
        with g as n:
            box[1] = n
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
