# Lists, tuples and strings compare lexicographically, as in CPython: the
# first items that differ (by ==) decide, with the operator itself; when
# one is a prefix of the other the shorter is smaller.  Nested lists and
# tuples of any comparable items, with every operator, and sorting,
# min and max of such items.
from __future__ import annotations

import sys


class Ver:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __lt__(self, other: Ver) -> bool:
        return self.n < other.n

    def __eq__(self, other: Ver) -> bool:
        return self.n == other.n

    def __hash__(self) -> int:
        return self.n

    def __repr__(self) -> str:
        return f"Ver({self.n})"


def all_ops(a: tuple[int, list[int]], b: tuple[int, list[int]]) -> list[bool]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


def list_ops(a: list[list[str]], b: list[list[str]]) -> list[bool]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


def float_ops(a: list[float], b: list[float]) -> list[bool]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


def main(argv: list[str]) -> int:
    print(all_ops((1, [2]), (1, [3])), all_ops((1, [2]), (1, [2])))
    print(all_ops((1, [2, 0]), (1, [2])), all_ops((0, [9]), (1, [])))
    print(list_ops([["a"], ["b", "c"]], [["a"], ["b"]]), list_ops([], [[]]))
    print(list_ops([["ab"]], [["b"]]), list_ops([["x"]], [["x"]]))
    print(float_ops([1.0, 2.5], [1.0, 2.5]), float_ops([0.5], [0.25, 9.0]))
    pairs: list[tuple[int, list[int]]] = [(2, [3, 1]), (1, [5]), (2, [3]), (1, [4, 4]), (2, [])]
    print(sorted(pairs))
    print(sorted(pairs, reverse=True))
    print(min(pairs), max(pairs), min((3, [1]), (3, [0, 7])))
    pairs.sort()
    print(pairs)
    nested: list[list[tuple[int, str]]] = [[(1, "b"), (0, "z")], [(1, "a")], [(1, "b")], []]
    nested.sort()
    print(nested, max(nested))
    words = [("pear", 3), ("apple", 3), ("fig", 1)]
    print(sorted(words), sorted(words, key=lambda_free_key))
    vs = [(Ver(2), "x"), (Ver(1), "y"), (Ver(2), "a")]
    print(sorted(vs), (Ver(1), "b") < (Ver(1), "c"), (Ver(3), "a") > (Ver(1), "z"))
    print([Ver(1), Ver(5)] < [Ver(1), Ver(6)], [Ver(2)] > [Ver(1), Ver(9)])
    print("abc" < "abd", "ab" < "abc", "b" > "abc", "x" <= "x", "a" >= "b")
    print(1 < 2 < 3, (1, [2]) < (1, [3]) < (2, [0]), [1] < [2] > [0])
    return 0


def lambda_free_key(w: tuple[str, int]) -> tuple[int, str]:
    return (w[1], w[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [True, True, False, False, False, True] [False, True, False, True, True, False]
# expect: [False, False, True, True, False, True] [True, True, False, False, False, True]
# expect: [False, False, True, True, False, True] [True, True, False, False, False, True]
# expect: [True, True, False, False, False, True] [False, True, False, True, True, False]
# expect: [False, True, False, True, True, False] [False, False, True, True, False, True]
# expect: [(1, [4, 4]), (1, [5]), (2, []), (2, [3]), (2, [3, 1])]
# expect: [(2, [3, 1]), (2, [3]), (2, []), (1, [5]), (1, [4, 4])]
# expect: (1, [4, 4]) (2, [3, 1]) (3, [0, 7])
# expect: [(1, [4, 4]), (1, [5]), (2, []), (2, [3]), (2, [3, 1])]
# expect: [[], [(1, 'a')], [(1, 'b')], [(1, 'b'), (0, 'z')]] [(1, 'b'), (0, 'z')]
# expect: [('apple', 3), ('fig', 1), ('pear', 3)] [('fig', 1), ('apple', 3), ('pear', 3)]
# expect: [(Ver(1), 'y'), (Ver(2), 'a'), (Ver(2), 'x')] True True
# expect: True True
# expect: True True True True False
# expect: True True True
