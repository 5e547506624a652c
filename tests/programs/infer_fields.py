# Fields declared by assigning them in __init__ (no class-body annotation),
# typed as mypy types them: by the first value assigned in the class's
# methods; None first and an object later gives `T | None`; empty
# containers take their item types from what the methods put in them.
import sys


class Scope:
    def __init__(self, name: str, parent: "Scope | None" = None) -> None:
        self.name = name
        self.parent = parent
        self.names = {}
        self.children = []
        self.depth = 0 if parent is None else parent.depth + 1
        self.last = None
        self.weight = 1.0
        self.visible = True
        self.pair = (name, 0)

    def define(self, key: str, value: int) -> None:
        self.names[key] = value
        self.last = key

    def child(self, name: str) -> "Scope":
        s = Scope(name, self)
        self.children.append(s)
        return s

    def lookup(self, key: str) -> int:
        scope: Scope | None = self
        while scope is not None:
            if key in scope.names:
                return scope.names[key]
            scope = scope.parent
        raise KeyError(key)


class Tree:
    def __init__(self, label: str) -> None:
        self.label = label
        self.parent = None
        self.kids = []

    def add(self, kid: "Tree") -> "Tree":
        kid.parent = self                 # a back-reference set by the parent
        self.kids.append(kid)
        return kid

    def path(self) -> str:
        p = self.parent
        return self.label if p is None else p.path() + "/" + self.label


class Counter:
    def __init__(self) -> None:
        self.seen = set()
        self.counts = dict()
        self.order = list()
        self.note: str | None = None      # annotated where it is first assigned

    def feed(self, word: str) -> None:
        if word not in self.seen:
            self.seen.add(word)
            self.order.append(word)
        self.counts[word] = self.counts.get(word, 0) + 1


class Base:
    def __init__(self, x: int) -> None:
        self.x = x


class Derived(Base):
    def __init__(self, x: int, label: str) -> None:
        super().__init__(x)
        self.label = label                # a subclass adds its own fields
        self.history = [x]

    def bump(self) -> None:
        self.x += 1
        self.history.append(self.x)


def main(argv: list[str]) -> int:
    g = Scope("global")
    g.define("a", 1)
    f = g.child("f")
    f.define("b", 2)
    print(f.lookup("a"), f.lookup("b"), f.depth, g.last, f.last, len(g.children))
    print(f.weight, f.visible, f.pair, g.parent is None, f.parent is g)
    try:
        f.lookup("zz")
    except KeyError as e:
        print("missing", e)

    root = Tree("root")
    leaf = root.add(Tree("a")).add(Tree("b"))
    print(leaf.path(), len(root.kids), root.parent is None)

    c = Counter()
    for w in "the cat and the hat and the bat".split():
        c.feed(w)
    print(c.order, sorted(c.counts.items()), len(c.seen), c.note)
    c.note = "done"
    print(c.note)

    d = Derived(5, "five")
    d.bump()
    d.bump()
    b: Base = d
    print(d.x, d.label, d.history, b.x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 2 1 a b 1
# expect: 1.0 True ('f', 0) True True
# expect: missing 'zz'
# expect: root/a/b 1 True
# expect: ['the', 'cat', 'and', 'hat', 'bat'] [('and', 2), ('bat', 1), ('cat', 1), ('hat', 1), ('the', 3)] 5 None
# expect: done
# expect: 7 five [5, 6, 7] 7
