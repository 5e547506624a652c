# Builtins given arguments of the wrong type.
import sys


class Opaque:
    pass


def f(o: Opaque, xs: list[int]) -> None:
    print(len(5))
    print(int(xs))
    print(int(2.5, 10))
    print(float(xs))
    print(round("a"))
    print(reversed(5))
    print(hash(xs))
    print(dict(xs))
    print(sum([xs]))
    for i in range("a"):
        pass
    print(isinstance(xs, 3))


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:15: object of type 'int' has no len()
# expect error: 11:15: int() argument must be a str or a number, not 'list[int]'
# expect error: 12:15: int() with a base needs a 'str', not 'float'
# expect error: 13:17: float() argument must be a str or a number, not 'list[int]'
# expect error: 14:17: round() needs a number, not 'str'
# expect error: 15:20: reversed() needs a list or a str, not 'int'
# expect error: 16:16: unhashable type: 'list[int]'
# expect error: 17:16: dict() takes a dict or an iterable of (key, value) pairs, not 'list[int]'
# expect error: 18:11: sum() of 'list[list[int]]' needs a start value
# expect error: 19:20: expected 'int', got 'str'
# expect error: 21:26: isinstance() needs a class or a tuple of classes
