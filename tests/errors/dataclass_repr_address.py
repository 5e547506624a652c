# A dataclass with a function-typed field gets no generated __repr__
# (CPython's would show the function's address): the class translates,
# and only printing an instance is refused, saying why.
from dataclasses import dataclass
from typing import Callable


@dataclass
class Word:
    name: str
    run: Callable[[], None] | None = None


w = Word("dup")
print(w.name)
print(w)
print([w])
# expect error: 16:7: 'Word' cannot be converted to a string: its dataclass repr would show field 'run' by its address in CPython; define __repr__ (or field(repr=False))
# expect error: 17:7: 'Word' cannot be converted to a string: its dataclass repr would show field 'run' by its address in CPython; define __repr__ (or field(repr=False))
