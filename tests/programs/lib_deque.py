# collections.deque: both ends, maxlen, rotate, indexing, iteration, repr.
import sys
from collections import deque
import collections


class Job:
    name: str
    waiting: collections.deque[str]

    def __init__(self, name: str) -> None:
        self.name = name
        self.waiting = deque()


def main(argv: list[str]) -> int:
    q: deque[int] = deque()
    for i in range(5):
        q.append(i)
    q.appendleft(-1)
    print(q, len(q), q[0], q[-1], 3 in q, 9 in q)
    print(q.popleft(), q.pop(), q)
    q.rotate(2)
    print(q)
    q.rotate(-1)
    print(q, list(q), [x * 2 for x in q])
    q.extend([7, 8])
    q.extendleft([10, 11])
    print(q, q.count(7))
    q[1] = 99
    print(q)
    last: deque[str] = deque(maxlen=3)
    for w in "abcdef":
        last.append(w)
        print(last)
    last.appendleft("z")
    print(last, len(last))
    window: deque[float] = deque([1.0, 2.0, 3.0], 2)
    print(window, sum(window, 0.0))
    big: deque[int] = deque()
    for i in range(100):
        big.append(i)
        if i % 3 == 0:
            big.popleft()
    print(len(big), big[0], big[-1])
    j = Job("build")
    j.waiting.append("compile")
    j.waiting.append("link")
    while j.waiting:
        print(j.name, j.waiting.popleft())
    try:
        q.clear()
        q.pop()
    except IndexError as e:
        print("IndexError", e)
    try:
        print(big[100])
    except IndexError as e:
        print("IndexError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: deque([-1, 0, 1, 2, 3, 4]) 6 -1 4 True False
# expect: -1 4 deque([0, 1, 2, 3])
# expect: deque([2, 3, 0, 1])
# expect: deque([3, 0, 1, 2]) [3, 0, 1, 2] [6, 0, 2, 4]
# expect: deque([11, 10, 3, 0, 1, 2, 7, 8]) 1
# expect: deque([11, 99, 3, 0, 1, 2, 7, 8])
# expect: deque(['a'], maxlen=3)
# expect: deque(['a', 'b'], maxlen=3)
# expect: deque(['a', 'b', 'c'], maxlen=3)
# expect: deque(['b', 'c', 'd'], maxlen=3)
# expect: deque(['c', 'd', 'e'], maxlen=3)
# expect: deque(['d', 'e', 'f'], maxlen=3)
# expect: deque(['z', 'd', 'e'], maxlen=3) 3
# expect: deque([2.0, 3.0], maxlen=2) 5.0
# expect: 66 34 99
# expect: build compile
# expect: build link
# expect: IndexError pop from an empty deque
# expect: IndexError deque index out of range
