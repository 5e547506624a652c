# Threads that each drive their own generator pipeline and report through
# closures sharing one counter (nonlocal, inside rtrans.atomic): closures'
# env records and generators' frames are heap objects that the STM
# barriers cover like any other.
import sys
import threading
from typing import Callable, Iterator

import rtrans

# threads


def numbers(start: int, n: int) -> Iterator[int]:
    for i in range(start, start + n):
        if i % 100 == 0:
            rtrans.transaction_break_point()
        yield i


def squares(src: Iterator[int]) -> Iterator[int]:
    for x in src:
        yield x * x


def make_reporter() -> tuple[Callable[[int], None], Callable[[], tuple[int, int]]]:
    total = 0
    calls = 0

    def add(x: int) -> None:
        nonlocal total, calls
        with rtrans.atomic:
            total += x
            calls += 1

    def get() -> tuple[int, int]:
        return total, calls

    return add, get


def worker(tid: int, n: int, report: Callable[[int], None]) -> None:
    acc = 0
    for s in squares(numbers(tid * n, n)):
        acc += s % 7
        if s % 3 == 0:
            report(1)
    report(acc)


def main(argv: list[str]) -> int:
    add, get = make_reporter()
    n = 3000
    threads = [threading.Thread(target=worker, args=(t, n, add)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(get())
    expected = 0
    for t in range(4):
        acc = sum(x * x % 7 for x in range(t * n, t * n + n))
        expected += acc + sum(1 for x in range(t * n, t * n + n) if x * x % 3 == 0)
    print(expected, 4 + sum(1 for x in range(4 * n) if x * x % 3 == 0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: (27997, 4004)
# expect: 27997 4004
