# Forward references: classes naming classes defined later, both with
# `from __future__ import annotations` and with string annotations.
from __future__ import annotations

import sys


class Tree:
    root: Node | None

    def __init__(self) -> None:
        self.root = None

    def insert(self, v: int) -> None:
        if self.root is None:
            self.root = Node(v)
        else:
            self.root.insert(v)

    def items(self) -> list[int]:
        out: list[int] = []
        if self.root is not None:
            self.root.collect(out)
        return out


class Node:
    value: int
    left: "Node | None"
    right: Node | None

    def __init__(self, value: int) -> None:
        self.value = value
        self.left = None
        self.right = None

    def insert(self, v: int) -> None:
        if v < self.value:
            if self.left is None:
                self.left = Node(v)
            else:
                self.left.insert(v)
        else:
            if self.right is None:
                self.right = Node(v)
            else:
                self.right.insert(v)

    def collect(self, out: list[int]) -> None:
        if self.left is not None:
            self.left.collect(out)
        out.append(self.value)
        if self.right is not None:
            self.right.collect(out)


def make(values: list[int]) -> "Tree":
    t = Tree()
    for v in values:
        t.insert(v)
    return t


def main(argv: list[str]) -> int:
    print(make([5, 3, 8, 1, 4, 9, 7]).items())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1, 3, 4, 5, 7, 8, 9]
