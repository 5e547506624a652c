# typing.NamedTuple classes (issue 8, app_datalog.py): fields with
# defaults, positional and keyword construction, methods, CPython's repr,
# ==, the orders and hash as the tuple of the fields, _fields, class
# patterns, and a NamedTuple in a union told apart by isinstance().
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: str = "a"

    def total(self) -> str:
        return self.y * self.x


class Var(NamedTuple):
    name: str


class Edge(NamedTuple):
    src: str
    dst: str
    tags: list[str]
    weight: float = 1.0


Term = Var | str


def show(t: Term) -> str:
    return t.name if isinstance(t, Var) else repr(t)


def main() -> None:
    p = P(2)
    q = P(y="b", x=1)
    print(p, q, repr(p), str(q), p.total(), P._fields, p.x + q.x)
    print(p == q, p != q, p < q, p > q, p <= P(2, "a"), p >= q, p == P(2))
    print(sorted([p, q, P(1, "a")]), min(p, q), max([q, p]))
    print({p: 1, q: 2}[P(1, "b")], len({p, P(2), q}), hash(P(1, 2 * "x")) == hash((1, "xx")))
    terms: list[Term] = [Var("X"), "c", Var("Y")]
    print([show(t) for t in terms], Var("X") == Var("X"), Var("X") in terms[:1])
    e = Edge("a", "b", [])
    e2 = Edge("b", "c", ["x"], 2.5)
    e.tags.append("shared")
    print(e, e2, Edge("z", "z", e.tags).tags is e.tags, e2.weight * 2)
    print(sorted({Var("b"), Var("a")}), Var._fields, Edge._fields)
    match p:
        case P(x, "a"):
            print("P with y 'a' and x", x)
        case _:
            print("other")
    match q:
        case P(x=1, y=y):
            print("x is 1, y is", y)


main()

# expect: P(x=2, y='a') P(x=1, y='b') P(x=2, y='a') P(x=1, y='b') aa ('x', 'y') 3
# expect: False True False True True True True
# expect: [P(x=1, y='a'), P(x=1, y='b'), P(x=2, y='a')] P(x=1, y='b') P(x=2, y='a')
# expect: 2 2 True
# expect: ['X', "'c'", 'Y'] True True
# expect: Edge(src='a', dst='b', tags=['shared'], weight=1.0) Edge(src='b', dst='c', tags=['x'], weight=2.5) True 5.0
# expect: [Var(name='a'), Var(name='b')] ('name',) ('src', 'dst', 'tags', 'weight')
# expect: P with y 'a' and x 2
# expect: x is 1, y is b
