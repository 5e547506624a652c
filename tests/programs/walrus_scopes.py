# Assignment expressions in other scopes: a module-level generator expression
# (binds the global), a lambda body (its own local), a method's while test.
import sys
from typing import Callable

xs = [1, 2, 3]
z = 0
gen = ((z := x) * 10 for x in xs)
for v in gen:
    print(v, z)


class Acc:
    def __init__(self) -> None:
        self.total = 0

    def add_all(self, items: list[int]) -> int:
        while items and (head := items.pop()) > 0:
            self.total += head
        return self.total


def main(argv: list[str]) -> int:
    f: Callable[[int], int] = lambda n: (m := n * 2) + m
    print(f(5))
    print(Acc().add_all([0, 4, 5]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 10 1
# expect: 20 2
# expect: 30 3
# expect: 20
# expect: 9
