# RTRANS_HEAP_CHECK=1 runs the heap checker after every collection: a
# program that makes young and old objects, cycles, a dict and garbage
# (a 64 KiB nursery, so it collects often) runs through it unchanged.
import sys


class Node:
    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next
        self.other: "Node | None" = None


def build(n: int) -> Node:
    head = Node(0, None)
    for i in range(1, n):
        head = Node(i, head)
    node: Node | None = head
    while node is not None:
        node.other = head
        node = node.next
    return head


def total(head: Node) -> int:
    s = 0
    node: Node | None = head
    while node is not None:
        s += node.value
        node = node.next
    return s


def main(argv: list[str]) -> int:
    keep: list[Node] = []
    index: dict[int, str] = {}
    for round in range(30):
        head = build(300)
        if round % 5 == 0:
            keep.append(head)
        index[round] = "round " + str(round)
        garbage = [str(i) * 3 for i in range(200)]
        print(round, total(head), len(garbage), index[round])
    print("kept", len(keep), sum(total(h) for h in keep))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# env: RTRANS_HEAP_CHECK=1
# env: RTRANS_NURSERY=64k

# expect: 0 44850 200 round 0
# expect: 1 44850 200 round 1
# expect: 2 44850 200 round 2
# expect: 3 44850 200 round 3
# expect: 4 44850 200 round 4
# expect: 5 44850 200 round 5
# expect: 6 44850 200 round 6
# expect: 7 44850 200 round 7
# expect: 8 44850 200 round 8
# expect: 9 44850 200 round 9
# expect: 10 44850 200 round 10
# expect: 11 44850 200 round 11
# expect: 12 44850 200 round 12
# expect: 13 44850 200 round 13
# expect: 14 44850 200 round 14
# expect: 15 44850 200 round 15
# expect: 16 44850 200 round 16
# expect: 17 44850 200 round 17
# expect: 18 44850 200 round 18
# expect: 19 44850 200 round 19
# expect: 20 44850 200 round 20
# expect: 21 44850 200 round 21
# expect: 22 44850 200 round 22
# expect: 23 44850 200 round 23
# expect: 24 44850 200 round 24
# expect: 25 44850 200 round 25
# expect: 26 44850 200 round 26
# expect: 27 44850 200 round 27
# expect: 28 44850 200 round 28
# expect: 29 44850 200 round 29
# expect: kept 6 269100
