# Container protocols on user classes: items, membership, length, truth,
# iteration with __iter__/__next__, calls, in-place operators.
from __future__ import annotations
import sys


class Grid:
    w: int
    h: int
    cells: list[int]

    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, pos: tuple[int, int]) -> int:
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells[y * self.w + x]

    def __setitem__(self, pos: tuple[int, int], v: int) -> None:
        x, y = pos
        self.cells[y * self.w + x] = v

    def __delitem__(self, pos: tuple[int, int]) -> None:
        x, y = pos
        self.cells[y * self.w + x] = 0

    def __contains__(self, v: int) -> bool:
        return v in self.cells

    def __len__(self) -> int:
        return self.w * self.h

    def __iter__(self) -> GridIter:
        return GridIter(self)


class GridIter:
    grid: Grid
    i: int

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.i = 0

    def __iter__(self) -> GridIter:
        return self

    def __next__(self) -> int:
        if self.i >= len(self.grid.cells):
            raise StopIteration
        v = self.grid.cells[self.i]
        self.i += 1
        return v


class Countdown:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Countdown:
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


class Stack:
    items: list[str]

    def __init__(self) -> None:
        self.items = []

    def __bool__(self) -> bool:
        return len(self.items) > 0

    def __iadd__(self, item: str) -> Stack:
        self.items.append(item)
        return self

    def __call__(self, sep: str = ",") -> str:
        return sep.join(self.items)


class Adder:
    k: int

    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, x: int) -> int:
        return x + self.k


class Holder:
    add: Adder

    def __init__(self) -> None:
        self.add = Adder(10)


def main(argv: list[str]) -> int:
    g = Grid(3, 2)
    g[1, 1] = 5
    g[(2, 0)] = 7
    print(g[1, 1], g[2, 0], len(g), 5 in g, 6 in g, 6 not in g)
    del g[1, 1]
    print(list(g), sum(g))
    try:
        print(g[3, 3])
    except IndexError as e:
        print("IndexError:", e)
    for v in Countdown(3):
        print("tick", v)
    print([x * 2 for x in Countdown(4)])
    s = Stack()
    print(bool(s), "empty" if not s else "full")
    s += "a"
    s += "b"
    if s:
        print("stack:", s(), s(sep="-"))
    add = Adder(2)
    print(add(40), Holder().add(1))
    fs = [Adder(1), Adder(2)]
    print(fs[1](3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 5 7 6 True False True
# expect: [0, 0, 7, 0, 0, 0] 7
# expect: IndexError: cell (3, 3) out of range
# expect: tick 3
# expect: tick 2
# expect: tick 1
# expect: [8, 6, 4, 2]
# expect: False empty
# expect: stack: a,b a-b
# expect: 42 11
# expect: 5
