# The truth of a union is the member's (0, 0.0, False, '' and None are false; __bool__ and
# __len__ answer for instances); `or`/`and` keep the operand; an if-else assigned to a union
# takes each branch as a member.
from typing import Union


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __repr__(self) -> str:
        return f"Bag({self.n})"


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on

    def __repr__(self) -> str:
        return f"Flag({self.on})"


class Thing:
    def __repr__(self) -> str:
        return "Thing()"


V = Union[int, float, bool, str, Bag, Flag, Thing, None]


def show(vs: list[V]) -> None:
    for v in vs:
        print(bool(v), "yes" if v else "no", not v, v or "dflt", v and 7)


def main() -> None:
    t = Thing()
    show([0, 1, -2, 0.0, 0.5, True, False, "", "a", Bag(0), Bag(3), Flag(False), Flag(True), t, None])
    w: int | bool = 0
    q: float | str = 1.0 if w else "s"
    print(q, 1.5 if w else "x")
    while w or w == 0:
        w = w if isinstance(w, bool) else w + 1
        if not isinstance(w, bool) and w > 2:
            break
    print(w)


main()

# expect: False no True dflt 0
# expect: True yes False 1 7
# expect: True yes False -2 7
# expect: False no True dflt 0.0
# expect: True yes False 0.5 7
# expect: True yes False True 7
# expect: False no True dflt False
# expect: False no True dflt 
# expect: True yes False a 7
# expect: False no True dflt Bag(0)
# expect: True yes False Bag(3) 7
# expect: False no True dflt Flag(False)
# expect: True yes False Flag(True) 7
# expect: True yes False Thing() 7
# expect: False no True dflt None
# expect: s x
# expect: 3
