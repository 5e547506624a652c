# Conway's Game of Life on a set of live cells: a glider and a blinker,
# generations printed as text, population and bounding boxes.
from itertools import product


def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx, dy in product((-1, 0, 1), repeat=2)
            if (dx, dy) != (0, 0)}


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items()
            if k == 3 or (k == 2 and cell in live)}


def render(live, width=8, height=6):
    return "\n".join("".join("#" if (x, y) in live else "."
                             for x in range(width)) for y in range(height))


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return (min(xs), min(ys), max(xs), max(ys))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(5, 4), (6, 4), (7, 4)}
world = glider | blinker
for gen in range(5):
    print(f"generation {gen}: {len(world)} cells, box {bbox(world)}")
    print(render(world))
    world = step(world)
later = glider
for _ in range(8):
    later = step(later)
print(sorted(later), bbox(later))
print(later == {(x + 2, y + 2) for x, y in glider})
