# Parameters and returns must be annotated; self must not be.
import sys


def f(x) -> int:
    return 0


def g(x: int):
    return x


class C:
    def m(self: C) -> int:
        return 0

    def n() -> int:
        return 0

    def __init__(self) -> int:
        return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:7: parameter 'x' needs a type annotation (or a default that is a literal number, string or bool)
# expect error: 9:1: function 'g' needs a return type annotation
# expect error: 14:11: 'self' must not be annotated
# expect error: 17:5: method 'n' needs a 'self' parameter
# expect error: 20:5: __init__ must return None
