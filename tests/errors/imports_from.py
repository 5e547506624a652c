# from-import forms.
import sys
from . import sibling
from math import nothing
from os import getpid, symlink


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 3:1: relative imports are not supported
# expect error: 4:18: 'math.nothing' is not supported
# expect error: 5:24: 'os.symlink' is not supported
