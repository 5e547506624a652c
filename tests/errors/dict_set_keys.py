# Dict keys and set elements must be hashable.
import sys


def f() -> None:
    a: dict[list[int], int] = {}
    b: set[dict[str, int]] = set()
    c: set[float] = set()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:13: 'list[int]' cannot be used as a dict key (use int, str, bool, a tuple or a class)
# expect error: 7:12: 'dict[str, int]' cannot be used as a set element (use int, str, bool, a tuple or a class)
# expect error: 8:12: 'float' cannot be used as a set element (use int, str, bool, a tuple or a class)
