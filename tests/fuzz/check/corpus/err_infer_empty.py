# A variable first assigned None or an empty container needs an annotation.
import sys


def f() -> None:
    a = []
    b = {}
    c = set()
    d = None
    e = [None, None]
    g = {1: None}
    h = ()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

