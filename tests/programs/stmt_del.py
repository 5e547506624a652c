# del on dict keys, list items (also negative) and list slices.
import sys


def main(argv: list[str]) -> int:
    d = {"a": 1, "b": 2, "c": 3}
    del d["b"]
    print(d, "b" in d, len(d))
    xs = list(range(10))
    del xs[0]
    del xs[-1]
    print(xs)
    del xs[2:5]
    print(xs)
    del xs[:1]
    print(xs)
    del xs[3:]
    print(xs)
    del xs[:]
    print(xs, len(xs))
    grid = [[1, 2], [3, 4]]
    del grid[0][1]
    print(grid)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {'a': 1, 'c': 3} False 2
# expect: [1, 2, 3, 4, 5, 6, 7, 8]
# expect: [1, 2, 6, 7, 8]
# expect: [2, 6, 7, 8]
# expect: [2, 6, 7]
# expect: [] 0
# expect: [[1], [3, 4]]
