# A cooperative scheduler: tasks are generators that yield how many ticks
# they want to sleep; channels wake blocked tasks through callbacks; a
# small LRU cache memoises a costly function through a closure.
import sys
from typing import Callable, Iterator


class Task:
    name: str
    body: Iterator[int]
    wake_at: int
    steps: int

    def __init__(self, name: str, body: Iterator[int]) -> None:
        self.name = name
        self.body = body
        self.wake_at = 0
        self.steps = 0


class Scheduler:
    now: int
    ready: list[Task]
    sleeping: list[Task]
    log: list[str]
    on_finish: list[Callable[[Task], None]]

    def __init__(self) -> None:
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
        self.on_finish = []

    def spawn(self, name: str, body: Iterator[int]) -> None:
        self.ready.append(Task(name, body))

    def emit(self, msg: str) -> None:
        self.log.append(f"[{self.now:3}] {msg}")

    def run(self, limit: int) -> None:
        while (self.ready or self.sleeping) and self.now < limit:
            if not self.ready:
                self.now = min(t.wake_at for t in self.sleeping)
            woken = [t for t in self.sleeping if t.wake_at <= self.now]
            self.sleeping = [t for t in self.sleeping if t.wake_at > self.now]
            self.ready.extend(sorted(woken, key=lambda t: (t.wake_at, t.name)))
            if not self.ready:
                continue
            task = self.ready.pop(0)
            task.steps += 1
            delay = next(task.body, -1)
            if delay < 0:
                for cb in self.on_finish:
                    cb(task)
            elif delay == 0:
                self.ready.append(task)
            else:
                task.wake_at = self.now + delay
                self.sleeping.append(task)
            self.now += 1


class Channel:
    items: list[str]
    waiters: list[Callable[[str], None]]

    def __init__(self) -> None:
        self.items = []
        self.waiters = []

    def put(self, item: str) -> None:
        if self.waiters:
            self.waiters.pop(0)(item)
        else:
            self.items.append(item)

    def get(self, cb: Callable[[str], None]) -> None:
        if self.items:
            cb(self.items.pop(0))
        else:
            self.waiters.append(cb)


def lru(capacity: int, f: Callable[[int], int]) -> tuple[Callable[[int], int], Callable[[], str]]:
    cache: dict[int, int] = {}
    order: list[int] = []
    hits = 0
    misses = 0

    def get(x: int) -> int:
        nonlocal hits, misses
        if x in cache:
            hits += 1
            order.remove(x)
            order.append(x)
            return cache[x]
        misses += 1
        v = f(x)
        cache[x] = v
        order.append(x)
        if len(order) > capacity:
            del cache[order.pop(0)]
        return v

    def stats() -> str:
        return f"hits={hits} misses={misses} keys={sorted(cache)}"
    return get, stats


def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def producer(s: Scheduler, ch: Channel, name: str, n: int, gap: int) -> Iterator[int]:
    for i in range(n):
        ch.put(f"{name}{i}")
        s.emit(f"{name} put {name}{i}")
        yield gap


def consumer(s: Scheduler, ch: Channel, count: int, cached: Callable[[int], int]) -> Iterator[int]:
    got: list[str] = []
    while len(got) < count:
        before = len(got)
        ch.get(lambda item: got.append(item))
        while len(got) == before:
            yield 1
        item = got[-1]
        s.emit(f"consumer got {item} collatz={cached(len(item) * 7 + before % 3)}")
        yield 0


def main(argv: list[str]) -> int:
    s = Scheduler()
    ch = Channel()
    finished: list[str] = []
    s.on_finish.append(lambda t: finished.append(f"{t.name}:{t.steps}"))
    s.on_finish.append(lambda t: s.emit(f"{t.name} done"))
    cached, stats = lru(3, collatz_len)
    s.spawn("fast", producer(s, ch, "f", 4, 2))
    s.spawn("slow", producer(s, ch, "s", 3, 5))
    s.spawn("cons", consumer(s, ch, 7, cached))
    s.run(200)
    print("\n".join(s.log))
    print(finished)
    print(stats())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [  0] f put f0
# expect: [  1] s put s0
# expect: [  2] consumer got f0 collatz=17
# expect: [  3] f put f1
# expect: [  4] consumer got s0 collatz=17
# expect: [  5] consumer got f1 collatz=4
# expect: [  6] f put f2
# expect: [  7] consumer got f2 collatz=17
# expect: [  8] s put s1
# expect: [  9] consumer got s1 collatz=17
# expect: [ 10] f put f3
# expect: [ 11] consumer got f3 collatz=4
# expect: [ 13] fast done
# expect: [ 15] s put s2
# expect: [ 16] consumer got s2 collatz=17
# expect: [ 17] cons done
# expect: [ 20] slow done
# expect: ['fast:5', 'cons:10', 'slow:4']
# expect: hits=4 misses=3 keys=[14, 15, 16]
