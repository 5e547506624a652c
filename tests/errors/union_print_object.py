# A union is printed by the member it holds: a class member with no __str__ or __repr__
# would print its address in CPython, so printing the union (or a list of it) is refused.
from typing import Union


class Function:
    def __init__(self, name: str) -> None:
        self.name = name


Value = Union[float, str, bool, None, Function]


class Box:
    def __init__(self, value: Value) -> None:
        self.value = value


def show(values: list[Value]) -> None:
    for v in values:
        print(v)
    print([v for v in values])


show([Box(1.0).value])
# expect error: 21:15: 'Function' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 22:11: 'Function' cannot be converted to a string: it has no __str__ or __repr__
