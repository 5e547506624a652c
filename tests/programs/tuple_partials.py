# Empty containers and None given in a tuple assignment (`evens, odds = [],
# []`, found writing app_datalog.py for issue 8) are typed by later uses,
# as when each is assigned alone; the items are still all evaluated before
# any name is assigned.
from __future__ import annotations


def split(xs: list[int]) -> tuple[list[int], list[str]]:
    evens, odds = [], []
    for x in xs:
        if x % 2 == 0:
            evens.append(x)
        else:
            odds.append(str(x))
    return evens, odds


def count(words: list[str]) -> None:
    seen, total, best = {}, 0, None
    for w in words:
        seen[w] = seen.get(w, 0) + 1
        total += 1
        if best is None or seen[w] > seen[best]:
            best = w
    print(seen, total, best)


def swap_in(pairs: list[tuple[str, int]]) -> None:
    names, values = ["start"], set()
    for n, v in pairs:
        names.append(n)
        values.add(v)
    print(names, sorted(values))


queue, done = [], {}
queue.append("job")
done["job"] = True


def main() -> None:
    print(split([1, 2, 3, 4]))
    count(["a", "b", "a"])
    swap_in([("x", 3), ("y", 1)])
    print(queue, done)


main()

# expect: ([2, 4], ['1', '3'])
# expect: {'a': 2, 'b': 1} 3 a
# expect: ['start', 'x', 'y'] [1, 3]
# expect: ['job'] {'job': True}
