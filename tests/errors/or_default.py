# `x or d` with x a `T | None` is a T only when d is a T too; `and`
# keeps the left operand's falsy values (None among them).
import sys


def f(s: str | None, n: int | None, k: int) -> None:
    a = s or 5
    b = n or 0.5
    c: int = n and k
    d: str = s or None
    print(a, b, c, d)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:11: the operands of 'and'/'or' have incompatible types 'str | None' and 'int'
# expect error: 8:11: the operands of 'and'/'or' have incompatible types 'int | None' and 'float'
# expect error: 9:16: incompatible types in assignment: expected 'int', got 'int | None'
# expect error: 10:16: incompatible types in assignment: expected 'str', got 'str | None'
