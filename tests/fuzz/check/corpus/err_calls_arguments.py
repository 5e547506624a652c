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

