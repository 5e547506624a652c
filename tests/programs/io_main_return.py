# The value main returns becomes the exit status.
import sys


def main(argv: list[str]) -> int:
    print("returning 2")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: returning 2
# expect-exit: 2
