# The effects of a call through a function value (summaries.c): those of
# the function values of the call's signature.  apply_quiet's Callable
# takes an int and returns one, like quiet and slow; only slow breaks the
# transaction (it sleeps), but a value of that signature may be slow, so
# apply_quiet breaks too.  apply_flag's signature (int -> bool) is only
# is_even's: it does not break (main's call of sleep does not count).
# dump-ir: summaries apply_quiet apply_flag
import sys
import time
from typing import Callable


def quiet(v: int) -> int:
    return v + 1


def slow(v: int) -> int:
    time.sleep(0.0)
    return v


def is_even(v: int) -> bool:
    return v % 2 == 0


def apply_quiet(f: Callable[[int], int], v: int) -> int:
    return f(v) * 2


def apply_flag(f: Callable[[int], bool], v: int) -> bool:
    return not f(v)


def main(argv: list[str]) -> int:
    print(apply_quiet(quiet, 1), apply_quiet(slow, 2), apply_flag(is_even, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
