# Threads: two threads insert, update and delete different keys of one
# shared transaction.stmdict, stmset and pypystm.hashtable.  Under --stm the
# harness checks the runtime's statistics: different keys never conflict
# (each hash's entry is its own object in the runtime's hash table), and
# the threads still end their transactions.  Under CPython, which has no
# pypystm, the same program runs on dict and set.
# stm-no-conflicts: 20
import threading

try:
    import pypystm
    import transaction
    stmdict = transaction.stmdict
    stmset = transaction.stmset
    hashtable = pypystm.hashtable
except ImportError:
    stmdict = dict
    stmset = set
    hashtable = dict


def work(d, s, h, base, n):
    i = 0
    while i < n:
        k = base + i
        d[k] = i
        d["s" + str(k)] = i
        if i % 3 == 0:
            d[k] = d[k] + 1
        if i % 5 == 0:
            del d["s" + str(k)]
        s.add(k)
        if i % 7 == 0:
            s.discard(k)
        h[k] = i * 2
        if i % 4 == 0:
            del h[k]
        i += 1


# every global the main program uses exists before the warm-up (a new
# global would invalidate the interpreter's caches while threads run)
d = stmdict()
s = stmset()
h = hashtable()
ts = []
t = None
work(d, s, h, -1000, 500)
# and through threading's own code (two threads filling an inline cache of
# Thread._bootstrap at once would conflict)
t = threading.Thread(target=work, args=(d, s, h, -2000, 500))
t.start()
t.join()
print("warm-up", len(d), len(s), len(h))
ts = [threading.Thread(target=work, args=(d, s, h, k * 1000000, 20000))
      for k in range(1, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(s), len(h))
print(sum(d.values()), sorted(d.keys(), key=str)[:3], d[1000003], d.get(5))
print(sorted(s)[:3], 1000007 in s, 2000008 in s)
print(sum(h.values()), h[2000002], h.get(2000004))
