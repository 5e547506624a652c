# Narrowing: is None / is not None, truthiness, isinstance, assert, early
# exits, and/or chains; killed by assignment.
from __future__ import annotations
import sys


class Animal:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    def bark(self) -> str:
        return self.name + "!"


def find(xs: list[Animal], name: str) -> Animal | None:
    for x in xs:
        if x.name == name:
            return x
    return None


def demo(xs: list[Animal], label: str | None) -> str:
    a = find(xs, "rex")
    if a is not None:
        print(a.name)
    if a is None:
        return "none"
    b = a
    if isinstance(b, Dog):
        print(b.bark())
    if label is not None and len(label) > 2:
        print(label.upper())
    c = find(xs, "x")
    assert c is not None
    print(c.name)
    c = find(xs, "y")
    d = label if label else "anon"
    return d + b.name


def main(argv: list[str]) -> int:
    print(demo([Dog("rex"), Animal("x")], None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
