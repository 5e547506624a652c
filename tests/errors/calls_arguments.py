# Binding arguments to parameters.
import sys


def f(a: int, b: str = "x") -> int:
    return a


def g() -> None:
    f()
    f(1, "a", 3)
    f(1, c=2)
    f(1, a=2)
    f("no")
    f(1, b=2)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:5: f() missing required argument 'a'
# expect error: 11:15: f() takes 2 arguments but 3 were given
# expect error: 12:10: f() got an unexpected keyword argument 'c'
# expect error: 13:10: f() got multiple values for argument 'a'
# expect error: 14:7: argument 1 of 'f' has type 'str', expected 'int'
# expect error: 15:12: argument 2 of 'f' has type 'int', expected 'str'
