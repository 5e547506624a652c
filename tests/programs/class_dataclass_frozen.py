# frozen dataclasses (FrozenInstanceError), __post_init__, field(compare=False),
# dataclasses.dataclass spelled through the module, functools.total_ordering.
from __future__ import annotations
import sys
from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses
from functools import total_ordering


@dataclass(frozen=True)
class Pos:
    line: int
    col: int

    def shifted(self, n: int) -> Pos:
        return Pos(self.line, self.col + n)


@dataclasses.dataclass
class Token:
    kind: str
    text: str
    pos: Pos
    seen: int = dataclasses.field(default=0, compare=False)

    def __post_init__(self) -> None:
        self.text = self.text.strip()


@total_ordering
class Card:
    rank: int

    def __init__(self, rank: int) -> None:
        self.rank = rank

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other: Card) -> bool:
        return self.rank < other.rank

    def __repr__(self) -> str:
        return f"Card({self.rank})"


def main(argv: list[str]) -> int:
    p = Pos(1, 2)
    print(p, p.shifted(3), p == Pos(1, 2), hash(p) == hash(Pos(1, 2)))
    try:
        p.col = 5
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        p.line += 1
    except dataclasses.FrozenInstanceError as e:
        print("frozen again:", e)
    except AttributeError:
        print("wrong")
    seen = {p: 1}
    seen[Pos(1, 2)] = 2
    print(seen, len(seen))
    t = Token("num", "  42 ", p)
    t2 = Token("num", "42", Pos(1, 2), seen=3)
    print(t, t == t2)
    a, b, c = Card(3), Card(5), Card(3)
    print(a < b, a <= c, b > a, b >= c, a >= b, a > c, sorted([b, a, c]))
    print(max([a, b, c]), min(a, b))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Pos(line=1, col=2) Pos(line=1, col=5) True True
# expect: FrozenInstanceError: cannot assign to field 'col'
# expect: frozen again: cannot assign to field 'line'
# expect: {Pos(line=1, col=2): 2} 1
# expect: Token(kind='num', text='42', pos=Pos(line=1, col=2), seen=0) True
# expect: True True True True False False [Card(3), Card(3), Card(5)]
# expect: Card(5) Card(3)
