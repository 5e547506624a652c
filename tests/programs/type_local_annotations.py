# Local variable annotations: empty containers, None-initialised locals,
# a declaration without a value, later assignments of the same type.
import sys


def main(argv: list[str]) -> int:
    xs: list[int] = []
    d: dict[str, int] = {}
    s: set[str] = set()
    name: str | None = None
    count: int
    count = 0
    for i in range(5):
        xs.append(i * i)
        d[str(i)] = i
        s.add(str(i % 2))
        count += 1
    if count > 3:
        name = "many"
    print(xs, d, len(s), name, count)
    grid: list[list[int]] = [[0] * 3 for _ in range(2)]
    grid[1][2] = 7
    print(grid)
    slots: list[str | None] = [None] * 3
    slots[1] = "middle"
    print(slots)
    total: float = 0.0
    total += 1.5
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 1, 4, 9, 16] {'0': 0, '1': 1, '2': 2, '3': 3, '4': 4} 2 many 5
# expect: [[0, 0, 0], [0, 0, 7]]
# expect: [None, 'middle', None]
# expect: 1.5
