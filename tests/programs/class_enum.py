# enum.Enum and IntEnum: members, aliases, auto(), name/value, iteration,
# lookups by value and name, dict keys, str/repr/format, IntEnum arithmetic.
from __future__ import annotations
import sys
from enum import Enum, IntEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self) -> str:
        return f"{self.name.lower()} ({self.value})"


@unique
class Kind(enum.Enum):
    NUM = auto()
    PLUS = auto()
    MINUS = auto()
    EOF = 10


class Op(IntEnum):
    ADD = 1
    SUB = 2
    MUL = 10
    HALT = auto()


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


def main(argv: list[str]) -> int:
    c = Color.RED
    print(c, repr(c), c.name, c.value, c is Color.CRIMSON, Color.CRIMSON.name)
    print(list(Color), len(Color))
    for col in Color:
        print(col.describe(), col == Color.GREEN)
    print(Color(3), Color["GREEN"], Suit("s"), Suit.HEARTS)
    try:
        print(Color(7))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(Color["PINK"])
    except KeyError as e:
        print("KeyError:", e)
    counts: dict[Color, int] = {}
    for col in [Color.RED, Color.BLUE, Color.RED]:
        counts[col] = counts.get(col, 0) + 1
    print(counts)
    print(Kind.NUM, Kind.MINUS.value, Color.RED in Color)
    print(Op.ADD, repr(Op.MUL), Op.HALT.value, Op.ADD + 1, Op.MUL * Op.SUB, -Op.SUB)
    print(Op.ADD == 1, Op.SUB < Op.MUL, Op.MUL >= 10, 2 == Op.SUB, Op(10), Op(2).name)
    ops = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ops[Op.MUL] = 5
    print(ops[10], int(Op.HALT), f"{Op.ADD}", f"{Color.BLUE}", str(Suit.SPADES))
    print(sorted([Op.MUL, Op.ADD, Op.SUB]), max(Op.ADD, Op.SUB))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Color.RED <Color.RED: 1> RED 1 True RED
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3
# expect: red (1) False
# expect: green (2) True
# expect: blue (3) False
# expect: Color.BLUE Color.GREEN Suit.SPADES Suit.HEARTS
# expect: ValueError: 7 is not a valid Color
# expect: KeyError: 'PINK'
# expect: {<Color.RED: 1>: 2, <Color.BLUE: 3>: 1}
# expect: Kind.NUM 3 True
# expect: 1 <Op.MUL: 10> 11 2 20 -2
# expect: True True True True 10 SUB
# expect: 5 11 1 Color.BLUE Suit.SPADES
# expect: [<Op.ADD: 1>, <Op.SUB: 2>, <Op.MUL: 10>] 2
