# Bare `raise` re-raises the exception being handled; raising a new
# exception inside a handler; exceptions from called functions.
import sys


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        print("parse failed for", repr(s))
        raise


def checked(s: str) -> int:
    try:
        return parse(s)
    except ValueError:
        raise RuntimeError("bad input " + s)


def main(argv: list[str]) -> int:
    print(checked("12"))
    try:
        checked("x1")
    except RuntimeError as e:
        print("RuntimeError:", str(e))
    try:
        parse("?")
    except ValueError as e:
        print("ValueError:", str(e))
    try:
        raise KeyError("k")
    except KeyError as e:
        print("KeyError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 12
# expect: parse failed for 'x1'
# expect: RuntimeError: bad input x1
# expect: parse failed for '?'
# expect: ValueError: invalid literal for int() with base 10: '?'
# expect: KeyError: 'k'
