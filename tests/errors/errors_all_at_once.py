# One run reports every error of every function: a construct the parser
# rejects does not hide the checker's errors, an error in one item of a
# display does not hide the others, and an error in library code that a
# call needs is reported at the call, naming what the program called.
import sys


async def fetch() -> int:
    return 1


def first(x: int) -> str:
    return x


def items(n: int) -> list[int]:
    return [first("a"), len(n), abs("b")]


def best(d: dict[str, int]) -> str:
    return max(d, key=d.get)


def order(d: dict[str, int]) -> list[str]:
    return sorted(d, key=d.get)


def main(argv: list[str]) -> int:
    return "done"


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:1: 'async def' is not supported
# expect error: 13:12: incompatible return value: expected 'str', got 'int'
# expect error: 17:13: item has type 'str', expected 'int'
# expect error: 17:19: argument 1 of 'first' has type 'str', expected 'int'
# expect error: 17:29: object of type 'int' has no len()
# expect error: 17:37: bad operand type for abs(): 'str'
# expect error: 21:23: max() with this key compares items with '<', which is not supported for 'int | None'
# expect error: 25:26: sorted() with this key compares items with '<', which is not supported for 'int | None'
# expect error: 29:12: incompatible return value: expected 'int', got 'str'
