# Built-ins and methods people reach for: type(x).__name__, slice
# assignment, list.index with bounds, dict from pairs, set updates, list
# repetition and tail deletion.
import sys


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        self.side = side


class Tile(Square):
    pass


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Shape(), Square(2.0), Tile(1.0)]
    print([type(s).__name__ for s in shapes])
    maybe: Square | None = None
    print(type(maybe).__name__, type(1).__name__, type("s").__name__, type([1]).__name__,
          type({1: 2}).__name__, type((1, "a")).__name__, type(2.5).__name__, type(True).__name__)
    try:
        raise KeyError("k")
    except LookupError as e:
        print(type(e).__name__)
    a = list(range(10))
    a[2:5] = [20, 30]
    print(a)
    a[:0] = [-1, -2]
    print(a)
    a[len(a):] = [99]
    print(a)
    a[::2] = [0] * len(a[::2])
    print(a)
    a[1:3] = a
    print(len(a), a[:6])
    b = [1, 2, 3, 4, 5]
    b[-2:] = []
    b[1:1] = [7, 8, 9]
    print(b)
    try:
        b[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    c = [5, 1, 5, 2, 5, 3]
    print(c.index(5), c.index(5, 1), c.index(5, 3), c.index(5, -2), c.index(2, 0, 4))
    try:
        c.index(5, 5)
    except ValueError as e:
        print("ValueError", e)
    keys = ["one", "two", "three"]
    d = dict(zip(keys, [1, 2, 3]))
    print(d, dict([("x", 1.5), ("y", 2.5)]), dict(enumerate("ab")))
    s = {1, 2, 3}
    s.update([3, 4, 5])
    s.update({6})
    print(sorted(s), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint({1}))
    s.intersection_update(range(0, 10, 2))
    print(sorted(s))
    s.difference_update([2])
    print(sorted(s), sorted(s.symmetric_difference([4, 7])))
    s.symmetric_difference_update([6, 9, 9])
    print(sorted(s))
    z = [0] * 5
    e: list[int] = []
    print(z, [1, 2] * 3, e * 4, [7] * 0, ["x"] * -1)
    grid = [[0] * 3 for _ in range(2)]
    grid[0][1] = 5
    print(grid)
    big = [1] * 100000
    big[50000] = 2
    print(len(big), sum(big))
    m = [3, 1]
    m *= 3
    print(m)
    t = list(range(8))
    del t[5:]
    print(t)
    del t[1:3]
    print(t)
    del t[::2]
    print(t)
    del t[:]
    print(t, len(t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['Shape', 'Square', 'Tile']
# expect: NoneType int str list dict tuple float bool
# expect: KeyError
# expect: [0, 1, 20, 30, 5, 6, 7, 8, 9]
# expect: [-1, -2, 0, 1, 20, 30, 5, 6, 7, 8, 9]
# expect: [-1, -2, 0, 1, 20, 30, 5, 6, 7, 8, 9, 99]
# expect: [0, -2, 0, 1, 0, 30, 0, 6, 0, 8, 0, 99]
# expect: 22 [0, 0, -2, 0, 1, 0]
# expect: [1, 7, 8, 9, 2, 3]
# expect: ValueError attempt to assign sequence of size 1 to extended slice of size 3
# expect: 0 2 4 4 3
# expect: ValueError 5 is not in list
# expect: {'one': 1, 'two': 2, 'three': 3} {'x': 1.5, 'y': 2.5} {0: 'a', 1: 'b'}
# expect: [1, 2, 3, 4, 5, 6] True True False
# expect: [2, 4, 6]
# expect: [4, 6] [6, 7]
# expect: [4, 9]
# expect: [0, 0, 0, 0, 0] [1, 2, 1, 2, 1, 2] [] [] []
# expect: [[0, 5, 0], [0, 0, 0]]
# expect: 100000 100001
# expect: [3, 1, 3, 1, 3, 1]
# expect: [0, 1, 2, 3, 4]
# expect: [0, 3, 4]
# expect: [3]
# expect: [] 0
