# Or-patterns must bind the same names in every alternative (CPython's
# SyntaxError), with one type per name (each alternative assigns it); `x in obj` passes x to the
# program's __contains__ as it is, so an int is no float there.
import sys
from dataclasses import dataclass


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Var(Expr):
    name: str


class Bag:
    def __contains__(self, x: float) -> bool:
        return x > 0.0


def f(t: tuple[int, int], b: Bag) -> None:
    match t:
        case (0, n) | (m, 0):
            pass
        case (1, x) | (1, _):
            pass
    print(3 in b)


def g(e: Expr) -> str:
    match e:
        case Num(v) | Var(v):
            return str(v)
    return ""


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 29:21: alternative patterns bind different names
# expect error: 31:21: alternative patterns bind different names
# expect error: 33:13: '__contains__' of 'Bag' takes 'float', not 'int': write 3.0 (CPython would keep the int)
# expect error: 38:27: the alternatives of this or-pattern bind 'v' to 'int' and to 'str': a variable has one type; match the alternatives in separate cases, or declare 'v: int | str' before the match
