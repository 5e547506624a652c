# Threads: two threads each update their own global counter of one
# module, and both read the module's other globals (a constant, a
# function) and builtins.  Module globals are one cell per name, so under
# --stm the harness's statistics must show no conflict at all: a store to
# one global touches only that name's cell.
# stm-no-conflicts: 30
import threading

count_a = 0
count_b = 0
STEP = 3
LIMIT = 1000003


def mix(x, i):
    return (x * 31 + i + STEP) % LIMIT


def work_a(n):
    global count_a
    i = 0
    while i < n:
        count_a = mix(count_a, i)
        i += 1
    done.append(("a", len(str(count_a))))


def work_b(n):
    global count_b
    i = 0
    while i < n:
        count_b = mix(count_b, i)
        i += 1


done = []
t = None
ts = [threading.Thread(target=work_a, args=(200000,)),
      threading.Thread(target=work_b, args=(200000,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count_a, count_b, done)
