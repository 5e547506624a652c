# Class-level constants read through the class and through self, including
# from a subclass.
import sys


class Grid:
    WIDTH = 4
    HEIGHT = 3
    EMPTY = "."
    SCALE = 1.5

    cells: list[str]

    def __init__(self) -> None:
        self.cells = [Grid.EMPTY] * (self.WIDTH * self.HEIGHT)

    def render(self) -> str:
        rows: list[str] = []
        for y in range(self.HEIGHT):
            rows.append("".join(self.cells[y * Grid.WIDTH:(y + 1) * Grid.WIDTH]))
        return "\n".join(rows)


class BigGrid(Grid):
    def size(self) -> int:
        return self.WIDTH * BigGrid.HEIGHT


def main(argv: list[str]) -> int:
    g = Grid()
    g.cells[5] = "#"
    print(g.render())
    print(Grid.WIDTH, Grid.SCALE * 2, BigGrid().size())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ....
# expect: .#..
# expect: ....
# expect: 4 3.0 12
