# dataclasses: defaults and factories, ClassVar, InitVar and
# __post_init__, KW_ONLY, order and frozen, the __hash__ rules, inheritance
# of fields, asdict/astuple/replace, the error messages.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List
from collections import namedtuple
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
p = P(1); q = P(1, 2, ['a'])
print(p, q, p == P(1), p == q, p != q, [f.name for f in fields(P)], P.count, P.__match_args__, P.y)
print(asdict(q), astuple(q), replace(q, y=9), is_dataclass(P), is_dataclass(p), is_dataclass(3))
try: P()
except TypeError as e: print(e)
print(P.__hash__, P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
v = V(1); w = V(1, 'a')
print(v < w, v > w, v >= V(1), sorted([V(3), V(1, 'b'), V(1, 'a')]), hash(v) == hash((1, 'z')), {v: 1}[V(1)])
try: v.a = 5
except FrozenInstanceError as e: print('Frozen', e)
try: del v.b
except FrozenInstanceError as e: print('Frozen', e)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Post:
    a: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False)
    def __post_init__(self, scale): self.doubled = self.a * scale
print(Post(3), Post(3, 10), [f.name for f in fields(Post)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K(1, b=5, c=0))
try: K(1, 2, 3)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, compare=False, default=None, repr=False)
print(hash(H(1)) == hash((1,)), H(1, [1]), H(1) == H(1, [2]))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class Nest:
    p: P
    items: list
    pair: tuple
print(asdict(Nest(P(1), [P(2)], (P(3), 4))), astuple(Nest(P(1), [1], (2,))))
try: replace(Post(1), doubled=3)
except ValueError as e: print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass
class R:
    a: int
    def __repr__(self): return 'custom'
print(R(1), fields(R)[0].type, fields(R)[0].default is MISSING)
try: fields(5)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
@dataclass(frozen=True)
class FP:
    a: int
    b: int = field(default=5, init=False)
print(FP(1), FP(1) == FP(1))
