# typing as CPython 3.11 has it at run time: special forms and their reprs,
# aliases of containers, TypeVar and Generic classes, NamedTuple and
# TypedDict classes, Protocol, NewType, get_type_hints, get_origin/get_args.
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, Callable, TypeVar, Generic,
                    Iterator, Iterable, Sequence, Mapping, ClassVar, Final, Literal, NamedTuple,
                    TypedDict, cast, overload, get_type_hints, get_origin, get_args, Protocol,
                    runtime_checkable, NewType, Type, TypeAlias, DefaultDict, Annotated)
import typing
print(Any, Union, Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], ClassVar[int], Final[str])
print(Literal[1, 'a'], Optional[List[int]], Union[int], Union[int, int], Iterator[str], Type[int])
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, K.__bound__, TypeVar('U', covariant=True), Dict[str, T], Dict[str, T][int])
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(Box, Box[int], Box[int](3).v, Box.__parameters__, Box.__orig_bases__, Box[int](4).__orig_class__)
class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__mro__, IntBox.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 2
    def total(self) -> int:
        return self.x + self.y
p = P(1)
print(p, p.total(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple('Q', [('a', str), ('b', float)])
print(Q('s', 1.5))
class TD(TypedDict):
    name: str
    age: int
t = TD(name='x', age=3)
print(t, type(t), TD.__annotations__, sorted(TD.__required_keys__), TD.__total__)
def f(a: int, b: 'List[str]', c: Optional[int] = None) -> Dict[str, int]:
    return {}
print(get_type_hints(f))
print(f.__annotations__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(int | str), get_args(Callable[[int], str]))
print(cast(int, 'x'), isinstance(3, Union[int, str]), isinstance([], List), isinstance({}, Mapping), isinstance(iter([]), Iterator))
try:
    isinstance(3, List[int])
except TypeError as e:
    print(e)
try:
    isinstance(3, Any)
except TypeError as e:
    print(e)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None: pass
print(isinstance(F(), Closer), isinstance(3, Closer))
UserId = NewType('UserId', int)
print(UserId, UserId(5))
X: TypeAlias = Dict[str, int]
print(X, Optional[int] == Union[int, None], Optional[int] == (int | None), int | List[int])
class C:
    a: int
    b: ClassVar[str] = 'x'
    c: 'Optional[C]' = None
print(get_type_hints(C))
print(DefaultDict[str, int], Annotated[int, 'meta'], typing.Sequence[int])
try:
    List()
except TypeError as e:
    print(e)
try:
    Union()
except TypeError as e:
    print(e)
try:
    Box[int, str]
except TypeError as e:
    print(e)
print(Box[int] == Box[int], hash(Box[int]) == hash(Box[int]), Union[int, str] == Union[str, int])
print(typing.Optional[typing.Callable[[int], str]], typing.List[typing.Tuple[int, str]])
print(typing.Union[int, typing.List[int], None], typing.get_args(typing.Optional[int]))
T2 = TypeVar('T2')
Pair = Tuple[T, T2]
print(Pair, Pair.__parameters__, Pair[int, str], Pair[int, str].__args__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(3)
print(s.items, s.__orig_class__, Stack.__mro__)
class Two(Generic[T, T2]):
    pass
print(Two[int, str], Two.__parameters__)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(e)
try:
    Tuple[int, str]()
except TypeError as e:
    print(e)
print(typing.get_type_hints(Stack.push), Stack.push.__annotations__)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g('a'))
try:
    Literal()
except TypeError as e:
    print(e)
print(typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.Text, typing.TYPE_CHECKING)
print(typing.NoReturn, typing.Never, typing.get_origin(typing.ClassVar[int]), typing.AnyStr)
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(3, typing.Hashable))
