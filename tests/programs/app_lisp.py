# issue 8: a small Lisp (reader, environments, special forms, closures, a
# loop for tail calls, frozen dataclasses, builtins as lambdas that narrow
# vs[0] with isinstance) written as plain typed Python before trying
# rtrans: it translates unchanged.
"""A tiny Lisp: reader, environments, special forms, closures, tail calls."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Callable, Optional


class LispError(Exception):
    pass


class Val:
    def truthy(self) -> bool:
        return True


@dataclass(frozen=True)
class Num(Val):
    n: int

    def __repr__(self) -> str:
        return str(self.n)


@dataclass(frozen=True)
class Sym(Val):
    name: str

    def __repr__(self) -> str:
        return self.name


class Nil(Val):
    def truthy(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "()"


NIL = Nil()


@dataclass
class Cons(Val):
    car: Val
    cdr: Val

    def __repr__(self) -> str:
        parts: list[str] = []
        cur: Val = self
        while isinstance(cur, Cons):
            parts.append(repr(cur.car))
            cur = cur.cdr
        tail = "" if cur is NIL else " . " + repr(cur)
        return "(" + " ".join(parts) + tail + ")"


class Builtin(Val):
    def __init__(self, name: str, fn: Callable[[list[Val]], Val]) -> None:
        self.name = name
        self.fn = fn

    def __repr__(self) -> str:
        return f"<builtin {self.name}>"


class Closure(Val):
    def __init__(self, params: list[str], body: Val, env: Env) -> None:
        self.params = params
        self.body = body
        self.env = env

    def __repr__(self) -> str:
        return f"<closure ({' '.join(self.params)})>"


class Env:
    def __init__(self, parent: Optional[Env] = None) -> None:
        self.vars: dict[str, Val] = {}
        self.parent = parent

    def find(self, name: str) -> Val:
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LispError(f"unbound symbol: {name}")


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens: list[str]) -> Val:
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        items: list[Val] = []
        while tokens and tokens[0] != ")":
            items.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return from_list(items)
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return from_list([Sym("quote"), read(tokens)])
    try:
        return Num(int(tok))
    except ValueError:
        return Sym(tok)


def from_list(items: list[Val]) -> Val:
    out: Val = NIL
    for x in reversed(items):
        out = Cons(x, out)
    return out


def to_list(v: Val) -> list[Val]:
    out: list[Val] = []
    while isinstance(v, Cons):
        out.append(v.car)
        v = v.cdr
    return out


def num(v: Val) -> int:
    if not isinstance(v, Num):
        raise LispError(f"not a number: {v!r}")
    return v.n


def evaluate(x: Val, env: Env) -> Val:
    while True:
        if isinstance(x, Sym):
            return env.find(x.name)
        if not isinstance(x, Cons):
            return x
        head = x.car
        args = to_list(x.cdr)
        if isinstance(head, Sym):
            if head.name == "quote":
                return args[0]
            if head.name == "if":
                x = args[1] if evaluate(args[0], env).truthy() else (args[2] if len(args) > 2 else NIL)
                continue
            if head.name == "define":
                target = args[0]
                if isinstance(target, Cons):
                    name = target.car
                    assert isinstance(name, Sym)
                    params = [p.name for p in to_list(target.cdr) if isinstance(p, Sym)]
                    env.vars[name.name] = Closure(params, args[1], env)
                elif isinstance(target, Sym):
                    env.vars[target.name] = evaluate(args[1], env)
                return NIL
            if head.name == "lambda":
                params = [p.name for p in to_list(args[0]) if isinstance(p, Sym)]
                return Closure(params, args[1], env)
        fn = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(fn, Builtin):
            return fn.fn(vals)
        if isinstance(fn, Closure):
            if len(vals) != len(fn.params):
                raise LispError(f"arity mismatch: expected {len(fn.params)}, got {len(vals)}")
            env = Env(fn.env)
            env.vars.update(zip(fn.params, vals))
            x = fn.body
            continue
        raise LispError(f"not callable: {fn!r}")


def global_env() -> Env:
    env = Env()
    ops: dict[str, Callable[[int, int], int]] = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b,
        "*": lambda a, b: a * b, "mod": lambda a, b: a % b,
    }
    for name, op in ops.items():
        def make(f: Callable[[int, int], int]) -> Callable[[list[Val]], Val]:
            return lambda vs: Num(f(num(vs[0]), num(vs[1])))
        env.vars[name] = Builtin(name, make(op))
    env.vars["<"] = Builtin("<", lambda vs: Sym("t") if num(vs[0]) < num(vs[1]) else NIL)
    env.vars["="] = Builtin("=", lambda vs: Sym("t") if vs[0] == vs[1] else NIL)
    env.vars["cons"] = Builtin("cons", lambda vs: Cons(vs[0], vs[1]))
    env.vars["car"] = Builtin("car", lambda vs: vs[0].car if isinstance(vs[0], Cons) else NIL)
    env.vars["cdr"] = Builtin("cdr", lambda vs: vs[0].cdr if isinstance(vs[0], Cons) else NIL)
    env.vars["list"] = Builtin("list", from_list)
    return env


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))
(define (map f xs) (if (= xs '()) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc 1))))
(fact 20)
(map (lambda (x) (* x x)) (range 1 8))
(loop 50000 0)
(list 1 'two (cons 3 4))
(car (quote (a b c)))
(undefined 1)
(fact 1 2)
"""


def main() -> int:
    env = global_env()
    tokens = tokenize(PROGRAM)
    while tokens:
        expr = read(tokens)
        try:
            result = evaluate(expr, env)
        except LispError as e:
            print("error:", e)
            continue
        if result is not NIL or not isinstance(expr, Cons) or repr(expr.car) != "define":
            print(repr(result))
    print(sorted(k for k, v in env.vars.items() if isinstance(v, Closure)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: 2432902008176640000
# expect: (1 4 9 16 25 36 49)
# expect: 50000
# expect: (1 two (3 . 4))
# expect: a
# expect: error: unbound symbol: undefined
# expect: error: arity mismatch: expected 1, got 2
# expect: ['fact', 'loop', 'map', 'range']
