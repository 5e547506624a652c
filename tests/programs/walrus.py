# Assignment expressions (PEP 572): in if/while conditions, in
# comprehensions (binding in the enclosing function), narrowing after
# `if (m := f()) is not None:`, closures and module code.
import sys
from typing import Iterator, Optional


class Node:
    def __init__(self, value: int, next: "Optional[Node]") -> None:
        self.value = value
        self.next = next


def find(xs: list[int], want: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == want:
            return i
    return None


def lookup(xs: list[int]) -> None:
    for want in (3, 7):
        if (i := find(xs, want)) is not None:
            print("found", want, "at", i, i + 1)
        else:
            print("no", want, i)


def chunks(data: list[int]) -> list[int]:
    pos = 0
    out: list[int] = []
    while (n := len(data) - pos) > 0:
        take = min(n, 3)
        out.append(sum(data[pos:pos + take]))
        pos += take
    return out


def walk(head: Optional[Node]) -> int:
    total = 0
    node = head
    while (node := node.next if node is not None else None) is not None:
        total += node.value
    return total


def comprehensions(xs: list[int]) -> None:
    y = 0
    squares = [y for x in xs if (y := x * x) > 10]
    print(squares, y)
    last = -1
    pairs = [(last := x, x + last) for x in xs]
    print(pairs, last)
    total = 0
    sums = [total := total + x for x in xs]
    print(sums, total)
    if any((hit := x) > 4 for x in xs):
        print("first above 4:", hit)
    if not all((miss := x) < 4 for x in xs):
        print("first not below 4:", miss)
    k = 0
    print(sorted({(k := x % 3) for x in xs}), k)
    lines = ["a", "# one", "b", "# two"]
    if any((comment := line).startswith("#") for line in lines):
        print("first comment:", comment)
    inner = 0
    nested = [[(inner := a * b) for b in range(3)] for a in range(1, 3)]
    print(nested, inner)


def short_circuit(flag: bool) -> str:
    if flag and (word := "yes"):
        return word
    return "no"


def truth(lines: list[str]) -> list[str]:
    got: list[str] = []
    it = iter(lines)
    while (line := next(it, "")):
        got.append(line.upper())
    return got


def closure(xs: list[int]) -> int:
    best = 0

    def bump() -> int:
        return best * 2
    for x in xs:
        if (best := max(best, x)) > 100:
            break
    return bump()


def values(s: str) -> None:
    print((n := len(s)), n * 2, [n := n + 1, n])
    print(f"{(m := n * 10)} {m}")
    d = {"a": 1}
    print(d[(key := "a")], key)


def lazy(xs: list[int]) -> int:
    seen = 0
    g = ((seen := x) * 2 for x in xs)     # a generator: binds lazy's 'seen'
    for v in g:
        print(v, seen)
    return seen


def lazy_local(xs: list[int]) -> Iterator[int]:
    last = 0
    return ((last := x) + 1 for x in xs)


def ifexp(x: int) -> int:
    return (a := x * 2) if x > 0 else -1


if (top := len(sys.argv)) > 0:
    print("module", top > 0)
q = 0
print([q for p in range(4) if (q := p * 3) > 3], q)
if any((first := w).startswith("b") for w in ["ab", "bc", "bd"]):
    print("module any", first)


def main(argv: list[str]) -> int:
    lookup([1, 3, 5])
    print(chunks([1, 2, 3, 4, 5, 6, 7]))
    print(walk(Node(1, Node(2, Node(3, None)))))
    comprehensions([1, 2, 3, 4, 5])
    print(short_circuit(True), short_circuit(False))
    print(truth(["a", "b", "", "c"]))
    print(closure([5, 50, 500, 3]))
    values("hello")
    print(ifexp(4), ifexp(-4))
    print(lazy([1, 2, 3]), list(lazy_local([4, 5])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: module True
# expect: [6, 9] 9
# expect: module any bc
# expect: found 3 at 1 2
# expect: no 7 None
# expect: [6, 15, 7]
# expect: 5
# expect: [16, 25] 25
# expect: [(1, 2), (2, 4), (3, 6), (4, 8), (5, 10)] 5
# expect: [1, 3, 6, 10, 15] 15
# expect: first above 4: 5
# expect: first not below 4: 4
# expect: [0, 1, 2] 2
# expect: first comment: # one
# expect: [[0, 1, 2], [0, 2, 4]] 4
# expect: yes no
# expect: ['A', 'B']
# expect: 1000
# expect: 5 10 [6, 6]
# expect: 60 60
# expect: 1 a
# expect: 8 -1
# expect: 2 1
# expect: 4 2
# expect: 6 3
# expect: 3 [5, 6]
