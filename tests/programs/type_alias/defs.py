# Aliases defined in one module and used in another's annotations.
from typing import Callable

Table = dict[str, list[int]]
Reducer = Callable[[list[int]], int]


def build(words: list[str]) -> Table:
    t: Table = {}
    for w in words:
        t.setdefault(w[0], []).append(len(w))
    return t
