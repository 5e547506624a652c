# Refused for a NamedTuple: field(), a field without a default after one
# with, deriving from it, assigning its fields (AttributeError), _replace of
# a name that is no field, _asdict of fields of several types, comparing a
# union of it and another NamedTuple class, hashing one holding a list; it
# compares with a tuple as its tuple (here a str with a list: refused).
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
    print(p._replace(z=1), p._asdict())
    print(p < Q(1, []))
    print(pq == p)
    p.x = 2
    print({Q(1, [])})


main(P(1))

# expect error: 17:5: field() is for dataclasses: a NamedTuple field takes a plain default ('z: T = value')
# expect error: 22:5: Non-default namedtuple field b cannot follow default field a
# expect error: 25:9: deriving from the NamedTuple 'P' is not supported: declare another NamedTuple with all the fields
# expect error: 31:13: _replace() of the NamedTuple 'P': each keyword must name one of its fields, once (CPython raises ValueError), and the call must be in the module that declares 'P'
# expect error: 31:30: _asdict() of the NamedTuple 'P' is not supported: its fields have several types, so the dict's values would have none; read the fields (or give them one type)
# expect error: 32:13: cannot compare 'tuple[int, str]' and 'tuple[int, list[int]]' with '<' (at index 1: 'str' and 'list[int]')
# expect error: 33:14: comparing the NamedTuple 'Q' with 'P' is not supported (CPython compares them item by item): compare values of one class
# expect error: 34:5: the fields of the NamedTuple 'P' cannot be assigned (CPython raises AttributeError): make a new one
# expect error: 35:11: unhashable type: 'Q': it defines __eq__ without __hash__, which CPython makes unhashable (a dataclass needs frozen=True or unsafe_hash=True)
