"""A tiny Lua-like language: a tokenizer, a recursive-descent parser
building one class per node, and a tree-walking evaluator with lexical
scopes, closures, tables and early return."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Union


class Kind(enum.Enum):
    NUM = "num"
    STR = "str"
    NAME = "name"
    OP = "op"
    KW = "kw"
    EOF = "eof"


KEYWORDS = {"local", "function", "return", "if", "then", "else", "end",
            "while", "do", "and", "or", "not", "nil", "true", "false"}


@dataclass
class Token:
    kind: Kind
    text: str
    line: int


class LuaError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    toks: list[Token] = []
    i, line = 0, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif src.startswith("--", i):
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(Token(Kind.NUM, src[i:j], line))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Token(Kind.KW if word in KEYWORDS else Kind.NAME, word, line))
            i = j
        elif ch == '"':
            j = src.index('"', i + 1)
            toks.append(Token(Kind.STR, src[i + 1:j], line))
            i = j + 1
        else:
            two = src[i:i + 2]
            op = two if two in ("==", "~=", "<=", ">=", "..") else ch
            if op not in "+-*/%<>=(){}[],.;#" and len(op) == 1:
                raise LuaError(f"line {line}: unexpected {ch!r}")
            toks.append(Token(Kind.OP, op, line))
            i += len(op)
    toks.append(Token(Kind.EOF, "", line))
    return toks


class Table:
    def __init__(self) -> None:
        self.items: dict[str, Value] = {}

    def __repr__(self) -> str:
        return "table{" + ", ".join(f"{k}={show(v)}" for k, v in self.items.items()) + "}"


class Function:
    def __init__(self, params: list[str], body: list[Node], scope: Scope) -> None:
        self.params = params
        self.body = body
        self.scope = scope


Value = Union[int, str, bool, None, Table, Function]


def show(v: Value) -> str:
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Function):
        return "function"
    return str(v)


class Scope:
    def __init__(self, parent: Scope | None = None) -> None:
        self.vars: dict[str, Value] = {}
        self.parent = parent

    def lookup(self, name: str) -> Scope | None:
        s: Scope | None = self
        while s is not None:
            if name in s.vars:
                return s
            s = s.parent
        return None

    def get(self, name: str) -> Value:
        s = self.lookup(name)
        return s.vars[name] if s is not None else None

    def set(self, name: str, v: Value) -> None:
        s = self.lookup(name)
        (s if s is not None else self).vars[name] = v


class ReturnSignal(Exception):
    def __init__(self, value: Value) -> None:
        super().__init__()
        self.value = value


class Node:
    line: int = 0

    def eval(self, scope: Scope) -> Value:
        raise NotImplementedError

    def run(self, scope: Scope) -> None:
        self.eval(scope)


class Num(Node):
    def __init__(self, value: int) -> None:
        self.value = value

    def eval(self, scope: Scope) -> Value:
        return self.value


class Str(Node):
    def __init__(self, value: str) -> None:
        self.value = value

    def eval(self, scope: Scope) -> Value:
        return self.value


class Const(Node):
    def __init__(self, value: Value) -> None:
        self.value = value

    def eval(self, scope: Scope) -> Value:
        return self.value


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def eval(self, scope: Scope) -> Value:
        return scope.get(self.name)


def truthy(v: Value) -> bool:
    return v is not None and v is not False


def num(v: Value, what: str) -> int:
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    raise LuaError(f"attempt to perform arithmetic on a {what} value ({show(v)})")


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self, scope: Scope) -> Value:
        if self.op == "and":
            l = self.left.eval(scope)
            return self.right.eval(scope) if truthy(l) else l
        if self.op == "or":
            l = self.left.eval(scope)
            return l if truthy(l) else self.right.eval(scope)
        a, b = self.left.eval(scope), self.right.eval(scope)
        if self.op == "..":
            return show(a) + show(b)
        if self.op == "==":
            return a == b
        if self.op == "~=":
            return a != b
        x, y = num(a, "left"), num(b, "right")
        match self.op:
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x // y
            case "%": return x % y
            case "<": return x < y
            case ">": return x > y
            case "<=": return x <= y
            case ">=": return x >= y
        raise LuaError(f"bad operator {self.op}")


class Not(Node):
    def __init__(self, operand: Node) -> None:
        self.operand = operand

    def eval(self, scope: Scope) -> Value:
        return not truthy(self.operand.eval(scope))


class Call(Node):
    def __init__(self, func: Node, args: list[Node]) -> None:
        self.func = func
        self.args = args

    def eval(self, scope: Scope) -> Value:
        f = self.func.eval(scope)
        args = [a.eval(scope) for a in self.args]
        if isinstance(f, Function):
            inner = Scope(f.scope)
            for i, p in enumerate(f.params):
                inner.vars[p] = args[i] if i < len(args) else None
            try:
                for stmt in f.body:
                    stmt.run(inner)
            except ReturnSignal as r:
                return r.value
            return None
        if isinstance(self.func, Var) and self.func.name == "print":
            print("\t".join(show(a) for a in args))
            return None
        raise LuaError(f"attempt to call a {show(f)} value")


class Index(Node):
    def __init__(self, obj: Node, key: Node) -> None:
        self.obj = obj
        self.key = key

    def eval(self, scope: Scope) -> Value:
        t = self.obj.eval(scope)
        if not isinstance(t, Table):
            raise LuaError("attempt to index a non-table")
        return t.items.get(show(self.key.eval(scope)))


class TableCons(Node):
    def __init__(self, fields: list[tuple[str, Node]]) -> None:
        self.fields = fields

    def eval(self, scope: Scope) -> Value:
        t = Table()
        for k, v in self.fields:
            t.items[k] = v.eval(scope)
        return t


class FuncExpr(Node):
    def __init__(self, params: list[str], body: list[Node]) -> None:
        self.params = params
        self.body = body

    def eval(self, scope: Scope) -> Value:
        return Function(self.params, self.body, scope)


class Local(Node):
    def __init__(self, name: str, value: Node) -> None:
        self.name = name
        self.value = value

    def run(self, scope: Scope) -> None:
        scope.vars[self.name] = self.value.eval(scope)


class Assign(Node):
    def __init__(self, target: Node, value: Node) -> None:
        self.target = target
        self.value = value

    def run(self, scope: Scope) -> None:
        v = self.value.eval(scope)
        if isinstance(self.target, Var):
            scope.set(self.target.name, v)
        elif isinstance(self.target, Index):
            t = self.target.obj.eval(scope)
            if not isinstance(t, Table):
                raise LuaError("attempt to index a non-table")
            t.items[show(self.target.key.eval(scope))] = v


class ExprStmt(Node):
    def __init__(self, expr: Node) -> None:
        self.expr = expr

    def run(self, scope: Scope) -> None:
        self.expr.eval(scope)


class Return(Node):
    def __init__(self, value: Node | None) -> None:
        self.value = value

    def run(self, scope: Scope) -> None:
        raise ReturnSignal(self.value.eval(scope) if self.value else None)


class If(Node):
    def __init__(self, test: Node, then: list[Node], orelse: list[Node]) -> None:
        self.test = test
        self.then = then
        self.orelse = orelse

    def run(self, scope: Scope) -> None:
        body = self.then if truthy(self.test.eval(scope)) else self.orelse
        inner = Scope(scope)
        for s in body:
            s.run(inner)


class While(Node):
    def __init__(self, test: Node, body: list[Node]) -> None:
        self.test = test
        self.body = body

    def run(self, scope: Scope) -> None:
        while truthy(self.test.eval(scope)):
            inner = Scope(scope)
            for s in self.body:
                s.run(inner)


PRECEDENCE = {"or": 1, "and": 2, "==": 3, "~=": 3, "<": 3, ">": 3, "<=": 3, ">=": 3,
              "..": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.pos = 0

    def peek(self) -> Token:
        return self.toks[self.pos]

    def next(self) -> Token:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def accept(self, text: str) -> bool:
        if self.peek().text == text and self.peek().kind in (Kind.OP, Kind.KW):
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            tok = self.peek()
            raise LuaError(f"line {tok.line}: expected {text!r} near {tok.text!r}")

    def block(self, *ends: str) -> list[Node]:
        stmts: list[Node] = []
        while self.peek().text not in ends and self.peek().kind != Kind.EOF:
            stmts.append(self.statement())
            self.accept(";")
        return stmts

    def statement(self) -> Node:
        if self.accept("local"):
            if self.accept("function"):
                name = self.next().text
                return Local(name, self.funcbody())
            name = self.next().text
            self.expect("=")
            return Local(name, self.expr())
        if self.accept("function"):
            name = self.next().text
            return Assign(Var(name), self.funcbody())
        if self.accept("return"):
            if self.peek().text in ("end", "else") or self.peek().kind == Kind.EOF:
                return Return(None)
            return Return(self.expr())
        if self.accept("if"):
            test = self.expr()
            self.expect("then")
            then = self.block("else", "end")
            orelse = self.block("end") if self.accept("else") else []
            self.expect("end")
            return If(test, then, orelse)
        if self.accept("while"):
            test = self.expr()
            self.expect("do")
            body = self.block("end")
            self.expect("end")
            return While(test, body)
        e = self.expr()
        if self.accept("="):
            return Assign(e, self.expr())
        return ExprStmt(e)

    def funcbody(self) -> FuncExpr:
        self.expect("(")
        params: list[str] = []
        while not self.accept(")"):
            params.append(self.next().text)
            self.accept(",")
        body = self.block("end")
        self.expect("end")
        return FuncExpr(params, body)

    def expr(self, min_prec: int = 1) -> Node:
        left = self.unary()
        while True:
            op = self.peek().text
            prec = PRECEDENCE.get(op, 0)
            if prec < min_prec or self.peek().kind not in (Kind.OP, Kind.KW):
                return left
            self.next()
            right = self.expr(prec + 1)
            left = BinOp(op, left, right)

    def unary(self) -> Node:
        if self.accept("not"):
            return Not(self.unary())
        if self.accept("-"):
            return BinOp("-", Num(0), self.unary())
        return self.postfix(self.primary())

    def postfix(self, e: Node) -> Node:
        while True:
            if self.accept("("):
                args: list[Node] = []
                while not self.accept(")"):
                    args.append(self.expr())
                    self.accept(",")
                e = Call(e, args)
            elif self.accept("."):
                e = Index(e, Str(self.next().text))
            elif self.accept("["):
                key = self.expr()
                self.expect("]")
                e = Index(e, key)
            else:
                return e

    def primary(self) -> Node:
        tok = self.next()
        if tok.kind == Kind.NUM:
            return Num(int(tok.text))
        if tok.kind == Kind.STR:
            return Str(tok.text)
        if tok.kind == Kind.NAME:
            return Var(tok.text)
        if tok.text in ("nil", "true", "false"):
            return Const(None if tok.text == "nil" else tok.text == "true")
        if tok.text == "function":
            return self.funcbody()
        if tok.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        if tok.text == "{":
            fields: list[tuple[str, Node]] = []
            n = 1
            while not self.accept("}"):
                if self.peek().kind == Kind.NAME and self.toks[self.pos + 1].text == "=":
                    key = self.next().text
                    self.next()
                    fields.append((key, self.expr()))
                else:
                    fields.append((str(n), self.expr()))
                    n += 1
                self.accept(",")
            return TableCons(fields)
        raise LuaError(f"line {tok.line}: unexpected {tok.text!r}")


PROGRAM = """
-- closures and recursion
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c = counter()
c() c()
print("counter", c())

function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print("fib", fib(15))

local t = {x = 3, y = 4, "first", "second"}
t.z = t.x * t.x + t.y * t.y
print(t.z, t[1], t[2], t.missing)
print(t)

local i = 0
local acc = ""
while i < 5 do
  i = i + 1
  if i % 2 == 0 then acc = acc .. i else acc = acc .. "." end
end
print(acc, not nil, 1 == 1 and "yes" or "no")
"""


def main() -> None:
    glob = Scope()
    for stmt in Parser(tokenize(PROGRAM)).block():
        stmt.run(glob)
    for bad in ["print(1 + nil)", "local x = 1 x()", "print(#)", "if 1 then"]:
        try:
            for stmt in Parser(tokenize(bad)).block():
                stmt.run(glob)
        except LuaError as e:
            print("error:", e)


main()

# expect: counter	3
# expect: fib	610
# expect: 25	first	second	nil
# expect: table{x=3, y=4, 1=first, 2=second, z=25}
# expect: .2.4.	true	yes
# expect: error: attempt to perform arithmetic on a right value (nil)
# expect: error: attempt to call a 1 value
# expect: error: line 1: unexpected '#'
# expect: error: line 1: expected 'end' near ''
