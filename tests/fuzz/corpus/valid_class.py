from __future__ import annotations
import sys

class Node:
    value: int
    next: Node | None = None

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def length(self) -> int:
        n = 1
        p = self.next
        while p is not None:
            n += 1
            p = p.next
        return n


def main(argv: list[str]) -> int:
    print("hello", argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
