# Ordering needs items that CPython can order: a class without __lt__
# cannot be sorted (CPython raises TypeError when two meet), and '<=' /
# '>=' reach a class's missing __le__ / __ge__ even inside a tuple or list.
from __future__ import annotations

import sys


class P:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


class Q:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

    def __lt__(self, other: Q) -> bool:
        return self.x < other.x


def as_p(q: Q) -> P:
    return P(q.x)


def main(argv: list[str]) -> int:
    ps = [P(1), P(2)]
    qs = [Q(1), Q(2)]
    ps.sort()
    print(len(sorted(ps)), min(ps).x, max(P(1), P(2)).x)
    qs.sort(key=as_p)
    print(len(sorted(qs, key=as_p)), min(qs, key=as_p).x)
    print((1, P(1)) < (1, P(2)), [(Q(1), 2)] <= [(Q(1), 3)], (Q(1),) >= (Q(2),))
    print(qs <= qs, [{1}] < [{2}])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 33:5: sort() compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 34:15: sorted() compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 34:28: min() compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 34:39: max() compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 35:17: sort() with this key compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 36:30: sorted() with this key compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 36:50: min() with this key compares items with '<', which is not supported for 'P' ('P' has no __lt__)
# expect error: 37:21: '<' is not supported between 'tuple[int, P]' and 'tuple[int, P]' ('P' has no __lt__)
# expect error: 37:46: '<=' is not supported between 'list[tuple[Q, int]]' and 'list[tuple[Q, int]]' ('Q' has no __le__)
# expect error: 37:70: '>=' is not supported between 'tuple[Q]' and 'tuple[Q]' ('Q' has no __ge__)
# expect error: 38:14: '<=' is not supported between 'list[Q]' and 'list[Q]' ('Q' has no __le__)
