# Module initialisation order across modules: gb's top-level code calls
# into ga (which is importing gb) before ga assigned its global: NameError
# as in CPython.  Once every module ran, the global reads normally.
import sys

import ga
import gb


def main(argv: list[str]) -> int:
    print("main:", ga.get(), gb.V)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: gb: name 'A_VAL' is not defined
# expect: ga: A_VAL = 7 gb.V = -1
# expect: main: 7 -1
