# C functions that do I/O: rename() and remove() of <stdio.h> on files in
# the run's directory, getenv() of <stdlib.h> whose `char *` result is
# `str | None`, strlen() of <string.h> (size_t is an int).  A str passes as
# UTF-8; one holding a NUL character raises ValueError, as CPython's open()
# would refuse it.
import sys

from rtrans.c import include

stdio = include("stdio.h")
stdlib = include("stdlib.h")
string = include("string.h", safe=["strlen"])


def exists(path: str) -> bool:
    try:
        with open(path) as f:
            f.read()
        return True
    except FileNotFoundError:
        return False


def main(argv: list[str]) -> int:
    with open("first.txt", "w") as f:
        f.write("héllo\n")
    print(stdio.rename("first.txt", "second.txt"), exists("first.txt"), exists("second.txt"))
    with open("second.txt") as f:
        print(repr(f.read()))
    print(stdio.remove("second.txt"), exists("second.txt"))
    print(stdio.remove("second.txt"))
    print(stdio.rename("no-such-file", "other"))
    try:
        stdio.remove("bad\0name")
    except ValueError as e:
        print("ValueError:", e)
    print(stdlib.getenv("RTRANS_CIMPORT_SURELY_UNSET"))
    path = stdlib.getenv("PATH")
    print(path is not None and len(path) > 0)
    print(string.strlen("héllo"), string.strlen(""), string.strlen("tab\t"))
    print(stdlib.atoi("  42xyz"), stdlib.atol("-9000000000"), stdlib.atof("2.5e3"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 False True
# expect: 'héllo\n'
# expect: 0 False
# expect: -1
# expect: -1
# expect: ValueError: embedded null byte
# expect: None
# expect: True
# expect: 6 0 4
# expect: 42 -9000000000 2500.0
