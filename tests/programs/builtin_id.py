# id() of mutable objects: equal for the same object, different for two live
# objects (also across a collection that moves young objects), against CPython.
import sys


class Node:
    x: int

    def __init__(self) -> None:
        self.x = 0


def main(argv: list[str]) -> int:
    a = Node()
    b = Node()
    c = a
    seen: set[int] = set()
    for n in [a, b, c, a]:
        seen.add(id(n))
    xs = [1]
    ys = xs
    print(id(a) == id(c), id(a) == id(b), len(seen), id(xs) == id(ys), id(xs) == id([1]), id({1: 2}) != id(a))
    big = [Node() for _ in range(10000)]
    print(len(set(id(n) for n in big)), id(a) == id(c))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False 2 True False True
# expect: 10000 True
