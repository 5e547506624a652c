# A field's test lasts until a call that may assign it or, in a program
# that starts threads, let another thread run (time.sleep): an error about
# a later read names that call (issue 8).  d.get() and str.join() are
# calls of the containers' methods, which neither assign it nor switch.
import threading
import time


class Box:
    def __init__(self) -> None:
        self.item: list[int] | None = None
        self.name: str | None = None


def work(b: Box, d: dict[str, int]) -> None:
    if b.name is not None:
        n = d.get("x", 0)
        s = ",".join(["a", "b"])
        print(len(b.name), n, s)
        time.sleep(0.001)
        print(len(b.name))


def solo(b: Box) -> None:
    if b.item is not None:
        print(b.item[0])
        work(b, {})
        print(b.item[0])
        for x in b.item:
            print(x)


b = Box()
t = threading.Thread(target=work, args=(b, {"x": 1}))
t.start()
t.join()
solo(b)

# expect error: 21:19: object of type 'str | None' has no len() ('b.name' may have changed since it was tested: the call on line 20 may assign it or let another thread run; read it into a local and test that)
# expect error: 28:15: 'list[int] | None' is not subscriptable ('b.item' may have changed since it was tested: the call on line 27 may assign it or let another thread run; read it into a local and test that)
# expect error: 29:18: 'list[int] | None' is not iterable ('b.item' may have changed since it was tested: the call on line 27 may assign it or let another thread run; read it into a local and test that)
