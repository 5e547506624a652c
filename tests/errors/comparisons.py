# Comparisons.
from __future__ import annotations

import sys


class P:
    pass


class Q:
    def __lt__(self, other: Q) -> bool:
        return False


def f(a: int, s: str, p: P, q: Q, o: str | None) -> None:
    print(a < s)
    print(p < p)
    print(q <= q)
    print(a is 1)
    print(o < s)
    print(3 in a)
    print(None < None)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 17:13: cannot compare 'int' and 'str' with '<'
# expect error: 18:13: '<' is not supported between instances of 'P' and 'P' (define __lt__)
# expect error: 19:13: '<=' is not supported between instances of 'Q' and 'Q' (define __le__, or use functools.total_ordering)
# expect error: 20:13: 'is' compares references; use '==' for 'int'
# expect error: 21:13: '<' is not supported between 'str | None' and 'str'
# expect error: 22:13: unsupported operand types for in: 'int' and 'int'
# expect error: 23:16: '<' is not supported between 'None' and 'None'
