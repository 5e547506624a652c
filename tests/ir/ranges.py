# Integer ranges (passes/ranges.c): an interpreter's `pc += 2` after
# `word = code[pc]` becomes ADD (the index passed the inline test,
# INBOUNDS, or came back from the list's checked method), as do
# additions to masked and shifted values and to a value below a compared
# bound, also when the loop body joins paths before the addition (only
# loop headers widen: `counted`); additions the ranges cannot bound keep
# ADD_OVF and its exc edge.
# dump-ir: ranges dispatch bounded counted unbounded
import sys


def dispatch(code: list[int], pc: int) -> int:
    acc = 0
    while True:
        word = code[pc]
        op = word & 255
        arg = word >> 8
        pc += 2
        if op == 1:
            acc ^= arg + 1
        elif op == 2:
            pc = arg
        else:
            return acc


def bounded(n: int) -> int:
    if n < 100:
        return n + 1
    return n - 1


def counted(n: int, step: int) -> int:
    acc = 0
    i = 0
    while i < n:
        if i & 1:
            acc ^= step
        else:
            acc ^= i
        i += 1
    return acc


def unbounded(n: int, lst: list[int]) -> int:
    k = lst[0] + 1
    return k + n


def main(argv: list[str]) -> int:
    print(dispatch([1 | 5 << 8, 0, 2 | 4 << 8, 0, 0, 0], 0), bounded(5), bounded(500))
    print(counted(10, 7), counted(-3, 7))
    print(unbounded(1, [2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
