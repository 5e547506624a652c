# Comprehensions whose variable a lambda uses: each run of the comprehension
# has its own variable, as in CPython (the comprehension is a function).
import sys
from typing import Callable


def main(argv: list[str]) -> int:
    fs = [lambda: i * 10 for i in range(3)]
    print([f() for f in fs])
    pts = [1, 5, 9]
    centers = [4, 8]
    print([sorted(pts, key=lambda p: abs(p - c)) for c in centers])
    table: dict[str, Callable[[int], int]] = {name: (lambda x: x + len(name)) for name in ["a", "bbb"]}
    print({k: f(1) for k, f in table.items()})
    print(sum(sum(map(lambda y: y * x, [1, 2])) for x in range(3)))
    print(sorted({max(pts, key=lambda p: p % m) for m in [2, 3, 4]}))
    rounds: list[list[Callable[[], int]]] = []
    for r in range(2):
        rounds.append([lambda: i + r for i in range(r + 2)])
    print([[f() for f in fs] for fs in rounds])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [20, 20, 20]
# expect: [[5, 1, 9], [9, 5, 1]]
# expect: {'a': 4, 'bbb': 4}
# expect: 9
# expect: [1, 5]
# expect: [[2, 2], [3, 3, 3]]
