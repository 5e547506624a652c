# Augmented assignment on fields, list items, dict items, nested targets;
# the target expression is evaluated once.
import sys


class Stats:
    hits: int
    ratio: float
    names: list[str]

    def __init__(self) -> None:
        self.hits = 0
        self.ratio = 1.0
        self.names = []


CALLS = 0


def idx(i: int) -> int:
    global CALLS
    CALLS += 1
    return i


def main(argv: list[str]) -> int:
    st = Stats()
    st.hits += 3
    st.hits *= 4
    st.ratio /= 4
    st.names += ["a", "b"]
    print(st.hits, st.ratio, st.names)
    xs = [1, 2, 3]
    xs[0] += 10
    xs[-1] <<= 2
    xs[idx(1)] -= 5
    print(xs, CALLS)
    d = {"a": 1}
    d["a"] += 1
    d["a"] *= 10
    print(d)
    grid = [[1, 2], [3, 4]]
    grid[1][0] += 100
    print(grid)
    counts: dict[str, list[int]] = {"k": [0]}
    counts["k"][0] += 9
    counts["k"] += [1]
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 12 0.25 ['a', 'b']
# expect: [11, -3, 12] 1
# expect: {'a': 20}
# expect: [[1, 2], [103, 4]]
# expect: {'k': [9, 1]}
