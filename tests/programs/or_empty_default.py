# `x or []` / `d or {}` with x a `list[T] | None`: the empty display takes
# the left operand's type; `tok in (None, ")")` with tok a `str | None`:
# the tuple's items take the left operand's type (both found writing
# app_ml_infer.py for issue 8).
from __future__ import annotations
class T:
    def __init__(self, name: str, args: list[int] | None = None) -> None:
        self.name = name
        self.args = args or []

def f(a: list[int] | None) -> list[int]:
    b = a or []
    return b

def peek(s: str) -> str | None:
    return s if s else None

print(T("a").args, T("b", [1]).args, f(None), f([2]))
print(peek("x") in (None, "x", "y"), peek("") not in (None, ")"))

def num(k: int) -> int | None:
    return None if k == 0 else k
for k in range(4):
    print(num(k) in (None, 2), num(k) not in (1, None, 3))
def g(d: dict[str, int] | None) -> dict[str, int]:
    return d or {}
def h(s: set[str] | None, xs: list[float]) -> tuple[set[str], list[float]]:
    return s or set(), xs or [1.5]
print(g(None), g({"a": 1}), h(None, []), h({"x"}, [2.0]))

# expect: [] [1] [] [2]
# expect: True False
# expect: True False
# expect: False False
# expect: True True
# expect: False False
# expect: {} {'a': 1} (set(), [1.5]) ({'x'}, [2.0])
