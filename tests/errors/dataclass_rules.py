# Dataclasses: what CPython refuses when the class is created, and
# instances that CPython cannot hash.
import sys
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Frozen(Point):
    z: int = 0


@dataclass(kw_only=True)
class Opts:
    n: int = field(default_factory=int)


class Tok:
    def __eq__(self, other: object) -> bool:
        return True


def main(argv: list[str]) -> int:
    s = {Point(1, 2)}
    print(hash(Tok()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:1: cannot inherit frozen dataclass from a non-frozen one
# expect error: 18:12: dataclass option 'kw_only' is not supported
# expect error: 20:5: default_factory for an 'int' field is not supported; use default=
# expect error: 29:9: unhashable type: 'Point': it defines __eq__ without __hash__, which CPython makes unhashable (a dataclass needs frozen=True or unsafe_hash=True)
# expect error: 30:16: unhashable type: 'Tok': it defines __eq__ without __hash__, which CPython makes unhashable (define __hash__ too)
