# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans: a tiny APL-like array language.  Expressions evaluate right
# to left; values are rank-0/1 arrays of floats; functions are monadic or
# dyadic by position; the operators / (reduce) and \ (scan) and the outer
# product apply a dyadic function; user functions are dfns {... ⍺ ⍵ ...}.
from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Optional


class Kind(Enum):
    NUM = "num"
    NAME = "name"
    FUNC = "func"
    OP = "op"
    LPAREN = "("
    RPAREN = ")"
    LBRACE = "{"
    RBRACE = "}"
    ASSIGN = "←"
    DIAMOND = "⋄"


@dataclass
class Token:
    kind: Kind
    text: str
    value: float = 0.0


class AplError(Exception):
    pass


FUNC_CHARS = "+-×÷⌈⌊|*⍳⍴=<>≠,⌽≢"
OP_CHARS = "/\\∘"


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c in " \t":
            i += 1
        elif c.isdigit() or c == "¯" or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i + 1
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            num = -float(text[1:]) if text.startswith("¯") else float(text)
            tokens.append(Token(Kind.NUM, text, num))
            i = j
        elif c.isalpha() or c in "⍺⍵":
            j = i + 1
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token(Kind.NAME, src[i:j]))
            i = j
        elif c in FUNC_CHARS:
            tokens.append(Token(Kind.FUNC, c))
            i += 1
        elif c in OP_CHARS:
            tokens.append(Token(Kind.OP, c))
            i += 1
        else:
            kinds = {k.value: k for k in Kind}
            if c not in kinds:
                raise AplError(f"unexpected character {c!r} at {i}")
            tokens.append(Token(kinds[c], c))
            i += 1
    return tokens


@dataclass
class Array:
    items: list[float]
    scalar: bool = False

    def fmt(self) -> str:
        def one(x: float) -> str:
            s = str(int(x)) if x == int(x) else f"{x:.4g}"
            return s.replace("-", "¯")
        return " ".join(one(x) for x in self.items)


def scalar(x: float) -> Array:
    return Array([x], True)


Dyad = Callable[[float, float], float]

DYADS: dict[str, Dyad] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "×": lambda a, b: a * b,
    "÷": lambda a, b: a / b,
    "⌈": lambda a, b: max(a, b),
    "⌊": lambda a, b: min(a, b),
    "|": lambda a, b: b % a if a != 0 else b,
    "*": lambda a, b: a ** b,
    "=": lambda a, b: 1.0 if a == b else 0.0,
    "<": lambda a, b: 1.0 if a < b else 0.0,
    ">": lambda a, b: 1.0 if a > b else 0.0,
    "≠": lambda a, b: 1.0 if a != b else 0.0,
}

MONADS: dict[str, Callable[[float], float]] = {
    "+": lambda x: x,
    "-": lambda x: -x,
    "×": lambda x: float((x > 0) - (x < 0)),
    "÷": lambda x: 1 / x,
    "⌈": lambda x: float(math.ceil(x)),
    "⌊": lambda x: float(math.floor(x)),
    "|": abs,
    "*": math.exp,
}


def pervade(f: Dyad, a: Array, b: Array) -> Array:
    if a.scalar and b.scalar:
        return scalar(f(a.items[0], b.items[0]))
    if a.scalar:
        return Array([f(a.items[0], y) for y in b.items])
    if b.scalar:
        return Array([f(x, b.items[0]) for x in a.items])
    if len(a.items) != len(b.items):
        raise AplError(f"LENGTH ERROR: {len(a.items)} vs {len(b.items)}")
    return Array([f(x, y) for x, y in zip(a.items, b.items)])


def reduce_with(f: Dyad, a: Array) -> Array:
    if not a.items:
        raise AplError("DOMAIN ERROR: reduce of empty")
    acc = a.items[-1]
    for x in reversed(a.items[:-1]):
        acc = f(x, acc)
    return scalar(acc)


def scan_with(f: Dyad, a: Array) -> Array:
    return Array([reduce_with(f, Array(a.items[: i + 1])).items[0] for i in range(len(a.items))])


@dataclass
class Dfn:
    body: list[Token]


@dataclass
class Env:
    vars: dict[str, Array] = field(default_factory=dict)
    fns: dict[str, Dfn] = field(default_factory=dict)
    parent: Optional[Env] = None

    def lookup(self, name: str) -> Array:
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise AplError(f"VALUE ERROR: {name}")

    def lookup_fn(self, name: str) -> Optional[Dfn]:
        env: Optional[Env] = self
        while env is not None:
            if name in env.fns:
                return env.fns[name]
            env = env.parent
        return None


class Interp:
    def __init__(self) -> None:
        self.globals = Env()
        self.calls = 0

    def monadic(self, fn: str, w: Array) -> Array:
        if fn in MONADS:
            f = MONADS[fn]
            return Array([f(x) for x in w.items], w.scalar)
        if fn == "⍳":
            return Array([float(i + 1) for i in range(int(w.items[0]))])
        if fn == "⍴":
            return scalar(float(len(w.items)))
        if fn == "≢":
            return scalar(float(len(w.items)))
        if fn == "⌽":
            return Array(list(reversed(w.items)), w.scalar)
        if fn == ",":
            return Array(list(w.items))
        raise AplError(f"SYNTAX ERROR: no monadic {fn}")

    def dyadic(self, fn: str, a: Array, w: Array) -> Array:
        if fn in DYADS:
            return pervade(DYADS[fn], a, w)
        if fn == ",":
            return Array(a.items + w.items)
        if fn == "⍴":
            n = int(a.items[0])
            if not w.items:
                return Array([0.0] * n)
            return Array([w.items[i % len(w.items)] for i in range(n)])
        if fn == "⌽":
            k = int(a.items[0]) % max(1, len(w.items))
            return Array(w.items[k:] + w.items[:k])
        raise AplError(f"SYNTAX ERROR: no dyadic {fn}")

    def call_dfn(self, d: Dfn, a: Optional[Array], w: Array, env: Env) -> Array:
        self.calls += 1
        if self.calls > 500:
            raise AplError("DEPTH ERROR")
        local = Env(parent=env)
        local.vars["⍵"] = w
        if a is not None:
            local.vars["⍺"] = a
        result = scalar(0.0)
        for stmt in split_diamonds(d.body):
            result = self.eval_tokens(stmt, local)
        self.calls -= 1
        return result

    def apply(self, fn: str, a: Optional[Array], w: Array, env: Env) -> Array:
        d = env.lookup_fn(fn)
        if d is not None:
            return self.call_dfn(d, a, w, env)
        return self.monadic(fn, w) if a is None else self.dyadic(fn, a, w)

    def eval_tokens(self, toks: list[Token], env: Env) -> Array:
        value, rest = self.expr(toks, len(toks), env)
        if rest != 0:
            raise AplError(f"SYNTAX ERROR near {toks[rest - 1].text!r}")
        return value

    def operand(self, toks: list[Token], end: int, env: Env) -> tuple[Array, int]:
        """Parses the array value that ends at toks[end - 1] (strands of numbers too)."""
        t = toks[end - 1]
        if t.kind == Kind.RPAREN:
            depth, i = 0, end - 1
            while i >= 0:
                if toks[i].kind == Kind.RPAREN:
                    depth += 1
                elif toks[i].kind == Kind.LPAREN:
                    depth -= 1
                    if depth == 0:
                        break
                i -= 1
            if i < 0:
                raise AplError("SYNTAX ERROR: unbalanced )")
            return self.eval_tokens(toks[i + 1: end - 1], env), i
        if t.kind == Kind.NUM:
            start = end - 1
            while start > 0 and toks[start - 1].kind == Kind.NUM:
                start -= 1
            nums = [tk.value for tk in toks[start:end]]
            return Array(nums, len(nums) == 1), start
        if t.kind == Kind.NAME:
            return env.lookup(t.text), end - 1
        raise AplError(f"SYNTAX ERROR: unexpected {t.text!r}")

    def function_at(self, toks: list[Token], end: int, env: Env) -> Optional[tuple[str, Optional[str], int]]:
        """Finds a function (maybe with an operator) ending at toks[end - 1]."""
        if end <= 0:
            return None
        t = toks[end - 1]
        if t.kind == Kind.OP and end >= 2 and toks[end - 2].kind == Kind.FUNC:
            return toks[end - 2].text, t.text, end - 2
        if t.kind == Kind.FUNC:
            return t.text, None, end - 1
        if t.kind == Kind.NAME and env.lookup_fn(t.text) is not None:
            return t.text, None, end - 1
        return None

    def expr(self, toks: list[Token], end: int, env: Env) -> tuple[Array, int]:
        if end >= 2 and toks[1].kind == Kind.ASSIGN and toks[0].kind == Kind.NAME and end == len(toks):
            if toks[2].kind == Kind.LBRACE and toks[-1].kind == Kind.RBRACE:
                env.fns[toks[0].text] = Dfn(toks[3:-1])
                return scalar(0.0), 0
            value, rest = self.expr(toks[2:], end - 2, env)
            env.vars[toks[0].text] = value
            return value, rest
        right, pos = self.operand(toks, end, env)
        while pos > 0:
            found = self.function_at(toks, pos, env)
            if found is None:
                raise AplError(f"SYNTAX ERROR near {toks[pos - 1].text!r}")
            fn, op, pos = found
            if op == "/" or op == "\\":
                f = DYADS.get(fn)
                if f is None:
                    raise AplError(f"DOMAIN ERROR: {fn}{op}")
                right = reduce_with(f, right) if op == "/" else scan_with(f, right)
                continue
            if op is not None:
                raise AplError(f"SYNTAX ERROR: operator {op}")
            if pos > 0 and toks[pos - 1].kind in (Kind.NUM, Kind.NAME, Kind.RPAREN) and \
                    self.function_at(toks, pos, env) is None:
                left, pos = self.operand(toks, pos, env)
                right = self.apply(fn, left, right, env)
            else:
                right = self.apply(fn, None, right, env)
        return right, pos


def split_diamonds(toks: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    depth = 0
    for t in toks:
        if t.kind == Kind.LBRACE:
            depth += 1
        elif t.kind == Kind.RBRACE:
            depth -= 1
        if t.kind == Kind.DIAMOND and depth == 0:
            out.append([])
        else:
            out[-1].append(t)
    return [s for s in out if s]


PROGRAM = """
1 2 3 + 4 5 6
2 × ⍳ 5
+/ ⍳ 10
×\\ 1 2 3 4 5
v ← 3 1 4 1 5 9 2 6
⌈/ v
(+/ v) ÷ ≢ v
⌽ v
2 ⌽ v
7 ⍴ 1 2 3
avg ← {(+/ ⍵) ÷ ≢ ⍵}
avg v
sq ← {⍵ × ⍵}
sq ⍳ 6
hyp ← {* 0.5 × ... }
dist ← {(+/ (⍺ - ⍵) * 2) * 0.5}
0 0 dist 3 4
v > 3
+/ v > 3
¯3 + 1 2
3 | ⍳ 10
- 2.5 ¯1 0
÷ 4 8
x ← 10 ⋄ y ← x × 2
y
undefined + 1
1 2 3 + 1 2
fact ← {×/ ⍳ ⍵}
fact 10
(1 + 2) × 3 4
*/ 2 3 2
"""


def main() -> None:
    interp = Interp()
    for lineno, line in enumerate(PROGRAM.strip().splitlines(), 1):
        try:
            result: Optional[Array] = None
            for stmt in split_diamonds(tokenize(line)):
                result = interp.eval_tokens(stmt, interp.globals)
            shown = result.fmt() if result is not None else ""
            print(f"{lineno:2d}  {line:<34} → {shown}")
        except AplError as e:
            print(f"{lineno:2d}  {line:<34} ! {e}")
        except ZeroDivisionError:
            print(f"{lineno:2d}  {line:<34} ! DOMAIN ERROR: divide by zero")
    print(f"names: {sorted(interp.globals.vars)} fns: {sorted(interp.globals.fns)}")


if __name__ == "__main__":
    main()

# expect:  1  1 2 3 + 4 5 6                      → 5 7 9
# expect:  2  2 × ⍳ 5                            → 2 4 6 8 10
# expect:  3  +/ ⍳ 10                            → 55
# expect:  4  ×\ 1 2 3 4 5                       → 1 2 6 24 120
# expect:  5  v ← 3 1 4 1 5 9 2 6                → 3 1 4 1 5 9 2 6
# expect:  6  ⌈/ v                               → 9
# expect:  7  (+/ v) ÷ ≢ v                       → 3.875
# expect:  8  ⌽ v                                → 6 2 9 5 1 4 1 3
# expect:  9  2 ⌽ v                              → 4 1 5 9 2 6 3 1
# expect: 10  7 ⍴ 1 2 3                          → 1 2 3 1 2 3 1
# expect: 11  avg ← {(+/ ⍵) ÷ ≢ ⍵}               → 0
# expect: 12  avg v                              → 3.875
# expect: 13  sq ← {⍵ × ⍵}                       → 0
# expect: 14  sq ⍳ 6                             → 1 4 9 16 25 36
# expect: 15  hyp ← {* 0.5 × ... }               ! unexpected character '.' at 15
# expect: 16  dist ← {(+/ (⍺ - ⍵) * 2) * 0.5}    → 0
# expect: 17  0 0 dist 3 4                       → 5
# expect: 18  v > 3                              → 0 0 1 0 1 1 0 1
# expect: 19  +/ v > 3                           → 4
# expect: 20  ¯3 + 1 2                           → ¯2 ¯1
# expect: 21  3 | ⍳ 10                           → 1 2 0 1 2 0 1 2 0 1
# expect: 22  - 2.5 ¯1 0                         → ¯2.5 1 0
# expect: 23  ÷ 4 8                              → 0.25 0.125
# expect: 24  x ← 10 ⋄ y ← x × 2                 → 20
# expect: 25  y                                  → 20
# expect: 26  undefined + 1                      ! VALUE ERROR: undefined
# expect: 27  1 2 3 + 1 2                        ! LENGTH ERROR: 3 vs 2
# expect: 28  fact ← {×/ ⍳ ⍵}                    → 0
# expect: 29  fact 10                            → 3628800
# expect: 30  (1 + 2) × 3 4                      → 9 12
# expect: 31  */ 2 3 2                           → 512
# expect: names: ['v', 'x', 'y'] fns: ['avg', 'dist', 'fact', 'sq']
