# and/or operands and if/else branches must have a common type.
import sys


def f(a: int, s: str, b: bool) -> None:
    x = a or s
    y = s if b else 3


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:11: the operands of 'and'/'or' have incompatible types 'int' and 'str'
# expect error: 7:9: the branches of 'if'/'else' have incompatible types 'str' and 'int'
