# `object` is a parameter type that isinstance() narrows; nothing else.
import sys


class P:
    x: int
    o: object

    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        if other:
            return True
        return self.x == other.x

    def same(self) -> object:
        return self

    def ne(self) -> bool:
        return NotImplemented


def f(o: object, items: list[object]) -> None:
    print(o)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:8: 'object' is only supported as the type of a parameter (narrow it with isinstance() before use); elsewhere every value has a precise type
# expect error: 13:12: the truth value of an 'object' is not supported: narrow it with isinstance() first
# expect error: 15:32: 'object' has no attribute 'x' (narrow it with isinstance() first)
# expect error: 17:23: 'object' is only supported as the type of a parameter (narrow it with isinstance() before use); elsewhere every value has a precise type
# expect error: 21:16: 'NotImplemented' can only be returned by a comparison or binary operator method (__eq__, __lt__, __add__, __radd__, ...)
# expect error: 24:30: 'object' is only supported as the type of a parameter (narrow it with isinstance() before use); elsewhere every value has a precise type
# expect error: 25:11: 'object' cannot be converted to a string: it has no __str__ or __repr__
