# Conflict reports of elided lock sections (--stm) still name the Python
# line: two threads update one list item under one Lock; the acquire
# writes nothing, so the conflict is on the item's update (line 17), which
# the harness requires rtrans-stmlog to name (see thr_conflict_lines.py).
# stm-conflict-at: 17
import threading

shared = [0]
lock = threading.Lock()
start = threading.Barrier(2)


def bump(n):
    start.wait()
    for i in range(n):
        with lock:
            shared[0] += 1


ts = [threading.Thread(target=bump, args=(100000,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", shared[0])
