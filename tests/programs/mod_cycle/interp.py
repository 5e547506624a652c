# The interpreter: frames and operations on objects.  It and objects
# import each other; its classes name objects' classes in annotations
# (postponed), its functions call objects' functions.
from __future__ import annotations

import objects


class Stats:
    def __init__(self) -> None:
        self.created = 0
        self.ops = 0


STATS = Stats()


class Frame:
    def __init__(self, name: str) -> None:
        self.name = name
        self.stack: list[objects.W_Object] = []

    def push(self, w: objects.W_Object) -> None:
        self.stack.append(w)

    def pop(self) -> objects.W_Object:
        return self.stack.pop()


def binary_op(op: str, a: objects.W_Object, b: objects.W_Object) -> objects.W_Object:
    STATS.ops += 1
    if isinstance(a, objects.W_Int) and isinstance(b, objects.W_Int):
        return objects.wrap_int(a.value + b.value)
    if isinstance(a, objects.W_Str) and isinstance(b, objects.W_Str):
        return objects.W_Str(a.value + b.value)
    raise TypeError(f"unsupported operand type(s) for {op}: '{a.type_name()}' and '{b.type_name()}'")


def run(frame: Frame) -> objects.W_Object:
    while len(frame.stack) > 1:
        b = frame.pop()
        a = frame.pop()
        frame.push(a.add(b))
    return frame.pop()


print("interp: loaded first (objects is only partially initialised here)")
