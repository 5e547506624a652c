# A small expression language ("mini"), interpreted: a tokenizer, a
# recursive-descent parser building a typed AST, and a tree-walking
# evaluator with lexical scopes, first-class functions, lists, strings and
# run-time errors reported with line numbers.  It runs a few embedded
# scripts (some deliberately wrong) and one script read from stdin.
from __future__ import annotations

import sys

# stdin: fn fib(n) {
# stdin:   if n < 2 { return n; }
# stdin:   return fib(n - 1) + fib(n - 2);
# stdin: }
# stdin: let out = [];
# stdin: let i = 0;
# stdin: while i < 15 { push(out, fib(i)); i = i + 1; }
# stdin: print "fib:", out;
# stdin: print "len", len(out), "last", out[len(out) - 1];


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

class MiniError(Exception):
    line: int

    def __init__(self, kind: str, line: int, message: str) -> None:
        super().__init__(f"{kind} error on line {line}: {message}")
        self.line = line


class LexError(MiniError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__("lex", line, message)


class ParseError(MiniError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__("parse", line, message)


class EvalError(MiniError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__("runtime", line, message)


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "true", "false", "nil", "and", "or", "not"}
TWO_CHAR = ["==", "!=", "<=", ">="]
ONE_CHAR = "+-*/%<>=(){}[],;"


class Token:
    kind: str   # "int", "str", "name", "kw", "op", "eof"
    text: str
    line: int

    def __init__(self, kind: str, text: str, line: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line

    def __repr__(self) -> str:
        return f"{self.kind}:{self.text}"


def tokenize(src: str) -> list[Token]:
    toks: list[Token] = []
    i = 0
    line = 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            toks.append(Token("int", src[start:i], line))
        elif c.isalpha() or c == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            toks.append(Token("kw" if word in KEYWORDS else "name", word, line))
        elif c == '"':
            i += 1
            chars: list[str] = []
            while i < n and src[i] != '"':
                if src[i] == "\n":
                    raise LexError(line, "unterminated string")
                if src[i] == "\\" and i + 1 < n:
                    i += 1
                    chars.append("\n" if src[i] == "n" else src[i])
                else:
                    chars.append(src[i])
                i += 1
            if i >= n:
                raise LexError(line, "unterminated string")
            i += 1
            toks.append(Token("str", "".join(chars), line))
        elif src[i:i + 2] in TWO_CHAR:
            toks.append(Token("op", src[i:i + 2], line))
            i += 2
        elif c in ONE_CHAR:
            toks.append(Token("op", c, line))
            i += 1
        else:
            raise LexError(line, f"unexpected character {c!r}")
    toks.append(Token("eof", "", line))
    return toks


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

class Value:
    def type_name(self) -> str:
        return "value"

    def truthy(self) -> bool:
        return True

    def show(self) -> str:
        return "?"

    def equals(self, other: Value) -> bool:
        return self is other


class NilValue(Value):
    def type_name(self) -> str:
        return "nil"

    def truthy(self) -> bool:
        return False

    def show(self) -> str:
        return "nil"

    def equals(self, other: Value) -> bool:
        return isinstance(other, NilValue)


NIL = NilValue()


class IntValue(Value):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def type_name(self) -> str:
        return "int"

    def truthy(self) -> bool:
        return self.v != 0

    def show(self) -> str:
        return str(self.v)

    def equals(self, other: Value) -> bool:
        return isinstance(other, IntValue) and other.v == self.v


class BoolValue(Value):
    v: bool

    def __init__(self, v: bool) -> None:
        self.v = v

    def type_name(self) -> str:
        return "bool"

    def truthy(self) -> bool:
        return self.v

    def show(self) -> str:
        return "true" if self.v else "false"

    def equals(self, other: Value) -> bool:
        return isinstance(other, BoolValue) and other.v == self.v


class StrValue(Value):
    v: str

    def __init__(self, v: str) -> None:
        self.v = v

    def type_name(self) -> str:
        return "str"

    def truthy(self) -> bool:
        return len(self.v) > 0

    def show(self) -> str:
        return self.v

    def equals(self, other: Value) -> bool:
        return isinstance(other, StrValue) and other.v == self.v


class ListValue(Value):
    items: list[Value]

    def __init__(self, items: list[Value]) -> None:
        self.items = items

    def type_name(self) -> str:
        return "list"

    def truthy(self) -> bool:
        return len(self.items) > 0

    def show(self) -> str:
        parts: list[str] = []
        for it in self.items:
            if isinstance(it, StrValue):
                parts.append('"' + it.v + '"')
            else:
                parts.append(it.show())
        return "[" + ", ".join(parts) + "]"


class FnValue(Value):
    name: str
    params: list[str]
    body: list[Stmt]
    closure: Env

    def __init__(self, name: str, params: list[str], body: list[Stmt], closure: Env) -> None:
        self.name = name
        self.params = params
        self.body = body
        self.closure = closure

    def type_name(self) -> str:
        return "function"

    def show(self) -> str:
        return f"<fn {self.name}/{len(self.params)}>"


class BuiltinValue(Value):
    name: str
    arity: int

    def __init__(self, name: str, arity: int) -> None:
        self.name = name
        self.arity = arity

    def type_name(self) -> str:
        return "builtin"

    def show(self) -> str:
        return f"<builtin {self.name}>"


class Env:
    vars: dict[str, Value]
    parent: Env | None

    def __init__(self, parent: Env | None) -> None:
        self.vars = {}
        self.parent = parent

    def lookup(self, name: str, line: int) -> Value:
        e: Env | None = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        raise EvalError(line, f"undefined variable '{name}'")

    def assign(self, name: str, v: Value, line: int) -> None:
        e: Env | None = self
        while e is not None:
            if name in e.vars:
                e.vars[name] = v
                return
            e = e.parent
        raise EvalError(line, f"assignment to undeclared variable '{name}'")


class ReturnSignal(Exception):
    value: Value

    def __init__(self, value: Value) -> None:
        super().__init__("return")
        self.value = value


# ---------------------------------------------------------------------------
# AST
# ---------------------------------------------------------------------------

class Expr:
    line: int

    def __init__(self, line: int) -> None:
        self.line = line

    def eval(self, it: Interp, env: Env) -> Value:
        raise NotImplementedError("Expr.eval")


class Const(Expr):
    value: Value

    def __init__(self, line: int, value: Value) -> None:
        super().__init__(line)
        self.value = value

    def eval(self, it: Interp, env: Env) -> Value:
        return self.value


class Var(Expr):
    name: str

    def __init__(self, line: int, name: str) -> None:
        super().__init__(line)
        self.name = name

    def eval(self, it: Interp, env: Env) -> Value:
        return env.lookup(self.name, self.line)


class ListLit(Expr):
    elems: list[Expr]

    def __init__(self, line: int, elems: list[Expr]) -> None:
        super().__init__(line)
        self.elems = elems

    def eval(self, it: Interp, env: Env) -> Value:
        return ListValue([e.eval(it, env) for e in self.elems])


class Unary(Expr):
    op: str
    operand: Expr

    def __init__(self, line: int, op: str, operand: Expr) -> None:
        super().__init__(line)
        self.op = op
        self.operand = operand

    def eval(self, it: Interp, env: Env) -> Value:
        v = self.operand.eval(it, env)
        if self.op == "not":
            return BoolValue(not v.truthy())
        if isinstance(v, IntValue):
            return IntValue(-v.v)
        raise EvalError(self.line, f"cannot negate {v.type_name()}")


class Logic(Expr):
    op: str
    left: Expr
    right: Expr

    def __init__(self, line: int, op: str, left: Expr, right: Expr) -> None:
        super().__init__(line)
        self.op = op
        self.left = left
        self.right = right

    def eval(self, it: Interp, env: Env) -> Value:
        l = self.left.eval(it, env)
        if self.op == "and":
            return self.right.eval(it, env) if l.truthy() else l
        return l if l.truthy() else self.right.eval(it, env)


class Binary(Expr):
    op: str
    left: Expr
    right: Expr

    def __init__(self, line: int, op: str, left: Expr, right: Expr) -> None:
        super().__init__(line)
        self.op = op
        self.left = left
        self.right = right

    def eval(self, it: Interp, env: Env) -> Value:
        l = self.left.eval(it, env)
        r = self.right.eval(it, env)
        if self.op == "==":
            return BoolValue(l.equals(r))
        if self.op == "!=":
            return BoolValue(not l.equals(r))
        if isinstance(l, IntValue) and isinstance(r, IntValue):
            return self.ints(l.v, r.v)
        if isinstance(l, StrValue) and isinstance(r, StrValue):
            if self.op == "+":
                return StrValue(l.v + r.v)
            if self.op == "<":
                return BoolValue(l.v < r.v)
        if isinstance(l, ListValue) and isinstance(r, ListValue) and self.op == "+":
            return ListValue(l.items + r.items)
        if isinstance(l, StrValue) and isinstance(r, IntValue) and self.op == "*":
            return StrValue(l.v * r.v)
        raise EvalError(self.line, f"unsupported operands for {self.op}: {l.type_name()} and {r.type_name()}")

    def ints(self, a: int, b: int) -> Value:
        op = self.op
        if op == "+":
            return IntValue(a + b)
        if op == "-":
            return IntValue(a - b)
        if op == "*":
            return IntValue(a * b)
        if op == "/" or op == "%":
            if b == 0:
                raise EvalError(self.line, "division by zero")
            return IntValue(a // b if op == "/" else a % b)
        if op == "<":
            return BoolValue(a < b)
        if op == "<=":
            return BoolValue(a <= b)
        if op == ">":
            return BoolValue(a > b)
        return BoolValue(a >= b)


class Index(Expr):
    target: Expr
    index: Expr

    def __init__(self, line: int, target: Expr, index: Expr) -> None:
        super().__init__(line)
        self.target = target
        self.index = index

    def eval(self, it: Interp, env: Env) -> Value:
        t = self.target.eval(it, env)
        i = self.index.eval(it, env)
        if not isinstance(i, IntValue):
            raise EvalError(self.line, "index must be an int")
        if isinstance(t, ListValue):
            if i.v < 0 or i.v >= len(t.items):
                raise EvalError(self.line, f"index {i.v} out of range for list of {len(t.items)}")
            return t.items[i.v]
        if isinstance(t, StrValue):
            if i.v < 0 or i.v >= len(t.v):
                raise EvalError(self.line, f"index {i.v} out of range for string of {len(t.v)}")
            return StrValue(t.v[i.v])
        raise EvalError(self.line, f"cannot index {t.type_name()}")


class Call(Expr):
    callee: Expr
    args: list[Expr]

    def __init__(self, line: int, callee: Expr, args: list[Expr]) -> None:
        super().__init__(line)
        self.callee = callee
        self.args = args

    def eval(self, it: Interp, env: Env) -> Value:
        f = self.callee.eval(it, env)
        args = [a.eval(it, env) for a in self.args]
        if isinstance(f, BuiltinValue):
            if len(args) != f.arity:
                raise EvalError(self.line, f"{f.name} takes {f.arity} argument(s), got {len(args)}")
            return it.builtin(f.name, args, self.line)
        if isinstance(f, FnValue):
            if len(args) != len(f.params):
                raise EvalError(self.line, f"{f.name} takes {len(f.params)} argument(s), got {len(args)}")
            return it.call(f, args, self.line)
        raise EvalError(self.line, f"cannot call {f.type_name()}")


class Stmt:
    line: int

    def __init__(self, line: int) -> None:
        self.line = line

    def run(self, it: Interp, env: Env) -> None:
        raise NotImplementedError("Stmt.run")


class Let(Stmt):
    name: str
    value: Expr

    def __init__(self, line: int, name: str, value: Expr) -> None:
        super().__init__(line)
        self.name = name
        self.value = value

    def run(self, it: Interp, env: Env) -> None:
        env.vars[self.name] = self.value.eval(it, env)


class Assign(Stmt):
    name: str
    value: Expr

    def __init__(self, line: int, name: str, value: Expr) -> None:
        super().__init__(line)
        self.name = name
        self.value = value

    def run(self, it: Interp, env: Env) -> None:
        env.assign(self.name, self.value.eval(it, env), self.line)


class Print(Stmt):
    values: list[Expr]

    def __init__(self, line: int, values: list[Expr]) -> None:
        super().__init__(line)
        self.values = values

    def run(self, it: Interp, env: Env) -> None:
        it.output.append(" ".join(v.eval(it, env).show() for v in self.values))


class ExprStmt(Stmt):
    expr: Expr

    def __init__(self, line: int, expr: Expr) -> None:
        super().__init__(line)
        self.expr = expr

    def run(self, it: Interp, env: Env) -> None:
        self.expr.eval(it, env)


class If(Stmt):
    cond: Expr
    then: list[Stmt]
    orelse: list[Stmt]

    def __init__(self, line: int, cond: Expr, then: list[Stmt], orelse: list[Stmt]) -> None:
        super().__init__(line)
        self.cond = cond
        self.then = then
        self.orelse = orelse

    def run(self, it: Interp, env: Env) -> None:
        body = self.then if self.cond.eval(it, env).truthy() else self.orelse
        it.block(body, Env(env))


class While(Stmt):
    cond: Expr
    body: list[Stmt]

    def __init__(self, line: int, cond: Expr, body: list[Stmt]) -> None:
        super().__init__(line)
        self.cond = cond
        self.body = body

    def run(self, it: Interp, env: Env) -> None:
        while self.cond.eval(it, env).truthy():
            it.tick(self.line)
            it.block(self.body, Env(env))


class FnDef(Stmt):
    name: str
    params: list[str]
    body: list[Stmt]

    def __init__(self, line: int, name: str, params: list[str], body: list[Stmt]) -> None:
        super().__init__(line)
        self.name = name
        self.params = params
        self.body = body

    def run(self, it: Interp, env: Env) -> None:
        env.vars[self.name] = FnValue(self.name, self.params, self.body, env)


class Return(Stmt):
    value: Expr | None

    def __init__(self, line: int, value: Expr | None) -> None:
        super().__init__(line)
        self.value = value

    def run(self, it: Interp, env: Env) -> None:
        v = self.value
        raise ReturnSignal(NIL if v is None else v.eval(it, env))


# ---------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------

class Parser:
    toks: list[Token]
    pos: int

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.pos = 0

    def peek(self) -> Token:
        return self.toks[self.pos]

    def at(self, text: str) -> bool:
        t = self.toks[self.pos]
        return (t.kind == "op" or t.kind == "kw") and t.text == text

    def advance(self) -> Token:
        t = self.toks[self.pos]
        if t.kind != "eof":
            self.pos += 1
        return t

    def expect(self, text: str) -> Token:
        t = self.peek()
        if not self.at(text):
            shown = "end of input" if t.kind == "eof" else repr(t.text)
            raise ParseError(t.line, f"expected '{text}' but found {shown}")
        return self.advance()

    def name(self) -> str:
        t = self.advance()
        if t.kind != "name":
            raise ParseError(t.line, f"expected a name but found {t.text!r}")
        return t.text

    def program(self) -> list[Stmt]:
        out: list[Stmt] = []
        while self.peek().kind != "eof":
            out.append(self.statement())
        return out

    def block(self) -> list[Stmt]:
        self.expect("{")
        out: list[Stmt] = []
        while not self.at("}"):
            if self.peek().kind == "eof":
                raise ParseError(self.peek().line, "unclosed block")
            out.append(self.statement())
        self.expect("}")
        return out

    def statement(self) -> Stmt:
        t = self.peek()
        line = t.line
        if self.at("let"):
            self.advance()
            name = self.name()
            self.expect("=")
            value = self.expression()
            self.expect(";")
            return Let(line, name, value)
        if self.at("print"):
            self.advance()
            values = [self.expression()]
            while self.at(","):
                self.advance()
                values.append(self.expression())
            self.expect(";")
            return Print(line, values)
        if self.at("if"):
            return self.if_statement()
        if self.at("while"):
            self.advance()
            cond = self.expression()
            return While(line, cond, self.block())
        if self.at("fn"):
            self.advance()
            name = self.name()
            self.expect("(")
            params: list[str] = []
            while not self.at(")"):
                params.append(self.name())
                if not self.at(")"):
                    self.expect(",")
            self.expect(")")
            return FnDef(line, name, params, self.block())
        if self.at("return"):
            self.advance()
            value: Expr | None = None
            if not self.at(";"):
                value = self.expression()
            self.expect(";")
            return Return(line, value)
        if t.kind == "name" and self.toks[self.pos + 1].text == "=" and self.toks[self.pos + 1].kind == "op":
            self.advance()
            self.advance()
            value2 = self.expression()
            self.expect(";")
            return Assign(line, t.text, value2)
        e = self.expression()
        self.expect(";")
        return ExprStmt(line, e)

    def if_statement(self) -> Stmt:
        line = self.expect("if").line
        cond = self.expression()
        then = self.block()
        orelse: list[Stmt] = []
        if self.at("else"):
            self.advance()
            if self.at("if"):
                orelse = [self.if_statement()]
            else:
                orelse = self.block()
        return If(line, cond, then, orelse)

    def expression(self) -> Expr:
        return self.or_expr()

    def or_expr(self) -> Expr:
        e = self.and_expr()
        while self.at("or"):
            line = self.advance().line
            e = Logic(line, "or", e, self.and_expr())
        return e

    def and_expr(self) -> Expr:
        e = self.not_expr()
        while self.at("and"):
            line = self.advance().line
            e = Logic(line, "and", e, self.not_expr())
        return e

    def not_expr(self) -> Expr:
        if self.at("not"):
            line = self.advance().line
            return Unary(line, "not", self.not_expr())
        return self.comparison()

    def comparison(self) -> Expr:
        e = self.additive()
        while self.peek().kind == "op" and self.peek().text in ("==", "!=", "<", "<=", ">", ">="):
            t = self.advance()
            e = Binary(t.line, t.text, e, self.additive())
        return e

    def additive(self) -> Expr:
        e = self.term()
        while self.at("+") or self.at("-"):
            t = self.advance()
            e = Binary(t.line, t.text, e, self.term())
        return e

    def term(self) -> Expr:
        e = self.unary()
        while self.at("*") or self.at("/") or self.at("%"):
            t = self.advance()
            e = Binary(t.line, t.text, e, self.unary())
        return e

    def unary(self) -> Expr:
        if self.at("-"):
            line = self.advance().line
            return Unary(line, "-", self.unary())
        return self.postfix()

    def postfix(self) -> Expr:
        e = self.primary()
        while True:
            if self.at("("):
                line = self.advance().line
                args: list[Expr] = []
                while not self.at(")"):
                    args.append(self.expression())
                    if not self.at(")"):
                        self.expect(",")
                self.expect(")")
                e = Call(line, e, args)
            elif self.at("["):
                line = self.advance().line
                idx = self.expression()
                self.expect("]")
                e = Index(line, e, idx)
            else:
                return e

    def primary(self) -> Expr:
        t = self.advance()
        if t.kind == "int":
            return Const(t.line, IntValue(int(t.text)))
        if t.kind == "str":
            return Const(t.line, StrValue(t.text))
        if t.kind == "name":
            return Var(t.line, t.text)
        if t.kind == "kw" and t.text in ("true", "false"):
            return Const(t.line, BoolValue(t.text == "true"))
        if t.kind == "kw" and t.text == "nil":
            return Const(t.line, NIL)
        if t.kind == "op" and t.text == "(":
            e = self.expression()
            self.expect(")")
            return e
        if t.kind == "op" and t.text == "[":
            elems: list[Expr] = []
            while not self.at("]"):
                elems.append(self.expression())
                if not self.at("]"):
                    self.expect(",")
            self.expect("]")
            return ListLit(t.line, elems)
        shown = "end of input" if t.kind == "eof" else repr(t.text)
        raise ParseError(t.line, f"unexpected {shown}")


# ---------------------------------------------------------------------------
# Interpreter
# ---------------------------------------------------------------------------

class Interp:
    top_env: Env
    output: list[str]
    steps: int
    depth: int
    max_steps: int

    def __init__(self, max_steps: int) -> None:
        self.top_env = Env(None)
        self.output = []
        self.steps = 0
        self.depth = 0
        self.max_steps = max_steps
        for name, arity in [("len", 1), ("push", 2), ("str", 1), ("range", 1)]:
            self.top_env.vars[name] = BuiltinValue(name, arity)

    def tick(self, line: int) -> None:
        self.steps += 1
        if self.steps > self.max_steps:
            raise EvalError(line, f"step limit of {self.max_steps} exceeded")

    def block(self, body: list[Stmt], env: Env) -> None:
        for s in body:
            s.run(self, env)

    def call(self, f: FnValue, args: list[Value], line: int) -> Value:
        if self.depth >= 100:
            raise EvalError(line, "call depth limit exceeded")
        env = Env(f.closure)
        for name, v in zip(f.params, args):
            env.vars[name] = v
        self.depth += 1
        self.tick(line)
        try:
            self.block(f.body, env)
        except ReturnSignal as r:
            return r.value
        finally:
            self.depth -= 1
        return NIL

    def builtin(self, name: str, args: list[Value], line: int) -> Value:
        a = args[0]
        if name == "str":
            return StrValue(a.show())
        if name == "len":
            if isinstance(a, ListValue):
                return IntValue(len(a.items))
            if isinstance(a, StrValue):
                return IntValue(len(a.v))
            raise EvalError(line, f"len of {a.type_name()}")
        if name == "push":
            if not isinstance(a, ListValue):
                raise EvalError(line, f"push onto {a.type_name()}")
            a.items.append(args[1])
            return a
        if isinstance(a, IntValue):
            items: list[Value] = []
            for i in range(a.v):
                items.append(IntValue(i))
            return ListValue(items)
        raise EvalError(line, f"range of {a.type_name()}")


def run_script(title: str, src: str) -> None:
    print(f"== {title}")
    it = Interp(100000)
    try:
        prog = Parser(tokenize(src)).program()
        it.block(prog, it.top_env)
    except MiniError as e:
        for line in it.output:
            print(line)
        print(str(e), f"(after {it.steps} steps)")
        return
    except ReturnSignal:
        it.output.append("error: return outside a function")
    for line in it.output:
        print(line)


SCRIPTS: list[tuple[str, str]] = [
    ("arithmetic", """
        let a = 7; let b = 3;
        print a + b, a - b, a * b, a / b, a % b, -a / b, -a % b;
        print (a + b) * 2 == 20, a < b, not (a < b), a >= 7 and b >= 7;
        print 1 or 2, 0 or "zero is false", nil and 5, "x" * 3;
    """),
    ("closures and recursion", """
        fn make_counter(start) {
            let n = start;
            fn next() { n = n + 1; return n; }
            return next;
        }
        let c = make_counter(10);
        c(); c();
        print "counter at", c();
        fn fact(n) { if n <= 1 { return 1; } else { return n * fact(n - 1); } }
        print "10! =", fact(10);
        fn apply_twice(f, x) { return f(f(x)); }
        fn double(x) { return x * 2; }
        print apply_twice(double, 5), str(double), str(len);
    """),
    ("lists and strings", """
        let xs = [3, 1, 2];
        push(xs, 10);
        let total = 0;
        let i = 0;
        while i < len(xs) { total = total + xs[i]; i = i + 1; }
        print xs, "total", total, len("hello"), "hello"[1];
        let ys = xs + ["s", nil, true];
        print ys, len(ys), range(4);
        if len(ys) > 5 { print "long"; } else if len(ys) > 2 { print "medium"; } else { print "short"; }
    """),
    ("division by zero", """
        let x = 10;
        print "before";
        print x / (x - 10);
        print "never";
    """),
    ("undefined variable", "let a = 1;\nprint a;\nprint b;\n"),
    ("type error", "print 1 + \"one\";"),
    ("bad call", "fn f(a, b) { return a; }\nprint f(1);"),
    ("index error", "let xs = [1];\nprint xs[0];\nprint xs[5];"),
    ("parse error", "let x = (1 + 2;\nprint x;"),
    ("missing block end", "while 1 { print 1;"),
    ("lex error", "let s = 1 $ 2;"),
    ("unterminated string", "print \"abc\n;"),
    ("runaway loop", "let n = 0; while true { n = n + 1; }"),
    ("deep recursion", "fn down(n) { return down(n + 1); } down(0);"),
]


def main(argv: list[str]) -> int:
    for title, src in SCRIPTS:
        run_script(title, src)
    run_script("stdin", sys.stdin.read())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: == arithmetic
# expect: 10 4 21 2 1 -3 2
# expect: true false true false
# expect: 1 zero is false nil xxx
# expect: == closures and recursion
# expect: counter at 13
# expect: 10! = 3628800
# expect: 20 <fn double/1> <builtin len>
# expect: == lists and strings
# expect: [3, 1, 2, 10] total 16 5 e
# expect: [3, 1, 2, 10, "s", nil, true] 7 [0, 1, 2, 3]
# expect: long
# expect: == division by zero
# expect: before
# expect: runtime error on line 4: division by zero (after 0 steps)
# expect: == undefined variable
# expect: 1
# expect: runtime error on line 3: undefined variable 'b' (after 0 steps)
# expect: == type error
# expect: runtime error on line 1: unsupported operands for +: int and str (after 0 steps)
# expect: == bad call
# expect: runtime error on line 2: f takes 2 argument(s), got 1 (after 0 steps)
# expect: == index error
# expect: 1
# expect: runtime error on line 3: index 5 out of range for list of 1 (after 0 steps)
# expect: == parse error
# expect: parse error on line 1: expected ')' but found ';' (after 0 steps)
# expect: == missing block end
# expect: parse error on line 1: unclosed block (after 0 steps)
# expect: == lex error
# expect: lex error on line 1: unexpected character '$' (after 0 steps)
# expect: == unterminated string
# expect: lex error on line 1: unterminated string (after 0 steps)
# expect: == runaway loop
# expect: runtime error on line 1: step limit of 100000 exceeded (after 100001 steps)
# expect: == deep recursion
# expect: runtime error on line 1: call depth limit exceeded (after 100 steps)
# expect: == stdin
# expect: fib: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# expect: len 15 last 377
