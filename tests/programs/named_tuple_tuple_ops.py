# issue 8: what a typing.NamedTuple does as the tuple it is in CPython:
# _replace (keywords in any order, chained, on any expression), _asdict
# when the fields have one type, _fields, comparison with tuples and with
# another NamedTuple class (item by item), hashing as its tuple, dict keys.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


class Vec(NamedTuple):
    x: int
    y: int


class Entry(NamedTuple):
    name: str
    score: float
    tag: str = "-"


def moved(p: Point, dx: int) -> Point:
    print("moved", p)
    return p._replace(x=p.x + dx)


def main() -> None:
    p = Point(1, 2)
    q = p._replace(y=5)
    print(p, q, p._replace())
    print(q._replace(y=7, x=0), q._replace(x=-1)._replace(y=-2))
    print(moved(p, 10)._replace(y=0))
    e = Entry("ann", 3.5)
    print(e._replace(tag="top", score=4.0), e)
    print(Point._fields, Entry._fields, e._fields)
    print(p._asdict(), sorted(q._asdict().items()))
    print(p == (1, 2), p != (1, 2), (1, 2) == p, p == (2, 1))
    print(p < (1, 3), p > (0, 9), (1, 2) <= p, p >= (1, 2))
    print(p == Vec(1, 2), Vec(0, 5) < p, p < Vec(0, 5))
    print(e == ("ann", 3.5, "-"), e < ("ann", 3.5, "z"))
    print(hash(p) == hash((1, 2)), hash(e) == hash(("ann", 3.5, "-")))
    seen: dict[Point, str] = {p: "p", Point(3, 4): "r"}
    seen[Point(1, 2)] = "again"
    print(len(seen), seen[Point(1, 2)], Point(3, 4) in seen, Point(9, 9) in seen)
    print(sorted({Point(2, 1), Point(1, 2), Point(1, 2)}))
    counts: dict[tuple[int, int], int] = {}
    for pt in [Point(1, 1), Point(0, 2), Point(1, 1)]:
        key = (pt.x, pt.y)
        counts[key] = counts.get(key, 0) + 1
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()

# expect: Point(x=1, y=2) Point(x=1, y=5) Point(x=1, y=2)
# expect: Point(x=0, y=7) Point(x=-1, y=-2)
# expect: moved Point(x=1, y=2)
# expect: Point(x=11, y=0)
# expect: Entry(name='ann', score=4.0, tag='top') Entry(name='ann', score=3.5, tag='-')
# expect: ('x', 'y') ('name', 'score', 'tag') ('name', 'score', 'tag')
# expect: {'x': 1, 'y': 2} [('x', 1), ('y', 5)]
# expect: True False True False
# expect: True True True True
# expect: True True False
# expect: True True
# expect: True True
# expect: 2 again True False
# expect: [Point(x=1, y=2), Point(x=2, y=1)]
# expect: [((0, 2), 1), ((1, 1), 2)]
