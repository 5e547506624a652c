# Augmented assignment targets and types.
import sys


def f(lst: list[int], s: str) -> None:
    lst += "x"
    s += 1
    n = 1
    n /= 2


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:12: incompatible types in assignment: expected 'list[int]', got 'str'
# expect error: 7:5: unsupported operand types for +: 'str' and 'int'
# expect error: 9:5: incompatible types in assignment: expected 'int', got 'float'
