# The os module: environ.get with and without default, getpid, cpu_count.
import os
import sys


def main(argv: list[str]) -> int:
    missing = os.environ.get("RTRANS_TEST_SURELY_UNSET_VARIABLE")
    print(missing is None, missing)
    print(os.environ.get("RTRANS_TEST_SURELY_UNSET_VARIABLE", "fallback"))
    path = os.environ.get("PATH")
    if path is not None:
        print("PATH set:", len(path) > 0)
    else:
        print("PATH set: False")
    print(os.getpid() > 0, os.getpid() == os.getpid())
    n = os.cpu_count()
    print(n >= 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True None
# expect: fallback
# expect: PATH set: True
# expect: True True
# expect: True
