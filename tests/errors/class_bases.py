# Single inheritance from a class (or an exception class); no keywords.
import sys


class A:
    pass


class B:
    pass


class C(A, B):
    pass


class D(int):
    pass


class E(A, metaclass=A):
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:12: multiple inheritance is not supported
# expect error: 17:9: cannot derive from 'int'
# expect error: 21:12: class keywords (metaclasses) are not supported
