# heapq lays lists out as CPython does (push, pop, heapify, replace,
# pushpop on random data), nlargest/nsmallest/merge; bisect with lo/hi and
# key, insort.
import heapq, bisect, random
rng = random.Random(5)
for trial in range(30):
    data = [rng.randrange(20) for _ in range(rng.randrange(1, 40))]
    h = []
    for x in data: heapq.heappush(h, x)
    s1 = list(h)
    h2 = list(data); heapq.heapify(h2); s2 = list(h2)
    pops = [heapq.heappop(h) for _ in range(len(h) // 2)]
    r = heapq.heapreplace(h2, 7); pp = heapq.heappushpop(h2, 3); pp2 = heapq.heappushpop(h2, 100)
    print(s1, s2, pops, h, r, pp, pp2, h2)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, 'hello'), heapq.nlargest(2, [(1, 'a'), (3, 'b'), (3, 'c')], key=lambda t: t[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(heapq.heappushpop([], 3))
try: heapq.heappop([])
except IndexError as e: print('IndexError', e)
a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)], bisect.bisect(a, 2, 2, 4))
b = []; [bisect.insort(b, x) for x in [5, 1, 4, 1, 3]]; print(b)
bisect.insort_left(b, 4); print(b)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (3, 'z'), key=lambda r: r[0]); print(recs)
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
import heapq
try: heapq.heapreplace([], 1)
except IndexError as e: print(e)
