# A default value is evaluated at each call here, once when the def runs
# in CPython: a global it reads must not change after the def.
import sys


class Box:
    pass


LIMIT = 3
LATER = Box()


def reassigned(x: int = LIMIT) -> int:
    return x


def written(b: Box = LATER) -> Box:
    return b


def before(y: int = AFTER) -> int:
    return y


AFTER = 5
LIMIT = 4


def reset() -> None:
    global LATER
    LATER = Box()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 14:25: the default value reads global 'LIMIT', which is assigned again later: CPython evaluates a default once, when the def runs; use None as the default and read 'LIMIT' in the body
# expect error: 18:22: the default value reads global 'LATER', which is assigned again later: CPython evaluates a default once, when the def runs; use None as the default and read 'LATER' in the body
# expect error: 22:21: global 'AFTER' is assigned after this def: CPython evaluates the default when the def runs (NameError)
