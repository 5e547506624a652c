# A base class is evaluated when the class statement runs (CPython raises
# NameError otherwise), so it must be defined earlier; this is also what
# keeps `class C(C)` and mutually derived classes from looping.
import sys


class C(C):
    pass


class A(B):
    pass


class B(A):
    pass


class Q("A"):
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:9: class 'C' cannot derive from itself
# expect error: 11:9: base class 'B' is not defined yet: CPython evaluates a base when the class statement runs, so define 'B' before 'A'
# expect error: 19:9: a base class is named, not quoted: CPython evaluates it when the class statement runs
