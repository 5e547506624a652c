# Threads: both threads read a shared instance's attributes and store
# into them the objects they already hold (`self.level = max(self.level,
# k)` with k never above the level, a constant string), as mt_skiplist's
# inserts do, and write only their own instances otherwise.  Storing the
# object a slot holds changes nothing, so under --stm the harness's
# statistics must show no conflict: such a store is not a write.  A
# store of a new object is one (the last lines, after the threads).
# stm-no-conflicts: 10
import threading


class Shared:
    def __init__(self):
        self.level = 12
        self.name = "shared"


class Own:
    def __init__(self):
        self.total = 0


shared = Shared()
result_a = 0
result_b = 0


def work(which, n):
    global result_a, result_b
    own = Own()
    i = 0
    while i < n:
        k = (i * 7 + which) % 12
        shared.level = max(shared.level, k)
        shared.name = "shared"
        own.total = (own.total + shared.level + len(shared.name) + k) % 1000003
        i += 1
    if which == 0:
        result_a = own.total
    else:
        result_b = own.total


threads = [threading.Thread(target=work, args=(w, 40000)) for w in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result_a, result_b, shared.level, shared.name)
shared.level = max(shared.level, 13)
shared.name = "other"
print(shared.level, shared.name)
