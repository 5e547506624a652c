# functools.singledispatch and singledispatchmethod: registration by
# class, by annotation (a union too), ABCs (Mapping, Sized...) and their
# ambiguity, the most specific class of the MRO winning (bool is an int),
# dispatch(), registry, the errors of register() and of a call without
# arguments.
import functools, collections.abc as cabc
from typing import Union
@functools.singledispatch
def show(x):
    return "obj " + type(x).__name__
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
@show.register(cabc.Mapping)
def _(x):
    return "mapping"
@show.register
def _(x: str | bytes):
    return "text"
print(show(1), show(True), show([]), show({}), show("s"), show(b"b"), show(1.5), show(collections := __import__("collections").OrderedDict()))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry), show.__name__, show.__wrapped__.__name__)
for bad in (lambda: show(), lambda: show.register(3, print), lambda: show.register(lambda x: x)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])
class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register(float)
    def _(self, arg):
        return f"float {arg:.1f}"
print(Fmt().fmt(1), Fmt().fmt(2.5), Fmt().fmt("x"))
class Sized:
    def __len__(self): return 0
@functools.singledispatch
def size(x): return "?"
@size.register(cabc.Sized)
def _(x): return "sized"
@size.register(cabc.Iterable)
def _(x): return "iterable"
print(size(Sized()), size(iter([])))
try:
    print(size([]))
except RuntimeError as e:
    print("RuntimeError", e)
