# Parallel benchmark for --stm: each thread builds and walks its own binary
# trees (allocation-heavy, no shared data), so the threads should run in
# parallel.  Arguments: THREADS DEPTH ROUNDS.  The total work is fixed: the
# rounds are split among the threads.
from __future__ import annotations

import sys
import threading

import rtrans


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


def check(n: Node) -> int:
    left = n.left
    right = n.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


class Result:
    nodes: int

    def __init__(self) -> None:
        self.nodes = 0


def worker(res: Result, depth: int, rounds: int) -> None:
    total = 0
    for _ in range(rounds):
        total += check(make(depth))
        # Each round may end a transaction: without break points a thread's
        # whole run would be one transaction.
        rtrans.transaction_break_point()
    res.nodes = total


def main(argv: list[str]) -> int:
    threads = int(argv[1]) if len(argv) > 1 else 2
    depth = int(argv[2]) if len(argv) > 2 else 14
    rounds = int(argv[3]) if len(argv) > 3 else 40
    results = [Result() for _ in range(threads)]
    ts: list[threading.Thread] = []
    for k in range(threads):
        share = rounds // threads + (1 if k < rounds % threads else 0)
        ts.append(threading.Thread(target=worker, args=(results[k], depth, share)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("nodes", sum([r.nodes for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
