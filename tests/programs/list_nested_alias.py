# Lists of lists, aliasing (two names, one list), copies, lists passed to
# and mutated by functions, equality and ordering of nested lists.
import sys


def add_row(grid: list[list[int]], n: int) -> None:
    grid.append([n] * len(grid[0]))


def main(argv: list[str]) -> int:
    grid = [[1, 2], [3, 4]]
    alias = grid
    add_row(alias, 9)
    print(grid, len(grid))
    shallow = grid.copy()
    shallow[0][0] = 100
    shallow.append([0, 0])
    print(grid, len(shallow))
    deep = [row[:] for row in grid]
    deep[1][1] = -1
    print(grid[1], deep[1])
    print([[1, 2]] == [[1, 2]], [[1, 2]] < [[1, 3]])
    total = 0
    for row in grid:
        for v in row:
            total += v
    print(total)
    flat = [v for row in grid for v in row]
    print(flat, max(flat), flat.index(9))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [[1, 2], [3, 4], [9, 9]] 3
# expect: [[100, 2], [3, 4], [9, 9]] 4
# expect: [3, 4] [3, -1]
# expect: True True
# expect: 127
# expect: [100, 2, 3, 4, 9, 9] 100 4
