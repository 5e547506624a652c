# Unions as module globals, dict values, tuple items, fields and parameter defaults (a
# number default is boxed at each call), `in` over a tuple mixing unions and numbers.
from typing import Union

V = Union[float, str]
cur: V = 2.5
names: dict[str, V] = {}


def g(v: V = 1.5, w: int | str | None = None) -> V:
    t: tuple[V, int] = (3.5, 2)
    print(t, t[0], w)
    print(f"[{str(v):>6}] [{v!r:<8}] [{t[0]}]")
    return v


def bump() -> None:
    global cur
    c = cur
    if isinstance(c, float):
        cur = c * 2
    print(cur)


class Box:
    def __init__(self, v: V) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Box({self.v!r})"


print(g(), g("ab"), g(w=3), g(w="w"))
bump()
cur = "s"
bump()
names["a"] = 1.0
names["b"] = "x"
print(names, [Box(1.25), Box("q")])
pair = (Box(2.0), "k")
print(pair)
k: V = "k"
print(k in ("k", 1.0), 1.0 in (k, 2.0), k == pair[1])

# expect: (3.5, 2) 3.5 None
# expect: [   1.5] [1.5     ] [3.5]
# expect: (3.5, 2) 3.5 None
# expect: [    ab] ['ab'    ] [3.5]
# expect: (3.5, 2) 3.5 3
# expect: [   1.5] [1.5     ] [3.5]
# expect: (3.5, 2) 3.5 w
# expect: [   1.5] [1.5     ] [3.5]
# expect: 1.5 ab 1.5 1.5
# expect: 5.0
# expect: s
# expect: {'a': 1.0, 'b': 'x'} [Box(1.25), Box('q')]
# expect: (Box(2.0), 'k')
# expect: True False True
