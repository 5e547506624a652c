# **kwargs, and default values.
import sys


def f(*args: int) -> None:
    pass


def g(**kw: int) -> None:
    pass


def k(a: int, b: int = len("x")) -> None:
    pass


def m(a: int, b: str = 3) -> None:
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:7: **kwargs parameters are not supported: take a dict[str, T] parameter, or keyword parameters with defaults
# expect error: 13:24: default values must be constants or module globals (CPython evaluates them once, when the def runs)
# expect error: 17:24: default value of 'b' has type 'int', expected 'str'
