# Lambdas whose types cannot be known, or that do what rtrans does not.
import sys
from typing import Callable


def f() -> int:
    g = lambda x: x + 1
    h: Callable[[int], int] = lambda x, y: x
    k: Callable[[int, int], int] = lambda x, y=2: x + y
    m: Callable[[int], str] = lambda x: x * 2
    n: int = lambda: 1
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:9: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
# expect error: 8:31: this lambda takes 2 parameters but 'Callable[[int], int]' is expected
# expect error: 9:46: default values of lambda parameters are only supported where the expected Callable type leaves them out
# expect error: 10:43: the lambda returns 'int', expected 'str'
# expect error: 11:14: incompatible types in assignment: expected 'int', got 'Callable[[], int]'
