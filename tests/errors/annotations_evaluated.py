# Without `from __future__ import annotations`, CPython evaluates the
# annotations of parameters and returns when the def runs, of fields when
# the class statement runs, of module variables when they run: a class
# named there must already be defined (NameError otherwise).  Local
# variables' annotations are never evaluated, nor are strings.
import sys


class Node:
    next: Node | None
    kids: list["Node"]

    def __init__(self, nxt: Node | None) -> None:
        self.next = nxt
        self.kids = []

    def link(self, other: Later) -> "Node":
        return self


def first(x: Later) -> int:
    return 0


top: Later | None = None


class Later:
    pass


def opt(x: "Later" | None) -> int:
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:11: class 'Node' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Node")
# expect error: 13:29: class 'Node' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Node")
# expect error: 17:27: class 'Later' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Later")
# expect error: 21:14: class 'Later' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Later")
# expect error: 25:6: class 'Later' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Later")
# expect error: 32:20: CPython cannot evaluate '|' on a quoted name (TypeError): quote the whole annotation, or add 'from __future__ import annotations'
