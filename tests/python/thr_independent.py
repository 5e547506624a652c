# Threads: two threads running independent work (each its own objects: a
# loop of integer arithmetic that allocates nothing, then a small
# object-heavy simulation) after a warm-up run in the main thread.  Under
# --stm the harness also checks the runtime's statistics: the interpreter
# itself must cause no conflict (no shared counters, inline caches per
# thread, a cell per global), and the arithmetic loops must still end
# their transactions.  Every run must be clean: before the caches were
# per thread, the two threads collided about one run in four while both
# filled the caches of threading's bootstrap code.
# stm-no-conflicts: 30
import threading


def arith(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc * 31 + i) % 1000003
        i += 1
    return acc


class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.count = 0
        self.next = None

    def step(self, k):
        self.count += k
        return self.count % 7


def simulate(ntasks, rounds):
    head = None
    for i in range(ntasks):
        t = Task(i, i % 5)
        t.next = head
        head = t
    total = 0
    for r in range(rounds):
        t = head
        while t is not None:
            total += t.step(r + t.prio)
            t = t.next
    return total


def work(out, n):
    # out is this thread's own list: writing a shared one would conflict
    out.append((arith(n), simulate(50, n // 200)))


# every global the main program uses exists before the threads start: a
# new global changes the module dict's version, which the threads' cached
# builtins (range...) read; the warm-up creates Task's maps (two threads
# adding the same map transition at once would conflict)
results = [[], []]
ts = []
t = None
warm = []
work(warm, 2000)
print("warm-up", warm)
ts = [threading.Thread(target=work, args=(results[k], 300000))
      for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
