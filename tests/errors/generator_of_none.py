# A generator that yields only None (a backtracking solver's "one more
# solution", found writing a Prolog engine for issue 8) is not supported
# yet: the error names the typed way, a generator of bool.
import sys
from typing import Generator, Iterator


def solve(n: int) -> Iterator[None]:
    for i in range(n):
        yield None


def solve_all(n: int) -> Generator[None, None, None]:
    yield from solve(n)


def main() -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect error: 8:31: a generator of None is not supported: yield values (Iterator[bool] and `yield True`)
# expect error: 13:36: a generator of None is not supported: yield values (Iterator[bool] and `yield True`)
