# weakref.ref[T] and gc.collect(): a weak reference reads its object while
# something else reaches it and None after a collection found it dead.
# Deaths are observed after gc.collect() (CPython frees cycles only then),
# and every object that dies here is in a cycle or was dropped before it.
import gc
import sys
import weakref


class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.peer: Node | None = None


def pair(name: str) -> Node:
    a = Node(name + ".a")
    b = Node(name + ".b")
    a.peer = b
    b.peer = a
    return a


class Holder:
    def __init__(self) -> None:
        self.nodes: list[Node] = []


def describe(r: weakref.ref[Node]) -> str:
    n = r()
    return "dead" if n is None else "alive " + n.name


def make(holder: Holder, count: int) -> list[weakref.ref[Node]]:
    refs: list[weakref.ref[Node]] = []
    for i in range(count):
        n = pair("n" + str(i))
        refs.append(weakref.ref[Node](n) if i % 2 else weakref.ref(n))   # both spellings
        if i % 100 == 0:
            holder.nodes.append(n)
    return refs


def alive_names(refs: list[weakref.ref[Node]]) -> list[str]:
    names: list[str] = []
    for r in refs:
        n = r()
        if n is not None:
            names.append(n.name)
    return names


def first_refs(holder: Holder) -> list[weakref.ref[Node]]:
    holder.nodes.append(pair("kept"))
    peer = holder.nodes[0].peer
    assert peer is not None
    r3 = weakref.ref(peer)
    r2: weakref.ref[Node] = weakref.ref(pair("dropped"))
    return [weakref.ref(holder.nodes[0]), r2, r3]


def main(argv: list[str]) -> int:
    holder = Holder()
    rs = first_refs(holder)
    gc.collect()
    print(describe(rs[0]), describe(rs[1]), describe(rs[2]))
    print(rs[0]() is holder.nodes[0], rs[2]() is holder.nodes[0].peer)
    # many short-lived cycles, every 100th kept: the kept ones stay
    refs = make(holder, 2000)
    gc.collect()
    names = alive_names(refs)
    print(len(names), names[:3], names[-1])
    # the last strong references dropped: dead after the next collection
    holder.nodes.clear()
    gc.collect()
    print(describe(rs[0]), describe(rs[2]), len(alive_names(refs)))
    print(gc.collect() >= 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: alive kept.a dead alive kept.b
# expect: True True
# expect: 20 ['n0.a', 'n100.a', 'n200.a'] n1900.a
# expect: dead dead 0
# expect: True
