# Locals must be assigned on every path before use.
import sys


def f(flag: bool) -> int:
    if flag:
        x = 1
    return x


def g(n: int) -> int:
    while n > 0:
        y = n
        n -= 1
    return y


def h() -> int:
    try:
        z = int("3")
    except ValueError:
        pass
    return z


def k(flag: bool) -> int:
    return w
    w = 1


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:12: variable 'x' may be used before assignment
# expect error: 15:12: variable 'y' may be used before assignment
# expect error: 23:12: variable 'z' may be used before assignment
# expect error: 27:12: variable 'w' may be used before assignment
