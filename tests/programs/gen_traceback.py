# An exception leaving a generator: the traceback names the generator and the
# line that raised it, as CPython's does.
import sys
from typing import Callable, Iterator


def items(n: int) -> Iterator[int]:
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i


def main(argv: list[str]) -> int:
    f: Callable[[int], int] = lambda x: x // 0
    total = 0
    for x in items(5):
        total += x
    print(total)
    return f(total)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect-exit: 1
# expect-stderr: ValueError: bad item 2
# expect-stderr: line 10, in items
