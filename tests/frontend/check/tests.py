# and/or in tests: only the truth value is used, so the operands may have
# different types (each is a test itself, typed bool, marked "(test)"),
# and the left operand narrows the right one.  A value and/or keeps the
# same-type rule.
from __future__ import annotations

import sys


class Node:
    value: int
    next: Node | None

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next


def describe(s: str | None, n: int, xs: list[int], node: Node | None) -> str:
    if s and len(s) > 2:
        return s
    while node and node.value < n:
        node = node.next
    assert xs or n >= 0, "empty"
    flags = [x for x in xs if x and not (s or x > 1)]
    label = "big" if n and xs else "small"
    ok = bool(s or n)
    name = s or "anonymous"
    last = node is None or not (node.next and n)
    return f"{label} {flags} {ok} {name} {last}"


def main(argv: list[str]) -> int:
    print(describe(None, 2, [0, 1, 2], Node(1, Node(3))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
