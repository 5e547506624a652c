# Liveness: a lock released by a thread that then computes alone (a loop of
# small-int arithmetic that allocates nothing) must wake the thread blocked
# on it at once, not when the releaser's computation ends.  Under --stm the
# release is real only when the releasing transaction commits, and the
# blocked thread has left the transactional zone, so the releaser is alone
# in it: the runtime must still end that transaction soon (regression: the
# waiter slept through the whole computation, 0.8 s here, and a CI run of
# thr_spin.py saw its second thread commit 8 times instead of >= 100).
import threading
import time

lk = threading.Lock()
lk.acquire()
spent = []


def worker():
    time.sleep(0.05)           # main is blocked in acquire() by now
    lk.release()
    t0 = time.time()
    a = 0
    while a < 200:
        b = 0
        while b < 200:
            c = 0
            while c < 100:
                c = c + 1
            b = b + 1
        a = a + 1
    spent.append(time.time() - t0)


t = threading.Thread(target=worker)
t.start()
t0 = time.time()
lk.acquire()
waited = time.time() - t0
t.join()
# the wait is the worker's sleep plus a little, never most of its work
print("woken before the worker's loop ended:",
      waited < 0.05 + spent[0] / 2)
