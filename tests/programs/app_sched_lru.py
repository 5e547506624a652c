# issue 8: a scheduler with a priority heap of ordered dataclasses, an LRU
# cache on OrderedDict, Counter, *deps parameters and %-formatting, written
# as plain typed Python before trying rtrans: it translates unchanged.
"""A task scheduler with priorities, an LRU cache of results and a report."""
import heapq
import sys
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False)
    deps: list[str] = field(default_factory=list, compare=False)


class LRU:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[str, int] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Optional[int]:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key: str, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"LRU({list(self.data.keys())})"


class Scheduler:
    def __init__(self, cache_size: int = 3) -> None:
        self.queue: list[Task] = []
        self.counter = 0
        self.done: dict[str, int] = {}
        self.cache = LRU(cache_size)
        self.log: list[str] = []

    def add(self, name: str, priority: int, cost: int = 1, *deps: str) -> None:
        self.counter += 1
        heapq.heappush(self.queue, Task(priority, self.counter, name, cost, list(deps)))

    def compute(self, task: Task) -> int:
        cached = self.cache.get(task.name)
        if cached is not None:
            return cached
        value = task.cost * 10 + sum(self.done.get(d, 0) for d in task.deps)
        self.cache.put(task.name, value)
        return value

    def run(self) -> None:
        deferred = 0
        while self.queue:
            task = heapq.heappop(self.queue)
            missing = [d for d in task.deps if d not in self.done]
            if missing:
                deferred += 1
                if deferred > 10:
                    self.log.append(f"giving up on {task.name}: missing {', '.join(missing)}")
                    continue
                task.priority += 5
                heapq.heappush(self.queue, task)
                continue
            self.done[task.name] = self.compute(task)
            self.log.append("%-8s p=%2d -> %4d" % (task.name, task.priority, self.done[task.name]))


def main(argv: list[str]) -> int:
    s = Scheduler()
    s.add("fetch", 1, 3)
    s.add("parse", 2, 2, "fetch")
    s.add("index", 2, 4, "parse")
    s.add("report", 0, 1, "index", "parse")
    s.add("orphan", 9, 1, "ghost")
    s.run()
    print("\n".join(s.log))
    print(sorted(s.done.items(), key=lambda kv: kv[1], reverse=True))
    words = "the quick brown fox jumps over the lazy dog the end".split()
    counts = Counter(words)
    print(counts.most_common(2), len(counts))
    print(s.cache, len(s.cache), s.cache.hits, s.cache.misses)
    smallest = heapq.nsmallest(3, [5, 1, 8, 3, 9, 2])
    print(smallest, max(s.done.values()), min(s.done, key=len))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: fetch    p= 1 ->   30
# expect: parse    p= 2 ->   50
# expect: index    p= 2 ->   90
# expect: report   p= 5 ->  150
# expect: giving up on orphan: missing ghost
# expect: [('report', 150), ('index', 90), ('parse', 50), ('fetch', 30)]
# expect: [('the', 3), ('quick', 1)] 9
# expect: LRU(['parse', 'index', 'report']) 3 0 4
# expect: [1, 2, 3] 150 fetch
