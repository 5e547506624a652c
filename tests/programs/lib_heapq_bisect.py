# heapq and bisect: CPython's algorithms, so heaps print in the same order.
import bisect
import heapq
import sys
from heapq import heappop, heappush


def main(argv: list[str]) -> int:
    h: list[int] = []
    for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
        heappush(h, x)
        print(h)
    out: list[int] = []
    while h:
        out.append(heappop(h))
    print(out)
    data = [9, 4, 7, 1, 8, 2, 2, 6, 5, 3, 0]
    heapq.heapify(data)
    print(data)
    print(heapq.heapreplace(data, 10), data)
    print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
    print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(4, [5, 1, 4, 1, 5, 9, 2, 6]))
    print(heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1, 2]))
    tasks: list[tuple[int, str]] = []
    for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
        heapq.heappush(tasks, (prio, name))
    while tasks:
        p, n = heapq.heappop(tasks)
        print(p, n)
    words = ["pear", "apple", "fig", "kiwi", "banana"]
    heapq.heapify(words)
    print(words, heapq.heappop(words))
    try:
        heapq.heappop(tasks)
    except IndexError as e:
        print("IndexError", e)
    a = [1, 2, 2, 2, 3, 5, 8]
    for x in [0, 2, 4, 8, 9]:
        print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
              bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 4))
    s: list[str] = []
    for w in ["m", "c", "x", "a", "c"]:
        bisect.insort(s, w)
    bisect.insort_left(s, "b")
    bisect.insort_right(s, "z")
    print(s)
    grades = "FDCBA"
    print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
    try:
        bisect.bisect_left(a, 1, -1)
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [5]
# expect: [3, 5]
# expect: [3, 5, 8]
# expect: [1, 3, 8, 5]
# expect: [1, 3, 8, 5, 9]
# expect: [1, 3, 2, 5, 9, 8]
# expect: [1, 3, 2, 5, 9, 8, 7]
# expect: [1, 3, 2, 3, 9, 8, 7, 5]
# expect: [0, 1, 2, 3, 9, 8, 7, 5, 3]
# expect: [0, 1, 2, 3, 6, 8, 7, 5, 3, 9]
# expect: [0, 1, 2, 3, 3, 5, 6, 7, 8, 9]
# expect: [0, 1, 2, 5, 3, 2, 7, 6, 9, 4, 8]
# expect: 0 [1, 3, 2, 5, 4, 2, 7, 6, 9, 10, 8]
# expect: -1 1 [2, 3, 2, 5, 4, 4, 7, 6, 9, 10, 8]
# expect: [1, 1, 2] [9, 6, 5, 5]
# expect: [] [3, 2, 1]
# expect: 1 coffee
# expect: 1 plan
# expect: 2 code
# expect: 3 write
# expect: 5 ship
# expect: ['banana', 'kiwi', 'fig', 'pear'] apple
# expect: IndexError index out of range
# expect: 0 0 0 0 2 1
# expect: 2 1 4 4 2 4
# expect: 4 5 5 5 5 4
# expect: 8 6 7 7 6 4
# expect: 9 7 7 7 7 4
# expect: ['a', 'b', 'c', 'c', 'm', 'x', 'z']
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
# expect: ValueError lo must be non-negative
