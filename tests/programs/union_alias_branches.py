# Union aliases (Union[...] and `X: TypeAlias = A | B` of two classes) and if-else branches
# of different members where a union is expected: an argument, a return.
from typing import TypeAlias, Union


class A:
    def __str__(self) -> str:
        return "A"


class B:
    def __str__(self) -> str:
        return "B"


AB: TypeAlias = A | B
V = Union[float, str]


def f(x: V) -> str:
    return str(x)


def g(c: bool) -> V:
    return 1.0 if c else "s"


def h(c: bool) -> AB:
    return A() if c else B()


print(f(2.0 if g(True) == 1.0 else "n"), g(False), h(True), h(False))

# expect: 2.0 s A B
