# Library members that are not supported.
import sys
import os
import math


def f() -> None:
    print(os.symlink("a", "b"))
    print(math.gamma(1.0))
    print(sys.version)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:14: 'os.symlink' is not supported
# expect error: 9:16: 'math.gamma' is not supported
# expect error: 10:15: 'sys.version' is not supported
