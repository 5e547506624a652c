# heapq, bisect and copy
import heapq, bisect, copy
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, data), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge("ace", "bd", key=str.upper)))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left([(1, "a"), (3, "c")], 2, key=lambda t: t[0]))
orig = {"k": [1, [2, 3]], "t": (4, [5])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["k"][1].append(99)
print(sh["k"], dp["k"], sh is orig, sh["k"] is orig["k"], dp["t"][1] is orig["t"][1])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
class Thing:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom copy")
        return Thing(self.v)
t = copy.copy(Thing([1]))
t2 = copy.deepcopy(Thing([2]))
print(t.v, t2.v, copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)))
