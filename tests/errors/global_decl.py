# 'global' declarations.
import sys

COUNT = 0
global COUNT


def f() -> None:
    COUNT = 1
    global COUNT


def g() -> None:
    global MISSING
    MISSING = 1


def h() -> None:
    nonlocal COUNT


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:1: 'global' at module level has no effect
# expect error: 10:5: name 'COUNT' is assigned before its global declaration
# expect error: 14:5: global 'MISSING' is not defined at module level
# expect error: 19:5: no binding for nonlocal 'COUNT' found
