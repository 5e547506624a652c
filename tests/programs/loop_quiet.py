# Quiet loops (passes/quiet_loops.c): `for` loops without calls lose
# their back-edge poll and read list lengths and item arrays once on entry.
# The results must not change where that could go wrong: two names for
# one list (the loop writes the list it reads), a negative index (the
# list's checked method runs inside the loop and returns), an IndexError
# leaving the loop, an Optional list read only after its None test, a
# field written through an alias of the object whose field the loop
# reads, reversed() over a list, enumerate and zip, and nested loops.
import sys
from typing import Optional


class Box:
    def __init__(self, n: int) -> None:
        self.n = n
        self.items = [0] * n


def add_into(r: list[int], x: list[int]) -> None:
    k = 0
    for y in x:
        r[k] += y
        k += 1


def shift_left(a: list[int]) -> None:
    for i in range(len(a) - 1):
        a[i] = a[i + 1]


def tail_sum(a: list[int], n: int) -> int:
    s = 0
    for i in range(1, n + 1):
        s += a[-i]
    return s


def first_bad(a: list[int], n: int) -> str:
    s = 0
    try:
        for i in range(n):
            s += a[i]
    except IndexError as e:
        return f"IndexError {e} after sum {s}"
    return f"sum {s}"


def maybe(x: Optional[list[int]], n: int) -> int:
    s = 0
    for i in range(n):
        if x is not None:
            s += x[i]
    return s


def refill(b: Box, c: Box) -> int:
    # c may be b: the loop writes the field index it reads.
    s = 0
    for i in range(3):
        s += b.n
        c.n = i + 10
    return s


def mixed(a: list[int]) -> list[int]:
    out = [0] * len(a)
    for i, v in enumerate(a):
        out[i] = v * i
    for p, q in zip(a, out):
        out[0] += p - q
    for v in reversed(a):
        out[-1] += v
    return out


def square_table(n: int) -> list[int]:
    t = [0] * (n * n)
    for i in range(n):
        for j in range(n):
            t[i * n + j] = i * j
    return t


def fill_box(b: Box) -> int:
    for i in range(b.n):
        b.items[i] = i * i
    s = 0
    for v in b.items:
        s += v
    return s


def main(argv: list[str]) -> int:
    r = [1, 2, 3, 4]
    add_into(r, [10, 20])
    print(r)
    add_into(r, r)
    print(r)
    a = [5, 6, 7, 8]
    shift_left(a)
    print(a, tail_sum(a, 3), tail_sum(a, 4))
    print(first_bad([1, 2, 3], 3), "|", first_bad([1, 2, 3], 5))
    print(maybe(None, 4), maybe([4, 5, 6, 7], 4))
    b = Box(2)
    print(refill(b, Box(1)), refill(b, b), b.n)
    print(mixed([3, 1, 4, 1, 5]))
    print(sum(square_table(4)), square_table(3))
    print(fill_box(Box(6)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [11, 22, 3, 4]
# expect: [22, 44, 6, 8]
# expect: [6, 7, 8, 8] 23 29
# expect: sum 6 | IndexError list index out of range after sum 6
# expect: 0 22
# expect: 6 23 12
# expect: [-18, 1, 8, 3, 34]
# expect: 36 [0, 0, 0, 0, 1, 2, 0, 2, 4]
# expect: 55
