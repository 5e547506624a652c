# A defaultdict is a dict (as mypy and CPython have it): one goes into a
# dict-typed variable, field, parameter and return value, and reading a
# missing key through the dict type still calls its factory.
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Index:
    words: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    plain: dict[str, int] = field(default_factory=dict)


def count(words: list[str], into: dict[str, int]) -> None:
    for w in words:
        into[w] += 1


def fresh() -> dict[str, set[int]]:
    return defaultdict(set)


def new_count() -> int:
    return 10


def describe(d: dict[str, int]) -> str:
    return f"{type(d).__name__} {isinstance(d, defaultdict)} {isinstance(d, dict)} {len(d)}"


def maybe(d: Optional[dict[str, int]]) -> str:
    if isinstance(d, defaultdict):
        return "defaultdict " + type(d).__name__
    return "not " + type(d).__name__


def main(argv: list[str]) -> int:
    counts: dict[str, int] = defaultdict(int)
    count("a b a c a b".split(), counts)
    print(counts, sorted(counts.items()))
    plain: dict[str, int] = {}
    try:
        count(["x"], plain)
    except KeyError as e:
        print("KeyError", e)
    print(describe(counts), describe(plain))
    print(maybe(counts), maybe(plain), maybe(None))

    idx = Index()
    for i, w in enumerate("to be or not to be".split()):
        idx.words[w].append(i)
    print(idx.words["be"], idx.words["none"], len(idx.words))
    print(idx)
    try:
        idx.plain["x"] += 1
    except KeyError as e:
        print("plain KeyError", e)

    s = fresh()
    s["p"].add(1)
    s["p"].add(2)
    s["q"]
    print(s)

    # copy() keeps the factory, dict() makes a plain dict
    c = counts.copy()
    c["z"] += 5
    d = dict(counts)
    print(type(c).__name__, c["z"], type(d).__name__, "z" in d)
    try:
        d["z"] += 1
    except KeyError as e:
        print("dict() copy KeyError", e)

    # get, in, setdefault and pop never call the factory
    print(counts.get("nope"), "nope" in counts, counts.setdefault("w", 7), counts.pop("w"))
    print(counts == {"a": 3, "b": 2, "c": 1}, {"a": 3, "b": 2, "c": 1} == counts)

    f: dict[str, int] = defaultdict(new_count)
    f["k"] -= 1
    print(f["k"], f["j"])

    nested: dict[str, dict[str, int]] = defaultdict(dict)
    nested["a"]["b"] = 1
    print(nested)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: defaultdict(<class 'int'>, {'a': 3, 'b': 2, 'c': 1}) [('a', 3), ('b', 2), ('c', 1)]
# expect: KeyError 'x'
# expect: defaultdict True True 3 dict False True 0
# expect: defaultdict defaultdict not dict not NoneType
# expect: [1, 5] [] 5
# expect: Index(words=defaultdict(<class 'list'>, {'to': [0, 4], 'be': [1, 5], 'or': [2], 'not': [3], 'none': []}), plain={})
# expect: plain KeyError 'x'
# expect: defaultdict(<class 'set'>, {'p': {1, 2}, 'q': set()})
# expect: defaultdict 5 dict False
# expect: dict() copy KeyError 'z'
# expect: None False 7 7
# expect: True True
# expect: 9 10
# expect: defaultdict(<class 'dict'>, {'a': {'b': 1}})
