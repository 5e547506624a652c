# hash() of a union hashes the member held (found writing app_ml_infer.py
# for issue 8: a frozen dataclass whose field is `int | bool` or a union of
# node classes hashes its fields): members equal across kinds hash alike
# (1 == 1.0 == True), instances through their class's __hash__.
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Lit:
    value: int | bool | float | str


@dataclass(frozen=True)
class Neg:
    arg: Expr


class Key:
    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other.k == self.k

    def __hash__(self) -> int:
        return self.k * 1000


Expr = Union[Lit, Neg]


def main() -> None:
    vs: list[int | float | bool | str | Key | None] = [1, 1.0, True, 2.5, -1, 0, False, Key(3), "s", None]
    for v in vs:
        h = hash(v)
        print(repr(v) if not isinstance(v, Key) else "Key", h if not isinstance(v, str) and v is not None else "-")
    print(hash(vs[0]) == hash(vs[1]) == hash(vs[2]), hash(vs[9]) == hash(vs[9]))
    a, b = Lit(1), Lit(True)
    print(a == b, hash(a) == hash(b), hash(Neg(a)) == hash(Neg(Lit(1.0))))
    seen: set[Expr] = {Neg(Lit("x")), Neg(Lit("x")), Lit(2), Lit(2.0), Neg(Neg(Lit(0)))}
    print(len(seen))
    by_expr: dict[Expr, str] = {Lit(1): "one", Neg(Lit(1)): "minus one"}
    print(by_expr[Neg(Lit(True))], by_expr[Lit(1.0)])
    pair: tuple[int | str, float] = ("k", 1.5)
    print(hash(pair) == hash(("k", 1.5)), hash((1, 2.0)) == hash((1, 2)))


main()

# expect: 1 1
# expect: 1.0 1
# expect: True 1
# expect: 2.5 1152921504606846978
# expect: -1 -2
# expect: 0 0
# expect: False 0
# expect: Key 3000
# expect: 's' -
# expect: None -
# expect: True True
# expect: True True True
# expect: 3
# expect: minus one one
# expect: True True
