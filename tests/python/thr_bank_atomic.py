# Threads: a bank-transfer invariant (the total never changes) checked by a
# concurrent reader, with the accounts under one Lock and then under
# pypy-stm's atomic blocks (pypystm.atomic; under CPython the fallback its
# documentation gives, a reentrant lock); transaction.TransactionQueue.
# stm-stress: 7
import threading
import random

try:
    from pypystm import atomic
except ImportError:
    atomic = threading.RLock()
try:
    from transaction import TransactionQueue
except ImportError:
    class TransactionQueue:
        def __init__(self):
            self.calls = []

        def add(self, f, *args, **kwds):
            self.calls.append((f, args, kwds))

        def run(self):
            while self.calls:
                f, args, kwds = self.calls.pop(0)
                f(*args, **kwds)

NACC = 10


def run_bank(nthreads, guard):
    accounts = [100] * NACC
    stop = [False]
    bad = []
    checks = [0]
    # The reader's first check is done before any transfer starts: "the
    # reader checked at least once" must not depend on how the OS happens
    # to schedule it against short transfer threads (CI once saw 0 checks).
    first_check = threading.Event()

    def transfer(seed):
        rng = random.Random(seed)
        for i in range(300):
            a = rng.randrange(NACC)
            b = rng.randrange(NACC)
            amount = rng.randrange(1, 20)
            with guard:
                if accounts[a] >= amount:
                    accounts[a] -= amount
                    accounts[b] += amount

    def reader():
        while not stop[0]:
            with guard:
                total = sum(accounts)
                negative = min(accounts) < 0
            checks[0] += 1
            if total != 100 * NACC or negative:
                bad.append(total)
            first_check.set()

    r = threading.Thread(target=reader)
    r.start()
    first_check.wait()
    ts = [threading.Thread(target=transfer, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    stop[0] = True
    r.join()
    return sum(accounts), bad, checks[0] > 0


for n in (1, 2, 8):
    print("lock", n, run_bank(n, threading.Lock()))
    print("atomic", n, run_bank(n, atomic))

with atomic:
    with atomic:
        print("nested atomic blocks")
try:
    with atomic:
        raise ValueError("raised inside atomic")
except ValueError as e:
    print("ValueError:", e)
with atomic:
    print("atomic again after an exception")

# TransactionQueue: every call appears to run alone
totals = {"sum": 0, "calls": 0}


def add_to(k):
    totals["sum"] += k
    totals["calls"] += 1


def spawn(k):
    add_to(k)
    if k % 10 == 0:
        tq.add(add_to, 1000)


tq = TransactionQueue()
for k in range(100):
    tq.add(spawn, k)
tq.run()
print(totals)
