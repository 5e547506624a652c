# Issue 8 forms: module type aliases (plain and TypeAlias), __exit__ -> bool | None
# and -> None, generic class type arguments inferred from the constructor's
# arguments (Box(3) is Box[int]), defaults that are module constants/objects.
import sys
from types import TracebackType
from typing import Callable, Generic, Optional, TypeAlias, TypeVar

T = TypeVar("T")

Groups = list[Optional[tuple[int, int]]]
Cont = Callable[[int], bool]
Pair: TypeAlias = tuple[int, str]


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Nil:
    def __repr__(self) -> str:
        return "()"


NIL = Nil()
LIMIT = 10


class CmA:
    def __enter__(self) -> "CmA":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> bool | None:
        print("exit A")
        return None


class CmB:
    def __enter__(self) -> "CmB":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit B")


def first(g: Groups) -> int:
    p = g[0]
    return p[0] if p is not None else -1


def run(k: Cont, n: int) -> bool:
    return k(n)


def describe(p: Pair) -> str:
    return f"{p[0]}:{p[1]}"


def tail(x: int, t: Nil = NIL, lim: int = LIMIT) -> str:
    return f"{x} {t!r} {lim}"


def main(argv: list[str]) -> int:
    b = Box(3)
    print(b.get() + 1)
    s = Box("x")
    print(s.get().upper())
    print(first([(1, 2), None]), run(lambda j: j > 2, 3), describe((1, "a")))
    print(tail(1), tail(2, NIL, 5))
    with CmA():
        print("in A")
    with CmB():
        print("in B")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 4
# expect: X
# expect: 1 True 1:a
# expect: 1 () 10 2 () 5
# expect: in A
# expect: exit A
# expect: in B
# expect: exit B
