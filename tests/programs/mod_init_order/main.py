# Module-level code runs once, in import order, before main; a module
# imported twice (directly and through another) initialises once.
import sys

import first
import second

print("main module init")


def main(argv: list[str]) -> int:
    print("main", first.VALUE, second.VALUE, first.LOG)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: first init
# expect: second init, first.VALUE = 1
# expect: main module init
# expect: main 1 2 ['first', 'second']
