# Reads of a module global assigned by an impure statement (initflags.c):
# peek() runs while the module's code runs, before B is assigned, and
# keeps its test (NameError); late() runs only from main, after every
# module's code: its read is a plain field read.
# dump-ir: initflags peek late
import sys


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def peek() -> int:
    try:
        return B.v
    except NameError:
        return -1


A = Box(peek())
B = Box(2)


def late() -> int:
    return B.v


def main(argv: list[str]) -> int:
    print(A.v, late())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
