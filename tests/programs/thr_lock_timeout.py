# Lock.acquire(timeout=...): a timed wait that gives up after the timeout
# (and not much later), that wakes when another thread releases the lock,
# and CPython's errors for a bad timeout.
import sys
import threading
import time

# threads


class Box:
    got: bool
    waited: float

    def __init__(self) -> None:
        self.got = False
        self.waited = 0.0


def waiter(lk: threading.Lock, box: Box) -> None:
    t0 = time.monotonic()
    box.got = lk.acquire(timeout=30.0)
    box.waited = time.monotonic() - t0
    if box.got:
        lk.release()


def timed_out(lk: threading.Lock, timeout: float) -> None:
    t0 = time.monotonic()
    got = lk.acquire(True, timeout)
    waited = time.monotonic() - t0
    print("acquire(timeout=" + str(timeout) + ") of a held lock:", got)
    print("waited at least the timeout:", waited >= timeout)
    print("returned soon after it:", waited < timeout + 5.0)


def bad(lk: threading.Lock, blocking: bool, timeout: float) -> None:
    try:
        lk.acquire(blocking, timeout)
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)


def main(argv: list[str]) -> int:
    lk = threading.Lock()
    print("free, timeout=0.5:", lk.acquire(timeout=0.5))
    print("held, blocking=False:", lk.acquire(False))
    print("held, timeout=0:", lk.acquire(timeout=0))
    timed_out(lk, 0.05)
    timed_out(lk, 0.2)
    # a waiter with a long timeout wakes when the release commits
    box = Box()
    t = threading.Thread(target=waiter, args=(lk, box))
    t.start()
    time.sleep(0.1)
    lk.release()
    t.join()
    print("waiter got the lock:", box.got)
    print("long before its timeout:", box.waited < 20.0)
    print("locked after the waiter released:", lk.locked())
    bad(lk, False, 1.0)
    bad(lk, True, -2.0)
    bad(lk, True, -0.5)
    bad(lk, True, float("nan"))
    bad(lk, True, 1e10)
    bad(lk, True, -1.0)
    lk.release()
    print("TIMEOUT_MAX:", threading.TIMEOUT_MAX)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: free, timeout=0.5: True
# expect: held, blocking=False: False
# expect: held, timeout=0: False
# expect: acquire(timeout=0.05) of a held lock: False
# expect: waited at least the timeout: True
# expect: returned soon after it: True
# expect: acquire(timeout=0.2) of a held lock: False
# expect: waited at least the timeout: True
# expect: returned soon after it: True
# expect: waiter got the lock: True
# expect: long before its timeout: True
# expect: locked after the waiter released: False
# expect: ValueError: can't specify a timeout for a non-blocking call
# expect: ValueError: timeout value must be positive
# expect: ValueError: timeout value must be positive
# expect: ValueError: Invalid value NaN (not a number)
# expect: OverflowError: timestamp out of range for platform time_t
# expect: no error
# expect: TIMEOUT_MAX: 9223372036.0
