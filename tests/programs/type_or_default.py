# `x or default` with x a `T | None` and default a T is a T, as mypy types
# it: x when it is true, else the default (so "" and 0 take the default,
# as in CPython).  Numbers that may be None are unboxed only when chosen.
import sys


class Item:
    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight

    def __repr__(self) -> str:
        return f"Item({self.name!r}, {self.weight})"


class Heavy(Item):
    pass


def label(name: str | None) -> str:
    text = name or "anonymous"
    return text.upper()


def weight(w: int | None, f: float | None) -> float:
    n = w or 1
    x = f or 0.5
    return n * x


def first_item(items: list[Item], fallback: Item) -> Item:
    found: Item | None = None
    for it in items:
        if it.weight > 10:
            found = it
            break
    best = found or fallback
    return best


def maybe_heavy(h: Heavy | None, default: Item) -> Item:
    return h or default


def count(d: dict[str, int], k: str) -> int:
    return d.get(k) or -1


def calls(log: list[str], v: str | None) -> str:
    log.append("left")
    return v or note(log, "right")


def note(log: list[str], s: str) -> str:
    log.append(s)
    return s


def main(argv: list[str]) -> int:
    print(label(None), label(""), label("ada"))
    print(weight(None, None), weight(0, 0.0), weight(3, 2.5), weight(None, 4.0))
    items = [Item("pen", 1), Item("desk", 30), Item("lamp", 12)]
    print(first_item(items, Item("none", 0)), first_item(items[:1], Item("none", 0)))
    print(maybe_heavy(None, Item("x", 2)), maybe_heavy(Heavy("anvil", 99), Item("x", 2)))
    d = {"a": 3, "zero": 0}
    print(count(d, "a"), count(d, "zero"), count(d, "b"))
    log: list[str] = []
    print(calls(log, "given"), calls(log, None), calls(log, ""), log)
    names: list[str | None] = ["x", None, "", "y"]
    print([n or "-" for n in names], sum(w or 0 for w in [1, None, 5]))
    total = 0
    for w in [4, None, 0, 6]:
        total += w or 100
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ANONYMOUS ANONYMOUS ADA
# expect: 0.5 0.5 7.5 4.0
# expect: Item('desk', 30) Item('none', 0)
# expect: Item('x', 2) Item('anvil', 99)
# expect: 3 -1 -1
# expect: given right right ['left', 'left', 'right', 'left', 'right']
# expect: ['x', '-', '-', 'y'] 6
# expect: 210
