# `v is False` / `v is not True` on a union that holds bool: True and False
# are single objects in CPython, so the test is exact (a number or a str in
# the union is never them): isinstance(v, bool) and v == False.
from typing import Union

Value = Union[int, str, bool, None]


def truthy(v: Value) -> bool:
    return v is not None and v is not False


class Box:
    v: Value

    def __init__(self, v: Value) -> None:
        self.v = v

    def flag(self) -> str:
        return "T" if self.v is True else "F" if False is self.v else "-"


values: list[Value] = [0, 1, "", "x", True, False, None]
for v in values:
    print(repr(v), truthy(v), v is True, v is not False, Box(v).flag())

# expect: 0 True False True -
# expect: 1 True False True -
# expect: '' True False True -
# expect: 'x' True False True -
# expect: True True True True T
# expect: False False False False F
# expect: None False False True -
