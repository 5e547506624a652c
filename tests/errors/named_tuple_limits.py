# What a NamedTuple class does not do here: field(), a field without a
# default after one with, deriving from it, assigning its fields (CPython
# raises AttributeError), comparing it with a tuple or another NamedTuple
# class (CPython compares them item by item), and hashing one that holds a
# list.
from dataclasses import field
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: str = "a"


class Q(NamedTuple):
    x: int
    z: list[int] = field(default_factory=list)


class R(NamedTuple):
    a: int = 0
    b: int


class S(P):
    pass


def main(pq: P | Q) -> None:
    p = P(1)
    print(p == (1, "a"))
    print(p < Q(1, []))
    print(pq == p)
    p.x = 2
    print({Q(1, [])})


main(P(1))

# expect error: 17:5: field() is for dataclasses: a NamedTuple field takes a plain default ('z: T = value')
# expect error: 22:5: Non-default namedtuple field b cannot follow default field a
# expect error: 25:9: deriving from the NamedTuple 'P' is not supported: declare another NamedTuple with all the fields
# expect error: 31:13: comparing the NamedTuple 'P' with 'tuple[int, str]' is not supported (CPython compares them item by item): compare values of one class
# expect error: 32:13: comparing the NamedTuple 'P' with 'Q' is not supported (CPython compares them item by item): compare values of one class
# expect error: 33:14: comparing the NamedTuple 'Q' with 'P' is not supported (CPython compares them item by item): compare values of one class
# expect error: 34:5: the fields of the NamedTuple 'P' cannot be assigned (CPython raises AttributeError): make a new one
# expect error: 35:11: unhashable type: 'Q': it defines __eq__ without __hash__, which CPython makes unhashable (a dataclass needs frozen=True or unsafe_hash=True)
