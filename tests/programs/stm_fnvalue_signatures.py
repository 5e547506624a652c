# Calls through function values, by signature: summaries gives a call
# through a Callable the effects of the function values of its signature
# only (a helper calling a quiet Callable keeps its barriers), while a
# Callable of the same signature as one that breaks the transaction, a
# bound method whose override breaks, a function with defaults and a
# thread's target (whose result the thread discards) keep every effect.
# The C verifier checks the emitted barriers of this program (verify
# suite, corpus) by the same rule on the C types.
import sys
import threading
from typing import Callable

import rtrans


class Box:
    items: list[int]
    total: int

    def __init__(self) -> None:
        self.items = []
        self.total = 0

    def add(self, v: int) -> int:
        self.items.append(v)
        self.total += v
        return self.total


class BreakingBox(Box):
    def add(self, v: int) -> int:
        rtrans.transaction_break_point()
        self.items.append(v * 10)
        self.total += v * 10
        return self.total


def quiet(b: Box, v: int) -> int:
    return b.total + v


def breaking(b: Box, v: int) -> int:
    rtrans.transaction_break_point()
    b.items.append(-v)
    return len(b.items)


def scaled(v: int, k: int = 3) -> float:
    rtrans.transaction_break_point()
    return float(v * k)


def run(box: Box, f: Callable[[Box, int], int], n: int) -> int:
    # reads and writes box around every call through f
    acc = 0
    for i in range(n):
        box.total += i
        acc += f(box, i)
        box.items.append(box.total)
        acc += box.total
    return acc


def run_bound(g: Callable[[int], int], box: Box, n: int) -> int:
    acc = 0
    for i in range(n):
        acc += g(i) + len(box.items)
        box.items.append(acc % 7)
    return acc


def worker(box: Box, n: int) -> int:
    for i in range(n):
        box.add(i)
        rtrans.transaction_break_point()
    return box.total


def main(argv: list[str]) -> int:
    a = Box()
    print(run(a, quiet, 50), a.total, len(a.items), sum(a.items))
    b = Box()
    print(run(b, breaking, 50), b.total, len(b.items), sum(b.items))
    for box in [Box(), BreakingBox()]:
        print(run_bound(box.add, box, 40), box.total, len(box.items), sum(box.items))
    g: Callable[[int], float] = scaled
    print(sum((g(i) for i in range(20)), 0.0))
    shared = Box()
    t = threading.Thread(target=worker, args=(shared, 100))
    t.start()
    t.join()
    print(shared.total, len(shared.items))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 42875 1225 50 20825
# expect: 23325 1225 100 19600
# expect: 12260 780 80 905
# expect: 108200 7800 80 7841
# expect: 570.0
# expect: 4950 100
