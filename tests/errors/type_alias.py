# Type aliases: only in annotations; evaluated where they are assigned.
import sys
from typing import Optional

Early = list[Later]
Ok = Optional[int]
Loop = list[Loop]


class Later:
    pass


def f(x: Early, y: Loop) -> Ok:
    return None


def main(argv: list[str]) -> int:
    print(Ok)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:14: class 'Later' is not defined yet where CPython evaluates this type alias (NameError): quote the name ("Later")
# expect error: 7:13: type alias 'Loop' refers to itself
# expect error: 19:11: type alias 'Ok' can only be used in annotations
