# Sets are ordered by inclusion, as in CPython: < is a proper subset, <= a
# subset, > and >= the reverse; min() and max() keep the first item no
# later one beats.  sorted(d.items()) with set values (d a dict or a
# defaultdict) orders by the keys (they all differ, so no two sets are
# compared).
from collections import defaultdict


def main() -> None:
    a, b, c = {1, 2}, {1, 2, 3}, {4}
    print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > b)
    print(a < c, c < a, a <= c, c >= a, a == {2, 1}, a != b)
    print(min([b, a, c]), max([a, b, c]), min([c, a]), max([{5}, {5, 6}, {5, 6, 7}]))
    groups: dict[str, set[int]] = {"odd": {1, 3}, "even": {2, 4}, "none": set()}
    for name, members in sorted(groups.items()):
        print(name, sorted(members))
    print(sorted(groups.items(), reverse=True))
    index: defaultdict[int, set[int]] = defaultdict(set)
    for n in [1, 2, 4, 7]:
        index[n % 3].add(n)
    print(sorted(index.items()))
    chain = [x for x in [a, b, c] if a <= x]
    print(chain)


main()

# expect: True True True True False True False
# expect: False False False False True True
# expect: {1, 2} {1, 2, 3} {4} {5, 6, 7}
# expect: even [2, 4]
# expect: none []
# expect: odd [1, 3]
# expect: [('odd', {1, 3}), ('none', set()), ('even', {2, 4})]
# expect: [(1, {1, 4, 7}), (2, {2})]
# expect: [{1, 2}, {1, 2, 3}]
