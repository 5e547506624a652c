# Statements the lowering compiles without the general machinery, and the
# cases where it must not: a, b = x, y without building the tuple (the
# right side is evaluated first, then the targets are assigned in order);
# lst[i] op= v on a list (negative indices and errors as CPython); module
# globals assigned once to a literal read as constants, and the ones that
# are reassigned (at module level or through `global`) read as variables.
import sys

LIMIT = 10
NAME = "fast"
NEG = -3
RATE = 2.5
ENABLED = True
NOTHING: str | None = None
COUNTER = 0
LATER = 1
LATER = 2


def bump() -> None:
    global COUNTER
    COUNTER += 1


class Box:
    a: int
    b: int

    def __init__(self) -> None:
        self.a = 1
        self.b = 2


def swaps() -> None:
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    x = [10, 20, 30]
    i, j = 0, 2
    x[i], x[j] = x[j], x[i]
    print(x)
    i, x[i] = 1, 99          # i is assigned first, then x[i] uses it
    print(i, x)
    box = Box()
    box.a, box.b = box.b, box.a
    print(box.a, box.b)
    p, q = (a + b, a * b)
    print(p, q)


def item_ops() -> None:
    x = [1, 2, 3]
    x[0] += 10
    x[-1] *= 7
    x[1] -= 5
    print(x)
    f = [1.5, 2.5]
    f[-2] /= 2
    print(f)
    s = ["a", "b"]
    s[1] += "c"
    print(s)
    try:
        x[3] += 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        x[-4] -= 1
    except IndexError as e:
        print("IndexError:", e)


def globals_read() -> None:
    total = 0
    for k in range(LIMIT):
        total += k
    print(total, NAME, NEG, RATE, ENABLED, NOTHING)
    bump()
    bump()
    print(COUNTER, LATER)


def main(argv: list[str]) -> int:
    swaps()
    item_ops()
    globals_read()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2 1
# expect: [30, 20, 10]
# expect: 1 [30, 99, 10]
# expect: 2 1
# expect: 3 2
# expect: [11, -3, 21]
# expect: [0.75, 2.5]
# expect: ['a', 'bc']
# expect: IndexError: list index out of range
# expect: IndexError: list index out of range
# expect: 45 fast -3 2.5 True None
# expect: 2 2
