"""A small expression language: tokenizer, recursive-descent parser into
dataclass AST nodes, and a tree-walking evaluator written with match."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import Enum, auto


class TokenKind(Enum):
    NUMBER = auto()
    NAME = auto()
    STRING = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    KEYWORD = auto()
    EOF = auto()


KEYWORDS = {"let", "in", "if", "then", "else", "fun", "and", "or", "not"}


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    text: str
    pos: int


class LangError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and src[i].isdigit():
                i += 1
            tokens.append(Token(TokenKind.NUMBER, src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            kind = TokenKind.KEYWORD if word in KEYWORDS else TokenKind.NAME
            tokens.append(Token(kind, word, start))
        elif ch == '"':
            end = src.find('"', i + 1)
            if end < 0:
                raise LangError(f"unterminated string at {i}")
            tokens.append(Token(TokenKind.STRING, src[i + 1:end], i))
            i = end + 1
        elif src.startswith(("==", "!=", "<=", ">=", "->"), i):
            tokens.append(Token(TokenKind.OP, src[i:i + 2], i))
            i += 2
        elif ch in "+-*/%<>=":
            tokens.append(Token(TokenKind.OP, ch, i))
            i += 1
        elif ch == "(":
            tokens.append(Token(TokenKind.LPAREN, ch, i))
            i += 1
        elif ch == ")":
            tokens.append(Token(TokenKind.RPAREN, ch, i))
            i += 1
        elif ch == ",":
            tokens.append(Token(TokenKind.COMMA, ch, i))
            i += 1
        else:
            raise LangError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token(TokenKind.EOF, "", len(src)))
    return tokens


class Node:
    pass


@dataclass
class Num(Node):
    value: int


@dataclass
class Str(Node):
    value: str


@dataclass
class Name(Node):
    ident: str


@dataclass
class BinOp(Node):
    op: str
    left: Node
    right: Node


@dataclass
class Unary(Node):
    op: str
    operand: Node


@dataclass
class Let(Node):
    name: str
    value: Node
    body: Node


@dataclass
class If(Node):
    cond: Node
    then: Node
    orelse: Node


@dataclass
class Fun(Node):
    params: list[str]
    body: Node


@dataclass
class Call(Node):
    func: Node
    args: list[Node] = field(default_factory=list)


PRECEDENCE = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
              "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    tokens: list[Token]
    pos: int

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind: TokenKind, text: str = "") -> Token:
        tok = self.current
        if tok.kind != kind or (text and tok.text != text):
            want = text if text else kind.name
            raise LangError(f"expected {want} at {tok.pos}, got {tok.text!r}")
        return self.advance()

    def is_keyword(self, word: str) -> bool:
        return self.current.kind == TokenKind.KEYWORD and self.current.text == word

    def parse(self) -> Node:
        node = self.expression()
        self.expect(TokenKind.EOF)
        return node

    def expression(self) -> Node:
        if self.is_keyword("let"):
            self.advance()
            name = self.expect(TokenKind.NAME).text
            self.expect(TokenKind.OP, "=")
            value = self.expression()
            self.expect(TokenKind.KEYWORD, "in")
            return Let(name, value, self.expression())
        if self.is_keyword("if"):
            self.advance()
            cond = self.expression()
            self.expect(TokenKind.KEYWORD, "then")
            then = self.expression()
            self.expect(TokenKind.KEYWORD, "else")
            return If(cond, then, self.expression())
        if self.is_keyword("fun"):
            self.advance()
            params: list[str] = []
            while self.current.kind == TokenKind.NAME:
                params.append(self.advance().text)
            self.expect(TokenKind.OP, "->")
            return Fun(params, self.expression())
        return self.binary(1)

    def binary(self, min_prec: int) -> Node:
        left = self.unary()
        while True:
            tok = self.current
            prec = PRECEDENCE.get(tok.text, 0)
            if tok.kind not in (TokenKind.OP, TokenKind.KEYWORD) or prec < min_prec:
                return left
            self.advance()
            right = self.binary(prec + 1)
            left = BinOp(tok.text, left, right)

    def unary(self) -> Node:
        if self.current.text == "-" or self.is_keyword("not"):
            op = self.advance().text
            return Unary(op, self.unary())
        return self.call()

    def call(self) -> Node:
        node = self.atom()
        while self.current.kind == TokenKind.LPAREN:
            self.advance()
            args: list[Node] = []
            if self.current.kind != TokenKind.RPAREN:
                args.append(self.expression())
                while self.current.kind == TokenKind.COMMA:
                    self.advance()
                    args.append(self.expression())
            self.expect(TokenKind.RPAREN)
            node = Call(node, args)
        return node

    def atom(self) -> Node:
        tok = self.advance()
        match tok.kind:
            case TokenKind.NUMBER:
                return Num(int(tok.text))
            case TokenKind.STRING:
                return Str(tok.text)
            case TokenKind.NAME:
                return Name(tok.text)
            case TokenKind.LPAREN:
                inner = self.expression()
                self.expect(TokenKind.RPAREN)
                return inner
            case _:
                raise LangError(f"unexpected {tok.text!r} at {tok.pos}")


class Value:
    def truthy(self) -> bool:
        return True


@dataclass
class IntVal(Value):
    n: int

    def truthy(self) -> bool:
        return self.n != 0

    def __str__(self) -> str:
        return str(self.n)


@dataclass
class StrVal(Value):
    s: str

    def truthy(self) -> bool:
        return self.s != ""

    def __str__(self) -> str:
        return self.s


@dataclass
class Closure(Value):
    params: list[str]
    body: Node
    env: Env

    def __str__(self) -> str:
        return f"<fun/{len(self.params)}>"


class Env:
    vars: dict[str, Value]
    parent: Env | None

    def __init__(self, parent: Env | None = None) -> None:
        self.vars = {}
        self.parent = parent

    def lookup(self, name: str) -> Value:
        env: Env | None = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LangError(f"unbound name {name}")

    def extend(self, name: str, value: Value) -> Env:
        child = Env(self)
        child.vars[name] = value
        return child


class Interpreter:
    calls: int
    globals: Env

    def __init__(self) -> None:
        self.calls = 0
        self.globals = Env()
        self.globals.vars["answer"] = IntVal(42)

    def arith(self, op: str, a: int, b: int) -> int:
        match op:
            case "+":
                return a + b
            case "-":
                return a - b
            case "*":
                return a * b
            case "/" | "%" if b == 0:
                raise LangError("division by zero")
            case "/":
                return a // b
            case "%":
                return a % b
            case "==":
                return int(a == b)
            case "!=":
                return int(a != b)
            case "<":
                return int(a < b)
            case "<=":
                return int(a <= b)
            case ">":
                return int(a > b)
            case ">=":
                return int(a >= b)
            case _:
                raise LangError(f"unknown operator {op}")

    def eval(self, node: Node, env: Env) -> Value:
        match node:
            case Num(value):
                return IntVal(value)
            case Str(value=s):
                return StrVal(s)
            case Name(ident):
                return env.lookup(ident)
            case BinOp("and", left, right):
                lv = self.eval(left, env)
                return self.eval(right, env) if lv.truthy() else lv
            case BinOp("or", left, right):
                lv = self.eval(left, env)
                return lv if lv.truthy() else self.eval(right, env)
            case BinOp(op, left, right):
                return self.binop(op, self.eval(left, env), self.eval(right, env))
            case Unary("-", operand):
                v = self.eval(operand, env)
                if not isinstance(v, IntVal):
                    raise LangError("cannot negate a non-number")
                return IntVal(-v.n)
            case Unary("not", operand):
                return IntVal(0 if self.eval(operand, env).truthy() else 1)
            case Let(name, value, body):
                return self.eval(body, env.extend(name, self.eval(value, env)))
            case If(cond, then, orelse):
                return self.eval(then if self.eval(cond, env).truthy() else orelse, env)
            case Fun(params, body):
                return Closure(params, body, env)
            case Call(func, args):
                return self.call(self.eval(func, env), [self.eval(a, env) for a in args])
            case _:
                raise LangError(f"cannot evaluate {node}")

    def binop(self, op: str, a: Value, b: Value) -> Value:
        if isinstance(a, IntVal) and isinstance(b, IntVal):
            return IntVal(self.arith(op, a.n, b.n))
        if op == "+" and isinstance(a, StrVal):
            return StrVal(a.s + str(b))
        if op == "==":
            return IntVal(int(a == b))
        raise LangError(f"bad operands for {op}: {a} and {b}")

    def call(self, f: Value, args: list[Value]) -> Value:
        if not isinstance(f, Closure):
            raise LangError(f"{f} is not a function")
        if len(args) != len(f.params):
            raise LangError(f"expected {len(f.params)} arguments, got {len(args)}")
        self.calls += 1
        env = f.env
        for name, value in zip(f.params, args):
            env = env.extend(name, value)
        return self.eval(f.body, env)


PROGRAMS = [
    "1 + 2 * 3",
    "let x = 5 in x * x - 1",
    '"answer: " + answer',
    "let sq = fun n -> n * n in sq(7) + sq(2)",
    "let fact = fun f n -> if n <= 1 then 1 else n * f(f, n - 1) in fact(fact, 10)",
    "let fib = fun f n -> if n < 2 then n else f(f, n - 1) + f(f, n - 2) in fib(fib, 15)",
    "if not 0 and 3 > 2 then \"yes\" else \"no\"",
    "let add = fun a -> fun b -> a + b in add(3)(4)",
    "10 / (5 - 5)",
    "let f = fun x -> x in f(1, 2)",
    "undefined + 1",
    "(1 + 2",
    "\"a\" == \"a\"",
    "-(3 - 10) % 4",
]


def main(argv: list[str]) -> int:
    interp = Interpreter()
    for src in PROGRAMS:
        try:
            tree = Parser(tokenize(src)).parse()
            print(f"{src} => {interp.eval(tree, interp.globals)}")
        except LangError as e:
            print(f"{src} => error: {e}")
    print(Parser(tokenize("let x = 1 in x + 2")).parse())
    print("calls:", interp.calls)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 + 2 * 3 => 7
# expect: let x = 5 in x * x - 1 => 24
# expect: "answer: " + answer => answer: 42
# expect: let sq = fun n -> n * n in sq(7) + sq(2) => 53
# expect: let fact = fun f n -> if n <= 1 then 1 else n * f(f, n - 1) in fact(fact, 10) => 3628800
# expect: let fib = fun f n -> if n < 2 then n else f(f, n - 1) + f(f, n - 2) in fib(fib, 15) => 610
# expect: if not 0 and 3 > 2 then "yes" else "no" => yes
# expect: let add = fun a -> fun b -> a + b in add(3)(4) => 7
# expect: 10 / (5 - 5) => error: division by zero
# expect: let f = fun x -> x in f(1, 2) => error: expected 1 arguments, got 2
# expect: undefined + 1 => error: unbound name undefined
# expect: (1 + 2 => error: expected RPAREN at 6, got ''
# expect: "a" == "a" => 1
# expect: -(3 - 10) % 4 => 3
# expect: Let(name='x', value=Num(value=1), body=BinOp(op='+', left=Name(ident='x'), right=Num(value=2)))
# expect: calls: 1987
