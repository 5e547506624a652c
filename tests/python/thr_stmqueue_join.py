# Threads: pypystm.queue's join() waits until every item put has been
# matched by a task_done(), while the daemon workers are still taking
# items; each worker records an item before it calls task_done(), so after
# join() every result is there.  Under CPython, which has no pypystm, the
# same program runs on queue.Queue.
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
