# Dict keys of every allowed kind: int, str, bool, tuples of keys, class
# instances (identity without __eq__).
import sys


class Node:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # a dict's KeyError needs the key's repr
        return f"Node({self.name!r})"


def main(argv: list[str]) -> int:
    by_pos: dict[tuple[int, int], str] = {(0, 0): "origin", (1, 2): "p"}
    by_pos[(0, 0)] = "zero"
    print(by_pos, (1, 2) in by_pos, by_pos[(1, 2)])
    flags: dict[bool, int] = {True: 1, False: 0}
    flags[True] += 10
    print(flags)
    mixed: dict[tuple[str, int], list[str]] = {}
    mixed[("a", 1)] = ["x"]
    mixed[("a", 1)].append("y")
    print(mixed)
    a = Node("a")
    b = Node("b")
    edges: dict[Node, list[Node]] = {a: [b], b: []}
    for n in [a, b]:
        print(n.name, [m.name for m in edges[n]])
    neg: dict[int, int] = {-1: 1, 0: 0, 2 ** 40: 40}
    print(neg[2 ** 40], neg[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {(0, 0): 'zero', (1, 2): 'p'} True p
# expect: {True: 11, False: 0}
# expect: {('a', 1): ['x', 'y']}
# expect: a ['b']
# expect: b []
# expect: 40 1
