# Quiet loops (passes/quiet_loops.c): a `for` over a range or a list whose
# body neither calls (a list's own checked __getitem__/__setitem__ aside)
# nor allocates loses its back-edge poll, and its list lengths and item
# arrays are read once, behind a null test, on the way in (`digits`,
# `add_into`, `maybe`).  Kept: the poll of a loop that calls (`calls`), of
# a while loop (`spin`), of a loop over a list whose length the body
# writes (`grows`: append's fast path is a field store); no hoisting out
# of a loop that polls.
# dump-ir: quiet_loops digits add_into maybe calls spin grows
import sys
from typing import Optional


def digits(a: list[int], f: int) -> list[int]:
    r = [0] * (len(a) + 1)
    carry = 0
    for i in range(len(a)):
        carry += a[i] * f
        r[i] = carry & 1023
        carry >>= 10
    r[len(a)] = carry
    return r


def add_into(r: list[int], x: list[int]) -> None:
    k = 0
    for y in x:
        r[k] += y
        k += 1


def maybe(x: Optional[list[int]], n: int) -> int:
    s = 0
    for i in range(n):
        if x is not None:
            s += x[i]
    return s


def twice(y: int) -> int:
    return 2 * y


def calls(a: list[int]) -> int:
    s = 0
    for y in a:
        s += twice(y)
    return s


def spin(a: list[int]) -> int:
    i = 0
    while i < len(a) and a[i] != 0:
        i += 1
    return i


def grows(a: list[int]) -> int:
    n = 0
    for y in a:
        if y > 0 and len(a) < 8:
            a.append(y - 1)
        n += 1
    return n


def main(argv: list[str]) -> int:
    print(digits([1000, 5, 1023], 7), maybe(None, 3), maybe([1, 2, 3], 3))
    r = [1, 2, 3, 4]
    add_into(r, [10, 20])
    print(r, calls([-1, 2, -3]), spin([3, 2, 0, 1]), grows([2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
