# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (type inference for a tiny ML: a tokenizer generator, a
# recursive-descent parser to frozen dataclasses, Hindley-Milner inference
# with mutable type variables, let-polymorphism, and an evaluator).  It hit
# five gaps, fixed in the language: `{**env, name: t}` (dict unpacking),
# `args or []` with args a `list[T] | None`, `tok in (None, ")")`, frozen
# dataclasses with union fields (hash of a union), and a local reused with
# another type in two cases of a match.  Two changes, both errors a typed
# Python checker reports too: isinstance() of a call's result narrows
# nothing (mypy: "Type" has no attribute "name"; now read into a local),
# and f"{name} {a}" of a `Value` that may hold a Prim (CPython would print
# its repr with the function's address; now show_value(a)).  One change
# for a gap left open: Closure.env became field(repr=False), since the
# generated repr of Closure (never printed) is refused at the class: its
# env may hold a Prim, whose repr would show a function's address.
"""Algorithm W for a tiny ML with let-polymorphism, then evaluation."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator, Union


# ---- syntax -------------------------------------------------------------

@dataclass(frozen=True)
class Lit:
    value: int | bool


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Lam:
    param: str
    body: Expr


@dataclass(frozen=True)
class App:
    fn: Expr
    arg: Expr


@dataclass(frozen=True)
class Let:
    name: str
    value: Expr
    body: Expr
    recursive: bool = False


@dataclass(frozen=True)
class If:
    cond: Expr
    then: Expr
    other: Expr


Expr = Union[Lit, Name, Lam, App, Let, If]

KEYWORDS = {"fun", "let", "rec", "in", "if", "then", "else", "true", "false"}


def tokens(src: str) -> Iterator[str]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isalnum() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield src[i:j]
            i = j
        elif src.startswith("->", i):
            yield "->"
            i += 2
        elif ch in "()=\\":
            yield ch
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")


class Parser:
    def __init__(self, src: str) -> None:
        self.toks = list(tokens(src))
        self.pos = 0

    def peek(self) -> str | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def expect(self, tok: str) -> None:
        if self.peek() != tok:
            raise SyntaxError(f"expected {tok!r}, got {self.peek()!r}")
        self.pos += 1

    def name(self) -> str:
        tok = self.peek()
        if tok is None or tok in KEYWORDS or not tok[0].isalpha():
            raise SyntaxError(f"expected a name, got {tok!r}")
        self.pos += 1
        return tok

    def expr(self) -> Expr:
        tok = self.peek()
        if tok == "fun":
            self.pos += 1
            param = self.name()
            self.expect("->")
            return Lam(param, self.expr())
        if tok == "let":
            self.pos += 1
            rec = self.peek() == "rec"
            if rec:
                self.pos += 1
            name = self.name()
            self.expect("=")
            value = self.expr()
            self.expect("in")
            return Let(name, value, self.expr(), rec)
        if tok == "if":
            self.pos += 1
            cond = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            return If(cond, then, self.expr())
        return self.application()

    def application(self) -> Expr:
        e = self.atom()
        while self.peek() not in (None, ")", "in", "then", "else", "="):
            e = App(e, self.atom())
        return e

    def atom(self) -> Expr:
        tok = self.peek()
        if tok == "(":
            self.pos += 1
            e = self.expr()
            self.expect(")")
            return e
        if tok is not None and tok.isdigit():
            self.pos += 1
            return Lit(int(tok))
        if tok in ("true", "false"):
            self.pos += 1
            return Lit(tok == "true")
        return Name(self.name())


# ---- types ----------------------------------------------------------------

class Type:
    def prune(self) -> Type:
        return self


class TVar(Type):
    next_id = 0

    def __init__(self) -> None:
        self.id = TVar.next_id
        TVar.next_id += 1
        self.instance: Type | None = None

    def prune(self) -> Type:
        if self.instance is not None:
            self.instance = self.instance.prune()
            return self.instance
        return self


class TCon(Type):
    def __init__(self, name: str, args: list[Type] | None = None) -> None:
        self.name = name
        self.args = args or []


def fn_type(a: Type, b: Type) -> TCon:
    return TCon("->", [a, b])


INT, BOOL = TCon("int"), TCon("bool")


class TypeError_(Exception):
    pass


def show(t: Type, names: dict[int, str]) -> str:
    t = t.prune()
    if isinstance(t, TVar):
        if t.id not in names:
            names[t.id] = "'" + chr(ord("a") + len(names))
        return names[t.id]
    assert isinstance(t, TCon)
    if t.name == "->":
        left = show(t.args[0], names)
        arg = t.args[0].prune()
        if isinstance(arg, TCon) and arg.name == "->":
            left = f"({left})"
        return f"{left} -> {show(t.args[1], names)}"
    return t.name


def occurs(v: TVar, t: Type) -> bool:
    t = t.prune()
    if t is v:
        return True
    return isinstance(t, TCon) and any(occurs(v, a) for a in t.args)


def unify(a: Type, b: Type) -> None:
    a, b = a.prune(), b.prune()
    if isinstance(a, TVar):
        if a is not b:
            if occurs(a, b):
                raise TypeError_("recursive type")
            a.instance = b
    elif isinstance(b, TVar):
        unify(b, a)
    elif isinstance(a, TCon) and isinstance(b, TCon):
        if a.name != b.name or len(a.args) != len(b.args):
            raise TypeError_(f"cannot unify {show(a, {})} with {show(b, {})}")
        for x, y in zip(a.args, b.args):
            unify(x, y)


class Scheme:
    def __init__(self, quantified: list[TVar], body: Type) -> None:
        self.quantified = quantified
        self.body = body

    def instantiate(self) -> Type:
        fresh: dict[int, Type] = {v.id: TVar() for v in self.quantified}

        def copy(t: Type) -> Type:
            t = t.prune()
            if isinstance(t, TVar):
                return fresh.get(t.id, t)
            assert isinstance(t, TCon)
            return TCon(t.name, [copy(a) for a in t.args])
        return copy(self.body)


def free_vars(t: Type, out: dict[int, TVar]) -> None:
    t = t.prune()
    if isinstance(t, TVar):
        out[t.id] = t
    elif isinstance(t, TCon):
        for a in t.args:
            free_vars(a, out)


def generalize(t: Type, env: dict[str, Scheme]) -> Scheme:
    in_env: dict[int, TVar] = {}
    for s in env.values():
        free_vars(s.body, in_env)
    mine: dict[int, TVar] = {}
    free_vars(t, mine)
    return Scheme([v for k, v in mine.items() if k not in in_env], t)


def infer(e: Expr, env: dict[str, Scheme]) -> Type:
    match e:
        case Lit(value=bool()):
            return BOOL
        case Lit():
            return INT
        case Name(name):
            if name not in env:
                raise TypeError_(f"unbound name {name}")
            return env[name].instantiate()
        case Lam(param, body):
            arg = TVar()
            return fn_type(arg, infer(body, {**env, param: Scheme([], arg)}))
        case App(fn, arg):
            result = TVar()
            unify(fn_type(infer(arg, env), result), infer(fn, env))
            return result
        case Let(name, value, body, recursive):
            inner = dict(env)
            if recursive:
                self_type = TVar()
                inner[name] = Scheme([], self_type)
                unify(self_type, infer(value, inner))
                value_type: Type = self_type
            else:
                value_type = infer(value, env)
            inner[name] = generalize(value_type, env)
            return infer(body, inner)
        case If(cond, then, other):
            unify(infer(cond, env), BOOL)
            t = infer(then, env)
            unify(t, infer(other, env))
            return t
    raise TypeError_("unknown expression")


def base_env() -> dict[str, Scheme]:
    a = TVar()
    return {
        "add": Scheme([], fn_type(INT, fn_type(INT, INT))),
        "sub": Scheme([], fn_type(INT, fn_type(INT, INT))),
        "mul": Scheme([], fn_type(INT, fn_type(INT, INT))),
        "eq": Scheme([], fn_type(INT, fn_type(INT, BOOL))),
        "id": Scheme([a], fn_type(a, a)),
    }

# ---- evaluation -----------------------------------------------------------

@dataclass
class Closure:
    param: str
    body: Expr
    env: dict[str, Value] = field(repr=False)


@dataclass
class Prim:
    name: str
    fn: Callable[[Value], Value]


Value = Union[int, bool, Closure, Prim]


def as_int(v: Value) -> int:
    assert isinstance(v, int) and not isinstance(v, bool)
    return v


def curried(name: str, op: Callable[[int, int], Value]) -> Prim:
    return Prim(name, lambda a: Prim(f"{name} {show_value(a)}", lambda b: op(as_int(a), as_int(b))))


PRIMS: dict[str, Value] = {
    "add": curried("add", lambda a, b: a + b),
    "sub": curried("sub", lambda a, b: a - b),
    "mul": curried("mul", lambda a, b: a * b),
    "eq": curried("eq", lambda a, b: a == b),
    "id": Prim("id", lambda v: v),
}


def evaluate(e: Expr, env: dict[str, Value]) -> Value:
    match e:
        case Lit(value):
            return value
        case Name(name):
            return env[name]
        case Lam(param, body):
            return Closure(param, body, env)
        case App(fn, arg):
            f = evaluate(fn, env)
            a = evaluate(arg, env)
            if isinstance(f, Prim):
                return f.fn(a)
            assert isinstance(f, Closure)
            return evaluate(f.body, {**f.env, f.param: a})
        case Let(name, value, body, recursive):
            inner = dict(env)
            v = evaluate(value, inner)
            if recursive and isinstance(v, Closure):
                v.env = inner
            inner[name] = v
            return evaluate(body, inner)
        case If(cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
    raise RuntimeError("unknown expression")


def show_value(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Closure):
        return f"<fun {v.param}>"
    return f"<prim {v.name}>"


PROGRAMS = [
    "fun x -> x",
    "fun f -> fun g -> fun x -> f (g x)",
    "let id2 = fun x -> x in if id2 true then id2 1 else 2",
    "let rec fact = fun n -> if eq n 0 then 1 else mul n (fact (sub n 1)) in fact 10",
    "let twice = fun f -> fun x -> f (f x) in twice (add 3) 4",
    "fun x -> x x",
    "if 1 then 2 else 3",
    "let k = fun a -> fun b -> a in k",
    "fun f -> f 1 true",
    "let x = y in x",
    "let = 3 in 4",
]


def main() -> int:
    for src in PROGRAMS:
        try:
            e = Parser(src).expr()
            t = infer(e, base_env())
            print(f"{src:<72} : {show(t, {})}")
            print(f"{'':<72} = {show_value(evaluate(e, dict(PRIMS)))}")
        except TypeError_ as err:
            print(f"{src:<72} ! type error: {err}")
        except SyntaxError as err:
            print(f"{src:<72} ! syntax error: {err}")
    print(Parser("fun f -> f (g 1)").expr())
    print(Lam("x", Name("x")) == Lam("x", Name("x")), hash(Lit(3)) == hash(Lit(3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: fun x -> x                                                               : 'a -> 'a
# expect:                                                                          = <fun x>
# expect: fun f -> fun g -> fun x -> f (g x)                                       : ('a -> 'b) -> ('c -> 'a) -> 'c -> 'b
# expect:                                                                          = <fun f>
# expect: let id2 = fun x -> x in if id2 true then id2 1 else 2                    : int
# expect:                                                                          = 1
# expect: let rec fact = fun n -> if eq n 0 then 1 else mul n (fact (sub n 1)) in fact 10 : int
# expect:                                                                          = 3628800
# expect: let twice = fun f -> fun x -> f (f x) in twice (add 3) 4                 : int
# expect:                                                                          = 10
# expect: fun x -> x x                                                             ! type error: recursive type
# expect: if 1 then 2 else 3                                                       ! type error: cannot unify int with bool
# expect: let k = fun a -> fun b -> a in k                                         : 'a -> 'b -> 'a
# expect:                                                                          = <fun a>
# expect: fun f -> f 1 true                                                        : (int -> bool -> 'a) -> 'a
# expect:                                                                          = <fun f>
# expect: let x = y in x                                                           ! type error: unbound name y
# expect: let = 3 in 4                                                             ! syntax error: expected a name, got '='
# expect: Lam(param='f', body=App(fn=Name(name='f'), arg=App(fn=Name(name='g'), arg=Lit(value=1))))
# expect: True True
