# List comprehensions with several for and if clauses, nested, over every
# iterable kind.
import sys


def main(argv: list[str]) -> int:
    print([x * x for x in range(6)])
    print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
    print([(i, j) for i in range(3) for j in range(i)])
    print([c.upper() for c in "abc" if c != "b"])
    d = {"a": 1, "b": 2}
    print([f"{k}={v}" for k, v in d.items()])
    print([[r * 3 + c for c in range(3)] for r in range(2)])
    matrix = [[1, 2], [3, 4], [5, 6]]
    print([row[i] for i in range(2) for row in matrix])
    print([w for w in "a bb ccc".split() if len(w) > 1])
    print([i * s for i, s in enumerate(["x", "y", "z"])])
    print([a + b for a, b in zip([1, 2], [10, 20])])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 6, 12, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: ['A', 'C']
# expect: ['a=1', 'b=2']
# expect: [[0, 1, 2], [3, 4, 5]]
# expect: [1, 3, 5, 2, 4, 6]
# expect: ['bb', 'ccc']
# expect: ['', 'y', 'zz']
# expect: [11, 22]
