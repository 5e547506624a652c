# Issue 8 forms: two type variables inferred from __init__ (Pair("a", 1), and
# Pair(self.value, self.key) inside the class), __exit__ -> bool | None that
# swallows (True) or not (None), a TypeAlias, object defaults evaluated once.
import sys
from types import TracebackType
from typing import Generic, TypeAlias, TypeVar

K = TypeVar("K")
V = TypeVar("V")

Table: TypeAlias = dict[str, int]


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


class Quiet:
    def __init__(self, swallow: bool) -> None:
        self.swallow = swallow

    def __enter__(self) -> "Quiet":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> bool | None:
        if v is not None and self.swallow:
            print("swallowed", v)
            return True
        return None


class Node:
    def __init__(self, name: str) -> None:
        self.name = name


END = Node("end")
COUNT = 3


def chain(name: str, tail: Node = END, n: int = COUNT) -> str:
    return f"{name}->{tail.name} x{n} {tail is END}"


def fill(t: Table, k: str) -> Table:
    t[k] = len(k)
    return t


def risky(swallow: bool) -> str:
    with Quiet(swallow):
        raise ValueError("boom")
    return "after"


def main(argv: list[str]) -> int:
    p = Pair("a", 1)
    q = p.swap()
    print(p.key.upper(), p.value + 1, q.key * 2, q.value)
    print(chain("x"), chain("y", Node("z"), 5))
    print(fill({}, "abc"))
    print(risky(True))
    try:
        risky(False)
    except ValueError as e:
        print("raised", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: A 2 2 a
# expect: x->end x3 True y->z x5 False
# expect: {'abc': 3}
# expect: swallowed boom
# expect: after
# expect: raised boom
