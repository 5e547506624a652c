# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (a formula parser into dataclass trees, a dependency graph
# with cycle detection by a nested function, match over a union of node
# classes, a dispatch table of lambdas).  Gaps it hit, fixed in the
# language: a match covering every class of the union (no 'missing return')
# and narrowing its subject (tests/programs/match_union_subject.py), and
# d.pop(k, None) (tests/programs/dict_pop_none.py).  Three changes made to
# translate it: the tokenizer was a re.compile() pattern with finditer (no
# `re` module yet) and is now a loop over the characters; sum(xs) became
# sum(xs, 0.0) (CPython's sum of an empty list is the int 0); and
# self.users.get(n, ()) became get(n, set()) (no empty tuple).
"""A spreadsheet: cells hold numbers or formulas, formulas are parsed into
trees, a dependency graph orders recomputation, and cycles are reported."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Union


@dataclass
class Num:
    value: float


@dataclass
class Ref:
    name: str


@dataclass
class Range:
    start: str
    end: str


@dataclass
class BinOp:
    op: str
    left: Expr
    right: Expr


@dataclass
class Call:
    func: str
    args: list[Expr] = field(default_factory=list)


Expr = Union[Num, Ref, Range, BinOp, Call]



class FormulaError(Exception):
    pass


class Parser:
    def __init__(self, text: str) -> None:
        self.toks: list[tuple[str, str]] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                self.toks.append(("num", text[i:j]))
                i = j
            elif c.isupper():
                j = i
                while j < len(text) and text[j].isupper():
                    j += 1
                k = j
                while k < len(text) and text[k].isdigit():
                    k += 1
                self.toks.append(("ref" if k > j else "name", text[i:k]))
                i = k
            else:
                self.toks.append(("op", c))
                i += 1
        self.pos = 0

    def peek(self) -> str:
        return self.toks[self.pos][1] if self.pos < len(self.toks) else ""

    def next(self) -> tuple[str, str]:
        if self.pos >= len(self.toks):
            raise FormulaError("unexpected end of formula")
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, text: str) -> None:
        kind, got = self.next()
        if got != text:
            raise FormulaError(f"expected {text!r}, got {got!r}")

    def parse(self) -> Expr:
        e = self.expr()
        if self.pos != len(self.toks):
            raise FormulaError(f"trailing {self.peek()!r}")
        return e

    def expr(self) -> Expr:
        left = self.term()
        while self.peek() in ("+", "-"):
            op = self.next()[1]
            left = BinOp(op, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.atom()
        while self.peek() in ("*", "/"):
            op = self.next()[1]
            left = BinOp(op, left, self.atom())
        return left

    def atom(self) -> Expr:
        kind, text = self.next()
        if kind == "num":
            return Num(float(text))
        if kind == "ref":
            if self.peek() == ":":
                self.next()
                k2, end = self.next()
                if k2 != "ref":
                    raise FormulaError("bad range")
                return Range(text, end)
            return Ref(text)
        if kind == "name":
            self.expect("(")
            args: list[Expr] = []
            while self.peek() != ")":
                args.append(self.expr())
                if self.peek() == ",":
                    self.next()
            self.expect(")")
            return Call(text, args)
        if text == "(":
            e = self.expr()
            self.expect(")")
            return e
        if text == "-":
            return BinOp("-", Num(0.0), self.atom())
        raise FormulaError(f"unexpected {text!r}")


def split_ref(name: str) -> tuple[str, int]:
    i = 0
    while name[i].isalpha():
        i += 1
    return name[:i], int(name[i:])


def expand(r: Range) -> list[str]:
    c1, r1 = split_ref(r.start)
    c2, r2 = split_ref(r.end)
    cols = [chr(c) for c in range(ord(c1), ord(c2) + 1)]
    return [f"{c}{row}" for c in cols for row in range(r1, r2 + 1)]


def refs_of(e: Expr) -> set[str]:
    match e:
        case Num():
            return set()
        case Ref(name):
            return {name}
        case Range():
            return set(expand(e))
        case BinOp(_, l, r):
            return refs_of(l) | refs_of(r)
        case Call(_, args):
            out: set[str] = set()
            for a in args:
                out |= refs_of(a)
            return out


FUNCS: dict[str, Callable[[list[float]], float]] = {
    "SUM": lambda xs: sum(xs, 0.0),
    "MAX": lambda xs: max(xs),
    "MIN": lambda xs: min(xs),
    "AVG": lambda xs: sum(xs, 0.0) / len(xs),
}


class Sheet:
    def __init__(self) -> None:
        self.formulas: dict[str, Expr] = {}
        self.values: dict[str, float] = {}
        self.users: dict[str, set[str]] = {}
        self.errors: dict[str, str] = {}

    def set(self, name: str, text: str) -> None:
        old = self.formulas.get(name)
        if old is not None:
            for r in refs_of(old):
                self.users[r].discard(name)
        try:
            e: Expr = Parser(text[1:]).parse() if text.startswith("=") else Num(float(text))
        except FormulaError as err:
            self.errors[name] = str(err)
            return
        self.errors.pop(name, None)
        self.formulas[name] = e
        for r in refs_of(e):
            self.users.setdefault(r, set()).add(name)
        self.recompute(name)

    def order(self, start: str) -> list[str]:
        seen: set[str] = set()
        on_path: set[str] = set()
        out: list[str] = []

        def visit(n: str) -> None:
            if n in on_path:
                raise FormulaError(f"cycle through {n}")
            if n in seen:
                return
            on_path.add(n)
            for u in sorted(self.users.get(n, set())):
                visit(u)
            on_path.discard(n)
            seen.add(n)
            out.append(n)

        visit(start)
        return out[::-1]

    def recompute(self, start: str) -> None:
        try:
            cells = self.order(start)
        except FormulaError as err:
            self.errors[start] = str(err)
            return
        for n in cells:
            if n in self.formulas:
                try:
                    self.values[n] = self.eval(self.formulas[n])
                    self.errors.pop(n, None)
                except (FormulaError, ZeroDivisionError) as err:
                    self.errors[n] = str(err)

    def eval(self, e: Expr) -> float:
        if isinstance(e, Num):
            return e.value
        if isinstance(e, Ref):
            if e.name in self.errors:
                raise FormulaError(f"{e.name} has an error")
            return self.values.get(e.name, 0.0)
        if isinstance(e, BinOp):
            a, b = self.eval(e.left), self.eval(e.right)
            if e.op == "+":
                return a + b
            if e.op == "-":
                return a - b
            if e.op == "*":
                return a * b
            return a / b
        if isinstance(e, Call):
            f = FUNCS.get(e.func)
            if f is None:
                raise FormulaError(f"unknown function {e.func}")
            xs: list[float] = []
            for a in e.args:
                if isinstance(a, Range):
                    xs.extend(self.values.get(n, 0.0) for n in expand(a))
                else:
                    xs.append(self.eval(a))
            return f(xs)
        raise FormulaError("bad range use")

    def show(self, names: list[str]) -> str:
        parts = []
        for n in names:
            if n in self.errors:
                parts.append(f"{n}=#ERR")
            else:
                parts.append(f"{n}={self.values.get(n, 0.0):g}")
        return " ".join(parts)


def main() -> int:
    s = Sheet()
    script = [
        ("A1", "10"), ("A2", "20"), ("A3", "=A1+A2*2"),
        ("B1", "=SUM(A1:A3)"), ("B2", "=AVG(A1:A3) / 2"), ("C1", "=MAX(A1, B1, -3)"),
        ("A1", "5"), ("B3", "=B1/(A2-20)"), ("A2", "21"),
        ("D1", "=D2+1"), ("D2", "=D1+1"), ("E1", "=FOO(1)"), ("E2", "=(1+"),
    ]
    names = ["A1", "A2", "A3", "B1", "B2", "B3", "C1"]
    for cell, text in script:
        s.set(cell, text)
        print(f"{cell:<3} {text:<14} | {s.show(names)}")
    for n in sorted(s.errors):
        print(f"error {n}: {s.errors[n]}")
    tree = s.formulas["B2"]
    print(tree)
    print(sorted(refs_of(tree)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: A1  10             | A1=10 A2=0 A3=0 B1=0 B2=0 B3=0 C1=0
# expect: A2  20             | A1=10 A2=20 A3=0 B1=0 B2=0 B3=0 C1=0
# expect: A3  =A1+A2*2       | A1=10 A2=20 A3=50 B1=0 B2=0 B3=0 C1=0
# expect: B1  =SUM(A1:A3)    | A1=10 A2=20 A3=50 B1=80 B2=0 B3=0 C1=0
# expect: B2  =AVG(A1:A3) / 2 | A1=10 A2=20 A3=50 B1=80 B2=13.3333 B3=0 C1=0
# expect: C1  =MAX(A1, B1, -3) | A1=10 A2=20 A3=50 B1=80 B2=13.3333 B3=0 C1=80
# expect: A1  5              | A1=5 A2=20 A3=45 B1=70 B2=11.6667 B3=0 C1=70
# expect: B3  =B1/(A2-20)    | A1=5 A2=20 A3=45 B1=70 B2=11.6667 B3=#ERR C1=70
# expect: A2  21             | A1=5 A2=21 A3=47 B1=73 B2=12.1667 B3=73 C1=73
# expect: D1  =D2+1          | A1=5 A2=21 A3=47 B1=73 B2=12.1667 B3=73 C1=73
# expect: D2  =D1+1          | A1=5 A2=21 A3=47 B1=73 B2=12.1667 B3=73 C1=73
# expect: E1  =FOO(1)        | A1=5 A2=21 A3=47 B1=73 B2=12.1667 B3=73 C1=73
# expect: E2  =(1+           | A1=5 A2=21 A3=47 B1=73 B2=12.1667 B3=73 C1=73
# expect: error D2: cycle through D2
# expect: error E1: unknown function FOO
# expect: error E2: unexpected end of formula
# expect: BinOp(op='/', left=Call(func='AVG', args=[Range(start='A1', end='A3')]), right=Num(value=2.0))
# expect: ['A1', 'A2', 'A3']
