# issue 8, found writing tests/programs/app_spreadsheet.py: a match whose
# class patterns cover every class of the subject's union (or its class)
# is exhaustive, as mypy decides, so a function ending with it needs no
# `case _`; a class pattern narrows a subject that is a local, so
# `case Range():` may use the subject as a Range.  With a capture of the
# subject's name, or a guard assigning it, the subject keeps its type.
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Union


@dataclass
class Num:
    value: float


@dataclass
class Range:
    start: int
    end: int

    def cells(self) -> list[int]:
        return list(range(self.start, self.end + 1))


@dataclass
class Add:
    left: Expr
    right: Expr


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


Expr = Union[Num, Range, Add]


def refs(e: Expr) -> list[int]:
    match e:
        case Num():
            return []
        case Range():
            return e.cells()
        case Add(l, r):
            return refs(l) + refs(r)


def size(e: Expr) -> int:
    match e:
        case Num() | Range(start=_):
            n = 1
        case Add(left=l, right=r):
            n = size(l) + size(r) + 1
    return n


def describe(s: Shape) -> str:
    match s:
        case Square():
            return f"square {s.side}"
        case Shape():
            return f"shape {s.area()}"


def first_num(e: Expr) -> float:
    match e:
        case Add(e, _):             # rebinds e: no narrowing of e after
            return first_num(e)
        case Num(v):
            return v
        case Range(a, _):
            return float(a)


def main() -> int:
    tree: Expr = Add(Range(1, 3), Add(Num(2.0), Range(7, 8)))
    print(refs(tree), size(tree), first_num(Add(Num(4.5), Num(1.0))))
    print(first_num(tree), describe(Square(2.0)), describe(Shape()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: [1, 2, 3, 7, 8] 5 4.5
# expect: 1.0 square 2.0 shape 0.0
