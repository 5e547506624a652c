# In a program that starts threads, a test of a field ends where another
# thread may run and assign it: a blocking call of the library, a call of
# a function that makes one, and a `with` statement (tests/programs/
# narrow_field_threads.py).  Without threads the same code keeps the
# narrowing: no other code can run meanwhile.
import sys
import threading
import time


class Box:
    def __init__(self) -> None:
        self.n: int | None = 1
        self.lock = threading.Lock()


def nap() -> None:
    time.sleep(0.01)


def worker(b: Box) -> None:
    b.n = None


def across_sleep(b: Box) -> int:
    if b.n is not None:
        time.sleep(0.01)
        return b.n + 1
    return 0


def across_call(b: Box) -> int:
    if b.n is not None:
        nap()
        return b.n + 1
    return 0


def across_with(b: Box) -> int:
    if b.n is not None:
        with b.lock:
            return b.n + 1
    return 0


def across_wait(b: Box, ev: threading.Event) -> int:
    if b.n is not None:
        ev.wait()
        return b.n + 1
    return 0


def kept(b: Box) -> int:
    if b.n is not None:
        return b.n + 1
    return 0


def main() -> int:
    b = Box()
    t = threading.Thread(target=worker, args=(b,))
    t.start()
    t.join()
    print(across_sleep(b), across_call(b), across_with(b), kept(b))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect error: 28:20: unsupported operand types for +: 'int | None' and 'int' ('b.n' may have changed since it was tested: the call on line 27 may assign it or let another thread run; read it into a local and test that)
# expect error: 35:20: unsupported operand types for +: 'int | None' and 'int' ('b.n' may have changed since it was tested: the call on line 34 may assign it or let another thread run; read it into a local and test that)
# expect error: 42:24: unsupported operand types for +: 'int | None' and 'int' ('b.n' may be None here: a test of a field lasts until a call that may assign it or let another thread run (a blocking call, a 'with' statement); copy it into a variable and test that)
# expect error: 49:20: unsupported operand types for +: 'int | None' and 'int' ('b.n' may have changed since it was tested: the call on line 48 may assign it or let another thread run; read it into a local and test that)
