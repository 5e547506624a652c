# Classes, imports and untyped lambdas inside functions.
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

# expect error: 9:5: classes must be defined at module level
# expect error: 12:5: imports must be at module level
# expect error: 13:9: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
