# stm-stress: 5
# Threads importing the same module at the same time: one runs its body,
# the others wait for that body to end, as CPython's per-module import
# locks make them, instead of finding the half-made module in sys.modules
# (an AttributeError on a name its last lines define).  slowmod's body is
# long (a loop with switch points) and defines `ready` last; every thread
# reads it right after its import.  (A thread that waited gets the module
# object it saw even if the body then raised, as in CPython: which threads
# see that error depends on timing, so it is not tested here.)
import sys
import threading

results = {}
start = threading.Barrier(4)


def work(k):
    start.wait()
    import slowmod
    results[k] = (slowmod.ready, slowmod.total)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print('slowmod' in sys.modules)
