# Producers and consumers share a list protected by a Lock; consumers
# poll until every item is consumed; the sum of consumed items is exact.
import sys
import threading
import time

# threads


class Queue:
    items: list[int]
    lock: threading.Lock
    produced: int
    consumed_sum: int
    consumed_count: int

    def __init__(self) -> None:
        self.items = []
        self.lock = threading.Lock()
        self.produced = 0
        self.consumed_sum = 0
        self.consumed_count = 0

    def put(self, v: int) -> None:
        with self.lock:
            self.items.append(v)
            self.produced += 1

    def take(self) -> int:
        with self.lock:
            if self.items:
                return self.items.pop(0)
            return -1


def producer(q: Queue, base: int, n: int) -> None:
    for i in range(n):
        q.put(base + i)


def consumer(q: Queue, expected: int) -> None:
    idle = 0
    while True:
        v = q.take()
        if v >= 0:
            with q.lock:
                q.consumed_sum += v
                q.consumed_count += 1
            continue
        with q.lock:
            finished = q.consumed_count >= expected
        if finished:
            return
        idle += 1
        if idle % 64 == 0:
            time.sleep(0.0005)


def main(argv: list[str]) -> int:
    q = Queue()
    n = 3000
    producers = [threading.Thread(target=producer, args=(q, p * 100000, n)) for p in range(3)]
    consumers = [threading.Thread(target=consumer, args=(q, 3 * n)) for _ in range(2)]
    for t in consumers:
        t.start()
    for t in producers:
        t.start()
    for t in producers:
        t.join()
    for t in consumers:
        t.join()
    expected = sum(p * 100000 * n + n * (n - 1) // 2 for p in range(3))
    print("produced", q.produced, "consumed", q.consumed_count)
    print("sum ok", q.consumed_sum == expected, q.consumed_sum)
    print("left", len(q.items))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: produced 9000 consumed 9000
# expect: sum ok True 913495500
# expect: left 0
