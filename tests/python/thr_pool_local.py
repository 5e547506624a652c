# Threads: concurrent.futures.ThreadPoolExecutor (map, submit, results and
# exceptions, as_completed, wait, shutdown, with) and threading.local
# (per-thread attributes, a subclass whose __init__ runs in each thread).
# stm-stress: 7
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                Future, ALL_COMPLETED, FIRST_COMPLETED)
import concurrent.futures


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for workers in (1, 2, 8):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        print(workers, list(ex.map(fib, range(15))))
        print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
        fs = [ex.submit(fib, n) for n in range(10)]
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done), all(f.done() for f in fs))

ex = ThreadPoolExecutor(2)
f = ex.submit(lambda: [].pop())
try:
    f.result()
except IndexError as e:
    print("IndexError:", e)
print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
g = ex.submit(pow, 2, 10)
print(g.result(timeout=10), g.exception())
d2, nd2 = wait([g], return_when=FIRST_COMPLETED)
print(len(d2), len(nd2))
calls = []
g.add_done_callback(lambda fut: calls.append(fut.result()))
print(calls)
ex.shutdown()
try:
    ex.submit(fib, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
fut2 = Future()
fut2.set_result(5)
print(fut2.result(), repr(fut2).split(" at ")[0], repr(fut2).split("state=")[1])
try:
    Future().result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("TimeoutError")
names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    names.append(ex.submit(lambda: threading.current_thread().name).result())
print(names)

# threading.local
data = threading.local()
data.x = "main"


def show(k):
    print_lock.acquire()
    had = hasattr(data, "x")
    print_lock.release()
    data.x = k
    data.items = [k] * k
    results[k] = (had, data.x, data.items, sorted(data.__dict__))


print_lock = threading.Lock()
results = {}
ts = [threading.Thread(target=show, args=(k,)) for k in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(data.x, sorted(data.__dict__))


class Counter(threading.local):
    inits = []

    def __init__(self, start):
        self.n = start
        Counter.inits.append(start)

    def bump(self):
        self.n += 1
        return self.n

    @property
    def double(self):
        return self.n * 2


c = Counter(10)
c.bump()
out = []


def use():
    out.append((c.n, c.bump(), c.double))


t = threading.Thread(target=use)
t.start()
t.join()
print(out, c.n, c.double, Counter.inits)
del c.n
try:
    c.n
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
