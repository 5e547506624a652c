# String conversions, ordering and hashing of class values: what CPython
# could print differently (an address) or always rejects is rejected.
from __future__ import annotations

import sys


class Tok:
    s: str

    def __init__(self, s: str) -> None:
        self.s = s

    def __str__(self) -> str:
        return self.s


class Plain:
    pass


class Fancy(Plain):
    def __str__(self) -> str:
        return "fancy"

    def __eq__(self, other: Fancy) -> bool:
        return True

    def __lt__(self, other: Fancy) -> bool:
        return False


class Key:
    k: int

    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: Key) -> bool:
        return self.k == other.k

    def __hash__(self) -> int:
        return self.k


class Holder:
    table: dict[Key, int]

    def __init__(self) -> None:
        self.table = {}


class KeyNoHash(Key):
    def __eq__(self, other: Key) -> bool:
        return False


class EqOnly:
    def __eq__(self, other: EqOnly) -> bool:
        return True


def main(argv: list[str]) -> int:
    t = Tok("x")
    print(t, str(t), f"{t}")
    print(repr(t), [t], f"{t!r}", (t, 1))
    p: Plain = Fancy()
    print(p)
    ps: list[Plain] = [p]
    ps.sort()
    print(p < p)
    keys: dict[Key, int] = {}
    print(hash(Key(1)), {Key(2)}, {EqOnly(): 1})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 26:5: '__eq__' must have the signature (self, other: object) -> bool (or other: Plain, the root of its classes: == on any 'Plain' may call it, with any object: test isinstance(other, Fancy) in it)
# expect error: 66:16: 'Tok' cannot be shown with repr() (as containers show their items): it has no __repr__, and CPython would print its address
# expect error: 66:20: 'Tok' cannot be shown with repr() (as containers show their items): it has no __repr__, and CPython would print its address
# expect error: 66:28: 'Tok' cannot be shown with repr() (as containers show their items): it has no __repr__, and CPython would print its address
# expect error: 66:35: 'Tok' cannot be shown with repr() (as containers show their items): it has no __repr__, and CPython would print its address
# expect error: 70:5: sort() compares items with '<', which is not supported for 'Plain' ('Plain' has no __lt__)
# expect error: 71:13: '<' is not supported between instances of 'Plain' and 'Plain' (define __lt__)
# expect error: 73:25: 'Key' cannot be converted to a string: it has no __str__ or __repr__, nor has any subclass
# expect error: 73:35: unhashable type: 'EqOnly': it defines __eq__ without __hash__, which CPython makes unhashable (define __hash__ too)
