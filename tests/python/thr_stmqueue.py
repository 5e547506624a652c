# Threads: two producers put numbers into one pypystm.queue while two
# consumers take them with blocking get() and call task_done(), each
# consumer as many as one producer puts (the queue is unordered: a
# sentinel could overtake items).  Under --stm the harness checks the runtime's statistics: puts
# never conflict (the runtime's queue), a get takes a committed item
# outside transactional control, and the task counts are per thread, so no
# transaction aborts.  The totals do not depend on who got what (the queue
# is unordered).  Under CPython, which has no pypystm, the same program
# runs on queue.Queue.  It used to crash rtpython-stm in about one run in
# three on a loaded machine: a yield at a poll moved a thread to another
# segment in the middle of list * n (test_addr_follows_segment_move).
# stm-no-conflicts: 10
import threading

try:
    import pypystm
    Queue = pypystm.queue
    Empty = pypystm.Empty
except ImportError:
    import queue
    Queue = queue.Queue
    Empty = queue.Empty


def produce(q, base, n):
    i = 0
    while i < n:
        q.put(base + i)
        i += 1


def consume(q, out, n):
    i = 0
    while i < n:
        v = q.get()
        q.task_done()
        out[0] += v
        out[1] += 1
        i += 1


def run(n):
    q = Queue()
    outs = [[0, 0], [0, 0]]
    ts = [threading.Thread(target=consume, args=(q, outs[0], n)),
          threading.Thread(target=consume, args=(q, outs[1], n)),
          threading.Thread(target=produce, args=(q, 0, n)),
          threading.Thread(target=produce, args=(q, 1000000, n))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q.join()                    # every task is done: returns at once
    return outs[0][0] + outs[1][0], outs[0][1] + outs[1][1], q.qsize()


# every global the main program uses exists before the warm-up (a new
# global would invalidate the interpreter's caches while threads run)
q = None
v = None
print("warm-up", run(300))
print("run", run(20000))

q = Queue()
try:
    q.get(timeout=0.02)
except Empty:
    print("Empty after a timeout")
try:
    q.get(False)
except Empty:
    print("Empty without blocking")
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError", e)
q.put("a")
print(q.qsize(), q.empty(), q.get_nowait(), q.qsize(), q.empty())
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()
print("joined")
