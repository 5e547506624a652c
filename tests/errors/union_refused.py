# What a union's value allows before it is narrowed, and the unions that are not types here:
# each error names the narrowing (isinstance) or the typed way.
from typing import Union


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, P) and other.x == self.x


class Q:
    pass


V = Union[float, str]


def f(v: V, w: V, p: int | P, q: float | Q, n: int | bool) -> None:
    print(v < w)
    print(v + 1.0)
    print(-v)
    print(v.upper())
    print(len(v))
    print(hash(v) == hash(w))
    print(v is w)
    print(p == p)
    print(q)
    print(v == 1)
    print(f"{v:>5}")
    print(sorted([v, w]))
    if isinstance(n, int):
        print(n + 1)


def g(v: V = 1.5, n: int | list[int] = 0) -> V:
    x: V = 1
    d: dict[V, int] = {v: 1}
    r = 1.0 if v == "a" else "s"
    return v



def t(a: tuple[int | P, int], b: tuple[int | P, int], x: int | P) -> bool:
    return a == b or x in (1, 2)

f(1.0, "a", 1, 2.0, True)

# expect error: 22:13: '<' is not supported between 'float | str' and 'float | str': narrow the union with isinstance() first
# expect error: 23:13: unsupported operand types for +: 'float | str' and 'float' (narrow the union with isinstance() first)
# expect error: 24:11: bad operand type for unary -: 'float | str' (narrow the union with isinstance() first)
# expect error: 25:13: 'float | str' has no attribute 'upper' (narrow the union with isinstance() first)
# expect error: 26:15: object of type 'float | str' has no len() (narrow the union with isinstance() first)
# expect error: 28:13: 'is' is not supported on 'float | str': it may hold a number or a str, which CPython may or may not share; use '==', or narrow it with isinstance() first
# expect error: 30:11: 'Q' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 31:13: cannot compare 'float | str' and 'int' with '==': a number compares with a union that has its type as a member (or narrow the union with isinstance() first)
# expect error: 33:11: sorted() compares items with '<', which is not supported for 'float | str'
# expect error: 35:17: unsupported operand types for +: 'bool | int' and 'int' (narrow the union with isinstance() first)
# expect error: 38:28: 'list[int]' in a union is not supported: a union's members are int, float, bool, str, None and classes of the program (which isinstance() tells apart); write a class that holds the 'list[int]'
# expect error: 39:12: incompatible types in assignment: expected 'float | str', got 'int': an int stays an int in a union, as in CPython (it prints 2, not 2.0): add int to the union, or write 1.0
# expect error: 41:9: the branches of 'if'/'else' have incompatible types 'float' and 'str'
