# The GC write barrier of GIL builds: before a reference store into an
# object that may be old, none into an object allocated in the same block
# or barriered already in the block with no safe point since, none for
# non-reference stores.
# dump-ir: gcbarrier Node.__init__ link relink set_both set_around_alloc
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


class Pair:
    left: Node | None
    right: Node | None

    def __init__(self) -> None:
        self.left = None
        self.right = None


def set_both(p: Pair, a: Node, b: Node) -> None:
    p.left = a
    p.right = b         # the first store's barrier covers this one


def set_around_alloc(p: Pair, a: Node) -> None:
    p.left = a
    p.right = Node(5)   # the allocation is a safe point: a barrier again


def main(argv: list[str]) -> int:
    n = link(1, 2)
    relink(n, Node(4))
    print(n.value)
    p = Pair()
    set_both(p, n, Node(6))
    set_around_alloc(p, n)
    print(p.left.value if p.left is not None else 0, p.right.value if p.right is not None else 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
