# dict(m) of a mapping that is not a dict (defaultdict, Counter,
# OrderedDict, a program's own mapping class) copies its items.
import sys
from collections import Counter, OrderedDict, defaultdict


class Registry:
    def __init__(self) -> None:
        self.names: dict[str, int] = {"b": 2, "a": 1}

    def keys(self) -> list[str]:
        return list(self.names.keys())

    def items(self) -> list[tuple[str, int]]:
        return list(self.names.items())

    def __getitem__(self, k: str) -> int:
        return self.names[k]


def make() -> defaultdict[str, list[int]]:
    d: defaultdict[str, list[int]] = defaultdict(list)
    d["x"].append(1)
    return d


def main(argv: list[str]) -> int:
    d: defaultdict[str, int] = defaultdict(int)
    for w in "the cat and the hat".split():
        d[w] += 1
    plain = dict(d)
    plain["new"] = 9
    print(plain, len(d), "new" in d)
    print(dict(make()))
    c = Counter("abracadabra")
    print(sorted(dict(c).items()))
    od: OrderedDict[str, int] = OrderedDict()
    od["z"] = 1
    od["y"] = 2
    print(dict(od))
    print(dict(Registry()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {'the': 2, 'cat': 1, 'and': 1, 'hat': 1, 'new': 9} 4 False
# expect: {'x': [1]}
# expect: [('a', 5), ('b', 2), ('c', 1), ('d', 1), ('r', 2)]
# expect: {'z': 1, 'y': 2}
# expect: {'b': 2, 'a': 1}
