# set methods: add, remove, discard, pop, clear, copy, union,
# intersection, difference, issubset (results printed sorted).
import sys


def main(argv: list[str]) -> int:
    s = {3, 1}
    s.add(2)
    s.add(3)
    print(sorted(s), len(s))
    s.remove(1)
    s.discard(99)
    s.discard(2)
    print(sorted(s))
    t = s.copy()
    t.add(7)
    print(sorted(s), sorted(t))
    x = t.pop()
    print(x in {3, 7}, len(t))
    t.clear()
    print(len(t), sorted(t))
    a = {1, 2, 3}
    b = {2, 3, 4}
    print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
    empty: set[int] = set()
    print({2, 3}.issubset(a), a.issubset(b), empty.issubset(a), a.issubset(a))
    print(repr({5}), len({"x", "x", "y"}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1, 2, 3] 3
# expect: [3]
# expect: [3] [3, 7]
# expect: True 1
# expect: 0 []
# expect: [1, 2, 3, 4] [2, 3] [1]
# expect: True False True True
# expect: {5} 2
