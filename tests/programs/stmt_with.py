# `with` on locks, rtrans.atomic, files, and several items at once.
import sys
import threading

import rtrans

LOCK = threading.Lock()


def guarded(n: int) -> int:
    with LOCK:
        return n * 2


def main(argv: list[str]) -> int:
    lock_a = threading.Lock()
    lock_b = threading.Lock()
    with lock_a:
        print("a locked", lock_a.locked(), lock_b.locked())
    print("a released", lock_a.locked())
    with lock_a, lock_b:
        print("both", lock_a.locked(), lock_b.locked())
    print("both released", lock_a.locked(), lock_b.locked())
    print(guarded(21), LOCK.locked())
    with rtrans.atomic:
        print("atomic", rtrans.is_atomic())
    print("after atomic", rtrans.is_atomic())
    try:
        with lock_a:
            raise ValueError("inside")
    except ValueError as e:
        print("caught", str(e), "lock held:", lock_a.locked())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a locked True False
# expect: a released False
# expect: both True True
# expect: both released False False
# expect: 42 False
# expect: atomic True
# expect: after atomic False
# expect: caught inside lock held: False
