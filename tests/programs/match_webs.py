# A local reused for a value of another type in the cases of a match
# (found writing app_ml_infer.py for issue 8): `arg = TVar()` in one case
# and the capture `App(fn, arg)` in another are two variables, since no
# use sees both; captures of an or-pattern, a guard that fails (the
# capture stays bound, as in CPython) and a variable read after the match
# keep one.
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass
class Num:
    n: int


@dataclass
class Word:
    text: str


@dataclass
class Pair:
    left: Expr
    right: Expr


Expr = Union[Num, Word, Pair]


def describe(e: Expr) -> str:
    match e:
        case Num(n) if n < 0:
            arg = -n
            return f"negative {arg}"
        case Num(arg) | Pair(Num(arg), _):
            return f"number-ish {arg * 2}"
        case Word(arg):
            return f"word {arg.upper()}"
        case Pair(left, right):
            arg = describe(left) + " & " + describe(right)
            return f"pair ({arg})"
    return "none"


def last_number(es: list[Expr]) -> int:
    seen = 0
    for e in es:
        match e:
            case Num(k) if k > 100:
                pass
            case Num(v):
                seen = v
            case _:
                pass
    k = "after"          # a new variable: no use sees both kinds
    print(k)
    return seen


def guarded(e: Expr) -> str:
    n = -1
    match e:
        case Num(n) if n > 5:
            return "big"
        case _:
            pass
    return f"n={n}"      # the failed guard left n bound (CPython too)


def main() -> None:
    es: list[Expr] = [Num(-3), Num(4), Word("hi"), Pair(Num(7), Word("x")), Pair(Word("a"), Num(1))]
    for e in es:
        print(describe(e))
    print(last_number([Num(1), Num(500), Word("w"), Num(9)]))
    print(guarded(Num(2)), guarded(Num(9)), guarded(Word("z")))


main()

# expect: negative 3
# expect: number-ish 8
# expect: word HI
# expect: number-ish 14
# expect: pair (word A & number-ish 2)
# expect: after
# expect: 9
# expect: n=2 big n=-1
