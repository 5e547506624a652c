# rtrans.TDict[K, V] and rtrans.TQueue[T] in one thread: the dict
# operations (iteration order is unspecified, so it is sorted here), keys of
# equal hash (hash(-1) == hash(-2)), and the queue (newest item first).
import sys

import rtrans


class Point:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


def dict_ops() -> None:
    d: rtrans.TDict[str, int] = rtrans.TDict()
    print(len(d), "a" in d, d.get("a"), d.get("a", 7))
    d["a"] = 1
    d["b"] = 2
    d["c"] = 3
    d["a"] = 10
    print(len(d), "a" in d, d["a"], d.get("b"), d.get("z", -1))
    print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
    print(sorted([k for k in d]))
    print(d.setdefault("b", 5), d.setdefault("e", 5), len(d))
    print(d.pop("e"), d.pop("e", 0), len(d))
    del d["c"]
    print("c" in d, len(d), sorted(d.items()))
    try:
        print(d["c"])
    except KeyError as e:
        print("KeyError", e)
    try:
        del d["zz"]
    except KeyError as e:
        print("KeyError", e)
    try:
        d.pop("q")
    except KeyError as e:
        print("KeyError", e)


def collisions() -> None:
    c: rtrans.TDict[int, str] = rtrans.TDict()
    print(hash(-1) == hash(-2))
    c[-1] = "minus one"
    c[-2] = "minus two"
    c[5] = "five"
    print(len(c), c[-1], c[-2], sorted(c.keys()))
    del c[-1]
    print(len(c), -1 in c, c[-2])
    c[-1] = "again"
    print(c.pop(-2), len(c), sorted(c.items()))
    del c[-1]
    del c[5]
    print(len(c), c.keys())


def objects() -> None:
    p: rtrans.TDict[int, Point] = rtrans.TDict()
    for i in range(100):
        p[i * 7919] = Point(i)
    total = 0
    for k in p:
        total += p[k].x
    print(len(p), total, p[7919 * 42].x)
    for i in range(0, 100, 2):
        del p[i * 7919]
    print(len(p), sum([v.x for v in p.values()]))


def queue_ops() -> None:
    q: rtrans.TQueue[int] = rtrans.TQueue()
    print(len(q))
    for i in range(5):
        q.put(i * i)
    print(len(q), q.get(), q.get(), len(q))
    got: list[int] = []
    while len(q) > 0:
        got.append(q.get())
    print(got)
    try:
        q.get()
    except IndexError as e:
        print("IndexError", e)
    s: rtrans.TQueue[str] = rtrans.TQueue()
    s.put("x")
    print(s.get())


def main(argv: list[str]) -> int:
    dict_ops()
    collisions()
    objects()
    queue_ops()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 False None 7
# expect: 3 True 10 2 -1
# expect: ['a', 'b', 'c'] [2, 3, 10] [('a', 10), ('b', 2), ('c', 3)]
# expect: ['a', 'b', 'c']
# expect: 2 5 4
# expect: 5 0 3
# expect: False 2 [('a', 10), ('b', 2)]
# expect: KeyError 'c'
# expect: KeyError 'zz'
# expect: KeyError 'q'
# expect: True
# expect: 3 minus one minus two [-2, -1, 5]
# expect: 2 False minus two
# expect: minus two 2 [(-1, 'again'), (5, 'five')]
# expect: 0 []
# expect: 100 4950 42
# expect: 50 2500
# expect: 0
# expect: 5 16 9 3
# expect: [4, 1, 0]
# expect: IndexError get from an empty TQueue
# expect: x
