# Threads: pypystm.queue's join() waits until every item put has been
# matched by a task_done(), while the daemon workers are still taking
# items; each worker records an item before it calls task_done(), so after
# join() every result is there.  Under --stm a worker that finds items
# ready runs several get/put/task_done in one transaction; its puts must
# be in `done` no later than its task_done() counters are visible (they
# were moved into the queue after the commit published the counters:
# join() then returned with 0-99 of 100 results there, about 4 rounds in
# 20000, 36 under RTRANS_GC_STRESS).  The window is narrow: the last part's
# rounds give it chances to show, they do not force it (runtime/queue.c
# says why it is closed).  Under CPython, which has no pypystm, the same
# program runs on queue.Queue.
import threading

try:
    import pypystm
    Queue = pypystm.queue
except ImportError:
    import queue
    Queue = queue.Queue

q = Queue()
done = Queue()


def worker():
    while True:
        v = q.get()
        done.put(v * v)
        q.task_done()


for i in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(500):
    q.put(i)
q.join()
total = 0
n = 0
while not done.empty():
    total += done.get()
    n += 1
print(n, total)
for i in range(100):
    q.put(i)
q.join()
print(done.qsize())
while not done.empty():
    done.get()
short = []
for r in range(1000):
    for i in range(50):
        q.put(i)
    q.join()
    n = done.qsize()
    if n != 50:
        short.append((r, n))
    while not done.empty():
        done.get()
print("rounds with results missing after join:", short)
