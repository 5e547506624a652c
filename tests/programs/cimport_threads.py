# Threads call a transaction-safe C function (sqrt, declared in safe=) and
# one that is not (atoi: under --stm the transaction becomes inevitable
# before each call, so only one such transaction runs at a time); the
# results are exact either way.
import sys
import threading

import rtrans
from rtrans.c import include

# threads

libm = include("math.h", safe=["sqrt"])
libc = include("stdlib.h")


class Totals:
    roots: int
    parsed: int

    def __init__(self) -> None:
        self.roots = 0
        self.parsed = 0


def worker(t: Totals, tid: int, n: int) -> None:
    for i in range(n):
        r = int(libm.sqrt(i * 4 + tid))
        with rtrans.atomic:
            t.roots += r
        if i % 50 == 0:
            p = libc.atoi(str(i + tid))
            with rtrans.atomic:
                t.parsed += p
        if i % 200 == 0:
            rtrans.transaction_break_point()


def main(argv: list[str]) -> int:
    t = Totals()
    threads = [threading.Thread(target=worker, args=(t, k, 3000)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    roots = sum(int((i * 4 + k) ** 0.5) for k in range(4) for i in range(3000))
    parsed = sum(i + k for k in range(4) for i in range(0, 3000, 50))
    print(t.roots == roots, t.parsed == parsed, t.parsed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True 354360
