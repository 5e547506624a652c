# Several threads increment a shared counter under a Lock; the total is
# exact.
import sys
import threading

# threads


class Counter:
    value: int
    lock: threading.Lock

    def __init__(self) -> None:
        self.value = 0
        self.lock = threading.Lock()

    def add(self, n: int) -> None:
        with self.lock:
            self.value += n


def worker(c: Counter, times: int) -> None:
    for i in range(times):
        c.add(1)
        if i % 100 == 0:
            c.lock.acquire()
            c.value += 2
            c.lock.release()


def main(argv: list[str]) -> int:
    c = Counter()
    threads: list[threading.Thread] = []
    for _ in range(4):
        t = threading.Thread(target=worker, args=(c, 20000))
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("counter", c.value)
    print("expected", 4 * (20000 + 2 * 200))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: counter 81600
# expect: expected 81600
