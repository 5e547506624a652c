# An exception class defined in another module, raised there and caught
# here by class; then one escapes uncaught (CPython prefixes the class
# with its module in the traceback: checked as a substring).
import sys

import errors


def main(argv: list[str]) -> int:
    try:
        errors.parse("ok")
        errors.parse("")
    except errors.ParseFailure as e:
        print("caught:", str(e), e.position)
    print(errors.parse("fine"))
    errors.parse("bad!")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: ParseFailure: bad token at 3

# expect: caught: empty input at 0 0
# expect: FINE
# expect-exit: 1
