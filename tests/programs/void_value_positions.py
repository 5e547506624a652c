# A procedure's call (a function returning None) used as a value in every
# expression position: it runs, then its value is None (lower_expr.c lw_expr;
# before the retnone fix several positions were internal errors).
import sys
from typing import Callable, Iterator, Optional

log: list[str] = []


def proc(tag: str = "p") -> None:
    log.append(tag)


def take(x: Optional[int], y: Optional[str] = None) -> str:
    return f"{x} {y}"


def dflt(x: Optional[int] = None) -> Optional[int]:
    return x


class Rec:
    def __init__(self, v: Optional[str]) -> None:
        self.v = v

    def m(self) -> None:
        log.append("m")


def ret() -> Optional[int]:
    return proc("ret")


def gen() -> Iterator[Optional[int]]:
    yield proc("y1")
    yield 2


def main() -> None:
    print(f"{proc('f')}|{proc('g')!r}|")
    print(take(proc("a"), y=proc("kw")))
    f: Callable[[], None] = lambda: proc("lam")
    print(f())
    g: Callable[[int], Optional[int]] = lambda n: proc("lam2")
    print(g(1))
    ys: list[Optional[int]] = [proc("c1") for _ in range(2)]
    print(ys)
    zs: list[Optional[int]] = [proc("l1"), 3, proc("l2")]
    print(zs)
    d: dict[str, Optional[int]] = {"k": proc("dv")}
    print(d)
    dc: dict[int, Optional[str]] = {i: proc("dc") for i in range(2)}
    print(dc)
    print(proc("if") if len(log) > 100 else None)
    w: Optional[int] = None if len(log) > 100 else proc("else")
    print(w)
    print(dflt(), dflt(4), ret())
    r = Rec(proc("ctor"))
    print(r.v, r.m(), Rec(None).m())
    print(str(proc("s")), repr(proc("r")), proc("x") is None)
    print(proc("p1"), proc("p2"), sep=",")
    t: tuple[Optional[int], int] = (proc("t"), 1)
    print(t)
    o: Optional[int] = [proc("w1"), 2][0]
    print(o)
    h = [1, 2]
    h[0] = 5
    print(not proc("not"), bool(proc("bool")))
    print(proc("or") or 7, proc("and") and 8)
    assert proc("assert") is None
    if proc("if"):
        print("no")
    while proc("while"):
        print("no")
    n = 0
    while not proc("wn") and n < 2:
        n += 1
    print(list(gen()))
    print(proc("is1") is proc("is2"), proc("isn") is not None)
    v: Optional[int] = proc("walrus") if (k3 := 3) > 5 else None
    print(v, k3)
    try:
        raise ValueError(str(proc("raise")))
    except ValueError as e:
        print(e)
    print(max([1, 2], key=lambda x: x), sorted([3, 1], key=lambda x: [proc("key"), x][1] or 0))
    print(any(bool(proc(str(i))) for i in range(2)))
    print([x for x in range(3) if not proc("cond")])
    print(log)


if __name__ == "__main__":
    main()
    sys.exit(0)

# expect: None|None|
# expect: None None
# expect: None
# expect: None
# expect: [None, None]
# expect: [None, 3, None]
# expect: {'k': None}
# expect: {0: None, 1: None}
# expect: None
# expect: None
# expect: None 4 None
# expect: None None None
# expect: None None True
# expect: None,None
# expect: (None, 1)
# expect: None
# expect: True False
# expect: 7 None
# expect: [None, 2]
# expect: True False
# expect: None 3
# expect: None
# expect: 2 [1, 3]
# expect: False
# expect: [0, 1, 2]
# expect: ['f', 'g', 'a', 'kw', 'lam', 'lam2', 'c1', 'c1', 'l1', 'l2', 'dv', 'dc', 'dc', 'else', 'ret', 'ctor', 'm', 'm', 's', 'r', 'x', 'p1', 'p2', 't', 'w1', 'not', 'bool', 'or', 'and', 'assert', 'if', 'while', 'wn', 'wn', 'wn', 'y1', 'is1', 'is2', 'isn', 'raise', 'key', 'key', '0', '1', 'cond', 'cond', 'cond']
