# The __main__ guard may hold any statements and main() any signature, but
# the calls in it are checked like any other.
import sys


def main(argv: list[int]) -> None:
    pass


if __name__ == "__main__":
    main(sys.argv)

# expect error: 11:10: argument 1 of 'main' has type 'list[str]', expected 'list[int]'
