# Lock elision (--stm), interpreted: every transfer between accounts takes
# ONE shared Lock, with 1, 2 and 8 threads; elided sections run in
# parallel and conflict only through the accounts they touch, and the
# totals must stay exact, also with RTRANS_STM_ABORT_STRESS (the harness
# runs that: sections abort in the middle).  Then nested locks (outer
# elided, inner blocking on the holder itself), an RLock, a Semaphore and
# a Condition whose wait() is called inside `with`.
# stm-stress: 3
import threading

accounts = [1000] * 50
moved = [0]
bank_lock = threading.Lock()


def transfers(seed, rounds):
    x = seed * 7 + 1
    for _ in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        a, b, amount = x % 50, (x >> 8) % 50, (x >> 16) % 40 + 1
        bank_lock.acquire()
        try:
            if a != b and accounts[a] >= amount:
                accounts[a] -= amount
                accounts[b] += amount
                moved[0] += amount
        finally:
            bank_lock.release()


for nthreads in (1, 2, 8):
    ts = [threading.Thread(target=transfers, args=(s, 1500)) for s in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(nthreads, "threads:", sum(accounts), moved[0] > 0, bank_lock.locked())

outer = threading.Lock()
inner = threading.Lock()
with outer:
    with inner:
        print("nested:", outer.locked(), inner.locked(), inner.acquire(False),
              inner.acquire(timeout=0.01), outer.acquire(blocking=False))
print("after nested:", outer.locked(), inner.locked())

r = threading.RLock()
with r:
    with r:
        print("rlock depth 2 ok")
sem = threading.Semaphore(2)
hits = []


def use_sem(k):
    with sem:
        hits.append(k)


ts = [threading.Thread(target=use_sem, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore:", sorted(hits))

cond = threading.Condition(threading.Lock())
queue = []


def produce(n):
    for i in range(n):
        with cond:
            queue.append(i)
            cond.notify()


t = threading.Thread(target=produce, args=(100,))
t.start()
total = 0
for _ in range(100):
    with cond:
        while not queue:
            cond.wait()
        total += queue.pop(0)
t.join()
print("condition:", total)
