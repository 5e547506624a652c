# Threads build linked structures concurrently and splice them into a
# shared registry under a Lock; the main thread checks every node.
from __future__ import annotations

import sys
import threading

# threads


class Node:
    owner: int
    value: int
    next: Node | None

    def __init__(self, owner: int, value: int, next: Node | None) -> None:
        self.owner = owner
        self.value = value
        self.next = next


class Registry:
    heads: dict[int, Node]
    lock: threading.Lock

    def __init__(self) -> None:
        self.heads = {}
        self.lock = threading.Lock()


def build(reg: Registry, owner: int, n: int) -> None:
    head: Node | None = None
    last: Node | None = None  # the chunk's first node, its tail
    for i in range(n):
        node = Node(owner, i, head)
        if head is None:
            last = node
        head = node
        if i % 1000 == 999:
            with reg.lock:
                if last is not None:
                    last.next = reg.heads.get(owner)
                reg.heads[owner] = node
            head = None
            last = None


def main(argv: list[str]) -> int:
    reg = Registry()
    threads = [threading.Thread(target=build, args=(reg, o, 5000)) for o in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for owner in sorted(reg.heads):
        count = 0
        total = 0
        wrong = 0
        p: Node | None = reg.heads[owner]
        while p is not None:
            count += 1
            total += p.value
            if p.owner != owner:
                wrong += 1
            p = p.next
        print(owner, count, total, wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 5000 12497500 0
# expect: 1 5000 12497500 0
# expect: 2 5000 12497500 0
# expect: 3 5000 12497500 0
