# Threads: the edges of queue's API, checked against CPython: Full/Empty
# for non-blocking and timed calls, the negative-timeout ValueError (and
# when it is not raised), timed waits that end by a put/get of another
# thread, task_done/join, the orders of LifoQueue/PriorityQueue, and
# SimpleQueue's non-blocking get ignoring its timeout.
# stm-stress: 5
import threading
import queue
import time


def outcome(call, *args, **kw):
    try:
        r = call(*args, **kw)
    except Exception as e:
        return type(e).__name__ + ':' + str(e)
    return 'ok:' + repr(r)


def edges(q):
    print(type(q).__name__, 'empty get', outcome(q.get, False),
          outcome(q.get_nowait), outcome(q.get, True, 0),
          outcome(q.get, timeout=0.01))
    print('  get negative', outcome(q.get, True, -1),
          'non-blocking', outcome(q.get, False, -1))
    q.put(1)
    print('  get ready, negative timeout', outcome(q.get, True, -1),
          'size', q.qsize(), q.empty())


def bounded():
    q = queue.Queue(2)
    print('bounded', outcome(q.put, 'a'), outcome(q.put_nowait, 'b'),
          q.full(), q.qsize())
    print('  full put', outcome(q.put, 'c', False),
          outcome(q.put_nowait, 'c'), outcome(q.put, 'c', True, 0),
          outcome(q.put, 'c', timeout=0.01),
          outcome(q.put, 'c', True, -0.5), outcome(q.put, 'c', False, -1))
    print('  drained', q.get(), q.get(), outcome(q.put, 'd', True, -1))
    u = queue.Queue()
    print('unbounded negative put', outcome(u.put, 1, True, -1), u.qsize(),
          u.full())


def timed_wakeups():
    q = queue.Queue(1)
    got = []

    def late_put():
        time.sleep(0.05)
        q.put('late')

    t = threading.Thread(target=late_put)
    t.start()
    got.append(q.get(timeout=30))
    t.join()
    q.put('x')

    def late_get():
        time.sleep(0.05)
        got.append(q.get())

    t = threading.Thread(target=late_get)
    t.start()
    q.put('y', timeout=30)
    t.join()
    got.append(q.get_nowait())
    print('timed wakeups', got)


def tasks():
    q = queue.Queue()
    print('task_done on empty', outcome(q.task_done))
    for i in range(3):
        q.put(i)
    done = []

    def worker():
        while True:
            item = q.get()
            done.append(item)
            q.task_done()
            if item == 2:
                return

    t = threading.Thread(target=worker)
    t.start()
    q.join()
    t.join()
    print('joined', done, q.unfinished_tasks, outcome(q.task_done))


def orders():
    for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
        q = cls()
        for x in (3, 1, 2):
            q.put(x)
        print(cls.__name__, [q.get() for _ in range(3)], outcome(q.get, False))
    p = queue.PriorityQueue()
    p.put(1)
    print('unorderable', outcome(p.put, 'a'), p.qsize(), p.unfinished_tasks)


def simple():
    s = queue.SimpleQueue()
    print('simple', outcome(s.get, False), outcome(s.get, False, -1),
          outcome(s.get, False, 1), outcome(s.get, True, -1),
          outcome(s.get, timeout=0.01), outcome(s.get_nowait))
    s.put(5)
    s.put_nowait(6)
    print('  size', s.qsize(), s.empty(), s.get(), s.get(True, 1), s.empty())


edges(queue.Queue())
edges(queue.LifoQueue())
bounded()
timed_wakeups()
tasks()
orders()
simple()
print(queue.Queue[int])
