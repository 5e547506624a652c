# Unpacking targets in for loops, including nested tuples.
import sys


def main(argv: list[str]) -> int:
    d = {"x": 1, "y": 2}
    for i, (k, v) in enumerate(d.items()):
        print(i, k, v)
    pairs = [(1, ("a", True)), (2, ("b", False))]
    for n, (s, flag) in pairs:
        print(n, s, flag)
    for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
        print(a, b, c)
    points = [[1, 2], [3, 4]]
    for p in points:
        px, py = p
        print(px * py)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 x 1
# expect: 1 y 2
# expect: 1 a True
# expect: 2 b False
# expect: 1 2 x
# expect: 3 4 y
# expect: 2
# expect: 12
