# x in d.keys(), d.values(), d.items() (CPython's dict views): keys and
# items by the key's hash, values by ==.
import sys
from collections import defaultdict


def main(argv: list[str]) -> int:
    d = {"k": 1, "j": 2}
    print("k" in d.keys(), "z" in d.keys(), "z" not in d.keys())
    print(2 in d.values(), 5 in d.values(), 5 not in d.values())
    print(("k", 1) in d.items(), ("k", 2) in d.items(), ("q", 1) in d.items())
    lists: dict[int, list[int]] = {1: [2], 3: []}
    print(1 in lists.keys(), [2] in lists.values(), (1, [2]) in lists.items())
    keys = d.keys()
    d["new"] = 7                    # a view sees later changes
    print("new" in keys, ("new", 7) in d.items())
    groups: defaultdict[str, int] = defaultdict(int)
    groups["a"] += 1
    print("a" in groups.keys(), 1 in groups.values(), ("a", 1) in groups.items())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False True
# expect: True False True
# expect: True False False
# expect: True True True
# expect: True True
# expect: True True True
