"""The watcher of thr_step: box[0] is what the code under test stores
last, box[1] what its consumer or caller stores from it before its next
switch point; a second thread counts the times it reads them unequal.
While sized[0] holds a container, the watcher compares box[0] with its
length instead: the code under test stores there the length that the
container has once the C helper that called it (set.add, list.sort...)
is done with it."""
import threading
import time

box = [0, 0]
done = [False]
ready = [False]     # the watcher has checked once: the consumer may start
seen = [0, 0]
sized: list = [None]


def twice(k):
    """k * 2 through a loop: calling it is a switch point, and a
    transaction may begin in its back edges."""
    total = 0
    for j in range(3):
        total += k
    return total - k


def watch():
    checks = 0
    unequal = 0
    while not done[0]:
        s = sized[0]
        a = box[0]
        # len is a call, but CPython switches at its end only, once it
        # has read the length
        b = box[1] if s is None else len(s)
        if a != b:
            unequal += 1
        checks += 1
        if checks == 1:
            ready[0] = True
    seen[0] = unequal
    seen[1] = checks


def run(name, consume):
    """consume() in a thread while another one watches box."""
    box[0] = 0
    box[1] = 0
    done[0] = False
    ready[0] = False
    watcher = threading.Thread(target=watch)
    consumer = threading.Thread(target=consume)
    watcher.start()
    while not ready[0]:
        # a short phase could end before a loaded GIL run let the watcher
        # check once ("checked: False")
        time.sleep(0.001)
    consumer.start()
    consumer.join()
    done[0] = True
    watcher.join()
    sized[0] = None
    print(name, "unequal:", seen[0], "checked:", seen[1] > 0, "last:", box)
