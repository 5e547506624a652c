# Generators and closures together: recursive yield from over a tree,
# bound methods of subclasses as values, lambdas made inside a generator
# and in nested comprehensions (late binding), generator expressions
# capturing a comprehension variable, a generator reading a variable its
# function changes after it started, a nonlocal total inside a generator,
# memoised recursion through a closure, try/finally in a generator closed
# by break and by close().
import sys
from typing import Callable, Iterator


class Node:
    name: str
    kids: list["Node"]

    def __init__(self, name: str) -> None:
        self.name = name
        self.kids = []

    def walk(self) -> Iterator[str]:
        yield self.name
        for k in self.kids:
            yield from k.walk()

    def greet(self) -> str:
        return "node " + self.name


class Leaf(Node):
    def greet(self) -> str:
        return "leaf " + self.name


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n: int, it: Iterator[int]) -> list[int]:
    out: list[int] = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def acc_gen() -> Iterator[int]:
    total = 0

    def add(x: int) -> None:
        nonlocal total
        total += x
    for i in range(5):
        add(i)
        yield total


def gen_late() -> list[int]:
    k = 1

    def g() -> Iterator[int]:
        for i in range(3):
            yield i * k
    it = g()
    first = next(it)
    k = 10
    return [first] + list(it)


def counter_gen() -> Iterator[Callable[[], int]]:
    n = 0
    while n < 3:
        n += 1
        yield lambda: n


def memo(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapped(x: int) -> int:
        if x not in cache:
            cache[x] = f(x)
        return cache[x]
    return wrapped


def make_fib() -> Callable[[int], int]:
    table: list[Callable[[int], int]] = []

    def fib(n: int) -> int:
        return n if n < 2 else table[0](n - 1) + table[0](n - 2)
    table.append(memo(fib))
    return table[0]


def finally_gen(log: list[str]) -> Iterator[int]:
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")


def raising() -> Iterator[int]:
    yield 1
    raise ValueError("boom")


def main(argv: list[str]) -> int:
    root = Node("r")
    a = Node("a")
    a.kids.append(Leaf("a1"))
    root.kids.append(a)
    root.kids.append(Leaf("b"))
    print(list(root.walk()))
    greeters: list[Callable[[], str]] = [n.greet for n in [root, a.kids[0]]]
    print([g() for g in greeters])
    print(take(10, fib()))
    print(list(acc_gen()))
    grid = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    print([[f() for f in row] for row in grid])
    gens = [(x * k for x in range(3)) for k in range(1, 3)]
    print([list(g) for g in gens])
    it = iter([1, 2, 3])
    print(next(it), list(it), next(it, 99))
    def outer() -> Callable[[], Callable[[], int]]:
        v = 1
        def mid() -> Callable[[], int]:
            def inner() -> int:
                return v + 1
            return inner
        return mid
    print(outer()()())
    z = list(zip((c for c in "abc"), fib()))
    print(list(z))
    print(sum(1 for _ in root.walk()), min(x for x in [5, 3, 8]))
    e = list(enumerate(x * 2 for x in range(3)))
    print(list(e))

    print(gen_late())
    fs = list(counter_gen())
    print([f() for f in fs])
    print(make_fib()(60))
    log: list[str] = []
    for x in finally_gen(log):
        if x == 2:
            break
    print(log)
    try:
        for y in raising():
            print("got", y)
    except ValueError as e:
        print("caught", e)
    g = finally_gen(log)
    print(next(g))
    g.close()
    print(log, next(g, -1))
    acc: list[Callable[[int], int]] = []
    for i in range(3):
        def add(x: int) -> int:
            return x + i
        acc.append(add)
    print([f(100) for f in acc])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['r', 'a', 'a1', 'b']
# expect: ['node r', 'leaf a1']
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: [0, 1, 3, 6, 10]
# expect: [[(1, 1), (1, 1)], [(1, 1), (1, 1)]]
# expect: [[0, 2, 4], [0, 2, 4]]
# expect: 1 [2, 3] 99
# expect: 2
# expect: [('a', 0), ('b', 1), ('c', 1)]
# expect: 4 3
# expect: [(0, 0), (1, 2), (2, 4)]
# expect: [0, 10, 20]
# expect: [3, 3, 3]
# expect: 1548008755920
# expect: ['closed']
# expect: got 1
# expect: caught boom
# expect: 0
# expect: ['closed', 'closed'] -1
# expect: [102, 102, 102]
