# typing.TypeVarTuple with Unpack and the star syntax of subscripts
# (Generic[*Ts], tuple[int, *Ts], a[*b]), and the asynchronous ABCs of
# collections.abc and their typing aliases (Coroutine, AsyncIterable,
# AsyncIterator, AsyncGenerator): subscription, reprs, isinstance() by
# structure, abstract methods.
import collections.abc as cabc
import typing
from typing import (AsyncGenerator, AsyncIterable, AsyncIterator,
                    Awaitable, Callable, Concatenate, Coroutine, Generic,
                    ParamSpec, TypeVar, TypeVarTuple, Unpack, get_type_hints)

Ts = TypeVarTuple('Ts')
T = TypeVar('T')
P = ParamSpec('P')
print(Ts, Unpack[Ts], repr(Ts.__name__), [*Ts], Ts.__module__)


class Array(Generic[Unpack[Ts]]):
    pass


class Starred(Generic[*Ts]):
    pass


class Mixed(Generic[T, *Ts]):
    pass


print(Array[int, str], Starred[int], Array[()], Array.__parameters__,
      Mixed.__parameters__, Mixed[int], Mixed[int, str, float])
print(Generic[*Ts].__parameters__, tuple[int, *Ts],
      tuple[int, *Ts].__parameters__)
for attempt in (lambda: Mixed[()], lambda: type('X', (TypeVarTuple,), {}),
                lambda: Generic[int]):
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)


class Keys:
    def __getitem__(self, key):
        return key


def pair():
    yield 'a'
    yield 'b'


print(Keys()[*pair()], Keys()[0, *pair()], Keys()[*'xy', 1])
print(P, P.args, P.kwargs, Callable[Concatenate[int, P], int])


class Ticker:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration


class Awaits:
    def __await__(self):
        yield

    def send(self, value):
        pass

    def throw(self, *args):
        pass

    def close(self):
        pass


print(isinstance(Ticker(), cabc.AsyncIterator),
      isinstance(Ticker(), typing.AsyncIterable),
      issubclass(list, cabc.AsyncIterable),
      isinstance(Awaits(), cabc.Coroutine), isinstance(Awaits(), Awaitable),
      isinstance(Ticker(), cabc.AsyncGenerator))
print(Awaitable[int], Coroutine[int, str, float], AsyncIterator[int],
      AsyncIterable[str], AsyncGenerator[int, None],
      cabc.Coroutine[int, str, float], cabc.AsyncIterator[bytes])
for abc_class in (cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator,
                  cabc.AsyncGenerator):
    print(abc_class.__name__, sorted(abc_class.__abstractmethods__),
          [c.__name__ for c in abc_class.__mro__])


class Point:
    x: int
    y: 'str'


def f(a: int, b: 'list[int]' = None) -> bool:
    return True


print(get_type_hints(Point), get_type_hints(f))
