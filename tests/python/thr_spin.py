# Transactions end by themselves: a loop of small-int arithmetic that
# allocates nothing (ints up to 256 are cached objects, the loop runs in
# one frame) must still commit many transactions under --stm (the
# runtime's pacer measures work, not bytes), here while a second thread
# spins the same way on its own.
# stm-no-conflicts: 100
import threading


def spin(out, n):
    total = 0
    a = 0
    while a < n:
        b = 0
        while b < 200:
            c = 0
            while c < 100:
                c = c + 1
            b = b + 1
        total = (total + b + c) % 251
        a = a + 1
    out.append(total)


mine = []
theirs = []
t = None                   # no new global after the warm-up (see thr_independent)
warm = []
spin(warm, 1)              # the code's inline caches are filled once here
t = threading.Thread(target=spin, args=(theirs, 100))
t.start()
spin(mine, 100)
t.join()
print(warm, mine, theirs)
