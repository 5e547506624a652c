# Facts that hold on one way out of a statement but not on another: a
# break runs the finally clauses it leaves (what they assign is no longer
# narrowed after the loop); a swallowing __exit__ resumes after the
# statement with only what held when it was entered.
import sys
from types import TracebackType


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Swallow:
    def __enter__(self) -> "Swallow":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> bool:
        print("swallowed", v)
        return True


class Res:
    def __init__(self, n: int) -> None:
        if n > 0:
            raise ValueError("no resource")
        self.n = n

    def __enter__(self) -> "Res":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None


def break_through_finally() -> str:
    node: Node | None = Node(1)
    while True:
        try:
            if node is not None:
                break
        finally:
            node = None
    if node is None:
        return "None after the finally"
    return f"node {node.v}"


def break_through_nested_finally(n: int) -> str:
    node: Node | None = Node(1)
    for i in range(n):
        try:
            try:
                if node is not None:
                    break
            finally:
                print("inner", i)
        finally:
            node = None if i == 0 else Node(i)
    return "None" if node is None else f"node {node.v}"


def swallow_later_item(n: int) -> str:
    r = Res(0)
    with Swallow(), Res(n) as r2:
        r = r2
    return f"res {r.n}"


def swallow_body(n: int) -> str:
    node: Node | None = Node(1)
    if node is not None:
        with Swallow():
            node = None
            r = Res(n)
            node = Node(r.n + 2)
        if node is None:
            return "None after the with"
        return f"node {node.v}"
    return "unreachable"


def main(argv: list[str]) -> int:
    print(break_through_finally())
    print(break_through_nested_finally(3))
    print(swallow_later_item(0))
    print(swallow_later_item(1))
    print(swallow_body(0))
    print(swallow_body(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: None after the finally
# expect: inner 0
# expect: None
# expect: swallowed None
# expect: res 0
# expect: swallowed no resource
# expect: res 0
# expect: swallowed None
# expect: node 2
# expect: swallowed no resource
# expect: None after the with
