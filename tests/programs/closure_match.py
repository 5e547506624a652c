# Closures inside match statements (lang-classes x lang-closures): names a
# case captures are read by lambdas, nested defs and generator expressions
# of its guard and body (the scopes of check_scope.c see the patterns), a
# nested def in a case body can be called after it, and a capture used by
# a closure keeps one variable (no per-case renaming).  A yield inside a
# case makes a generator.
from __future__ import annotations
import sys
from dataclasses import dataclass
from typing import Callable, Iterator


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Add(Expr):
    left: Expr
    right: Expr


@dataclass
class Neg(Expr):
    operand: Expr


def thunk(e: Expr, k: int) -> Callable[[], int]:
    match e:
        case Num(value=v) if (lambda: v > k)():
            return lambda: v * 10
        case Num(value=v):
            def g() -> int:
                return v + k
            return g
        case Add(left=l, right=r):
            fl = thunk(l, k)
            fr = thunk(r, k)
            return lambda: fl() + fr()
        case Neg(operand=o):
            inner = thunk(o, k)
            return lambda: -inner()
    return lambda: -1


def leaves(e: Expr) -> Iterator[int]:
    match e:
        case Num(value=v):
            yield v
        case Add(left=l, right=r):
            yield from leaves(l)
            yield from leaves(r)
        case Neg(operand=o):
            yield from (-x for x in leaves(o))


def scaled(pairs: list[tuple[str, int]], factor: int) -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for p in pairs:
        match p:
            case (name, 0):
                out.append(lambda: name + "=zero")
            case (name, n) if n < 0:
                out.append(lambda: f"{name}={n * factor} (neg)")
            case (name, n):
                out.append(lambda: f"{name}={n * factor}")
    return out


def main(argv: list[str]) -> int:
    tree = Add(Num(5), Neg(Add(Num(1), Num(7))))
    print(thunk(Num(5), 3)(), thunk(Num(1), 3)(), thunk(tree, 3)(), thunk(Expr(), 0)())
    print(list(leaves(tree)), sum(leaves(tree)))
    # late binding: every lambda made in the loop sees the last value
    fs: list[Callable[[], int]] = []
    for i in range(4):
        match i:
            case 0 | 1 as j:
                fs.append(lambda: j)
            case m:
                fs.append(lambda: m * 100)
    print([f() for f in fs])
    print([f() for f in scaled([("a", 2), ("b", 0), ("c", -1)], 3)])
    counts = {"even": 0, "odd": 0}
    for n in range(7):
        match n % 2:
            case 0:
                def bump() -> None:
                    counts["even"] += n
            case _:
                def bump() -> None:
                    counts["odd"] += n
        bump()
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 50 4 -24 -1
# expect: [5, -1, -7] -3
# expect: [1, 1, 300, 300]
# expect: ['c=-3', 'c=zero', 'c=-3 (neg)']
# expect: {'even': 12, 'odd': 9}
