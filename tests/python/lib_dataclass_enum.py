# dataclasses (defaults, factories, order, frozen, asdict/astuple/replace,
# fields) and enum (Enum, IntEnum, auto, lookup by value and name).
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int

p = Point(1)
print(p, Point(2, 3, ["a"]), p == Point(1), asdict(p), astuple(p), replace(p, y=7))
print(sorted([Version(1, 2), Version(1, 0)]), Version(1, 2) < Version(2, 0), hash(Version(1, 1)) == hash(Version(1, 1)))
try:
    Version(1, 1).major = 5
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Point)])

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()

print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.BLUE.value, Color.RED.name)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, str(Num.ONE), repr(Num.TWO), f"{Num.TWO}")
try:
    Color(7)
except ValueError as e:
    print(e)
print({Color.RED: "r"}[Color.RED], Color.__members__.keys())
