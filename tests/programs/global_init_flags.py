# Module globals assigned by statements that run code (initflags.c): a
# function that can run before the assignment keeps its NameError test,
# one that runs only afterwards reads the global directly.  Reached
# before the store: through a virtual call, from an except handler after
# the assigning statement failed (that global is never assigned), and
# through a function value.
import sys
from typing import Callable


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


class Base:
    def get(self) -> int:
        return 0


class Sub(Base):
    def get(self) -> int:
        try:
            return E.v
        except NameError as e:
            print("Sub.get:", e)
            return -1


def call_get(b: Base) -> int:
    return b.get()


def fail() -> int:
    raise ValueError("no box")


def show_d() -> str:
    try:
        return str(D.v)
    except NameError as e:
        return "NameError: " + str(e)


def read_f() -> int:
    try:
        return F.v
    except NameError:
        return -2


def late() -> int:
    return E.v + F.v


X1 = call_get(Sub())
E = Box(5)
try:
    D = Box(fail())
except ValueError:
    print("handler:", show_d())
HOOK: Callable[[], int] = read_f
X2 = HOOK()
F = Box(7)


def main(argv: list[str]) -> int:
    print(X1, X2, call_get(Sub()), late(), HOOK())
    print("main:", show_d())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: Sub.get: name 'E' is not defined
# expect: handler: NameError: name 'D' is not defined
# expect: -1 -2 5 12 7
# expect: main: NameError: name 'D' is not defined
