# Transactions that end deep inside a call: the function that breaks is
# the root of the next transaction and commits when it returns; callers
# without a loop of their own (small_step, pair_of, after_sleep) then go on
# in an inevitable fragment holding references in C locals across the
# commit, which moves young objects; callers with a loop start a new
# transaction.  Atomic sections entered right after such a break, and a
# blocking call in a loop-free function, are covered too.  Every thread's
# results and the shared totals are exact.
import sys
import threading
import time

import rtrans

# threads


class Node:
    value: int
    next: "Node | None"

    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


class Shared:
    total: int
    items: list[int]

    def __init__(self) -> None:
        self.total = 0
        self.items = []


def breaker(n: int) -> Node:
    """Allocate, then end the transaction here."""
    head: Node | None = None
    for i in range(n):
        head = Node(i, head)
    rtrans.hint_commit_soon()
    rtrans.transaction_break_point()
    assert head is not None
    return head


def length(n: Node | None) -> int:
    k = 0
    while n is not None:
        k += 1
        n = n.next
    return k


def small_step(tag: int) -> Node:
    # a reference made before the call and one returned by it, both used
    # after the callee's transaction committed
    before = Node(tag, None)
    got = breaker(5)
    return Node(before.value + got.value, got)


def pair_of(tag: int, shared: Shared) -> int:
    got = breaker(3)
    with rtrans.atomic:          # entered in a fragment: it ends first
        shared.total += got.value + tag
        shared.items.append(tag)
    return length(got)


def after_sleep(tag: int) -> Node:
    keep = Node(tag, None)
    time.sleep(0)
    return Node(keep.value * 2, keep)


def worker(shared: Shared, tid: int, rounds: int, out: list[int]) -> None:
    acc = 0
    for r in range(rounds):
        n = small_step(r)
        acc += n.value + length(n)
        acc += pair_of(tid * 1000 + r, shared)
        s = after_sleep(r)
        acc += s.value + length(s)
        garbage = [Node(j, None) for j in range(20)]
        acc += len(garbage)
    out[tid] = acc


def expected(rounds: int) -> int:
    acc = 0
    for r in range(rounds):
        acc += (r + 4) + 6          # small_step: value r + 4, 6 nodes
        acc += 3                    # pair_of
        acc += 2 * r + 2            # after_sleep
        acc += 20
    return acc


def main(argv: list[str]) -> int:
    shared = Shared()
    nthreads = 4
    rounds = 300
    out = [0] * nthreads
    threads = [threading.Thread(target=worker, args=(shared, t, rounds, out))
               for t in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    want = expected(rounds)
    print(all(v == want for v in out), want)
    total = sum(t * 1000 + r + 2 for t in range(nthreads) for r in range(rounds))
    print(shared.total == total, len(shared.items) == nthreads * rounds)
    print(sorted(shared.items) == sorted(t * 1000 + r for t in range(nthreads) for r in range(rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True 145050
# expect: True True
# expect: True
