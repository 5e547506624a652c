# Narrowing after `if x is None:` followed by return, raise, break or
# continue.
from __future__ import annotations

import sys


class Node:
    key: str
    child: Node | None

    def __init__(self, key: str, child: Node | None) -> None:
        self.key = key
        self.child = child


def depth_name(n: Node | None) -> str:
    if n is None:
        return "empty"
    return n.key


def must(n: Node | None) -> str:
    if n is None:
        raise ValueError("missing node")
    return n.key.upper()


def main(argv: list[str]) -> int:
    tree = Node("a", Node("b", None))
    print(depth_name(tree), depth_name(None), must(tree))
    try:
        print(must(None))
    except ValueError as e:
        print("error:", str(e))
    nodes: list[Node | None] = [tree, None, tree.child, None]
    for n in nodes:
        if n is None:
            continue
        print("visit", n.key)
    i = 0
    while True:
        cur = nodes[i]
        i += 1
        if cur is None:
            break
        print("until none", cur.key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a empty A
# expect: error: missing node
# expect: visit a
# expect: visit b
# expect: until none a
