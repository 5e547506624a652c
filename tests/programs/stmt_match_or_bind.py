# Or-patterns whose alternatives bind the same names (class patterns,
# sequences, `as`, nested `|`), the first alternative that matches
# binding them (a later alternative rebinds them after an earlier one
# failed half-way); abs() and unary minus of an IntEnum member (an int);
# `x in obj` passing x to the program's __contains__ as it is.
from __future__ import annotations
import sys
from dataclasses import dataclass
from enum import IntEnum


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Add(Expr):
    left: Expr
    right: Expr


@dataclass
class Sub(Expr):
    left: Expr
    right: Expr


@dataclass
class Neg(Expr):
    operand: Expr


def kind(e: Expr) -> str:
    match e:
        case Add(l, r) | Sub(l, r):
            return f"binary({kind(l)}, {kind(r)})"
        case Neg(Num(v)) | Num(v):
            return f"num {v}"
        case Neg(Add(x, _) | Sub(_, x)) as n:
            return f"neg of a binary with {kind(x)} ({kind(n.operand)})"
        case Neg(x):
            return f"neg {kind(x)}"
        case _:
            return "?"


def evaluate(e: Expr) -> int:
    match e:
        case Num(value=v):
            return v
        case Add(left=a, right=b) | Sub(right=b, left=a) if isinstance(e, Add):
            return evaluate(a) + evaluate(b)
        case Add(left=a, right=b) | Sub(left=a, right=b):
            return evaluate(a) - evaluate(b)
        case Neg(operand=x):
            return -evaluate(x)
    return 0


def command(words: list[str]) -> str:
    match words:
        case ["go", d] | ["walk", d] | [d] if d in ("north", "south"):
            return f"move {d}"
        case ["take" | "get", *things] | ["pick", "up", *things]:
            return f"{words[0]}: {', '.join(things)}"
        case [w] | ["bye", w] if w in ("quit", "exit") or len(words) == 2:
            return f"end ({w})"
        case _:
            return "unknown"


def pair(t: tuple[int, int]) -> int:
    match t:
        case (0, n) | (n, 0):
            return n
        case (a, b):
            return a * b
    return -1


class Level(IntEnum):
    LOW = -3
    MID = 0
    HIGH = 7


class Bag:
    items: list[float]

    def __init__(self) -> None:
        self.items = [0.5, 2.0]

    def __contains__(self, x: float) -> bool:
        print("looking for", x)
        return x in self.items


def main(argv: list[str]) -> int:
    e = Add(Num(2), Sub(Num(10), Neg(Num(3))))
    print(kind(e))
    print(kind(Neg(Num(4))), kind(Neg(Neg(Num(1)))))
    print(kind(Neg(Add(Num(1), Num(2)))), kind(Neg(Sub(Num(1), Neg(Num(2))))))
    print(evaluate(e), evaluate(Sub(Num(1), Add(Num(2), Num(3)))))
    for ws in (["go", "north"], ["walk", "south"], ["south"], ["go", "up"], ["take", "a", "b"],
               ["get"], ["pick", "up", "lamp"], ["quit"], ["exit"], ["bye", "now"], ["dance"]):
        print(ws, "->", command(ws))
    print(pair((0, 5)), pair((6, 0)), pair((3, 4)), pair((0, 0)))
    print(abs(Level.LOW), abs(Level.HIGH), -Level.HIGH, abs(Level.LOW) + 1)
    print([abs(x) for x in Level])
    b = Bag()
    print(2.0 in b, 0.25 in b, 0.5 not in b)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: binary(num 2, binary(num 10, num 3))
# expect: num 4 neg num 1
# expect: neg of a binary with num 1 (binary(num 1, num 2)) neg of a binary with num 2 (binary(num 1, num 2))
# expect: 15 -4
# expect: ['go', 'north'] -> move north
# expect: ['walk', 'south'] -> move south
# expect: ['south'] -> move south
# expect: ['go', 'up'] -> unknown
# expect: ['take', 'a', 'b'] -> take: a, b
# expect: ['get'] -> get: 
# expect: ['pick', 'up', 'lamp'] -> pick: lamp
# expect: ['quit'] -> end (quit)
# expect: ['exit'] -> end (exit)
# expect: ['bye', 'now'] -> end (now)
# expect: ['dance'] -> unknown
# expect: 5 6 12 0
# expect: 3 7 -7 4
# expect: [3, 0, 7]
# expect: looking for 2.0
# expect: looking for 0.25
# expect: looking for 0.5
# expect: True False False
