# Using None as an object raises AttributeError naming the attribute:
# field reads, field writes and method calls.
from __future__ import annotations

import sys


class Node:
    value: int
    next: Node | None

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None

    def size(self) -> int:
        return 1


def main(argv: list[str]) -> int:
    n = Node(1)
    try:
        print(n.next.value)
    except AttributeError as e:
        print("AttributeError:", str(e))
    try:
        n.next.value = 5
    except AttributeError as e:
        print("AttributeError:", str(e))
    try:
        print(n.next.size())
    except AttributeError as e:
        print("AttributeError:", str(e))
    m: Node | None = None
    print(m.value)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: AttributeError: 'NoneType' object has no attribute 'value'
# expect: AttributeError: 'NoneType' object has no attribute 'value'
# expect: AttributeError: 'NoneType' object has no attribute 'size'
# expect-exit: 1
# expect-stderr: AttributeError: 'NoneType' object has no attribute 'value'
