"""The print format of Duhton values (spec section 6).

A value is rendered into a string first and written in one piece, so a
print line is never interleaved with another thread's, and a cyclic
structure is detected before anything is written: it is a fatal error
(the reference crashes), not an endless output.
"""
from __future__ import annotations

from objects import (DuObject, DuInt, DuSymbol, DuCons, DuList, DuContainer,
                     DU_NONE, fatal)


class Printer:
    parts: list[str]
    # lists and containers being rendered, from the outermost one: meeting
    # one of them again means the structure contains itself
    active: set[DuObject]

    def __init__(self) -> None:
        self.parts = []
        self.active = set()

    def value(self, o: DuObject) -> None:
        if isinstance(o, DuInt):
            self.parts.append(str(o.value))
        elif isinstance(o, DuSymbol):
            self.parts.append("'" + o.name + "'")
        elif isinstance(o, DuCons):
            self.render_cons(o)
        elif isinstance(o, DuList):
            self.render_list(o)
        elif isinstance(o, DuContainer):
            self.render_container(o)
        else:
            self.parts.append("None")

    def render_cons(self, c: DuCons) -> None:
        self.parts.append("( ")
        self.value(c.car)
        tail = c.cdr
        while isinstance(tail, DuCons):
            self.parts.append(" ")
            self.value(tail.car)
            tail = tail.cdr
        if tail is not DU_NONE:
            self.parts.append(" . ")
            self.value(tail)
        self.parts.append(" )")

    def enter(self, o: DuObject) -> None:
        if o in self.active:
            fatal("cannot print a cyclic structure (it contains itself)")
        self.active.add(o)

    def render_list(self, lst: DuList) -> None:
        if len(lst.items) == 0:
            self.parts.append("[]")
            return
        self.enter(lst)
        self.parts.append("[ ")
        for item in lst.items:
            self.value(item)
            self.parts.append(" ")
        self.parts.append("]")
        self.active.discard(lst)

    def render_container(self, c: DuContainer) -> None:
        self.enter(c)
        self.parts.append("<container ")
        self.value(c.value)
        self.parts.append(">")
        self.active.discard(c)


def render(o: DuObject) -> str:
    p = Printer()
    p.value(o)
    return "".join(p.parts)


def render_all(values: list[DuObject]) -> str:
    """The values separated by one space, as print writes them."""
    p = Printer()
    first = True
    for v in values:
        if not first:
            p.parts.append(" ")
        first = False
        p.value(v)
    return "".join(p.parts)
