# A small expression language: a generator-based tokenizer, a Pratt parser
# driven by tables of parselets, and a tree-walking evaluator whose
# operators live in a dispatch table of lambdas.  Functions are closures
# over the environment they were defined in.
import sys
from typing import Callable, Iterator, Optional


class Token:
    kind: str
    text: str
    pos: int

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r})"


KEYWORDS = {"let", "in", "fn", "if", "then", "else"}
SYMBOLS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "<", ">", "(", ")", "=", ","]


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < len(src) and src[i].isdigit():
                i += 1
            yield Token("num", src[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("kw" if word in KEYWORDS else "name", word, start)
            continue
        for sym in SYMBOLS:
            if src.startswith(sym, i):
                yield Token("op", sym, i)
                i += len(sym)
                break
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    yield Token("eof", "", len(src))


class Node:
    def eval(self, env: "Env") -> "Value":
        raise NotImplementedError("eval")


class Value:
    def show(self) -> str:
        raise NotImplementedError("show")


class Num(Value):
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def show(self) -> str:
        return str(self.n)


class Closure(Value):
    params: list[str]
    body: Node
    env: "Env"

    def __init__(self, params: list[str], body: Node, env: "Env") -> None:
        self.params = params
        self.body = body
        self.env = env

    def show(self) -> str:
        return f"<fn({', '.join(self.params)})>"


class Env:
    vars: dict[str, Value]
    parent: Optional["Env"]

    def __init__(self, parent: Optional["Env"] = None) -> None:
        self.vars = {}
        self.parent = parent

    def lookup(self, name: str) -> Value:
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(f"unbound variable {name}")


BINARY: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
}

PRECEDENCE = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
              "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "(": 6}


def as_int(v: Value) -> int:
    if isinstance(v, Num):
        return v.n
    raise TypeError(f"expected a number, got {v.show()}")


class Lit(Node):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def eval(self, env: Env) -> Value:
        return Num(self.value)


class Var(Node):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def eval(self, env: Env) -> Value:
        return env.lookup(self.name)


class BinOp(Node):
    op: str
    left: Node
    right: Node

    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: Env) -> Value:
        a = as_int(self.left.eval(env))
        b = as_int(self.right.eval(env))
        if self.op in ("/", "%") and b == 0:
            raise ZeroDivisionError("division by zero in program")
        return Num(BINARY[self.op](a, b))


class Neg(Node):
    operand: Node

    def __init__(self, operand: Node) -> None:
        self.operand = operand

    def eval(self, env: Env) -> Value:
        return Num(-as_int(self.operand.eval(env)))


class Let(Node):
    name: str
    value: Node
    body: Node

    def __init__(self, name: str, value: Node, body: Node) -> None:
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env: Env) -> Value:
        inner = Env(env)
        inner.vars[self.name] = Num(0)
        inner.vars[self.name] = self.value.eval(inner)
        return self.body.eval(inner)


class If(Node):
    cond: Node
    then: Node
    other: Node

    def __init__(self, cond: Node, then: Node, other: Node) -> None:
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env: Env) -> Value:
        if as_int(self.cond.eval(env)) != 0:
            return self.then.eval(env)
        return self.other.eval(env)


class Lambda(Node):
    params: list[str]
    body: Node

    def __init__(self, params: list[str], body: Node) -> None:
        self.params = params
        self.body = body

    def eval(self, env: Env) -> Value:
        return Closure(self.params, self.body, env)


class Call(Node):
    fn: Node
    args: list[Node]

    def __init__(self, fn: Node, args: list[Node]) -> None:
        self.fn = fn
        self.args = args

    def eval(self, env: Env) -> Value:
        f = self.fn.eval(env)
        if not isinstance(f, Closure):
            raise TypeError(f"{f.show()} is not a function")
        if len(f.params) != len(self.args):
            raise TypeError(f"expected {len(f.params)} arguments, got {len(self.args)}")
        frame = Env(f.env)
        for name, arg in zip(f.params, self.args):
            frame.vars[name] = arg.eval(env)
        return f.body.eval(frame)


class Parser:
    tokens: Iterator[Token]
    current: Token
    prefix: dict[str, Callable[[Token], Node]]

    def __init__(self, tokens: Iterator[Token]) -> None:
        self.tokens = tokens
        self.current = next(tokens)
        self.prefix = {
            "num": lambda t: Lit(int(t.text)),
            "name": lambda t: Var(t.text),
            "-": lambda t: Neg(self.expression(5)),
            "(": self.group,
            "let": self.let,
            "fn": self.function,
            "if": self.conditional,
        }

    def advance(self) -> Token:
        tok = self.current
        self.current = next(self.tokens, Token("eof", "", -1))
        return tok

    def expect(self, text: str) -> Token:
        if self.current.text != text:
            raise SyntaxError(f"expected {text!r}, got {self.current.text!r}")
        return self.advance()

    def group(self, tok: Token) -> Node:
        e = self.expression(0)
        self.expect(")")
        return e

    def let(self, tok: Token) -> Node:
        name = self.advance().text
        self.expect("=")
        value = self.expression(0)
        self.expect("in")
        return Let(name, value, self.expression(0))

    def function(self, tok: Token) -> Node:
        self.expect("(")
        params: list[str] = []
        while self.current.text != ")":
            params.append(self.advance().text)
            if self.current.text == ",":
                self.advance()
        self.expect(")")
        self.expect("->")
        return Lambda(params, self.expression(0))

    def conditional(self, tok: Token) -> Node:
        cond = self.expression(0)
        self.expect("then")
        then = self.expression(0)
        self.expect("else")
        return If(cond, then, self.expression(0))

    def call(self, fn: Node) -> Node:
        args: list[Node] = []
        while self.current.text != ")":
            args.append(self.expression(0))
            if self.current.text == ",":
                self.advance()
        self.expect(")")
        return Call(fn, args)

    def expression(self, rbp: int) -> Node:
        tok = self.advance()
        key = tok.kind if tok.kind in ("num", "name") else tok.text
        parselet = self.prefix.get(key)
        if parselet is None:
            raise SyntaxError(f"unexpected token {tok!r}")
        left = parselet(tok)
        while PRECEDENCE.get(self.current.text, 0) > rbp:
            op = self.advance().text
            if op == "(":
                left = self.call(left)
            else:
                left = BinOp(op, left, self.expression(PRECEDENCE[op]))
        return left


def run(src: str) -> str:
    try:
        tree = Parser(tokenize(src)).expression(0)
        return tree.eval(Env()).show()
    except (SyntaxError, NameError, TypeError, ZeroDivisionError) as e:
        return f"error: {e}"


PROGRAMS = [
    "1 + 2 * 3 - 4",
    "-(2 + 3) * 4 % 7",
    "let x = 5 in x * x + 1",
    "let sq = fn(n) -> n * n in sq(7) + sq(2)",
    "let fact = fn(n) -> if n < 2 then 1 else n * fact(n - 1) in fact(10)",
    "let add = fn(a) -> fn(b) -> a + b in let inc = add(1) in inc(41)",
    "let fib = fn(n) -> if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
    "fn(x, y) -> x",
    "10 / (5 - 5)",
    "let y = 3 in z",
    "1 +",
    "2 $ 3",
]


def main(argv: list[str]) -> int:
    for src in PROGRAMS:
        print(f"{src:<70} => {run(src)}")
    counts: dict[str, int] = {}
    for tok in tokenize(" ".join(PROGRAMS[:7])):
        counts[tok.kind] = counts.get(tok.kind, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(list(map(lambda t: t.text, filter(lambda t: t.kind == "kw", tokenize(PROGRAMS[4])))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 + 2 * 3 - 4                                                          => 3
# expect: -(2 + 3) * 4 % 7                                                       => 1
# expect: let x = 5 in x * x + 1                                                 => 26
# expect: let sq = fn(n) -> n * n in sq(7) + sq(2)                               => 53
# expect: let fact = fn(n) -> if n < 2 then 1 else n * fact(n - 1) in fact(10)   => 3628800
# expect: let add = fn(a) -> fn(b) -> a + b in let inc = add(1) in inc(41)       => 42
# expect: let fib = fn(n) -> if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15) => 610
# expect: fn(x, y) -> x                                                          => <fn(x, y)>
# expect: 10 / (5 - 5)                                                           => error: division by zero in program
# expect: let y = 3 in z                                                         => error: unbound variable z
# expect: 1 +                                                                    => error: unexpected token Token(eof, '')
# expect: 2 $ 3                                                                  => error: unexpected character '$' at 2
# expect: [('op', 60), ('name', 33), ('kw', 23), ('num', 22), ('eof', 1)]
# expect: ['let', 'fn', 'if', 'then', 'else', 'in']
