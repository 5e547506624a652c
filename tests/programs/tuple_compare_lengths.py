# Tuples of other lengths or item types compare as CPython's do (issue 8):
# a tuple is never equal to one of another length, the first unequal pair
# of items decides an order, and a prefix is less than the longer tuple;
# each pair of items compares as its two types ((1, 2) < (1, 2.5)).
from typing import NamedTuple


class Ver(NamedTuple):
    major: int
    minor: int


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        print("eq", self.v)
        return isinstance(other, Box) and self.v == other.v

    def __lt__(self, other: "Box") -> bool:
        return self.v < other.v


def main() -> None:
    print((1, 2) < (1, 2, 3), (1, 2) == (1, 2, 3), (1, 2, 3) > (1, 2), (1, 2) != (1, 2, 0))
    print((1, 2) <= (1, 2, 3), (1, 2, 3) >= (1, 2), (1, 3) > (1, 2, 3), (2,) < (1, 2, 3))
    print((1, 2) < (1, 2.5), (1, 2) == (1, 2.0), (1, 2.0) >= (1, 2), (0.5, "a") < (1, "b", 3))
    print(("a", "b") < ("a", "b", "c") < ("a", "c"), ("x", 1) == ("x", 1, None))
    print((Box(1), 2) < (Box(1), 3, 0), (Box(1), 2) == (Box(1), 2))
    a: tuple[int, ...] = (1, 2)
    b: tuple[int, ...] = (1, 2, 3)
    print(a < b, a == b, a != b, a <= b, b > a, b >= a, a == (1, 2), a < (1, 2, 3))
    rows: list[tuple[int, ...]] = [(3,), (1, 2, 3), (1, 2), (), (1,), (1, 2, 0)]
    print(sorted(rows), min(rows), max(rows), sorted(rows, reverse=True)[:2])
    v = Ver(3, 11)
    print(isinstance(v, tuple), v < (3, 12), v == (3, 11), v > (3,), (3, 11, 0) > v)
    major, minor = v
    print(major, minor, tuple(v), list(v), v[0] + v[-1])


main()

# expect: True False True True
# expect: True True True False
# expect: True True True True
# expect: True False
# expect: eq 1
# expect: eq 1
# expect: True True
# expect: True False True True True True True True
# expect: [(), (1,), (1, 2), (1, 2, 0), (1, 2, 3), (3,)] () (3,) [(3,), (1, 2, 3)]
# expect: True True True True True
# expect: 3 11 (3, 11) [3, 11] 14
