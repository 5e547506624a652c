# Narrowing and closures: a parameter narrowed by isinstance or `is not
# None` keeps its narrower type where a nested function uses it (it is a
# cell, read through the env record), and inside nested functions, lambdas
# and generator expressions made where it is narrowed, as mypy allows
# (the parameter is never rebound, so the value cannot change).  The
# backtracking-matcher idiom of issue 8 (app_regex): continuations that
# close over the node being matched.
from __future__ import annotations
import sys
from typing import Callable, Optional


class Node:
    pass


class Char(Node):
    def __init__(self, ch: str) -> None:
        self.ch = ch


class Seq(Node):
    def __init__(self, items: list[Node]) -> None:
        self.items = items


class Group(Node):
    def __init__(self, body: Node, index: int) -> None:
        self.body = body
        self.index = index


class Star(Node):
    def __init__(self, body: Node) -> None:
        self.body = body


def m(node: Node, text: str, i: int, groups: list[Optional[tuple[int, int]]],
      k: Callable[[int], bool]) -> bool:
    if isinstance(node, Char):
        return i < len(text) and text[i] == node.ch and k(i + 1)
    if isinstance(node, Seq):
        return seq(node.items, 0, text, i, groups, k)
    if isinstance(node, Group):
        saved = groups[node.index]

        def close(j: int) -> bool:
            old = groups[node.index]
            groups[node.index] = (i, j)
            if k(j):
                return True
            groups[node.index] = old
            return False

        if m(node.body, text, i, groups, close):
            return True
        groups[node.index] = saved
        return False
    if isinstance(node, Star):
        def more(j: int) -> bool:
            return j != i and m(node, text, j, groups, k)
        return m(node.body, text, i, groups, more) or k(i)
    return False


def seq(items: list[Node], idx: int, text: str, i: int,
        groups: list[Optional[tuple[int, int]]], k: Callable[[int], bool]) -> bool:
    if idx == len(items):
        return k(i)
    return m(items[idx], text, i, groups, lambda j: seq(items, idx + 1, text, j, groups, k))


def search(node: Node, text: str) -> list[Optional[tuple[int, int]]] | None:
    groups: list[Optional[tuple[int, int]]] = [None, None, None]
    for start in range(len(text) + 1):
        if m(node, text, start, groups, lambda j: j == len(text)):
            return groups
    return None


def describe(x: int | None, label: str | None) -> list[str]:
    out: list[str] = []
    if x is not None and label:
        def show(n: int) -> str:
            return label.upper() + ":" + str(x + n)
        out.extend(show(n) for n in range(2))
        out.extend([(lambda: label + str(x * 2))()])
        out.extend(str(x + len(s)) for s in ["a", "bb"])
    if x is None:
        out.append("none")
    return out


def main(argv: list[str]) -> int:
    pat = Seq([Char("a"), Group(Star(Char("b")), 1), Group(Char("c"), 2)])
    print(search(pat, "abbc"), search(pat, "ac"), search(pat, "xx"))
    print(describe(3, "n"), describe(None, "z"), describe(4, None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [None, (1, 3), (3, 4)] [None, (1, 1), (1, 2)] None
# expect: ['N:3', 'N:4', 'n6', '4', '5'] ['none'] []
