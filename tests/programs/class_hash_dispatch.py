# hash() and == of values typed as a base class whose subclasses (frozen
# dataclasses) define them: dict keys, set elements, unhashable subclasses
# raising TypeError; order=True over fields of class types.
from __future__ import annotations
import sys
from dataclasses import dataclass


class Expr:
    pass


@dataclass(frozen=True, order=True)
class Num(Expr):
    value: int


@dataclass(frozen=True)
class Add(Expr):
    left: Expr
    right: Expr


@dataclass
class Mutable(Expr):
    x: int


@dataclass(order=True)
class Pair:
    key: Num
    label: str


def main(argv: list[str]) -> int:
    memo: dict[Expr, int] = {}
    memo[Add(Num(1), Num(2))] = 3
    memo[Num(5)] = 5
    print(memo[Add(Num(1), Num(2))], Num(5) in memo, Add(Num(2), Num(1)) in memo)
    seen: set[Expr] = {Num(1), Num(1), Add(Num(1), Num(1))}
    print(len(seen))
    e: Expr = Mutable(3)
    try:
        print(hash(e))
    except TypeError as err:
        print("TypeError:", err)
    print(sorted([Pair(Num(3), "c"), Pair(Num(1), "z"), Pair(Num(1), "a")]))
    print(Pair(Num(1), "a") < Pair(Num(1), "b"), Pair(Num(2), "a") <= Pair(Num(1), "b"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3 True False
# expect: 2
# expect: TypeError: unhashable type: 'Mutable'
# expect: [Pair(key=Num(value=1), label='a'), Pair(key=Num(value=1), label='z'), Pair(key=Num(value=3), label='c')]
# expect: True False
