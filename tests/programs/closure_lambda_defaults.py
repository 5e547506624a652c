# Lambdas with default values, evaluated when each lambda is made: the usual
# way to keep a loop variable's current value.
import sys
from typing import Callable


def main(argv: list[str]) -> int:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    print([f() for f in fs])
    table: dict[str, Callable[[int], str]] = {}
    base = 5
    for name in ["x", "yy"]:
        table[name] = lambda v, name=name, n=len(name): f"{name}:{v + n + base}"
    base = 100
    print(table["x"](1), table["yy"](2))
    adders: list[Callable[[int], int]] = [lambda x, k=k: x + k for k in range(3)]
    print([a(10) for a in adders])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0, 10, 20]
# expect: x:102 yy:104
# expect: [10, 11, 12]
