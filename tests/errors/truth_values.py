# Values without a truth value.
import sys


def f() -> None:
    if range(3):
        pass
    while zip([1], [2]):
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:8: 'range[int]' has no truth value
# expect error: 8:11: 'zip[tuple[int, int]]' has no truth value
