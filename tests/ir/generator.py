# A generator lowers to its frame's constructor, the body (block 0
# dispatches on _gen_state; each yield stores the vregs live at its resume
# point in frame fields and returns; the resume point loads them back and
# raises what throw()/close() left in _gen_throw) and __next__ (refuses a
# running generator, finishes it when an exception leaves the body).  A
# closure reads its free variable through the env record it is bound to.
# dump-ir: lower count_up count_up.<body> count_up.__next__ make_adder add
import sys
from typing import Callable, Iterator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def make_adder(k: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + k
    return add


def main(argv: list[str]) -> int:
    print(list(count_up(3)), make_adder(1)(2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
