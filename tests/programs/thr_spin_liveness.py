# Liveness (issue 14, item 1): threads spin on a flag that the main thread
# sets after a while; every spinner must see it and stop.  Under --stm a
# spinning transaction allocates nothing, so it used to never end: with
# few segments the main thread waited forever for one, with many the
# spinners never saw the commit.  The harness runs this on 1, 2 and 8
# segments with a time-out, so a regression fails instead of hanging.
# Variants: a break point every 16 iterations, a break point at every
# iteration, the flag read inside rtrans.atomic, and a loop with no break
# point at all (only its back-edge poll).  2 and 4 spinners here: under
# CPython each spinner keeps the GIL for its 5 ms switch interval, and 16
# of them take seconds; the runtime suite (tests/runtime/test_liveness.c)
# runs every variant with 2, 4 and 16 threads on 1, 2 and 8 segments.
import sys
import threading
import time

import rtrans

# threads


class Shared:
    stop: bool
    stopped: int

    def __init__(self) -> None:
        self.stop = False
        self.stopped = 0


def spin_every_16(sh: Shared) -> None:
    n = 0
    while True:
        n += 1
        if n % 16 == 0:
            rtrans.transaction_break_point()
            if sh.stop:
                break


def spin_every_iteration(sh: Shared) -> None:
    while True:
        rtrans.transaction_break_point()
        if sh.stop:
            break


def spin_atomic(sh: Shared) -> None:
    while True:
        with rtrans.atomic:
            if sh.stop:
                break


def spin_plain(sh: Shared) -> None:
    while not sh.stop:
        pass


def worker(kind: int, sh: Shared) -> None:
    if kind == 0:
        spin_every_16(sh)
    elif kind == 1:
        spin_every_iteration(sh)
    elif kind == 2:
        spin_atomic(sh)
    else:
        spin_plain(sh)
    with rtrans.atomic:
        sh.stopped += 1


def run(kind: int, nthreads: int) -> int:
    sh = Shared()
    threads: list[threading.Thread] = []
    for i in range(nthreads):
        t = threading.Thread(target=worker, args=(kind, sh))
        threads.append(t)
        t.start()
    time.sleep(0.02)
    with rtrans.atomic:
        sh.stop = True
    for t in threads:
        t.join()
    return sh.stopped


def main(argv: list[str]) -> int:
    names = ["break point every 16", "break point every iteration",
             "atomic read", "no break point"]
    for kind in range(4):
        for nthreads in [2, 4]:
            print(names[kind], nthreads, run(kind, nthreads))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: break point every 16 2 2
# expect: break point every 16 4 4
# expect: break point every iteration 2 2
# expect: break point every iteration 4 4
# expect: atomic read 2 2
# expect: atomic read 4 4
# expect: no break point 2 2
# expect: no break point 4 4
