# print()'s keywords.
import sys


class Opaque:
    pass


def f(o: Opaque) -> None:
    print(o)
    print(1, sep=1)
    print(1, end=None)
    print(1, file="out")
    print(1, color="red")
    print([o])


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:11: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
# expect error: 11:18: print() sep must be 'str', not 'int'
# expect error: 12:18: print() end must be 'str', not 'None'
# expect error: 13:19: print() file must be a file, not 'str'
# expect error: 14:14: print() got an unexpected keyword argument 'color'
# expect error: 15:11: 'Opaque' cannot be converted to a string: it has no __str__ or __repr__
