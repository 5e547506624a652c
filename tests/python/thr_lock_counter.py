# Threads: a shared counter under a Lock with 1, 2 and 8 threads; RLock
# reentrance; the lock API (acquire blocking/timeout, release errors,
# locked, with), _thread.start_new_thread and allocate_lock.
# stm-stress: 7
import threading
import _thread

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


for nthreads in (1, 2, 8):
    counter = 0
    ts = [threading.Thread(target=work, args=(2000,)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(nthreads, "threads:", counter, [t.is_alive() for t in ts].count(True))

# increments of a list item under an explicit acquire/release
box = [0]


def add(k):
    for i in range(500):
        lock.acquire()
        try:
            box[0] += k
        finally:
            lock.release()


ts = [threading.Thread(target=add, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("box", box[0])

# the lock API
print(lock.acquire(False), lock.acquire(False), lock.locked())
print(lock.acquire(timeout=0.01), lock.acquire(True, 0.02))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(repr(lock).split(" object")[0])
with lock:
    print(repr(lock).split(" object")[0])
print(type(lock).__name__, threading.Lock is _thread.allocate_lock,
      isinstance(lock, _thread.LockType))

# reentrant locks
r = threading.RLock()
with r:
    with r:
        print("nested", r.acquire(False))
        r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def other_owner():
    print("other thread gets it:", r.acquire(False))


with r:
    t = threading.Thread(target=other_owner)
    t.start()
    t.join()

# _thread directly: start_new_thread, a lock as a completion signal
done = _thread.allocate_lock()
done.acquire()
result = []


def raw(a, b, c=0):
    result.append(a + b + c)
    done.release()


ident = _thread.start_new_thread(raw, (1, 2), {"c": 3})
done.acquire()
print("raw thread:", result, isinstance(ident, int),
      ident != _thread.get_ident())
try:
    _thread.start_new_thread(raw, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
