# Threads: a generator's yield and its consumer's next instructions are
# one step.  The generator stores in box[0] the value it yields; the
# `for` loop that consumes it stores that value in box[1] before its next
# switch point (a back edge or a call), so another thread, which reads
# both slots between two of its own switch points, always finds them
# equal: in CPython, which runs the generator's frame in the consumer's
# evaluation loop, and under the GIL build.  Under --stm a transaction
# that began in the generator (at its back edge) used to commit as the
# generator's execute returned at the yield, and the watcher's commit
# could come in between.  The same for a generator that only yields a
# value a call computed (the break deep in the call), for a `yield from`
# and for an exception that leaves the generator.
# stm-stress: 7
import threading

N = 30000
box = [0, 0]
done = [False]
seen = [0, 0]


def produce(n):
    i = 0
    while i < n:
        i += 1
        box[0] = i
        yield i


def twice(k):
    total = 0
    for j in range(3):
        total += k
    return total - k


def computed(n):
    for i in range(n):
        v = twice(i + 1)
        box[0] = v
        yield v


def delegating(n):
    yield from produce(n)


def failing(n):
    yield from produce(n)
    err = ValueError("end of the values")    # a call: a switch point
    box[0] = -1
    raise err


def consume():
    for v in produce(N):
        box[1] = v
    for v in computed(N):
        box[1] = v
    for v in delegating(N):
        box[1] = v
    try:
        for v in failing(N):
            box[1] = v
    except ValueError as e:
        box[1] = -1
        print("consumer:", e)
    done[0] = True


def watch():
    checks = 0
    unequal = 0
    while not done[0]:
        a = box[0]
        b = box[1]
        if a != b:
            unequal += 1
        checks += 1
    seen[0] = unequal
    seen[1] = checks


watcher = threading.Thread(target=watch)
consumer = threading.Thread(target=consume)
watcher.start()
consumer.start()
consumer.join()
watcher.join()
print("unequal:", seen[0], "checked:", seen[1] > 0, "last:", box)
