# None as an item type (issue 8): dict.fromkeys(keys) is a dict[K, None],
# and list[None], dict[str, None], Iterator[None] and tuple[()] hold or
# yield nothing but None, as CPython's do (a set made from a dict's keys,
# a search's "one more solution" generator, an empty tuple as a key).
from typing import Generator, Iterator


def solutions(n: int) -> Iterator[None]:
    """Yields once per solution of x + y == n with 0 <= x <= y."""
    for x in range(n + 1):
        for y in range(x, n + 1):
            if x + y == n:
                yield None


def all_solutions(n: int) -> Generator[None, None, None]:
    yield from solutions(n)
    yield from solutions(n + 2)


def blanks(n: int) -> Iterator[None]:
    for _ in range(n):
        yield


def ordered_unique(words: list[str]) -> list[str]:
    return list(dict.fromkeys(words))


def main() -> None:
    d = dict.fromkeys(["b", "a", "c", "a"])
    print(d, len(d), "a" in d, d["b"], d.get("z"), d.get("a") is None)
    print(list(d.keys()), list(d.values()), list(d.items()))
    for k in d:
        print(k, d[k], repr(d[k]))
    print(ordered_unique("the cat and the hat and the bat".split()))
    seen: dict[str, None] = {}
    for w in ["x", "y", "x"]:
        seen[w] = None
    seen.setdefault("z", None)
    same: dict[str, None] = {"x": None, "y": None, "z": None}
    print(seen, sorted(seen), seen == same, seen != same, None == None)
    del seen["x"]
    print(seen, seen.pop("y"), seen)
    maybe: dict[int, int | None] = dict.fromkeys(range(3))
    maybe[1] = 7
    print(maybe)
    nones: list[None] = [None, None]
    nones.append(None)
    nones.extend([None])
    print(nones, len(nones), nones.count(None), None in nones, nones[0] is None)
    four: list[None] = [None] * 4
    print(nones == four, nones[1:3], nones.index(None), nones.pop(), len(nones))
    print(sum(1 for _ in solutions(6)), list(blanks(2)), next(solutions(4)),
          len([s for s in all_solutions(3)]))
    empty: tuple[()] = ()
    print(empty, len(empty), empty == (), repr(()), str(()))
    keyed: dict[tuple[()], str] = {(): "unit"}
    print(keyed[()], () in keyed)
    pair: tuple[int, None] = (1, None)
    print(pair, pair[1] is None)


main()

# expect: {'b': None, 'a': None, 'c': None} 3 True None None True
# expect: ['b', 'a', 'c'] [None, None, None] [('b', None), ('a', None), ('c', None)]
# expect: b None None
# expect: a None None
# expect: c None None
# expect: ['the', 'cat', 'and', 'hat', 'bat']
# expect: {'x': None, 'y': None, 'z': None} ['x', 'y', 'z'] True False True
# expect: {'z': None} None {'z': None}
# expect: {0: None, 1: 7, 2: None}
# expect: [None, None, None, None] 4 4 True True
# expect: True [None, None] 0 None 3
# expect: 4 [None, None] None 5
# expect: () 0 True () ()
# expect: unit True
# expect: (1, None) True
