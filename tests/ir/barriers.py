# The GC write barrier of GIL builds: before a reference store into an
# object that may be old, none into an object allocated in the same block,
# none for non-reference stores.
# dump-ir: gcbarrier Node.__init__ link relink
from __future__ import annotations

import sys


class Node:
    value: int
    next: Node | None

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None


def link(a: int, b: int) -> Node:
    n = Node(a)
    n.next = Node(b)
    return n


def relink(n: Node, m: Node) -> None:
    n.value = 3
    n.next = m


def main(argv: list[str]) -> int:
    n = link(1, 2)
    relink(n, Node(4))
    print(n.value)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
