# A typing.NamedTuple is a tuple: len(), indexing (a constant index, or any
# index when the fields have one type), iteration, unpacking (also in for
# loops and comprehensions) and `in` see its fields in order.
import sys
from typing import NamedTuple


class Var(NamedTuple):
    name: str


class P(NamedTuple):
    x: int
    y: str = "a"


class V2(NamedTuple):
    a: float
    b: float


def main() -> None:
    p = P(1)
    print(len(p), p[0], p[1], p[-1])
    a, b = p
    print(a, b)
    for v in V2(1.5, 2.5):
        print(v)
    print(sum(V2(1.0, 2.0), 0.0), list(V2(3.0, 4.0)), max(V2(3.0, 4.0)))
    pts = [P(1, "b"), P(2, "c")]
    for x, y in pts:
        print(x, y)
    print([x * 2 for x, _ in pts])
    (n,) = Var("q")
    print(n, len(Var("z")), Var("w")[0])
    i = 1
    print(V2(5.0, 6.0)[i], bool(p), 1.5 in V2(1.5, 0.0), 3.0 not in V2(1.5, 0.0), tuple(V2(7.0, 8.0)))
    first, *rest = list(V2(9.0, 10.0))
    print(first, rest, sorted(V2(2.0, 1.0)), [v for v in Var("solo")])


if __name__ == "__main__":
    main()
    sys.exit(0)

# expect: 2 1 a a
# expect: 1 a
# expect: 1.5
# expect: 2.5
# expect: 3.0 [3.0, 4.0] 4.0
# expect: 1 b
# expect: 2 c
# expect: [2, 4]
# expect: q 1 w
# expect: 6.0 True True True (7.0, 8.0)
# expect: 9.0 [10.0] [1.0, 2.0] ['solo']
