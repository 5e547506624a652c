# Array is prelude-only (TypeVar and Generic are not: tests/programs/class_generic.py).
import sys


def f(a: Array[int]) -> int:
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:10: unknown type 'Array'
