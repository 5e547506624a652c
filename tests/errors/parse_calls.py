# Call and parameter lists.
import sys


def f(a: int, b: int = 0) -> int:
    return a


x = f(a=1, 2)
y = f(a=1, a=2)
z = f(**x, 1)


def g(a: int = 1, b: int) -> None:
    pass


def h(*, ) -> None:
    pass


def k(*a: int, *b: int) -> None:
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:12: positional argument follows keyword argument
# expect error: 10:12: keyword argument repeated: a
# expect error: 11:12: positional argument follows keyword argument unpacking
# expect error: 14:19: non-default argument follows default argument
# expect error: 18:7: named arguments must follow bare *
# expect error: 22:16: * argument may appear only once
