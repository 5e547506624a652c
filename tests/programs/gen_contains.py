# x in it for generators and other iterators: the iterator is consumed up
# to the first equal item (all of it when none is), as in CPython.
import sys
from typing import Iterator


def counting(n: int) -> Iterator[int]:
    for i in range(n):
        print("yield", i)
        yield i


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: "Point") -> bool:
        return self.x == other.x and self.y == other.y


def points() -> Iterator[Point]:
    yield Point(1, 2)
    yield Point(3, 4)


def main(argv: list[str]) -> int:
    print(49 in (i * i for i in range(10)), 50 in (i * i for i in range(10)))
    g = counting(5)
    print(2 in g)
    print(next(g))                  # 3: the search stopped after 2
    print(9 in g, list(g))          # exhausted
    it = iter([1, 2, 3, 4])
    print(2 in it, next(it))
    print(5 in map(lambda v: v + 1, [1, 2, 4]))
    print(1 not in filter(lambda v: v > 2, [1, 2, 3]))
    print("b" in iter("abc"), "ab" in iter("abc"))
    print((2, "b") in iter([(1, "a"), (2, "b")]))
    d = {"k": 1, "j": 2}
    print("j" in iter(d), 2 in iter(d.values()))
    print(Point(3, 4) in points(), Point(5, 6) in points())
    words = ["alpha", "beta", "gamma"]
    print("BETA" in (w.upper() for w in words))
    print(all(c in (ch for ch in "xyz") for c in "zx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: True
# expect: yield 3
# expect: 3
# expect: yield 4
# expect: False []
# expect: True 3
# expect: True
# expect: True
# expect: True False
# expect: True
# expect: True True
# expect: True False
# expect: True
# expect: True
