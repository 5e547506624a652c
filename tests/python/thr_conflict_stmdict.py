# Conflict reports name the program's line, not the library's: two threads
# update the same key of one transaction.stmdict (whose methods are Python
# code of the frozen pypystm module), so their transactions conflict inside
# stmdict.__getitem__/__setitem__.  Under --stm the harness runs the
# program with RTRANS_STM_LOG and requires rtrans-stmlog to name this
# file's line of the update: a frame of library code called by the program
# keeps no STM marker of its own, so the innermost marker is the caller's.
# Under CPython, which has no pypystm, the same program runs on a dict.
# stm-conflict-at: 27
import threading

try:
    import transaction
    stmdict = transaction.stmdict
except ImportError:
    stmdict = dict

shared = stmdict()
shared[0] = 0
start = threading.Barrier(2)


def bump(n):
    start.wait()
    i = 0
    while i < n:
        shared[0] = shared[0] + 1
        i += 1


t = None
ts = [threading.Thread(target=bump, args=(100000,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", shared[0] > 0)
