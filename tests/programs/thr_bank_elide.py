# Lock elision (--stm): bank transfers between accounts under ONE shared
# Lock, from 1, 2 and 8 threads.  The elided sections of different
# threads run in parallel and conflict only through the accounts they
# touch; the totals must stay exact (the harness also runs this with
# RTRANS_STM_ABORT_STRESS, which aborts sections in the middle).  Then a
# Condition's wait() inside its `with`, a non-reentrant Lock acquired
# again by its holder, and a section that sleeps (its transaction ends
# inside it, so the lock is taken for real).
from __future__ import annotations

import sys
import threading
import time

# threads


class Bank:
    balances: list[int]
    transfers: int
    lock: threading.Lock

    def __init__(self, n: int, initial: int) -> None:
        self.balances = [initial] * n
        self.transfers = 0
        self.lock = threading.Lock()

    def transfer(self, a: int, b: int, amount: int) -> bool:
        with self.lock:
            if a == b or self.balances[a] < amount:
                return False
            self.balances[a] -= amount
            self.balances[b] += amount
            self.transfers += 1
            return True


def client(bank: Bank, seed: int, rounds: int, result: list[int]) -> None:
    x = seed + 1
    ok = 0
    n = len(bank.balances)
    for _ in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        if bank.transfer(x % n, (x // n) % n, (x // (n * n)) % 50 + 1):
            ok += 1
    result[seed] = ok


def run_bank(nthreads: int) -> None:
    bank = Bank(64, 1000)
    results = [0] * nthreads
    threads = [threading.Thread(target=client, args=(bank, s, 3000, results))
               for s in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(nthreads, "threads: total", sum(bank.balances),
          "counted", bank.transfers == sum(results),
          "lock free", not bank.lock.locked())


class Mailbox:
    cond: threading.Condition
    items: list[int]

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.items = []


def producer(box: Mailbox, n: int) -> None:
    for i in range(n):
        with box.cond:
            box.items.append(i)
            box.cond.notify()


def condition_wait_inside_with() -> None:
    box = Mailbox()
    t = threading.Thread(target=producer, args=(box, 200))
    t.start()
    got = 0
    total = 0
    while got < 200:
        with box.cond:
            while not box.items:
                box.cond.wait()
            total += box.items.pop(0)
            got += 1
    t.join()
    print("condition: got", got, "sum", total)


def holder_again() -> None:
    lock = threading.Lock()
    with lock:
        print("inside: locked", lock.locked(), "again", lock.acquire(False),
              "timed", lock.acquire(True, 0.01))
    print("after: locked", lock.locked(), "take", lock.acquire(False))
    lock.release()


def sleeper(lock: threading.Lock, seen: list[bool]) -> None:
    with lock:
        seen.append(True)
        time.sleep(0.05)
        seen.append(True)


def section_that_sleeps() -> None:
    lock = threading.Lock()
    seen: list[bool] = []
    t = threading.Thread(target=sleeper, args=(lock, seen))
    t.start()
    while not seen:
        time.sleep(0.001)
    # the sleeper's section is in progress: its lock is really held
    with lock:
        print("after the sleeper's section:", len(seen))
    t.join()


def main(argv: list[str]) -> int:
    for n in (1, 2, 8):
        run_bank(n)
    condition_wait_inside_with()
    holder_again()
    section_that_sleeps()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 threads: total 64000 counted True lock free True
# expect: 2 threads: total 64000 counted True lock free True
# expect: 8 threads: total 64000 counted True lock free True
# expect: condition: got 200 sum 19900
# expect: inside: locked True again False timed False
# expect: after: locked False take True
# expect: after the sleeper's section: 2
