# Tuples: construction, constant indexing of mixed tuples, homogeneous
# indexing, unpacking, comparison, concatenation, nesting, repr, None in a
# display where an optional item is expected.
import sys


def min_max(xs: list[int]) -> tuple[int, int]:
    return (min(xs), max(xs))


def person() -> tuple[str, int, float]:
    return ("ada", 36, 1.75)


def lookup(key: str) -> tuple[int, str | None]:
    if key == "a":
        return (1, "found")
    return (0, None)


def main(argv: list[str]) -> int:
    lo, hi = min_max([4, 9, 1, 7])
    print(lo, hi)
    p = person()
    print(p[0], p[1], p[2], p)
    name, age, height = p
    print(name, age, height)
    t = (1, 2, 3)
    i = 2
    print(t[i], t[-1], t[0:2], len(t))
    print((1, 2) < (1, 3), (1, 2) == (1, 2), (2, 0) > (1, 9))
    print((1,), (1, 2) + (3,), ("a", (1, 2)))
    nested = ((1, "x"), (2, "y"))
    for n, s in nested:
        print(n, s)
    print(3 in t, 5 in t)
    pairs = [(2, "b"), (1, "z"), (2, "a")]
    print(sorted(pairs))
    print(lookup("a"), lookup("b"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 9
# expect: ada 36 1.75 ('ada', 36, 1.75)
# expect: ada 36 1.75
# expect: 3 3 (1, 2) 3
# expect: True True True
# expect: (1,) (1, 2, 3) ('a', (1, 2))
# expect: 1 x
# expect: 2 y
# expect: True False
# expect: [(1, 'z'), (2, 'a'), (2, 'b')]
# expect: (1, 'found') (0, None)
