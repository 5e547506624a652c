# and/or in tests (if/elif/while conditions, assert, conditional-expression
# tests, comprehension ifs, not, bool()) take operands of different types:
# only their truth values matter, with Python's short-circuit order, and
# the left operand narrows the right one.
from __future__ import annotations

import sys


class Box:
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)


def seen(tag: str, value: int) -> int:
    print("  eval", tag)
    return value


def classify(s: str | None, n: int, xs: list[float], box: Box | None) -> str:
    if s and len(s) > 2:
        return "long " + s
    elif box and len(box.items) == n:
        return "box of " + str(n)
    elif not (xs or n):
        return "nothing"
    elif s is None and n and xs:
        return "numbers"
    return "other"


def main(argv: list[str]) -> int:
    print(classify("hello", 0, [], None))
    print(classify("hi", 2, [], Box([1, 2])))
    print(classify(None, 0, [], None))
    print(classify(None, 3, [0.5], None))
    print(classify("", 3, [], Box([])))
    # short-circuit order, operands of int, str and list type
    if seen("a", 0) or seen("b", 2) and "x":
        print("taken")
    count = 3
    words = ["x", "", "yz"]
    while count and words:
        w = words.pop()
        print("popped", repr(w), bool(w and len(w) > 1))
        count -= 1
    assert words or count == 0, "unreachable"
    kept = [w for w in ["a", "", "bcd"] if w and (len(w) > 2 or not len(w) % 2 == 0)]
    print(kept)
    label = "yes" if count or "" else "no"
    print(label, bool(words or count), bool(0 or ""), not (0.0 or None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: long hello
# expect: box of 2
# expect: nothing
# expect: numbers
# expect: other
# expect:   eval a
# expect:   eval b
# expect: taken
# expect: popped 'yz' True
# expect: popped '' False
# expect: popped 'x' False
# expect: ['a', 'bcd']
# expect: no False False True
