# What a class body may contain.
import sys


class C:
    LIMIT = 10
    LIMIT = 20
    EMPTY = None
    a, b = 1, 2
    print("hello")

    class Inner:
        pass

    def __init__(self) -> None:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:5: class constant 'LIMIT' is already defined
# expect error: 8:13: class constant 'EMPTY' cannot be None
# expect error: 9:5: a class constant is written NAME = value
# expect error: 10:5: only fields, constants and methods are allowed in a class body
# expect error: 12:5: nested classes are not supported
