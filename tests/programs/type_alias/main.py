# Module-level type aliases (issue 8: `Groups = list[Optional[tuple[int,
# int]]]`, `Cont = Callable[[int], bool]` in a regex matcher): a name
# assigned a generic type or `X | None` names that type in annotations,
# here and in modules that import it (a quoted name inside is a forward
# reference, as in CPython).
from __future__ import annotations
import sys
import typing
from typing import Callable, Optional

import defs
from defs import Reducer


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


Groups = list[Optional[tuple[int, int]]]
Cont = Callable[[int], bool]
Env = dict[str, "Node"]
MaybeNode = Node | None
Pairs = typing.List[tuple[str, int]]


def run(groups: Groups, k: Cont, env: Env, n: MaybeNode, ps: Pairs) -> int:
    total = 0
    for g in groups:
        if g is not None:
            total += g[1] - g[0]
    if n is not None:
        total += n.v
    return total + sum(v.v for v in env.values()) + (1 if k(total) else 0) + len(ps)


def main(argv: list[str]) -> int:
    gs: Groups = [None, (1, 4)]
    print(run(gs, lambda x: x > 2, {"a": Node(5)}, Node(7), [("x", 1)]))
    t: defs.Table = defs.build(["apple", "avocado", "bean"])
    r: Reducer = sum
    print(sorted((k, r(v)) for k, v in t.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 17
# expect: [('a', 12), ('b', 4)]
