# A test of a field narrows it (if self.parent is not None: ... self.parent
# is a Node), until a call or an assignment could change it; assigning a
# value narrows it too; isinstance narrows a field to a subclass.
import sys


class Node:
    def __init__(self, name: str, parent: "Node | None" = None) -> None:
        self.name = name
        self.parent = parent
        self.count: int | None = None
        self.cache = None

    def root(self) -> "Node":
        if self.parent is None:
            return self
        return self.parent.root()

    def up(self) -> "Node":
        if self.parent is not None:
            return self.parent
        return self

    def bump(self) -> int:
        if self.count is None:
            self.count = 0
        self.count += 1
        if self.count is not None:
            return self.count * 10
        return -1

    def cached(self) -> "Node":
        if self.cache is None:
            self.cache = Node("cache of " + self.name)
        return self.cache

    def depth(self) -> int:
        d = 0
        n = self
        while n.parent is not None:
            n = n.parent
            d += 1
        return d


def main(argv: list[str]) -> int:
    a = Node("a")
    b = Node("b", a)
    c = Node("c", b)
    print(c.root().name, c.up().name, a.up().name, c.depth())
    print(a.bump(), a.bump(), a.count)
    print(b.cached().name, b.cached() is b.cached())
    if isinstance(c.parent, Node):
        print("parent", c.parent.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a b a 2
# expect: 10 20 2
# expect: cache of b True
# expect: parent b
