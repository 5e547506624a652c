# A union of scalars and classes (a Lox interpreter's Value) is refused once, with the
# typed way to write it; the field and the loops that use the alias say nothing more.
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
# expect error: 11:9: union types are not supported (only 'Union[T, None]', 'T | None'): every value has one type the translator lays out; write a base class with a subclass per kind of value (class Value, class Num(Value), ...)
