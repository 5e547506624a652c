# Generator expressions as values (assigned, returned, passed, resumed with
# next()), their late-bound free names and eagerly evaluated first
# iterable, lazy any()/all(), iter(), map() and filter() as iterators.
import sys
from typing import Iterator


def squares(n: int) -> Iterator[int]:
    return (i * i for i in range(n))


def total(it: Iterator[int]) -> int:
    t = 0
    for x in it:
        t += x
    return t


def noisy(x: int) -> bool:
    print("test", x)
    return x > 1


def main(argv: list[str]) -> int:
    print(list(squares(5)), total(squares(4)), total(x for x in [5, 6]))
    xs = [1, 2, 3]
    k = 10
    g = (x + k for x in xs)
    k = 100                     # free names are read when an item is made
    xs = [7, 8, 9]              # the first iterable was evaluated at once
    print(list(g))
    n = 3
    r = (i for i in range(n))
    n = 10
    print(list(r))
    pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
    print(next(pairs), next(pairs), list(pairs))
    nested = (sum(1 for _ in range(i)) for i in range(4))
    print(list(nested))
    d = {"a": 1, "b": 2, "c": 3}
    big = (k2 for k2, v in d.items() if v >= 2)
    print(list(big), list(f"{i}:{w}" for i, w in enumerate(["p", "q"], 1)))
    print(any(noisy(x) for x in [0, 1, 2, 3]))
    print(all(noisy(x) for x in [5, 1, 7]))
    it = iter(range(3))
    print(next(it), list(it))
    mapped = map(lambda s: s * 2, ["ab", "c"])
    print(next(mapped), list(mapped))
    odd = filter(lambda v: v % 2 == 1, squares(6))
    print(list(odd), list(map(str, filter(None, [0, 3, 0, 4]))))
    words = ["one", "two", "three"]
    lengths = map(len, words)
    words.append("four")        # a list is read as the map goes
    print(list(lengths))
    gen = (w.upper() for w in words)
    print("-".join(gen), sorted(len(w) for w in words), max((len(w), w) for w in words))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 1, 4, 9, 16] 14 11
# expect: [101, 102, 103]
# expect: [0, 1, 2]
# expect: (0, 'x') (0, 'y') [(2, 'x'), (2, 'y')]
# expect: [0, 1, 2, 3]
# expect: ['b', 'c'] ['1:p', '2:q']
# expect: test 0
# expect: test 1
# expect: test 2
# expect: True
# expect: test 5
# expect: test 1
# expect: False
# expect: 0 [1, 2]
# expect: abab ['cc']
# expect: [1, 9, 25] ['3', '4']
# expect: [3, 3, 5, 4]
# expect: ONE-TWO-THREE-FOUR [3, 3, 4, 5] (5, 'three')
