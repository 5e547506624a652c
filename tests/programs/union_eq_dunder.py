# == and != on unions run the __eq__/__ne__ of the class member held, in
# CPython's order (a number's or a str's __eq__ gives way to the instance's;
# a subclass's reflected method first), also for None, 'in', index() and
# count() of a list of unions.
from typing import Union


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        print("  P.eq", self.x, isinstance(other, P))
        return isinstance(other, P) and other.x == self.x

    def __repr__(self) -> str:
        return f"P({self.x})"


class Q(P):
    def __eq__(self, other: object) -> bool:
        print("  Q.eq", self.x)
        return isinstance(other, Q) and other.x == self.x


class Plain:
    def __repr__(self) -> str:
        return "Plain"


class Ne:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ne) and self.x == other.x

    def __ne__(self, other: object) -> bool:
        print("  Ne.ne")
        return not (isinstance(other, Ne) and self.x == other.x)

    def __repr__(self) -> str:
        return f"Ne({self.x})"


V = Union[int, str, P, Plain, None]


def main() -> None:
    pl = Plain()
    vals: list[V] = [1, "a", P(1), Q(1), pl, None, P(2)]
    for a in vals:
        for b in vals:
            print(a, "==", b, a == b, a != b)
    print(P(1) in vals, Q(1) in vals, 3 in vals, vals.index(P(2)), vals.count(P(1)))
    w: int | Ne = Ne(1)
    z: int | Ne = Ne(1)
    print(w == z, w != z, w != 1, w == Ne(2))
    o: P | None = P(1)
    t: int | P = P(1)
    print(t == o, o == t)


main()

# expect: 1 == 1 True False
# expect: 1 == a False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: 1 == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: 1 == P(1) False True
# expect: 1 == Plain False True
# expect: 1 == None False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: 1 == P(2) False True
# expect: a == 1 False True
# expect: a == a True False
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: a == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: a == P(1) False True
# expect: a == Plain False True
# expect: a == None False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: a == P(2) False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: P(1) == 1 False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: P(1) == a False True
# expect:   P.eq 1 True
# expect:   P.eq 1 True
# expect: P(1) == P(1) True False
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == P(1) False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: P(1) == Plain False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: P(1) == None False True
# expect:   P.eq 1 True
# expect:   P.eq 1 True
# expect: P(1) == P(2) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == 1 False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == a False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == P(1) True False
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == Plain False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == None False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(1) == P(2) False True
# expect: Plain == 1 False True
# expect: Plain == a False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: Plain == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: Plain == P(1) False True
# expect: Plain == Plain True False
# expect: Plain == None False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: Plain == P(2) False True
# expect: None == 1 False True
# expect: None == a False True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect: None == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: None == P(1) False True
# expect: None == Plain False True
# expect: None == None True False
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: None == P(2) False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: P(2) == 1 False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: P(2) == a False True
# expect:   P.eq 2 True
# expect:   P.eq 2 True
# expect: P(2) == P(1) False True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect: P(2) == P(1) False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: P(2) == Plain False True
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect: P(2) == None False True
# expect:   P.eq 2 True
# expect:   P.eq 2 True
# expect: P(2) == P(2) True False
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect:   P.eq 1 True
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect:   Q.eq 1
# expect:   P.eq 1 False
# expect:   Q.eq 1
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect:   P.eq 1 True
# expect:   Q.eq 1
# expect:   P.eq 2 False
# expect:   P.eq 2 False
# expect:   P.eq 2 True
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect:   P.eq 1 True
# expect:   Q.eq 1
# expect:   P.eq 1 False
# expect:   P.eq 1 False
# expect:   P.eq 2 True
# expect: True True False 6 1
# expect:   Ne.ne
# expect:   Ne.ne
# expect: True False True False
# expect:   P.eq 1 True
# expect:   P.eq 1 True
# expect: True True
