# Nested functions and classes, imports and lambdas inside functions.
import sys


def f() -> None:
    def inner() -> None:
        pass

    class Local:
        pass

    import os
    g = lambda x: x


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:5: nested functions are not supported
# expect error: 9:5: classes must be defined at module level
# expect error: 12:5: imports must be at module level
# expect error: 13:9: lambda expressions are not supported
