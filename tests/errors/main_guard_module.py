# The main module needs main(argv: list[str]) -> int and the exact guard.
import sys


def main(argv: list[int]) -> None:
    pass


if __name__ == "__main__":
    main(sys.argv)

# expect error: 5:1: 'main' must have the signature (argv: list[str]) -> int
# expect error: 9:1: the __main__ guard must contain exactly 'sys.exit(main(sys.argv))'
# expect error: 10:10: argument 1 of 'main' has type 'list[str]', expected 'list[int]'
