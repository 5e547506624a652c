# Unions narrowed on fields (isinstance(self.v, int) ... is None ... not isinstance), match
# with a union subject (Color.RED, str() as s), enum members in unions (== by identity).
from __future__ import annotations

from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    BLUE = 2


class Level(IntEnum):
    LOW = 1


class Num:
    def __init__(self, v: int | float | str | None) -> None:
        self.v = v

    def show(self) -> str:
        if isinstance(self.v, int):
            return f"int {self.v}"
        if self.v is None:
            return "none"
        if not isinstance(self.v, str):
            return f"float {self.v}"
        return f"str {self.v}"


def pick(c: Color | str) -> str:
    match c:
        case Color.RED:
            return "red"
        case str() as s:
            return "text " + s
        case _:
            return "other " + str(c)


def run() -> None:
    for v in [Num(1), Num(2.5), Num("s"), Num(None)]:
        print(v.show())
    print(pick(Color.RED), pick(Color.BLUE), pick("x"))
    d: dict[str, float | str] = {}
    print(d.get("x", 0.5), d.get("y", "none"))
    w: int | str = 3
    z = w if isinstance(w, int) else 0
    print(z + 1)
    q: Color | int = Color.BLUE
    print(q == Color.BLUE, q != 2, q)
    lv: Level | str = Level.LOW
    print(isinstance(lv, Level))


run()

# expect: int 1
# expect: float 2.5
# expect: str s
# expect: none
# expect: red other Color.BLUE text x
# expect: 0.5 none
# expect: 4
# expect: True True Color.BLUE
# expect: True
