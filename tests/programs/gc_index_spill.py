# A list index whose inline test fails (a negative index, or one out of
# range, which raises IndexError and so allocates) calls the prelude's
# method, which may collect: the references the caller keeps in C locals
# across that call are saved around it, not given shadow-stack slots
# (backend/emit_func.c, spills_around), and must come back moved.  With
# RTRANS_GC_STRESS the nursery collects every few allocations, so young
# objects held across the raising index move while it runs; each function
# then writes to them, which through a stale address would be lost.
# env: RTRANS_GC_STRESS=1
import sys


class Pair:
    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b


def pick(items: list[Pair], i: int, keep: Pair) -> int:
    # keep lives across the call for the negative index only
    p = items[i]
    keep.a += 1
    return p.a + keep.a + len(keep.b)


def probe(items: list[Pair], i: int, keep: Pair) -> int:
    try:
        return items[i].a + keep.a
    except IndexError:
        # keep and items were held across the raise
        keep.a += 2
        return len(items) - keep.a - len(keep.b)


def store(items: list[Pair], i: int, v: Pair, keep: Pair) -> int:
    try:
        items[i] = v
    except IndexError:
        v.a += 3
        return keep.a * 2 + v.a
    return keep.a + items[i].a + len(v.b)


def round_trip(n: int) -> int:
    total = 0
    for k in range(n):
        keep = Pair(k, "k" + str(k))
        items = [Pair(j + k, "i" + str(j)) for j in range(3)]
        total += pick(items, -1, keep) + pick(items, 1, keep)
        total += probe(items, -2, keep)
        for r in range(24):
            # the IndexErrors are most of what this loop allocates, so
            # collections come during the raising index
            total += probe(items, 3 + r, keep)
        fresh = Pair(-k, "f" + str(k))
        total += store(items, -3 - k % 4, fresh, keep)
        total += store(items, 2, fresh, keep)
        total += items[0].a + len(items[1].b) + len(keep.b)
        total += keep.a * 7 + fresh.a * 5
    return total


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 3000
    print(round_trip(n))
    print(round_trip(7))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: -66809078
# expect: -1032
