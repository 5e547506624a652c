# A small Lisp: the reader is a generator of tokens, builtins are lambdas
# in a dict, user procedures are closures over their defining environment,
# and special forms dispatch through a table of bound methods.
import sys
from typing import Callable, Iterator


class Value:
    def show(self) -> str:
        return "?"


class Num(Value):
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def show(self) -> str:
        return str(self.n)


class Sym(Value):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Lst(Value):
    items: list[Value]

    def __init__(self, items: list[Value]) -> None:
        self.items = items

    def show(self) -> str:
        return "(" + " ".join(v.show() for v in self.items) + ")"


class Proc(Value):
    fn: Callable[[list[Value]], Value]
    name: str

    def __init__(self, name: str, fn: Callable[[list[Value]], Value]) -> None:
        self.name = name
        self.fn = fn

    def show(self) -> str:
        return f"<proc {self.name}>"


class LispError(Exception):
    pass


class Env:
    vars: dict[str, Value]
    parent: "Env | None"

    def __init__(self, parent: "Env | None") -> None:
        self.vars = {}
        self.parent = parent

    def find(self, name: str) -> Value:
        e: Env | None = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        raise LispError(f"unbound symbol {name}")


def tokenize(src: str) -> Iterator[str]:
    word = ""
    for ch in src:
        if ch in "()" or ch.isspace():
            if word:
                yield word
                word = ""
            if ch in "()":
                yield ch
        else:
            word += ch
    if word:
        yield word


def read(tokens: Iterator[str]) -> Value | None:
    tok = next(tokens, "")
    if tok == "":
        return None
    if tok == "(":
        items: list[Value] = []
        while True:
            v = read(tokens)
            if v is None:
                return Lst(items)
            items.append(v)
    if tok == ")":
        return None
    try:
        return Num(int(tok))
    except ValueError:
        return Sym(tok)


def num(v: Value) -> int:
    if isinstance(v, Num):
        return v.n
    raise LispError(f"not a number: {v.show()}")


def arith(f: Callable[[int, int], int]) -> Callable[[list[Value]], Value]:
    def apply(args: list[Value]) -> Value:
        acc = num(args[0])
        for a in args[1:]:
            acc = f(acc, num(a))
        return Num(acc)
    return apply


def truth(b: bool) -> Value:
    return Num(1 if b else 0)


def global_env() -> Env:
    env = Env(None)
    ops: dict[str, Callable[[int, int], int]] = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b,
        "*": lambda a, b: a * b, "max": max, "min": min,
    }
    for name, f in ops.items():
        env.vars[name] = Proc(name, arith(f))
    env.vars["<"] = Proc("<", lambda xs: truth(num(xs[0]) < num(xs[1])))
    env.vars["="] = Proc("=", lambda xs: truth(num(xs[0]) == num(xs[1])))
    env.vars["list"] = Proc("list", lambda xs: Lst(list(xs)))
    env.vars["car"] = Proc("car", lambda xs: first(xs[0]))
    env.vars["len"] = Proc("len", lambda xs: Num(len(items_of(xs[0]))))
    return env


def items_of(v: Value) -> list[Value]:
    if isinstance(v, Lst):
        return v.items
    raise LispError(f"not a list: {v.show()}")


def first(v: Value) -> Value:
    xs = items_of(v)
    if not xs:
        raise LispError("car of empty list")
    return xs[0]


class Evaluator:
    forms: dict[str, Callable[[list[Value], Env], Value]]
    steps: int

    def __init__(self) -> None:
        self.steps = 0
        self.forms = {"quote": self.quote, "if": self.if_form,
                      "define": self.define, "lambda": self.lam}

    def quote(self, args: list[Value], env: Env) -> Value:
        return args[0]

    def if_form(self, args: list[Value], env: Env) -> Value:
        return self.eval(args[1] if num(self.eval(args[0], env)) != 0 else args[2], env)

    def define(self, args: list[Value], env: Env) -> Value:
        target = args[0]
        if not isinstance(target, Sym):
            raise LispError("define needs a symbol")
        env.vars[target.name] = self.eval(args[1], env)
        return target

    def lam(self, args: list[Value], env: Env) -> Value:
        params = [p.show() for p in items_of(args[0])]
        body = args[1]

        def call(vals: list[Value]) -> Value:
            if len(vals) != len(params):
                raise LispError(f"expected {len(params)} arguments, got {len(vals)}")
            local = Env(env)
            for p, v in zip(params, vals):
                local.vars[p] = v
            return self.eval(body, local)
        return Proc("lambda", call)

    def eval(self, x: Value, env: Env) -> Value:
        self.steps += 1
        if isinstance(x, Sym):
            return env.find(x.name)
        if not isinstance(x, Lst) or not x.items:
            return x
        head = x.items[0]
        if isinstance(head, Sym) and head.name in self.forms:
            return self.forms[head.name](x.items[1:], env)
        f = self.eval(head, env)
        if not isinstance(f, Proc):
            raise LispError(f"not a procedure: {f.show()}")
        return f.fn([self.eval(a, env) for a in x.items[1:]])


PROGRAM = """
(define sq (lambda (x) (* x x)))
(sq 12)
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define make-adder (lambda (k) (lambda (x) (+ x k))))
(define add5 (make-adder 5))
(add5 37)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(list 1 (quote (a b)) (max 3 9 4))
(car (list))
(len (quote (1 2 3)))
(undefined 1)
(sq 1 2)
"""


def main(argv: list[str]) -> int:
    ev = Evaluator()
    env = global_env()
    tokens = tokenize(PROGRAM)
    while True:
        expr = read(tokens)
        if expr is None:
            break
        try:
            print(ev.eval(expr, env).show())
        except LispError as e:
            print("error:", e)
    print("steps", ev.steps)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: sq
# expect: 144
# expect: fact
# expect: 2432902008176640000
# expect: make-adder
# expect: add5
# expect: 42
# expect: fib
# expect: 610
# expect: (1 (a b) 9)
# expect: error: car of empty list
# expect: 3
# expect: error: unbound symbol undefined
# expect: error: expected 1 arguments, got 2
# expect: steps 24983
