# issue 8: an interpreter-style program written in plain typed Python as a new user would;
# it translates as written (a Generic[K, V] LRU cache, Optional[V], a class attribute counter).
"""A cooperative task scheduler (priority queue of timed tasks) with an LRU cache of results."""
from __future__ import annotations

import heapq
import sys
from collections import OrderedDict, deque
from functools import lru_cache
from typing import Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions: list[K] = []

    def get(self, key: K) -> Optional[V]:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions.append(old)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data.keys())})"


class Task:
    _next_id = 0

    def __init__(self, name: str, priority: int, work: list[int], period: int = 0) -> None:
        Task._next_id += 1
        self.id = Task._next_id
        self.name = name
        self.priority = priority
        self.work = deque(work)
        self.period = period
        self.runs = 0
        self.done_at = -1

    def __lt__(self, other: Task) -> bool:
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self) -> str:
        return f"<{self.name}#{self.id} p{self.priority}>"


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@lru_cache(maxsize=None)
def partitions(n: int, largest: int) -> int:
    """Ways to write n as a sum of parts no larger than largest."""
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=128)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Scheduler:
    def __init__(self, cache_size: int) -> None:
        self.clock = 0
        self.queue: list[tuple[int, Task]] = []
        self.cache: LRUCache[int, int] = LRUCache(cache_size)
        self.log: list[str] = []
        self.finished: list[Task] = []

    def spawn(self, task: Task, delay: int = 0) -> None:
        heapq.heappush(self.queue, (self.clock + delay, task))

    def compute(self, n: int) -> int:
        cached = self.cache.get(n)
        if cached is not None:
            return cached
        result = collatz_steps(n)
        self.cache.put(n, result)
        return result

    def step(self) -> bool:
        if not self.queue:
            return False
        when, task = heapq.heappop(self.queue)
        self.clock = max(self.clock, when)
        n = task.work.popleft()
        value = self.compute(n)
        task.runs += 1
        self.log.append(f"t={self.clock:>3} {task.name:<6} collatz({n}) = {value}")
        if task.work:
            self.spawn(task, delay=task.period or 1)
        else:
            task.done_at = self.clock
            self.finished.append(task)
        self.clock += 1
        return True

    def run(self, limit: int = 1000) -> int:
        count = 0
        while count < limit and self.step():
            count += 1
        return count


def main(argv: list[str]) -> int:
    sched = Scheduler(cache_size=4)
    sched.spawn(Task("alpha", 1, [27, 97, 27, 871]))
    sched.spawn(Task("beta", 2, [97, 6171, 27], period=3))
    sched.spawn(Task("gamma", 0, [1, 2, 3, 871, 97]), delay=2)
    sched.spawn(Task("delta", 1, [6171, 6171, 77031], period=5))
    steps = sched.run()
    for line in sched.log:
        print(line)
    print(f"{steps} steps, clock {sched.clock}")
    print("finish order:", [t.name for t in sched.finished])
    print("done at:", {t.name: t.done_at for t in sched.finished})
    c = sched.cache
    ratio = c.hits / (c.hits + c.misses)
    print(f"cache: {len(c)} entries, {c.hits} hits, {c.misses} misses, hit ratio {ratio:.2%}")
    print("evicted:", c.evictions)
    print(c)
    words: LRUCache[str, list[str]] = LRUCache(2)
    for w in ["tea", "eat", "tan", "ate", "nat", "bat"]:
        key = "".join(sorted(w))
        group = words.get(key)
        if group is None:
            words.put(key, [w])
        else:
            group.append(w)
    print("partitions:", [partitions(n, n) for n in (5, 10, 50, 100)], "fib(90) =", fib(90))
    print(words, words.get("aet"), words.get("abt"), words.get("ant"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: t=  0 alpha  collatz(27) = 111
# expect: t=  1 delta  collatz(6171) = 261
# expect: t=  2 beta   collatz(97) = 118
# expect: t=  3 alpha  collatz(97) = 118
# expect: t=  4 gamma  collatz(1) = 0
# expect: t=  5 alpha  collatz(27) = 111
# expect: t=  6 gamma  collatz(2) = 1
# expect: t=  7 beta   collatz(6171) = 261
# expect: t=  8 alpha  collatz(871) = 178
# expect: t=  9 delta  collatz(6171) = 261
# expect: t= 10 gamma  collatz(3) = 7
# expect: t= 11 beta   collatz(27) = 111
# expect: t= 12 gamma  collatz(871) = 178
# expect: t= 13 gamma  collatz(97) = 118
# expect: t= 14 delta  collatz(77031) = 350
# expect: 15 steps, clock 15
# expect: finish order: ['alpha', 'beta', 'gamma', 'delta']
# expect: done at: {'alpha': 8, 'beta': 11, 'gamma': 13, 'delta': 14}
# expect: cache: 4 entries, 4 hits, 11 misses, hit ratio 26.67%
# expect: evicted: [6171, 97, 1, 27, 2, 6171, 3]
# expect: LRUCache([27, 871, 97, 77031])
# expect: partitions: [7, 42, 204226, 190569292] fib(90) = 2880067194370816120
# expect: LRUCache(['abt', 'ant']) None ['bat'] ['tan', 'nat']
