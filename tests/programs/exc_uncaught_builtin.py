# An uncaught built-in exception raised explicitly.
import sys


def main(argv: list[str]) -> int:
    print("about to fail")
    raise ValueError("explicit failure")


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect-stderr: ValueError: explicit failure

# expect: about to fail
# expect-exit: 1
