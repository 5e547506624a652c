# Narrowings meet at join points as the join of the types on each side:
# after `if a is None or b is None: return`, an if/elif chain of
# isinstance tests leaves `a` a Node (not `Node | None`), as mypy has it.
import sys


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Num(Node):
    def double(self) -> int:
        return 2 * self.v


class Name(Node):
    def __init__(self, v: int, s: str) -> None:
        super().__init__(v)
        self.s = s


class Pair:
    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right


def combine(a: Node, b: Node) -> int:
    return a.v * 10 + b.v


def fold(a: Node | None, b: Node | None) -> int:
    if a is None or b is None:
        return -1
    if isinstance(a, Num) and isinstance(b, Num):
        print("  two numbers", a.double() + b.double())
    elif isinstance(a, Name):
        print("  a name", a.s)
    elif not isinstance(b, Name):
        return 0
    return combine(a, b)


def pick(flag: int, x: Num, y: Name) -> int:
    n: Node | None = None
    if flag == 0:
        n = x
    elif flag == 1:
        n = y
    else:
        n = Node(7)
    return n.v


def fields(p: Pair) -> int:
    if p.left is None or p.right is None:
        return -1
    if isinstance(p.left, Num):
        print("  left is a number")
    return p.left.v + p.right.v


def main(argv: list[str]) -> int:
    print(fold(Num(2), Num(3)))
    print(fold(None, Num(1)), fold(Num(1), None))
    print(fold(Name(4, "four"), Num(5)))
    print(fold(Num(6), Node(1)), fold(Num(6), Name(1, "one")))
    print(pick(0, Num(1), Name(2, "b")), pick(1, Num(1), Name(2, "b")), pick(2, Num(1), Name(2, "b")))
    print(fields(Pair(Num(3), Node(4))), fields(Pair(None, Node(1))), fields(Pair(Node(1), Node(2))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect:   two numbers 10
# expect: 23
# expect: -1 -1
# expect:   a name four
# expect: 45
# expect: 0 61
# expect: 1 2 7
# expect:   left is a number
# expect: 7 -1 3
