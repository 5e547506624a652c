# Binary-trees: allocate and walk many complete binary trees (GC and
# allocation heavy).  Argument: the maximum depth.
# bench-size: 17
# bench-quick: 10
from __future__ import annotations

import sys


class Node:
    left: Node | None
    right: Node | None

    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right


def make(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(t: Node) -> int:
    l = t.left
    r = t.right
    if l is None or r is None:
        return 1
    return 1 + check(l) + check(r)


def main(argv: list[str]) -> int:
    max_depth = int(argv[1]) if len(argv) > 1 else 10
    min_depth = 4
    print(f"stretch tree of depth {max_depth + 1}\t check: {check(make(max_depth + 1))}")
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
