# Threads: one thread joined by several threads at once and by the main
# thread, a timed join of a thread that still waits, joins of threads that
# already ended, and what join leaves: is_alive, enumerate, the result a
# thread stored before it ended.  Under --stm the joins wait in the
# runtime (a thread joined by three others is joined once by the OS).
# threads
# stm-stress: 5
import threading


class Box:
    def __init__(self):
        self.value = None


go = threading.Event()


def target(box, n):
    go.wait()
    s = 0
    for i in range(n):
        s += i % 7
    box.value = s


def joiner(t, box):
    t.join()
    box.value = (t.is_alive(), t.name)


result = Box()
t = threading.Thread(target=target, args=(result, 20000), name="worker")
t.start()
t.join(0.01)                 # it waits for go: still alive
print("alive while waiting:", t.is_alive(), result.value)
boxes = [Box() for _ in range(3)]
joiners = [threading.Thread(target=joiner, args=(t, b)) for b in boxes]
for j in joiners:
    j.start()
go.set()
t.join()
print("joined:", t.is_alive(), result.value)
for j in joiners:
    j.join()
print([b.value for b in boxes])
t.join()                     # joined before: returns at once
t.join(0.5)
print(t in threading.enumerate(), threading.active_count())

# threads that end before anyone joins them, joined in reverse order
boxes = [Box() for _ in range(4)]
ts = [threading.Thread(target=target, args=(b, 1000 * (k + 1)))
      for k, b in enumerate(boxes)]
for x in ts:
    x.start()
for x in reversed(ts):
    x.join()
print([b.value for b in boxes], [x.is_alive() for x in ts])
print(repr(ts[0]).split(",")[1].split()[0])
