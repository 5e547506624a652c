# f-string parts must be convertible to strings.
import sys


class Opaque:
    pass


def f(o: Opaque, n: int) -> None:
    print(f"{o}")
    print(f"{o!r}")
    print(f"{n:>5} {o:>5}")
    print(str(o), repr(o))


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:14: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 11:14: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 12:21: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 13:15: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 13:24: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
