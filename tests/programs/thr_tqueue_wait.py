# rtrans.TQueue.get(True[, timeout]): two producers put numbers into one
# shared TQueue while two consumers wait for them with blocking gets, each
# consumer as many as one producer puts (the queue is unordered: a
# sentinel could overtake items).  The totals do not depend on which
# consumer got what.  Under
# --stm the harness checks that no transaction aborted: puts never
# conflict, a get takes a committed item outside transactional control,
# and each consumer adds into its own object.  Then the errors: a timed
# get on an empty queue waits and raises IndexError, a negative timeout is
# a ValueError, and a get that would block inside rtrans.atomic is a
# RuntimeError.
import sys
import threading
import time

import rtrans

# threads
# stm-no-conflicts: 20


class Acc:
    total: int
    count: int

    def __init__(self) -> None:
        self.total = 0
        self.count = 0


def produce(q: rtrans.TQueue[int], base: int) -> None:
    for i in range(3000):
        q.put(base + i)
        if i % 200 == 199:
            time.sleep(0.001)       # ends the transaction: many commits


def consume(q: rtrans.TQueue[int], acc: Acc) -> None:
    for i in range(3000):
        v = q.get(True)
        acc.total += v
        acc.count += 1


def run() -> None:
    q: rtrans.TQueue[int] = rtrans.TQueue()
    accs = [Acc(), Acc()]
    threads: list[threading.Thread] = []
    for acc in accs:
        threads.append(threading.Thread(target=consume, args=(q, acc)))
    for base in (0, 100000):
        threads.append(threading.Thread(target=produce, args=(q, base)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("got", accs[0].count + accs[1].count,
          accs[0].total + accs[1].total, "left", len(q))


def errors() -> None:
    q: rtrans.TQueue[str] = rtrans.TQueue()
    t0 = time.monotonic()
    try:
        q.get(True, 0.05)
    except IndexError as e:
        print("IndexError", e, time.monotonic() - t0 >= 0.04)
    try:
        q.get(True, -2.0)
    except ValueError as e:
        print("ValueError", e)
    q.put("x")
    print(q.get(True, 0.0), q.get(False) if len(q) > 0 else "empty")
    try:
        with rtrans.atomic:
            q.get(True)
    except RuntimeError as e:
        print("RuntimeError", e)


def main(argv: list[str]) -> int:
    run()
    errors()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: got 6000 308997000 left 0
# expect: IndexError get from an empty TQueue True
# expect: ValueError timeout value must be positive
# expect: x empty
# expect: RuntimeError TQueue.get() would block inside rtrans.atomic
