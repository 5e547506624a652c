"""A small Scheme interpreter: reader, environments, closures, tail calls."""
# The lang-library helper's /work/briefs/issue8-programs/app_scheme.py as
# first written: its builtins stay nested closures and lambdas (the
# translated copy on lang-library dispatches on names instead).  Changed
# only where other branches own the gap: class-body field declarations,
# no typing.Union import, the NIL default as None, dict.update(zip(...))
# as a loop.
from __future__ import annotations

import sys
from typing import Callable, Optional


class SchemeError(Exception):
    pass


class Value:
    def show(self) -> str:
        raise NotImplementedError

    def truthy(self) -> bool:
        return True


class Nil(Value):
    def show(self) -> str:
        return "()"


NIL = Nil()


class Bool(Value):
    value: bool
    def __init__(self, value: bool) -> None:
        self.value = value

    def show(self) -> str:
        return "#t" if self.value else "#f"

    def truthy(self) -> bool:
        return self.value


TRUE = Bool(True)
FALSE = Bool(False)


class Int(Value):
    value: int
    def __init__(self, value: int) -> None:
        self.value = value

    def show(self) -> str:
        return str(self.value)


class Sym(Value):
    name: str
    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Str(Value):
    text: str
    def __init__(self, text: str) -> None:
        self.text = text

    def show(self) -> str:
        return '"' + self.text + '"'


class Pair(Value):
    car: Value
    cdr: Value
    def __init__(self, car: Value, cdr: Value) -> None:
        self.car = car
        self.cdr = cdr

    def show(self) -> str:
        parts: list[str] = []
        cur: Value = self
        while isinstance(cur, Pair):
            parts.append(cur.car.show())
            cur = cur.cdr
        if cur is not NIL:
            parts.append(".")
            parts.append(cur.show())
        return "(" + " ".join(parts) + ")"


class Builtin(Value):
    name: str
    fn: Callable[[list[Value]], Value]
    def __init__(self, name: str, fn: Callable[[list[Value]], Value]) -> None:
        self.name = name
        self.fn = fn

    def show(self) -> str:
        return f"#<builtin {self.name}>"


class Lambda(Value):
    params: list[str]
    body: list[Value]
    env: Env
    name: str
    def __init__(self, params: list[str], body: list[Value], env: Env, name: str = "lambda") -> None:
        self.params = params
        self.body = body
        self.env = env
        self.name = name

    def show(self) -> str:
        return f"#<procedure {self.name}>"


class Env:
    vars: dict[str, Value]
    outer: Optional[Env]
    def __init__(self, outer: Optional[Env] = None) -> None:
        self.vars = {}
        self.outer = outer

    def lookup(self, name: str) -> Value:
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.outer
        raise SchemeError(f"unbound variable: {name}")

    def set(self, name: str, value: Value) -> None:
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.outer
        raise SchemeError(f"set! of unbound variable: {name}")


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens: list[str]) -> Value:
    if not tokens:
        raise SchemeError("unexpected end of input")
    tok = tokens.pop(0)
    if tok == "(":
        items: list[Value] = []
        while tokens and tokens[0] != ")":
            items.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return from_list(items)
    if tok == ")":
        raise SchemeError("unexpected )")
    if tok == "'":
        return from_list([Sym("quote"), read(tokens)])
    if tok == "#t":
        return TRUE
    if tok == "#f":
        return FALSE
    try:
        return Int(int(tok))
    except ValueError:
        return Sym(tok)


def from_list(items: list[Value], tail: Optional[Value] = None) -> Value:
    result = NIL if tail is None else tail
    for item in reversed(items):
        result = Pair(item, result)
    return result


def to_list(value: Value) -> list[Value]:
    out: list[Value] = []
    while isinstance(value, Pair):
        out.append(value.car)
        value = value.cdr
    return out


def num(v: Value) -> int:
    if not isinstance(v, Int):
        raise SchemeError(f"not a number: {v.show()}")
    return v.value


def make_globals() -> Env:
    env = Env()

    def arith(name: str, op: Callable[[int, int], int]) -> None:
        def fn(args: list[Value]) -> Value:
            acc = num(args[0])
            for a in args[1:]:
                acc = op(acc, num(a))
            return Int(acc)
        env.vars[name] = Builtin(name, fn)

    def compare(name: str, op: Callable[[int, int], bool]) -> None:
        def fn(args: list[Value]) -> Value:
            return TRUE if op(num(args[0]), num(args[1])) else FALSE
        env.vars[name] = Builtin(name, fn)

    arith("+", lambda a, b: a + b)
    arith("-", lambda a, b: a - b)
    arith("*", lambda a, b: a * b)
    arith("quotient", lambda a, b: a // b)
    arith("remainder", lambda a, b: a % b)
    compare("<", lambda a, b: a < b)
    compare(">", lambda a, b: a > b)
    compare("=", lambda a, b: a == b)
    compare("<=", lambda a, b: a <= b)
    env.vars["cons"] = Builtin("cons", lambda args: Pair(args[0], args[1]))
    env.vars["car"] = Builtin("car", lambda args: car(args[0]))
    env.vars["cdr"] = Builtin("cdr", lambda args: cdr(args[0]))
    env.vars["list"] = Builtin("list", lambda args: from_list(args))
    env.vars["null?"] = Builtin("null?", lambda args: TRUE if args[0] is NIL else FALSE)
    env.vars["pair?"] = Builtin("pair?", lambda args: TRUE if isinstance(args[0], Pair) else FALSE)
    env.vars["not"] = Builtin("not", lambda args: FALSE if args[0].truthy() else TRUE)
    return env


def car(v: Value) -> Value:
    if not isinstance(v, Pair):
        raise SchemeError(f"car of non-pair: {v.show()}")
    return v.car


def cdr(v: Value) -> Value:
    if not isinstance(v, Pair):
        raise SchemeError(f"cdr of non-pair: {v.show()}")
    return v.cdr


def evaluate(x: Value, env: Env) -> Value:
    while True:
        if isinstance(x, Sym):
            return env.lookup(x.name)
        if not isinstance(x, Pair):
            return x
        head = x.car
        args = to_list(x.cdr)
        if isinstance(head, Sym):
            name = head.name
            if name == "quote":
                return args[0]
            if name == "if":
                test = evaluate(args[0], env)
                if test.truthy():
                    x = args[1]
                elif len(args) > 2:
                    x = args[2]
                else:
                    return NIL
                continue
            if name == "define":
                target = args[0]
                if isinstance(target, Pair):
                    fname = car(target)
                    assert isinstance(fname, Sym)
                    params = [p.show() for p in to_list(target.cdr)]
                    env.vars[fname.name] = Lambda(params, args[1:], env, fname.name)
                else:
                    assert isinstance(target, Sym)
                    env.vars[target.name] = evaluate(args[1], env)
                return NIL
            if name == "set!":
                sym = args[0]
                assert isinstance(sym, Sym)
                env.set(sym.name, evaluate(args[1], env))
                return NIL
            if name == "lambda":
                return Lambda([p.show() for p in to_list(args[0])], args[1:], env)
            if name == "begin":
                for e in args[:-1]:
                    evaluate(e, env)
                x = args[-1]
                continue
            if name == "let":
                names = [car(b).show() for b in to_list(args[0])]
                values = [evaluate(car(cdr(b)), env) for b in to_list(args[0])]
                new_env = Env(env)
                for k_, v_ in zip(names, values):
                    new_env.vars[k_] = v_
                for e in args[1:-1]:
                    evaluate(e, new_env)
                x, env = args[-1], new_env
                continue
            if name == "cond":
                chosen: Optional[Value] = None
                for clause in args:
                    test_expr = car(clause)
                    if (isinstance(test_expr, Sym) and test_expr.name == "else") or evaluate(test_expr, env).truthy():
                        chosen = car(cdr(clause))
                        break
                if chosen is None:
                    return NIL
                x = chosen
                continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Builtin):
            return proc.fn(vals)
        if isinstance(proc, Lambda):
            if len(vals) != len(proc.params):
                raise SchemeError(f"{proc.name}: expected {len(proc.params)} arguments, got {len(vals)}")
            call_env = Env(proc.env)
            for p, v in zip(proc.params, vals):
                call_env.vars[p] = v
            for e in proc.body[:-1]:
                evaluate(e, call_env)
            x, env = proc.body[-1], call_env
            continue
        raise SchemeError(f"not a procedure: {proc.show()}")


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 20)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 100000 0)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c (make-counter))
(c)
(c)
(c)
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(filter (lambda (x) (= (remainder x 3) 0)) '(1 2 3 4 5 6 7 8 9 10 11 12))
(let ((a 3) (b 4)) (+ (* a a) (* b b)))
(cons 1 2)
(list 1 (list 2 3) '(4 . 5))
(car '())
(undefined-thing 1)
(fact 'x)
((lambda (x y) x) 1)
(begin (define z 10) (set! z (* z z)) z)
(not #f)
"""


def main(argv: list[str]) -> int:
    env = make_globals()
    tokens = tokenize(PROGRAM)
    count = 0
    while tokens:
        try:
            expr = read(tokens)
            result = evaluate(expr, env)
            count += 1
            if result is not NIL:
                print(result.show())
        except SchemeError as e:
            print("error:", e)
    print(f"{count} expressions evaluated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2432902008176640000
# expect: 6765
# expect: 5000050000
# expect: (1 4 9 16 25)
# expect: 1
# expect: 2
# expect: 3
# expect: (3 6 9 12)
# expect: 25
# expect: (1 . 2)
# expect: (1 (2 3) (4 . 5))
# expect: error: car of non-pair: ()
# expect: error: unbound variable: undefined-thing
# expect: error: not a number: x
# expect: error: lambda: expected 2 arguments, got 1
# expect: 100
# expect: #t
# expect: 20 expressions evaluated
