# A class that defines __eq__ without __hash__ is unhashable in CPython
# (a dataclass too, unless frozen=True or unsafe_hash=True).
import sys
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def main(argv: list[str]) -> int:
    s = {Point(1, 2)}
    print(len(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 14:9: unhashable type: 'Point': it defines __eq__ without __hash__, which CPython makes unhashable (a dataclass needs frozen=True or unsafe_hash=True)
