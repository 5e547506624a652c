# The object model: values, and the types that know how to add them.  It
# imports interp (which imports it back): calls go both ways at run time.
from __future__ import annotations

import interp


class W_Object:
    def type_name(self) -> str:
        return "object"

    def add(self, other: W_Object) -> W_Object:
        return interp.binary_op("+", self, other)

    def __repr__(self) -> str:
        return "W_Object()"


class W_Int(W_Object):
    def __init__(self, value: int) -> None:
        self.value = value

    def type_name(self) -> str:
        return "int"

    def __repr__(self) -> str:
        return f"W_Int({self.value})"


class W_Str(W_Object):
    def __init__(self, value: str) -> None:
        self.value = value

    def type_name(self) -> str:
        return "str"

    def __repr__(self) -> str:
        return f"W_Str({self.value!r})"


def wrap_int(n: int) -> W_Int:
    interp.STATS.created += 1
    return W_Int(n)


def describe(w: W_Object, frame: interp.Frame) -> str:
    return f"{w.type_name()} in {frame.name}"


print("objects: loaded after interp, as CPython runs them")
