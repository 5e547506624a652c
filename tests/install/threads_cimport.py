# The program that tests/install translates with the installed rtrans, and
# runs under CPython with the installed rtrans package: threads, an atomic
# section and C functions, so that it needs the runtime, the prelude and
# libclang from the installation.
import sys
import threading

import rtrans
from rtrans.c import include

libm = include("math.h", safe=["sqrt"])
libc = include("string.h", safe=["strlen"])


class Tally:
    total: int

    def __init__(self) -> None:
        self.total = 0


def work(t: Tally, first: int, n: int) -> None:
    for i in range(first, first + n):
        root = int(libm.sqrt(float(i)))
        with rtrans.atomic:
            t.total += root


def main(argv: list[str]) -> int:
    t = Tally()
    threads = [threading.Thread(target=work, args=(t, k * 1000, 1000)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print("total", t.total)
    print("strlen", libc.strlen("h\u00e9llo"))
    print("arguments", argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
