# Conway's game of life on a small torus: a glider travels, a blinker
# oscillates; the board is printed at a few generations.
import sys


class Board:
    w: int
    h: int
    cells: list[list[bool]]

    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h
        self.cells = [[False] * w for _ in range(h)]

    def set(self, pattern: list[str], x0: int, y0: int) -> None:
        for dy, row in enumerate(pattern):
            for dx, c in enumerate(row):
                if c == "#":
                    self.cells[(y0 + dy) % self.h][(x0 + dx) % self.w] = True

    def neighbours(self, x: int, y: int) -> int:
        n = 0
        for dy in [-1, 0, 1]:
            for dx in [-1, 0, 1]:
                if (dx or dy) and self.cells[(y + dy) % self.h][(x + dx) % self.w]:
                    n += 1
        return n

    def step(self) -> None:
        nxt = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                nxt[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        self.cells = nxt

    def population(self) -> int:
        return sum(sum(1 for c in row if c) for row in self.cells)

    def render(self) -> str:
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)


def main(argv: list[str]) -> int:
    b = Board(10, 8)
    b.set([".#.", "..#", "###"], 0, 0)
    b.set(["###"], 6, 5)
    for gen in range(9):
        if gen % 4 == 0:
            print(f"generation {gen}, population {b.population()}")
            print(b.render())
        b.step()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: generation 0, population 8
# expect: .#........
# expect: ..#.......
# expect: ###.......
# expect: ..........
# expect: ..........
# expect: ......###.
# expect: ..........
# expect: ..........
# expect: generation 4, population 8
# expect: ..........
# expect: ..#.......
# expect: ...#......
# expect: .###......
# expect: ..........
# expect: ......###.
# expect: ..........
# expect: ..........
# expect: generation 8, population 8
# expect: ..........
# expect: ..........
# expect: ...#......
# expect: ....#.....
# expect: ..###.....
# expect: ......###.
# expect: ..........
# expect: ..........
