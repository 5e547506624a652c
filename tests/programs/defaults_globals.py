# Default values that read module globals (issue 8: `tail: Value = NIL` in
# a Scheme evaluator): CPython evaluates a default once, when the def runs;
# a global assigned once, before the def, holds that value at every call,
# so the default may read it, whatever its type (objects included).
from __future__ import annotations
import sys
from dataclasses import dataclass, field
from collections import defaultdict


class Value:
    pass


class Nil(Value):
    def __repr__(self) -> str:
        return "()"


class Pair(Value):
    def __init__(self, car: Value, cdr: Value) -> None:
        self.car = car
        self.cdr = cdr

    def __repr__(self) -> str:
        return f"({self.car!r} . {self.cdr!r})"


class Int(Value):
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return str(self.v)


NIL = Nil()
LIMIT = 3
GREETING = "hi"
ORIGIN = (0, 0)


def from_list(items: list[Value], tail: Value = NIL) -> Value:
    out = tail
    for x in reversed(items):
        out = Pair(x, out)
    return out


def clamp(x: int, hi: int = LIMIT, lo: int = -LIMIT) -> int:
    return max(lo, min(hi, x))


class Greeter:
    def __init__(self, word: str = GREETING) -> None:
        self.word = word

    def greet(self, who: str, at: tuple[int, int] = ORIGIN, end: Value = NIL) -> str:
        return f"{self.word} {who} at {at} {end!r}"


@dataclass
class Counts:
    # a default_factory lambda: its body is expected to be the field's type
    calls: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    names: list[str] = field(default_factory=lambda: ["start"])


def main(argv: list[str]) -> int:
    print(from_list([Int(1), Int(2)]), from_list([Int(3)], Pair(Int(4), NIL)))
    print(from_list([]) is NIL)
    print(clamp(10), clamp(-10), clamp(2), clamp(10, 5))
    g = Greeter()
    print(g.greet("you"), Greeter("yo").greet("me", (1, 2), Int(7)))
    c = Counts()
    c.calls["f"] += 2
    c.names.append("next")
    print(sorted(c.calls.items()), c.names, Counts().names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: (1 . (2 . ())) (3 . (4 . ()))
# expect: True
# expect: 3 -3 2 5
# expect: hi you at (0, 0) () yo me at (1, 2) 7
# expect: [('f', 2)] ['start', 'next'] ['start']
