# Integer floor division by zero, uncaught: CPython's message, exit 1.
import sys


def ratio(a: int, b: int) -> int:
    return a // b


def main(argv: list[str]) -> int:
    print(ratio(10, 3))
    print(ratio(1, len(argv) - len(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
