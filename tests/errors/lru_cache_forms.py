# functools.lru_cache forms outside the subset.
import sys
from functools import lru_cache


@lru_cache(maxsize=3 - 6)
def negative(n: int) -> int:
    return n


@lru_cache(maxsize=4, typed=True)
def typed(n: int) -> int:
    return n


@lru_cache
def with_default(n: int, k: int = 2) -> int:
    return n * k


class Box:
    @lru_cache
    def method(self, n: int) -> int:
        return n


def main(argv: list[str]) -> int:
    print(negative(1), typed(2), with_default(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:22: maxsize must be None or an integer constant
# expect error: 11:1: @lru_cache takes only maxsize
# expect error: 17:26: a function with @lru_cache takes annotated positional parameters without defaults
# expect error: 22:5: @lru_cache is supported on module functions only, not on methods
