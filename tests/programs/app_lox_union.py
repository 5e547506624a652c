# issue 8: a Lox-style interpreter written as a new user would, before trying rtrans.  Its
# Value union of scalars and classes (float, str, bool, None and three classes) was refused
# until unions joined the language; the program below is unchanged since then.
"""A small Lox-style tree-walking interpreter: scanner, recursive-descent parser, evaluator."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union


class LoxError(Exception):
    pass


@dataclass
class Token:
    kind: str
    text: str
    line: int


KEYWORDS = {"var", "fun", "if", "else", "while", "print", "return", "true", "false", "nil", "and", "or", "class"}


def scan(source: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    line = 1
    while i < len(source):
        c = source[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "/" and source[i + 1 : i + 2] == "/":
            while i < len(source) and source[i] != "\n":
                i += 1
        elif c.isdigit():
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            tokens.append(Token("num", source[start:i], line))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token(word if word in KEYWORDS else "ident", word, line))
        elif c == '"':
            end = source.index('"', i + 1)
            tokens.append(Token("str", source[i + 1 : end], line))
            i = end + 1
        elif source[i : i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(Token(source[i : i + 2], source[i : i + 2], line))
            i += 2
        elif c in "(){},.;+-*/<>=!":
            tokens.append(Token(c, c, line))
            i += 1
        else:
            raise LoxError(f"line {line}: unexpected character {c!r}")
    tokens.append(Token("eof", "", line))
    return tokens


class Expr:
    pass


@dataclass
class Literal(Expr):
    value: Value


@dataclass
class Variable(Expr):
    name: str


@dataclass
class Assign(Expr):
    name: str
    value: Expr


@dataclass
class Binary(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass
class Unary(Expr):
    op: str
    operand: Expr


@dataclass
class Call(Expr):
    callee: Expr
    args: list[Expr]


@dataclass
class Get(Expr):
    obj: Expr
    name: str


@dataclass
class Set(Expr):
    obj: Expr
    name: str
    value: Expr


class Stmt:
    pass


@dataclass
class ExprStmt(Stmt):
    expr: Expr


@dataclass
class Print(Stmt):
    expr: Expr


@dataclass
class VarDecl(Stmt):
    name: str
    init: Optional[Expr]


@dataclass
class Block(Stmt):
    body: list[Stmt]


@dataclass
class If(Stmt):
    cond: Expr
    then: Stmt
    other: Optional[Stmt]


@dataclass
class While(Stmt):
    cond: Expr
    body: Stmt


@dataclass
class FunDecl(Stmt):
    name: str
    params: list[str]
    body: list[Stmt]


@dataclass
class Return(Stmt):
    value: Optional[Expr]


@dataclass
class ClassDecl(Stmt):
    name: str
    methods: list[FunDecl]


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def match(self, *kinds: str) -> bool:
        if self.peek().kind in kinds:
            self.pos += 1
            return True
        return False

    def expect(self, kind: str) -> Token:
        tok = self.peek()
        if tok.kind != kind:
            raise LoxError(f"line {tok.line}: expected {kind} but found {tok.text!r}")
        self.pos += 1
        return tok

    def program(self) -> list[Stmt]:
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.declaration())
        return stmts

    def declaration(self) -> Stmt:
        if self.match("var"):
            name = self.expect("ident").text
            init = self.expression() if self.match("=") else None
            self.expect(";")
            return VarDecl(name, init)
        if self.match("fun"):
            return self.function()
        if self.match("class"):
            name = self.expect("ident").text
            self.expect("{")
            methods = []
            while not self.match("}"):
                methods.append(self.function())
            return ClassDecl(name, methods)
        return self.statement()

    def function(self) -> FunDecl:
        name = self.expect("ident").text
        self.expect("(")
        params = []
        if self.peek().kind != ")":
            params.append(self.expect("ident").text)
            while self.match(","):
                params.append(self.expect("ident").text)
        self.expect(")")
        self.expect("{")
        return FunDecl(name, params, self.block())

    def block(self) -> list[Stmt]:
        body = []
        while not self.match("}"):
            body.append(self.declaration())
        return body

    def statement(self) -> Stmt:
        if self.match("print"):
            e = self.expression()
            self.expect(";")
            return Print(e)
        if self.match("{"):
            return Block(self.block())
        if self.match("if"):
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            then = self.statement()
            other = self.statement() if self.match("else") else None
            return If(cond, then, other)
        if self.match("while"):
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            return While(cond, self.statement())
        if self.match("return"):
            value = None if self.peek().kind == ";" else self.expression()
            self.expect(";")
            return Return(value)
        e = self.expression()
        self.expect(";")
        return ExprStmt(e)

    def expression(self) -> Expr:
        target = self.binary(0)
        if self.match("="):
            value = self.expression()
            if isinstance(target, Variable):
                return Assign(target.name, value)
            if isinstance(target, Get):
                return Set(target.obj, target.name, value)
            raise LoxError("invalid assignment target")
        return target

    PRECEDENCE = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6}

    def binary(self, min_prec: int) -> Expr:
        left = self.unary()
        while True:
            op = self.peek().kind
            prec = self.PRECEDENCE.get(op, 0)
            if prec <= min_prec:
                return left
            self.pos += 1
            left = Binary(op, left, self.binary(prec))

    def unary(self) -> Expr:
        if self.match("-", "!"):
            op = self.tokens[self.pos - 1].kind
            return Unary(op, self.unary())
        return self.call()

    def call(self) -> Expr:
        e = self.primary()
        while True:
            if self.match("("):
                args = []
                if self.peek().kind != ")":
                    args.append(self.expression())
                    while self.match(","):
                        args.append(self.expression())
                self.expect(")")
                e = Call(e, args)
            elif self.match("."):
                e = Get(e, self.expect("ident").text)
            else:
                return e

    def primary(self) -> Expr:
        tok = self.peek()
        self.pos += 1
        if tok.kind == "num":
            return Literal(float(tok.text))
        if tok.kind == "str":
            return Literal(tok.text)
        if tok.kind == "true":
            return Literal(True)
        if tok.kind == "false":
            return Literal(False)
        if tok.kind == "nil":
            return Literal(None)
        if tok.kind == "ident":
            return Variable(tok.text)
        if tok.kind == "(":
            e = self.expression()
            self.expect(")")
            return e
        raise LoxError(f"line {tok.line}: unexpected {tok.text!r}")


class Environment:
    def __init__(self, parent: Optional[Environment] = None) -> None:
        self.values: dict[str, Value] = {}
        self.parent = parent

    def lookup(self, name: str) -> Value:
        env: Optional[Environment] = self
        while env is not None:
            if name in env.values:
                return env.values[name]
            env = env.parent
        raise LoxError(f"undefined variable {name}")

    def assign(self, name: str, value: Value) -> None:
        env: Optional[Environment] = self
        while env is not None:
            if name in env.values:
                env.values[name] = value
                return
            env = env.parent
        raise LoxError(f"undefined variable {name}")


class LoxFunction:
    def __init__(self, decl: FunDecl, closure: Environment) -> None:
        self.decl = decl
        self.closure = closure

    def bind(self, instance: LoxInstance) -> LoxFunction:
        env = Environment(self.closure)
        env.values["this"] = instance
        return LoxFunction(self.decl, env)

    def __str__(self) -> str:
        return f"<fn {self.decl.name}>"


class LoxClass:
    def __init__(self, name: str, methods: dict[str, LoxFunction]) -> None:
        self.name = name
        self.methods = methods

    def __str__(self) -> str:
        return self.name


class LoxInstance:
    def __init__(self, klass: LoxClass) -> None:
        self.klass = klass
        self.fields: dict[str, Value] = {}

    def __str__(self) -> str:
        return f"{self.klass.name} instance"


Value = Union[float, str, bool, None, LoxFunction, LoxClass, LoxInstance]


class ReturnSignal(Exception):
    def __init__(self, value: Value) -> None:
        super().__init__()
        self.value = value


def truthy(v: Value) -> bool:
    if v is None:
        return False
    if isinstance(v, bool):
        return v
    return True


def stringify(v: Value) -> str:
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        text = str(v)
        return text[:-2] if text.endswith(".0") else text
    return str(v)


class Interpreter:
    def __init__(self) -> None:
        self.globals = Environment()
        self.output: list[str] = []

    def run(self, stmts: list[Stmt]) -> None:
        for s in stmts:
            self.execute(s, self.globals)

    def execute(self, stmt: Stmt, env: Environment) -> None:
        if isinstance(stmt, Print):
            self.output.append(stringify(self.evaluate(stmt.expr, env)))
        elif isinstance(stmt, ExprStmt):
            self.evaluate(stmt.expr, env)
        elif isinstance(stmt, VarDecl):
            env.values[stmt.name] = None if stmt.init is None else self.evaluate(stmt.init, env)
        elif isinstance(stmt, Block):
            inner = Environment(env)
            for s in stmt.body:
                self.execute(s, inner)
        elif isinstance(stmt, If):
            if truthy(self.evaluate(stmt.cond, env)):
                self.execute(stmt.then, env)
            elif stmt.other is not None:
                self.execute(stmt.other, env)
        elif isinstance(stmt, While):
            while truthy(self.evaluate(stmt.cond, env)):
                self.execute(stmt.body, env)
        elif isinstance(stmt, FunDecl):
            env.values[stmt.name] = LoxFunction(stmt, env)
        elif isinstance(stmt, ClassDecl):
            methods = {m.name: LoxFunction(m, env) for m in stmt.methods}
            env.values[stmt.name] = LoxClass(stmt.name, methods)
        elif isinstance(stmt, Return):
            value = None if stmt.value is None else self.evaluate(stmt.value, env)
            raise ReturnSignal(value)
        else:
            raise LoxError(f"unknown statement {type(stmt).__name__}")

    def call_function(self, fn: LoxFunction, args: list[Value]) -> Value:
        if len(args) != len(fn.decl.params):
            raise LoxError(f"{fn.decl.name} expects {len(fn.decl.params)} arguments, got {len(args)}")
        env = Environment(fn.closure)
        for name, arg in zip(fn.decl.params, args):
            env.values[name] = arg
        try:
            for s in fn.decl.body:
                self.execute(s, env)
        except ReturnSignal as r:
            return r.value
        return None

    def evaluate(self, expr: Expr, env: Environment) -> Value:
        if isinstance(expr, Literal):
            return expr.value
        if isinstance(expr, Variable):
            return env.lookup(expr.name)
        if isinstance(expr, Assign):
            value = self.evaluate(expr.value, env)
            env.assign(expr.name, value)
            return value
        if isinstance(expr, Unary):
            operand = self.evaluate(expr.operand, env)
            if expr.op == "!":
                return not truthy(operand)
            if isinstance(operand, float):
                return -operand
            raise LoxError("operand of '-' must be a number")
        if isinstance(expr, Binary):
            return self.binary(expr, env)
        if isinstance(expr, Call):
            callee = self.evaluate(expr.callee, env)
            args = [self.evaluate(a, env) for a in expr.args]
            if isinstance(callee, LoxFunction):
                return self.call_function(callee, args)
            if isinstance(callee, LoxClass):
                instance = LoxInstance(callee)
                init = callee.methods.get("init")
                if init is not None:
                    self.call_function(init.bind(instance), args)
                return instance
            raise LoxError(f"can only call functions and classes, not {stringify(callee)}")
        if isinstance(expr, Get):
            obj = self.evaluate(expr.obj, env)
            if not isinstance(obj, LoxInstance):
                raise LoxError("only instances have properties")
            if expr.name in obj.fields:
                return obj.fields[expr.name]
            method = obj.klass.methods.get(expr.name)
            if method is None:
                raise LoxError(f"undefined property {expr.name}")
            return method.bind(obj)
        if isinstance(expr, Set):
            obj = self.evaluate(expr.obj, env)
            if not isinstance(obj, LoxInstance):
                raise LoxError("only instances have fields")
            value = self.evaluate(expr.value, env)
            obj.fields[expr.name] = value
            return value
        raise LoxError("unknown expression")

    def binary(self, expr: Binary, env: Environment) -> Value:
        if expr.op == "or":
            left = self.evaluate(expr.left, env)
            return left if truthy(left) else self.evaluate(expr.right, env)
        if expr.op == "and":
            left = self.evaluate(expr.left, env)
            return self.evaluate(expr.right, env) if truthy(left) else left
        a = self.evaluate(expr.left, env)
        b = self.evaluate(expr.right, env)
        if expr.op == "==":
            return a == b
        if expr.op == "!=":
            return a != b
        if expr.op == "+" and isinstance(a, str) and isinstance(b, str):
            return a + b
        if not isinstance(a, float) or not isinstance(b, float):
            raise LoxError(f"operands of {expr.op!r} must be numbers")
        if expr.op == "+":
            return a + b
        if expr.op == "-":
            return a - b
        if expr.op == "*":
            return a * b
        if expr.op == "/":
            return a / b
        if expr.op == "<":
            return a < b
        if expr.op == "<=":
            return a <= b
        if expr.op == ">":
            return a > b
        return a >= b


PROGRAM = """
// closures, recursion, classes
fun fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
print fib(15);
fun makeCounter() {
  var count = 0;
  fun inc() { count = count + 1; return count; }
  return inc;
}
var c = makeCounter();
c(); c();
print c();
class Point {
  init(x, y) { this.x = x; this.y = y; }
  norm2() { return this.x * this.x + this.y * this.y; }
  describe() { return "point"; }
}
var p = Point(3, 4);
print p.norm2();
print p.describe() + "!";
print p;
print Point;
print fib;
var i = 0;
var total = 0;
while (i < 10) { total = total + i / 2; i = i + 1; }
print total;
print nil == nil;
print 1 == "1";
print !nil and true;
print "a" == "a";
print nil or "default";
"""

ERRORS = ["print 1 + \"x\";", "var q = 3; q.field = 1;", "undefined_thing;", "print 2 $ 3;", "fun f(a) {} f(1, 2);"]


def main() -> None:
    interp = Interpreter()
    interp.run(Parser(scan(PROGRAM)).program())
    for line in interp.output:
        print(line)
    values: list[Value] = [1.5, "s", True, None, interp.globals.lookup("fib")]
    print([stringify(v) for v in values])
    print(values.count(None), "s" in values, 1.5 in values)
    for src in ERRORS:
        try:
            Interpreter().run(Parser(scan(src)).program())
        except LoxError as e:
            print("error:", e)


main()

# expect: 610
# expect: 3
# expect: 25
# expect: point!
# expect: Point instance
# expect: Point
# expect: <fn fib>
# expect: 22.5
# expect: true
# expect: false
# expect: true
# expect: true
# expect: default
# expect: ['1.5', 's', 'true', 'nil', '<fn fib>']
# expect: 1 True True
# expect: error: operands of '+' must be numbers
# expect: error: only instances have fields
# expect: error: undefined variable undefined_thing
# expect: error: line 1: unexpected character '$'
# expect: error: f expects 1 arguments, got 2
