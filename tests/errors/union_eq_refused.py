# == on a union dispatches to its class members' __eq__/__ne__ as CPython
# does, when they take any member as `other` (the typed idiom is `other:
# object`); an IntEnum member (equal to ints) is not dispatched to.
from enum import IntEnum


class Q:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: "Q") -> bool:
        return other.x == self.x


class R:
    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: "R") -> bool:
        return self is not other


class Color(IntEnum):
    RED = 1


def f(a: int | Q, b: int | Q, r: str | R, s: R | None, c: Color | str) -> None:
    print(a == b)
    print(r == s, r != s)
    print(c == "RED")


f(1, Q(1), "r", R(), Color.RED)

# expect error: 28:13: '__eq__' of 'Q' takes 'Q', not 'int' (declare the parameter 'object' and narrow it with isinstance())
# expect error: 29:21: '__ne__' of 'R' takes 'R', not 'str' (declare the parameter 'object' and narrow it with isinstance())
# expect error: 30:13: '==' on 'str | Color' is not supported: 'Color' is an IntEnum, whose members equal ints; narrow it with isinstance() first
