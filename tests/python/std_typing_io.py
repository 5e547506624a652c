# typing's IO/TextIO/BinaryIO, Pattern/Match, ContextManager, SupportsBytes/
# SupportsComplex; abstract properties and object()'s argument check in ABCs.
import typing, re, io, contextlib
from typing import IO, TextIO, BinaryIO, Pattern, Match, ContextManager, SupportsBytes, SupportsComplex
print(IO, TextIO, BinaryIO, IO[str], IO[bytes], TextIO.__mro__)
print(Pattern, Match, Pattern[str], Match[bytes], typing.get_origin(Pattern[str]) is re.Pattern)
print(ContextManager, ContextManager[int], typing.get_args(ContextManager[int]))
print(isinstance(re.compile("a"), Pattern), isinstance(re.match("a", "a"), Match))
print(isinstance(contextlib.nullcontext(), ContextManager), isinstance(3, ContextManager))
print(isinstance(io.StringIO(), IO), isinstance(open(__file__), TextIO))
class B:
    def __bytes__(self): return b"x"
    def __complex__(self): return 1j
print(isinstance(B(), SupportsBytes), isinstance(B(), SupportsComplex), isinstance(3, SupportsBytes))
def f(fh: IO[str], p: Pattern[str]) -> Match[str] | None:
    return p.match(fh.read())
print(typing.get_type_hints(f))
print(f(io.StringIO("abc"), re.compile("ab")))
print(IO.read.__isabstractmethod__, type(IO.mode).__name__, IO.read.__qualname__, TextIO.encoding.__isabstractmethod__)
print(sorted(n for n in ("IO", "TextIO", "Pattern", "ContextManager") if n in typing.__all__))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def g(self): pass
for args in [(), (1,)]:
    try:
        A(*args)
    except TypeError as e:
        print("TE", e)
try:
    typing.Callable[[int], str](1)
except TypeError as e:
    print("TE", e)
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @staticmethod
    @abc.abstractmethod
    def unit(): ...
print(sorted(Shape.__abstractmethods__), Shape.area.__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print("TE", e)
class Square(Shape):
    @property
    def area(self):
        return 4
    @staticmethod
    def unit():
        return "m2"
print(Square().area, Square.unit(), Square.area.__isabstractmethod__)
p = property(lambda self: 1)
print(p.__isabstractmethod__)
