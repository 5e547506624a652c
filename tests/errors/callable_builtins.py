# Names that cannot be called.
import sys


def f() -> None:
    print(__name__())
    n = sys.argv()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:11: '__name__' cannot be called
# expect error: 7:9: 'list[str]' is not callable
