# Optional types: X | None and Optional[X] for str, containers, classes.
from __future__ import annotations

import sys
from typing import Optional


class Box:
    label: str

    def __init__(self, label: str) -> None:
        self.label = label


def find(words: list[str], prefix: str) -> str | None:
    for w in words:
        if w.startswith(prefix):
            return w
    return None


def lookup(table: dict[str, list[int]], key: str) -> Optional[list[int]]:
    if key in table:
        return table[key]
    return None


def maybe_box(flag: bool) -> Box | None:
    if flag:
        return Box("full")
    return None


def main(argv: list[str]) -> int:
    words = ["apple", "banana", "cherry"]
    print(find(words, "ba"), find(words, "zz"))
    r = find(words, "ch")
    print(r is None, r is not None)
    t = {"a": [1, 2]}
    print(lookup(t, "a"), lookup(t, "b"))
    b = maybe_box(True)
    if b is not None:
        print(b.label)
    print(maybe_box(False) is None)
    x: str | None = None
    print(x)
    x = "now set"
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: banana None
# expect: False True
# expect: [1, 2] None
# expect: full
# expect: True
# expect: None
# expect: now set
