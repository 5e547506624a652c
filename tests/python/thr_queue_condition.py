# Threads: producers and consumers over queue.Queue (task_done/join,
# bounded puts), a hand-made buffer with a Condition (wait/notify,
# wait_for, timeouts), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
# stm-stress: 7
import threading
import queue


def pipeline(nprod, ncons, per_producer, maxsize):
    q = queue.Queue(maxsize)
    total = [0]
    count = [0]
    lock = threading.Lock()

    def producer(base):
        for i in range(per_producer):
            q.put(base + i)

    def consumer():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                return
            with lock:
                total[0] += item
                count[0] += 1
            q.task_done()

    cons = [threading.Thread(target=consumer) for i in range(ncons)]
    prods = [threading.Thread(target=producer, args=(k * 1000,))
             for k in range(nprod)]
    for t in cons + prods:
        t.start()
    for t in prods:
        t.join()
    q.join()
    for t in cons:
        q.put(None)
    for t in cons:
        t.join()
    return count[0], total[0], q.empty(), q.unfinished_tasks


for n in (1, 2, 8):
    print("queue", n, pipeline(n, n, 50, 0), pipeline(n, n, 50, 3))


class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            while len(self.items) >= self.size:
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) > 0)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


for n in (1, 2, 8):
    buf = Buffer(2)
    got = []
    glock = threading.Lock()

    def prod(k):
        for i in range(20):
            buf.put(k * 100 + i)

    def cons(m):
        for i in range(m):
            v = buf.get()
            with glock:
                got.append(v)

    ts = [threading.Thread(target=prod, args=(k,)) for k in range(n)]
    ts += [threading.Thread(target=cons, args=(20,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("condition", n, len(got), sum(got), sorted(got)[:3])

c = threading.Condition(threading.Lock())
with c:
    print("wait timeout:", c.wait(0.01), c.wait_for(lambda: False, 0.01))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print([lq.get() for i in range(3)], [pq.get() for i in range(3)])
q = queue.Queue(1)
q.put_nowait("a")
print(q.full(), q.qsize())
for call in (lambda: q.put("b", block=False), lambda: q.put("b", timeout=0.01)):
    try:
        call()
    except queue.Full:
        print("Full")
print(q.get_nowait())
for call in (q.get_nowait, lambda: q.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
