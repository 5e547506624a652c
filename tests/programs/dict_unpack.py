# Dict displays with `**d` items (found writing app_ml_infer.py for issue
# 8: `infer(body, {**env, param: t})` extends an environment): a new dict
# filled in source order, later keys replacing earlier ones; the display
# takes its type from the unpacked dict, or from where it goes.
from __future__ import annotations


class Scope:
    def __init__(self, names: dict[str, int]) -> None:
        self.names = names

    def extend(self, name: str, value: int) -> Scope:
        return Scope({**self.names, name: value})


def trace(tag: str, d: dict[str, int]) -> dict[str, int]:
    print("eval", tag)
    return d


def main() -> None:
    base = {"a": 1, "b": 2}
    over = {"b": 20, "c": 30}
    merged = {**base, **over}
    print(merged, base, over)
    print({"b": 0, **base}, {**base, "b": 0}, {**base})
    copy = {**base}
    copy["z"] = 26
    print(copy, base, copy is base)
    widened: dict[str, float] = {"x": 0.5, **{"y": 1.5}}
    print(widened)
    order = {**trace("first", {"k": 1}), "k": 2, **trace("second", {"k": 3, "m": 4})}
    print(order)
    s = Scope({"x": 1}).extend("y", 2).extend("x", 3)
    print(s.names)
    nested: dict[int, list[str]] = {1: ["one"]}
    more = {**nested, 2: ["two", "deux"]}
    more[1].append("un")        # the lists are shared, as in CPython
    print(more, nested)
    empty: dict[str, int] = {}
    print({**empty}, {**empty, **empty} == {})


main()

# expect: {'a': 1, 'b': 20, 'c': 30} {'a': 1, 'b': 2} {'b': 20, 'c': 30}
# expect: {'b': 2, 'a': 1} {'a': 1, 'b': 0} {'a': 1, 'b': 2}
# expect: {'a': 1, 'b': 2, 'z': 26} {'a': 1, 'b': 2} False
# expect: {'x': 0.5, 'y': 1.5}
# expect: eval first
# expect: eval second
# expect: {'k': 3, 'm': 4}
# expect: {'x': 3, 'y': 2}
# expect: {1: ['one', 'un'], 2: ['two', 'deux']} {1: ['one', 'un']}
# expect: {} True
