# Without `from __future__ import annotations`: what CPython evaluates
# names classes defined earlier, or quotes them; a local variable's
# annotation is never evaluated, so it may name a later class.
import sys
from typing import Optional


class Leaf:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


class Tree:
    leaves: list[Leaf]
    parent: "Tree | None"
    extra: Optional["Later"]

    def __init__(self, parent: "Tree | None") -> None:
        self.leaves = []
        self.parent = parent
        self.extra = None

    def add(self, leaf: Leaf) -> "Tree":
        self.leaves.append(leaf)
        return self

    def attach(self, later: "Later") -> None:
        self.extra = later


def build() -> int:
    t: Tree = Tree(None)
    later: Later = Later(5)
    t.add(Leaf(1)).add(Leaf(2)).attach(later)
    kids: list[Later] = [later]
    return sum([leaf.v for leaf in t.leaves]) + kids[0].w


first: Leaf = Leaf(10)


class Later:
    w: int

    def __init__(self, w: int) -> None:
        self.w = w


def main(argv: list[str]) -> int:
    print(build(), first.v)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 8 10
