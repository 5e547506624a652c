# Lists filled with one value: `[x] * n` (and `[a, b] * n`, `n * [x]`) is
# allocated at its final size and filled in place; `for i in range(a, b):
# lst[i] = v` is one fill when a..b is inside the list, and the loop as
# written otherwise (negative indices, IndexError part way, empty ranges).
# Results, the loop variable afterwards and errors must be CPython's.


class Slot:
    def __init__(self, name: str) -> None:
        self.name = name


BLANK = Slot("blank")


def repeated(n: int) -> list[Slot]:
    return [BLANK] * n


def repeats() -> None:
    print([0] * 5, [7] * 3, [7] * 0, [7] * -2, 3 * [1.5])
    print([0.0] * 2, [-0.0] * 2, [True] * 2 + [False] * 2, ["x", "y"] * 2)
    print([1, 2] * 3, [1, 2] * 0, [1, 2, 3] * 1, 2 * [4, 5])
    opt: list[Slot | None] = [None] * 3
    print(len(opt), opt[0] is None, opt[2] is None)
    xs = repeated(4)
    print(len(xs), xs[0] is BLANK, xs[3] is BLANK, len(repeated(-1)))
    nested = [[0] * 2] * 2      # one inner list, twice
    nested[0][0] = 5
    print(nested)
    grown = [1] * 3
    grown.append(2)
    print(grown, len(grown))
    count = 0

    def nxt() -> int:
        nonlocal count
        count += 1
        return count
    print([nxt()] * nxt(), nxt() * [nxt()])     # operands in source order
    try:
        print(len([1, 2] * (2 ** 62)))
    except (OverflowError, MemoryError):
        print("too big")


def clear(regs: list[Slot]) -> int:
    blank = BLANK
    i = -1
    for i in range(len(regs)):
        regs[i] = blank
    return i


def fill_range(xs: list[int], a: int, b: int, v: int) -> str:
    i = 99
    try:
        for i in range(a, b):
            xs[i] = v
    except IndexError as e:
        return f"IndexError {e} at i={i} {xs}"
    return f"ok i={i} {xs}"


def fill_else(xs: list[float], n: int) -> int:
    k = 0
    for k in range(n):
        xs[k] = -1.5
    else:
        k += 100
    return k


def fill_boxed(xs: list[int | None], n: int) -> None:
    for j in range(n):
        xs[j] = None
    for j in range(1, n):
        xs[j] = 7               # a box per slot: not a fill
    print(xs)


def fills() -> None:
    regs = [Slot(str(i)) for i in range(5)]
    print(clear(regs), all(r is BLANK for r in regs), clear([]))
    for a, b in [(0, 4), (1, 3), (2, 2), (3, 1), (-2, 2), (0, 6), (2, 9), (-9, 1)]:
        print(a, b, fill_range([1, 2, 3, 4], a, b, 0))
    fs = [0.5] * 4
    print(fill_else(fs, 3), fs, fill_else(fs, 0))
    fill_boxed([1, 2, 3, 4], 3)
    flags = [True, False, True]
    q = -5
    for q in range(1, 3):
        flags[q] = False
    words = ["a", "b", "c"]
    for q in range(2):
        words[q] = "zz"
    print(flags, words, q)


repeats()
fills()
# expect: [0, 0, 0, 0, 0] [7, 7, 7] [] [] [1.5, 1.5, 1.5]
# expect: [0.0, 0.0] [-0.0, -0.0] [True, True, False, False] ['x', 'y', 'x', 'y']
# expect: [1, 2, 1, 2, 1, 2] [] [1, 2, 3] [4, 5, 4, 5]
# expect: 3 True True
# expect: 4 True True 0
# expect: [[5, 0], [5, 0]]
# expect: [1, 1, 1, 2] 4
# expect: [1, 1] [4, 4, 4]
# expect: too big
# expect: 4 True -1
# expect: 0 4 ok i=3 [0, 0, 0, 0]
# expect: 1 3 ok i=2 [1, 0, 0, 4]
# expect: 2 2 ok i=99 [1, 2, 3, 4]
# expect: 3 1 ok i=99 [1, 2, 3, 4]
# expect: -2 2 ok i=1 [0, 0, 0, 0]
# expect: 0 6 IndexError list assignment index out of range at i=4 [0, 0, 0, 0]
# expect: 2 9 IndexError list assignment index out of range at i=4 [1, 2, 0, 0]
# expect: -9 1 IndexError list assignment index out of range at i=-9 [1, 2, 3, 4]
# expect: 102 [-1.5, -1.5, -1.5, 0.5] 100
# expect: [None, 7, 7, 4]
# expect: [True, False, False] ['zz', 'zz', 'c'] 1
