# A field's test lasts until the thread may switch: a blocking call
# (sleep, Lock.acquire, Event.wait, join, Queue.get), a `with` statement
# (a lock, an atomic block) or a call of a function that makes one lets
# another thread assign the field, so past it the field has its declared
# type again (tests/errors/narrow_field_threads.py).  The typed way copies
# the field into a variable first; a test with no switch before the use
# keeps its narrowing.  Run with two threads, under --stm too: the other
# thread clears the field while this one waits (for the clearer's event: a
# fixed sleep would be too short on a loaded machine).
import sys
import threading
import time


class Box:
    def __init__(self) -> None:
        self.item: list[int] | None = [1, 2, 3]
        self.lock = threading.Lock()


def clearer(b: Box, ready: threading.Event, done: threading.Event) -> None:
    ready.wait()
    with b.lock:
        b.item = None
    done.set()


def pause(done: threading.Event) -> None:
    done.wait()


def user(b: Box, ready: threading.Event, done: threading.Event) -> str:
    if b.item is not None:
        n = len(b.item)             # no switch since the test
        item = b.item
        ready.set()
        pause(done)
        time.sleep(0.001)
        return f"{n} {len(item)} {b.item}"
    return "none"


def main() -> int:
    b = Box()
    ready = threading.Event()
    done = threading.Event()
    t = threading.Thread(target=clearer, args=(b, ready, done))
    t.start()
    print(user(b, ready, done))
    t.join()
    print(b.item)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: 3 3 None
# expect: None
