# issue 8: an interpreter-style program (tokenizer with an Enum of kinds, a
# dataclass token, a Pratt parser, a tree-walking evaluator with a class-level
# dispatch table of lambdas, a session dataclass with default factories)
# written as plain typed Python before trying rtrans.  One change to
# translate: sum(s.history) became sum(s.history, 0.0) (CPython's sum() of
# an empty list of floats is the int 0, which a float cannot hold).
"""A tiny expression language: tokenizer, Pratt parser, tree-walking evaluator."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Callable, Optional, Union


class Kind(Enum):
    NUM = auto()
    IDENT = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    EOF = auto()


@dataclass
class Token:
    kind: Kind
    text: str
    pos: int = 0


def tokenize(src: str) -> list[Token]:
    out = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Token(Kind.NUM, src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token(Kind.IDENT, src[i:j], i))
            i = j
        elif ch in "()":
            out.append(Token(Kind.LPAREN if ch == "(" else Kind.RPAREN, ch, i))
            i += 1
        else:
            out.append(Token(Kind.OP, ch, i))
            i += 1
    out.append(Token(Kind.EOF, "", len(src)))
    return out


class Node:
    def eval(self, env: dict[str, float]) -> float:
        raise NotImplementedError


class Num(Node):
    def __init__(self, value: float):
        self.value = value

    def eval(self, env: dict[str, float]) -> float:
        return self.value

    def __repr__(self) -> str:
        return f"Num({self.value})"


class Var(Node):
    def __init__(self, name: str):
        self.name = name

    def eval(self, env: dict[str, float]) -> float:
        if self.name not in env:
            raise NameError(f"undefined: {self.name}")
        return env[self.name]


class BinOp(Node):
    OPS: dict[str, Callable[[float, float], float]] = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
    }

    def __init__(self, op: str, left: Node, right: Node):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: dict[str, float]) -> float:
        return self.OPS[self.op](self.left.eval(env), self.right.eval(env))


PREC = {"+": 10, "-": 10, "*": 20, "/": 20}


class Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0
        self.errors = []

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self, min_prec=0) -> Node:
        left = self.primary()
        while self.peek().kind == Kind.OP and PREC.get(self.peek().text, -1) > min_prec:
            op = self.advance().text
            right = self.parse(PREC[op])
            left = BinOp(op, left, right)
        return left

    def primary(self) -> Node:
        tok = self.advance()
        if tok.kind == Kind.NUM:
            return Num(float(tok.text))
        if tok.kind == Kind.IDENT:
            return Var(tok.text)
        if tok.kind == Kind.LPAREN:
            e = self.parse()
            self.advance()
            return e
        self.errors.append("unexpected %r at %d" % (tok.text, tok.pos))
        return Num(0.0)


@dataclass
class Session:
    env: dict[str, float] = field(default_factory=dict)
    history: list[float] = field(default_factory=list)

    def run(self, line: str) -> Optional[float]:
        name = None
        if "=" in line:
            name, line = [s.strip() for s in line.split("=", 1)]
        p = Parser(tokenize(line))
        tree = p.parse()
        if p.errors:
            for e in p.errors:
                print("error:", e)
            return None
        try:
            v = tree.eval(self.env)
        except (NameError, ZeroDivisionError) as exc:
            print("error:", exc)
            return None
        if name:
            self.env[name] = v
        self.history.append(v)
        return v


def main() -> None:
    s = Session()
    for line in ["x = 1 + 2 * 3", "y = (x - 1) / 2", "x * y", "z + 1", "1 / 0", "3 + )"]:
        r = s.run(line)
        print("{:<16} -> {}".format(line, r if r is None else "%.3f" % r))
    print(sorted(s.env.items()), sum(s.history, 0.0), max(s.history, default=0.0))


if __name__ == "__main__":
    main()

# expect: x = 1 + 2 * 3    -> 7.000
# expect: y = (x - 1) / 2  -> 3.000
# expect: x * y            -> 21.000
# expect: error: undefined: z
# expect: z + 1            -> None
# expect: error: float division by zero
# expect: 1 / 0            -> None
# expect: error: unexpected ')' at 4
# expect: 3 + )            -> None
# expect: [('x', 7.0), ('y', 3.0)] 31.0 21.0
