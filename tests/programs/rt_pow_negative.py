# int ** negative int raises ValueError in rtrans (CPython returns a float).
import sys

# cpython: skip int ** negative exponent (CPython returns a float)


def main(argv: list[str]) -> int:
    e = -1
    try:
        print(2 ** e)
    except ValueError:
        print("ValueError raised")
    print(2.0 ** e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: ValueError raised
# expect: 0.5
