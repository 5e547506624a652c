# Procedures (-> None): bare return, falling off the end, side effects on
# arguments; functions returning early from loops.
import sys


def fill(xs: list[int], n: int) -> None:
    for i in range(n):
        if i > 4:
            return
        xs.append(i)


def report(d: dict[str, int]) -> None:
    for k in sorted(d):
        print(k, d[k])


def index_of(xs: list[str], target: str) -> int:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1


def main(argv: list[str]) -> int:
    xs: list[int] = []
    fill(xs, 3)
    fill(xs, 10)
    print(xs)
    report({"b": 2, "a": 1})
    print(index_of(["x", "y"], "y"), index_of(["x"], "q"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 1, 2, 0, 1, 2, 3, 4]
# expect: a 1
# expect: b 2
# expect: 1 -1
