# An empty container typed by what nested functions and lambdas do with it
# (they share the variable with the function that creates it).
import sys
from typing import Callable, Iterator


def count_words(words: list[str]) -> None:
    counts = {}

    def bump(k: str) -> None:
        counts[k] = counts.get(k, 0) + 1
    for w in words:
        bump(w)
    print(counts)


def topo_order(edges: dict[int, list[int]]) -> list[int]:
    visited = set()
    out = []

    def visit(v: int) -> None:
        if v in visited:
            return
        visited.add(v)
        for w in edges.get(v, []):
            visit(w)
        out.append(v)
    for v in sorted(edges):
        visit(v)
    return out


def fib_memo(n: int) -> int:
    memo = {}

    def fib(k: int) -> int:
        if k in memo:
            return memo[k]
        r = k if k < 2 else fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    return fib(n)


def two_levels() -> None:
    acc = []

    def mid(k: int) -> None:
        def leaf(v: int) -> None:
            acc.append(v * k)
        leaf(1)
        leaf(2)
    mid(10)
    print(acc)


def with_lambdas() -> None:
    total = []
    adders: list[Callable[[int], None]] = [lambda v: total.append(v), lambda v: total.append(-v)]
    for f in adders:
        f(5)
    print(total)


def generator_with_nested() -> Iterator[int]:
    seen = {}

    def note(k: int) -> None:
        seen[k] = str(k)
    for i in range(3):
        note(i)
        yield len(seen)


def extended() -> None:
    parts = []

    def add_all(xs: list[str]) -> None:
        parts.extend(xs)
    add_all(["a", "b"])
    print("-".join(parts))


def main(argv: list[str]) -> int:
    count_words(["a", "b", "a"])
    print(topo_order({1: [2, 3], 2: [3], 3: []}))
    print(fib_memo(40))
    two_levels()
    with_lambdas()
    print(list(generator_with_nested()))
    extended()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {'a': 2, 'b': 1}
# expect: [3, 2, 1]
# expect: 102334155
# expect: [10, 20]
# expect: [5, -5]
# expect: [1, 2, 3]
# expect: a-b
