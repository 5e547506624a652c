# Union types (issue 8): int, float, bool, str, classes and None in one type, narrowed by
# isinstance() (also a tuple of types, and `not isinstance`), compared across kinds as CPython
# does (1 == 1.0 == True), printed, repr'd and formatted by the member held, in lists and dicts.
from __future__ import annotations

from typing import Optional, Union


class Node:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Node({self.name!r})"


class Leaf(Node):
    def __str__(self) -> str:
        return f"<leaf {self.name}>"


class Plain:
    pass


Scalar = Union[int, float, bool, str]
Item = int | str | Node | None


def describe(v: Scalar) -> str:
    if isinstance(v, bool):
        return f"bool {v}"
    if isinstance(v, int):
        return f"int {v + 1}"
    if isinstance(v, float):
        return f"float {v * 2}"
    return f"str {v.upper()}"


def kind(v: Item) -> str:
    if v is None:
        return "none"
    elif isinstance(v, (int, str)):
        return "scalar " + str(v)
    else:
        return "node " + v.name


def negative(v: int | str | None) -> str:
    if not isinstance(v, str):
        return "not a str: " + repr(v)
    return "a str of " + str(len(v))


def first_number(vs: list[Scalar]) -> Optional[float]:
    for v in vs:
        if isinstance(v, float):
            return v
    return None


def parse(text: str) -> int | float | str:
    if text.isdigit():
        return int(text)
    try:
        return float(text)
    except ValueError:
        return text


class Cell:
    def __init__(self, value: float | str) -> None:
        self.value = value

    def bump(self) -> None:
        if isinstance(self.value, float):
            self.value = self.value + 1.5
        else:
            self.value = self.value + "!"


def main() -> None:
    values: list[Scalar] = [1, 2.5, True, "x", 0, False, 0.0, ""]
    for v in values:
        print(describe(v), v, repr(v), f"{v}|{v!r}")
    print(values)
    print(1 in values, 2.5 in values, "x" in values, "y" in values, values.count(0), values.count(1))
    print(values.index(False), values.index("x"))
    items: list[Item] = [3, "s", Node("a"), Leaf("b"), None]
    print(items)
    for it in items:
        print(kind(it), str(it), it)
    print(negative(4), negative(None), negative("abc"))
    print(first_number(values), first_number([1, "a"]))
    for t in ["12", "1.5", "abc", "nan"]:
        p = parse(t)
        print(t, p, type(p).__name__)
    one: Scalar = 1
    one_f: Scalar = 1.0
    yes: Scalar = True
    s1: Scalar = "1"
    print(one == one_f, one == yes, one_f == yes, one == s1, one != s1, s1 == "1", one == 1)
    zero: Scalar = 0.0
    print(zero == False, zero == 0, zero != 0)
    nan = parse("nan")
    print(nan == nan, nan != nan)
    n1 = Node("n")
    a: Item = n1
    b: Item = n1
    c: Item = Node("n")
    none: Item = None
    print(a == b, a == c, a != c, none == None, a == None, none == a)
    if isinstance(a, Node) and isinstance(b, Node) and isinstance(c, Node):
        print(a is b, a is not c)
    cell = Cell(1.0)
    cell.bump()
    print(cell.value)
    cell.value = "hi"
    cell.bump()
    print(cell.value)
    table: dict[str, Union[float, str, None]] = {"pi": 3.14, "name": "rt", "nothing": None}
    for k, tv in table.items():
        print(k, tv, tv is None)
    print(table)
    x: int | str = 5
    print(x)
    x = "five"
    print(x)
    mixed: list[int | float] = [1, 2.0, 3]
    print(mixed, sum(1 for m in mixed if isinstance(m, int)))
    print(Plain() is not None)


main()

# expect: int 2 1 1 1|1
# expect: float 5.0 2.5 2.5 2.5|2.5
# expect: bool True True True True|True
# expect: str X x 'x' x|'x'
# expect: int 1 0 0 0|0
# expect: bool False False False False|False
# expect: float 0.0 0.0 0.0 0.0|0.0
# expect: str   '' |''
# expect: [1, 2.5, True, 'x', 0, False, 0.0, '']
# expect: True True True False 3 2
# expect: 4 3
# expect: [3, 's', Node('a'), Node('b'), None]
# expect: scalar 3 3 3
# expect: scalar s s s
# expect: node a Node('a') Node('a')
# expect: node b <leaf b> <leaf b>
# expect: none None None
# expect: not a str: 4 not a str: None a str of 3
# expect: 2.5 None
# expect: 12 12 int
# expect: 1.5 1.5 float
# expect: abc abc str
# expect: nan nan float
# expect: True True True False True True True
# expect: True True False
# expect: False True
# expect: True False True True False False
# expect: True True
# expect: 2.5
# expect: hi!
# expect: pi 3.14 False
# expect: name rt False
# expect: nothing None True
# expect: {'pi': 3.14, 'name': 'rt', 'nothing': None}
# expect: 5
# expect: five
# expect: [1, 2.0, 3] 2
# expect: True
