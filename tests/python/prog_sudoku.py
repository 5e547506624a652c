# A backtracking Sudoku solver with constraint sets, as a puzzle program
# would be written: sets, list comprehensions, recursion, string output.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


steps = 0


def solve(grid):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                options = candidates(grid, r, c)
                if best is None or len(options) < len(best[2]):
                    best = (r, c, options)
    if best is None:
        return True
    r, c, options = best
    for d in options:
        steps += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    out = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            out.append("------+-------+------")
        cells = [str(d) if d else "." for d in row]
        out.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(out)


grid = parse(PUZZLE)
print(show(grid))
print(sum(row.count(0) for row in grid), "empty cells")
assert solve(grid), "no solution"
print(show(grid))
print("steps:", steps)
ok = all(sorted(row) == list(range(1, 10)) for row in grid) and \
    all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
