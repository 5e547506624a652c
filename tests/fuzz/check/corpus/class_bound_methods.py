# Bound methods as values: stored in a dict of handlers, dispatching to
# the right instance and to overrides.
from __future__ import annotations

import sys
from typing import Callable


class Machine:
    acc: int
    log: list[str]

    def __init__(self) -> None:
        self.acc = 0
        self.log = []

    def inc(self, n: int) -> None:
        self.acc += n
        self.log.append(f"inc {n}")

    def dec(self, n: int) -> None:
        self.acc -= n
        self.log.append(f"dec {n}")


class LoudMachine(Machine):
    def inc(self, n: int) -> None:
        super().inc(n * 10)


def run(handlers: dict[str, Callable[[int], None]], prog: list[tuple[str, int]]) -> None:
    for op, arg in prog:
        handlers[op](arg)


def main(argv: list[str]) -> int:
    m = Machine()
    l = LoudMachine()
    prog = [("inc", 5), ("dec", 2), ("inc", 1)]
    run({"inc": m.inc, "dec": m.dec}, prog)
    run({"inc": l.inc, "dec": l.dec}, prog)
    print(m.acc, m.log)
    print(l.acc, l.log)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 4 ['inc 5', 'dec 2', 'inc 1']
# expect: 58 ['inc 50', 'dec 2', 'inc 10']
