# Fills: `[x] * n` allocates the array at its size and fills it before the
# list object is allocated (no GC barrier: the array is fresh; none at all
# for a zero item), and `for i in range(n): lst[i] = v` is one ARRAYFILL
# behind one bounds test and one barrier, with the loop as written beside
# it for indices outside the list.
# dump-ir: gcbarrier repeated zeros clear


class Slot:
    pass


BLANK = Slot()


def repeated(n: int) -> list[Slot]:
    return [BLANK] * n


def zeros(n: int) -> list[int]:
    return [0] * n


def clear(regs: list[Slot], n: int) -> None:
    blank = BLANK
    for i in range(n):
        regs[i] = blank
