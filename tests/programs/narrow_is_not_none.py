# Narrowing with `if x is not None:` and `if x is None: ... else:`.
from __future__ import annotations

import sys


class Item:
    name: str
    next: Item | None

    def __init__(self, name: str, next: Item | None) -> None:
        self.name = name
        self.next = next


def describe(it: Item | None) -> str:
    if it is not None:
        return "item " + it.name
    return "nothing"


def second(it: Item | None) -> str:
    if it is None:
        return "-"
    else:
        nxt = it.next
        if nxt is not None:
            return nxt.name
        return "no second"


def main(argv: list[str]) -> int:
    chain = Item("a", Item("b", None))
    print(describe(chain), describe(None))
    print(second(chain), second(chain.next), second(None))
    s: str | None = "text"
    if s is not None:
        print(s.upper(), len(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: item a nothing
# expect: b no second -
# expect: TEXT 4
