# Return statements and missing returns.
import sys


def f(x: int) -> int:
    if x > 0:
        return 1


def g() -> int:
    return


def h() -> str:
    return 3


def k() -> None:
    return 1

return 5


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:1: missing return statement in 'f' (it returns 'int')
# expect error: 11:5: missing return value (the function returns 'int')
# expect error: 15:12: incompatible return value: expected 'str', got 'int'
# expect error: 19:12: incompatible return value: expected 'None', got 'int'
# expect error: 21:1: 'return' outside a function
