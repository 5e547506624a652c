# A narrowing reaches a nested function only when the narrowed variable can
# never change (a parameter assigned nowhere, a local assigned only before
# the function is made and not in a loop around it, nonlocal writes
# included): a closure runs later and reads the variable's value then.
# local_var() is valid (tests/programs/closure_narrow_local.py has more).
import sys
from typing import Callable


class Node:
    pass


class Leaf(Node):
    def __init__(self, v: int) -> None:
        self.v = v


def rebound(node: Node) -> Callable[[], int]:
    f: Callable[[], int] = lambda: 0
    if isinstance(node, Leaf):
        f = lambda: node.v
    node = Node()
    return f


def written(node: Node) -> int:
    def reset() -> None:
        nonlocal node
        node = Node()
    if isinstance(node, Leaf):
        def read() -> int:
            return node.v
        reset()
        return read()
    return 0


def local_var(n: Node) -> int:
    node = n
    if isinstance(node, Leaf):
        def read() -> int:
            return node.v
        return read() + node.v
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 22:26: 'Node' has no field 'v'
# expect error: 33:25: 'Node' has no field 'v'
