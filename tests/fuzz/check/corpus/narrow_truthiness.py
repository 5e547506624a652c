# Narrowing with `if x:` on optional strings, lists and objects.
from __future__ import annotations

import sys


class Conf:
    level: int

    def __init__(self, level: int) -> None:
        self.level = level


def show(label: str | None, items: list[int] | None, c: Conf | None) -> None:
    if label:
        print("label", label.upper())
    else:
        print("no label")
    if items:
        print("first", items[0], "count", len(items))
    if c:
        print("level", c.level)


def main(argv: list[str]) -> int:
    show("x", [3, 4], Conf(2))
    no_items: list[int] = []
    show("", no_items, None)
    show(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: label X
# expect: first 3 count 2
# expect: level 2
# expect: no label
# expect: no label
