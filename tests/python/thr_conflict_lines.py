# Conflict reports in Python terms: two threads update the same list item
# without a lock (the total is not printed: `+=` is several bytecodes, so
# updates may be lost, as in CPython).  Under --stm the harness also runs
# the program with RTRANS_STM_LOG and requires rtrans-stmlog to name this
# file's line of the update (rtpython's frames keep an STM marker with
# their file and line while the runtime logs).
# stm-conflict-at: 18
import threading

shared = [0]
start = threading.Barrier(2)


def bump(n):
    start.wait()
    i = 0
    while i < n:
        shared[0] += 1
        i += 1


t = None
ts = [threading.Thread(target=bump, args=(200000,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", shared[0] > 0)
