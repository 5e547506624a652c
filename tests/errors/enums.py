# Enums: literal values of one type, no fields, no subclasses of an enum.
import sys
from enum import Enum, IntEnum, unique


def f() -> int:
    return 1


class Color(Enum):
    RED = f()
    GREEN = "g"
    size: int = 3


@unique
class Dup(Enum):
    A = 1
    B = 1


class Level(IntEnum):
    LOW = "low"


class More(Dup):
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 11:11: an enum member's value must be an int, str, float or bool literal, or auto()
# expect error: 13:5: an enum's body declares members (NAME = value) and methods, not fields
# expect error: 19:5: duplicate values found in <enum 'Dup'>: B -> A
# expect error: 22:1: the members of an IntEnum must have int values
# expect error: 26:12: cannot derive from the enum 'Dup'
