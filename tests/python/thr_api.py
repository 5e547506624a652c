# Threads: the threading API whose results do not depend on scheduling:
# names and reprs, daemon flags, join with a timeout, current_thread and
# idents inside threads, active_count/enumerate, Thread subclasses, Event,
# Semaphore, BoundedSemaphore, Barrier (action, abort), Timer; a daemon
# thread still running when the program ends does not keep it alive.
# stm-stress: 7
import threading
import time


def f():
    pass


t = threading.Thread(target=f)
print(t.name.split(" ")[1], repr(t).split(", ")[1])
t2 = threading.Thread(target=f, name="named", daemon=True)
print(t2.name, t2.daemon, repr(t2))
t3 = threading.Thread(name=42)
print(t3.name, t3.daemon, t3.ident, t3.is_alive())
print(threading.current_thread().name, threading.main_thread().name,
      threading.current_thread() is threading.main_thread())
print(repr(threading.main_thread()).split(", ")[0])
print(threading.active_count(), len(threading.enumerate()))

info = {}


def who(key):
    me = threading.current_thread()
    info[key] = (me.name, me.ident == threading.get_ident(),
                 me is not threading.main_thread(), me.is_alive(),
                 threading.get_ident() != threading.main_thread().ident)


ts = [threading.Thread(target=who, args=(k,), name="w%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(info.items()))
print([t.is_alive() for t in ts], repr(ts[0]).split(", ")[1].split(" ")[0])


class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


ss = [Summer(n) for n in (10, 100, 1000)]
for s in ss:
    s.start()
for s in ss:
    s.join()
print([s.total for s in ss])

# join with a timeout while the thread waits for an event
go = threading.Event()
waiter = threading.Thread(target=go.wait)
waiter.start()
waiter.join(0.02)
print("still waiting:", waiter.is_alive())
go.set()
waiter.join()
print("after set:", waiter.is_alive(), go.is_set(), go.wait(0))
go.clear()
print(go.is_set(), go.wait(0.01))

sem = threading.Semaphore(2)
inside = [0]
most = [0]
lk = threading.Lock()


def limited():
    with sem:
        with lk:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.002)
        with lk:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore max inside <= 2:", most[0] <= 2, inside[0])
print(sem.acquire(False), sem.acquire(False), sem.acquire(False),
      sem.acquire(timeout=0.01))
sem.release(2)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
idx = []


def meet():
    idx.append(barrier.wait())


ts = [threading.Thread(target=meet) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), actions, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after abort")

fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)


def forever():
    while True:
        time.sleep(0.01)


d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon alive:", d.is_alive(), d.daemon)
print("end of main")
