# User generic classes: what stays out (bounds and constraints, deriving
# from an instance, generic functions, type arguments that the
# constructor's arguments leave open, isinstance with the generic class).
import sys
from typing import Generic, TypeVar

T = TypeVar("T")
N = TypeVar("N", int, float)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class IntBox(Box[int]):
    pass


def first(xs: list[T]) -> T:
    return xs[0]


def main(argv: list[str]) -> int:
    b = Box(None)
    print(b)
    c: Box[int, str] = Box(1)
    d = Box[str]("a")
    d.item = 4
    print(d.item, isinstance(d, Box))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:5: a type variable is declared as N = TypeVar("N") (no bound or constraints)
# expect error: 16:14: cannot derive from 'Box[int]'
# expect error: 20:1: generic functions are not supported
# expect error: 25:9: cannot infer the type arguments of 'Box(...)' from its arguments: write them, Box[int](...), or annotate the variable (x: Box[int] = Box(...))
# expect error: 27:8: 'Box' takes 1 type arguments
# expect error: 29:14: incompatible types in assignment: expected 'str', got 'int'
# expect error: 30:33: isinstance() with the generic class 'Box' is not supported (the static type says which 'Box[...]' a value is)
