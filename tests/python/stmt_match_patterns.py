# match statements: every pattern kind of 3.11 (literal, capture, wildcard, value, sequence with star, mapping with **rest, class with __match_args__ and keywords, or, as, guards); an uncaught TypeError from a class pattern ends it
from dataclasses import dataclass
from collections import deque, namedtuple

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return f"small int {v}"
        case -5:
            return "minus five"
        case 1.5 | 2+3j:
            return "float or complex"
        case "hello" | b"bytes":
            return "greeting"
        case Color.RED:
            return "red value"
        case []:
            return "empty seq"
        case [x]:
            return f"one: {x}"
        case [x, y, *rest] if len(rest) > 2:
            return f"long {x} {y} {rest}"
        case (x, *_, y):
            return f"ends {x}..{y}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} with {others}"
        case {}:
            return "a mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point():
            return "a point"
        case int(n) | float(n) as num:
            return f"number {n} {num}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"

for v in [None, True, False, 0, 1, -5, 1.5, 2+3j, "hello", b"bytes", 1, [], (7,),
          [1, 2, 3, 4, 5], [1, 2, 3], range(4), deque([9, 8]), "ab",
          {"kind": "circle", "r": 2}, {"kind": "sq", "side": 3, "c": 1}, {}, {"x": 1},
          Point(0, 0), Point(2, 2), Point(1, 2), 42, 3.25, "text", object, {1, 2}]:
    print(repr(v) if not isinstance(v, type) else "type", "->", describe(v))

P = namedtuple("P", "a b")
match P(1, 2):
    case (a, b):
        print("tuple-like", a, b)

class M:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
match M():
    case M(a, b):
        print("match_args", a, b)
match M():
    case M(1, 2, 3):
        print("no")
