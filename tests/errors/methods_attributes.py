# Attributes and methods of objects, classes and modules.
import sys
import math


class C:
    x: int
    LIMIT = 3

    def __init__(self) -> None:
        self.x = 0

    def m(self) -> int:
        return self.x

    @staticmethod
    def s() -> int:
        return 1


def f(c: C, o: C | None) -> None:
    print(c.y)
    c.y = 1
    print(C.m)
    print(C.nothing)
    C.LIMIT = 4         # a class attribute (tests/programs/class_attr_mutable.py)
    print(math.nothing)
    print(None.x)
    print("abc".nothing)
    o.x = 1


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 22:13: 'C' has no field 'y'
# expect error: 23:7: 'C' has no field 'y'
# expect error: 24:11: 'Callable[[C], int]' cannot be converted to a string: CPython would print the function's address
# expect error: 25:13: class 'C' has no constant or static method 'nothing'
# expect error: 27:16: 'math.nothing' is not supported
# expect error: 28:16: 'None' has no attribute 'x'
# expect error: 29:17: 'str' has no attribute 'nothing'
