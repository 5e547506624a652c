# __eq__ and __hash__: ==, !=, `in` on lists, dict keys and set members.
from __future__ import annotations

import sys


class Key:
    a: int
    b: str

    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b

    def __eq__(self, other: Key) -> bool:
        return self.a == other.a and self.b == other.b

    def __hash__(self) -> int:
        return hash((self.a, self.b))

    def __repr__(self) -> str:
        return f"Key({self.a}, {self.b!r})"


def main(argv: list[str]) -> int:
    k1 = Key(1, "x")
    k2 = Key(1, "x")
    k3 = Key(2, "y")
    print(k1 == k2, k1 != k2, k1 == k3, k1 != k3, k1 is k2)
    print(k2 in [k3, k1], Key(9, "z") in [k1])
    d: dict[Key, int] = {}
    d[k1] = 10
    d[k2] += 5
    d[k3] = 1
    print(len(d), d[Key(1, "x")], d)
    s = {k1, k2, k3, Key(2, "y")}
    print(len(s), Key(2, "y") in s, Key(3, "y") in s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False False True False
# expect: True False
# expect: 2 15 {Key(1, 'x'): 15, Key(2, 'y'): 1}
# expect: 2 True False
