# dict methods: get (with and without default), pop (with and without
# default), setdefault, keys, values, items, update, clear, copy.
import sys


def main(argv: list[str]) -> int:
    d = {"a": 1, "b": 2}
    print(d.get("a", 0), d.get("z", -1))
    names = {"x": "ex"}
    print(names.get("x"), names.get("y"))
    got = names.get("y")
    if got is None:
        print("missing y")
    print(d.pop("a"), d.pop("zz", 99), d)
    print(d.setdefault("b", 50), d.setdefault("c", 3), d)
    lists: dict[str, list[int]] = {}
    lists.setdefault("k", []).append(1)
    lists.setdefault("k", []).append(2)
    print(lists)
    print(list(d.keys()), list(d.values()), list(d.items()))
    d.update({"c": 30, "e": 5})
    print(d)
    c = d.copy()
    c["new"] = 0
    print(len(d), len(c))
    d.clear()
    print(d, len(d), c)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 -1
# expect: ex None
# expect: missing y
# expect: 1 99 {'b': 2}
# expect: 2 3 {'b': 2, 'c': 3}
# expect: {'k': [1, 2]}
# expect: ['b', 'c'] [2, 3] [('b', 2), ('c', 3)]
# expect: {'b': 2, 'c': 30, 'e': 5}
# expect: 3 4
# expect: {} 0 {'b': 2, 'c': 30, 'e': 5, 'new': 0}
