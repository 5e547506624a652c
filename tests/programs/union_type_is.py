# type(v) is K / == K / is not K / != K, K int, float, bool, str or a class: the
# run-time type itself (a bool is no int, a subclass no base), narrowing v as
# mypy does, on unions, optionals, classes and plain values.
from typing import Union


class Node:
    def __repr__(self) -> str:
        return type(self).__name__ + "()"


class Leaf(Node):
    pass


V = Union[int, float, bool, str, Node, None]
g: V = 3


def kind(v: V) -> str:
    if type(v) is int:
        return f"int {v + 1}"
    if type(v) == float:
        return f"float {v * 2}"
    if type(v) is bool:
        return f"bool {not v}"
    if type(v) is str:
        return f"str {v.upper()}"
    if type(v) is Node:
        return "exactly Node"
    if type(v) is not Leaf:
        return f"not a Leaf: {v}"
    return "Leaf"


def main() -> None:
    vals: list[V] = [1, 2.5, True, "ab", Node(), Leaf(), None]
    for v in vals:
        print(kind(v))
    n: Node = Leaf()
    print(type(n) is Node, type(n) is Leaf, type(n) != Leaf, isinstance(n, Node))
    x = 5
    print(type(x) is int, type(x) is float, type(True) is int, type("s") is str)
    o: int | None = None
    print(type(o) is int)
    o = 4
    print(type(o) is int)
    if type(g) is int:
        print("g", g * 3)


main()

# expect: int 2
# expect: float 5.0
# expect: bool False
# expect: str AB
# expect: exactly Node
# expect: Leaf
# expect: not a Leaf: None
# expect: False True False True
# expect: True False False True
# expect: False
# expect: True
# expect: g 9
