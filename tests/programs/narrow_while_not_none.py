# Narrowing in `while x is not None:` walking a linked list; narrowing ends
# at the assignment and starts again at the loop test.
from __future__ import annotations

import sys


class Cell:
    value: int
    next: Cell | None

    def __init__(self, value: int, next: Cell | None) -> None:
        self.value = value
        self.next = next


def build(n: int) -> Cell | None:
    head: Cell | None = None
    for i in range(n, 0, -1):
        head = Cell(i, head)
    return head


def main(argv: list[str]) -> int:
    p = build(5)
    total = 0
    while p is not None:
        total += p.value
        print(p.value, end=",")
        p = p.next
    print()
    print("total", total)
    q = build(3)
    while q:
        print("q", q.value)
        q = q.next
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1,2,3,4,5,
# expect: total 15
# expect: q 1
# expect: q 2
# expect: q 3
