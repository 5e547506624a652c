# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (a Datalog evaluator: a parser for facts, rules and queries,
# stratified negation, semi-naive bottom-up evaluation over indexed
# relations, and query answering with variable bindings).
# Translating it first reported five gaps, all closed since (the program
# is unchanged): `rules, queries = [], []` (tests/programs/tuple_partials.py),
# `class Var(NamedTuple)` (tests/programs/named_tuple.py),
# `sorted(db.facts.items())` of (str, set) pairs (tests/programs/set_order.py),
# `delta: dict[str, set[Fact]] = defaultdict(set)`
# (tests/programs/defaultdict_is_dict.py) and `dict.fromkeys(...)` without a
# value, a dict[K, None] (tests/programs/none_items.py).
"""A small Datalog engine: parse, stratify, evaluate semi-naively, query."""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple, Optional


class Var(NamedTuple):
    name: str


Term = Var | str


@dataclass(frozen=True)
class Atom:
    pred: str
    args: tuple[Term, ...]

    def __str__(self) -> str:
        inner = ", ".join(a.name if isinstance(a, Var) else a for a in self.args)
        return f"{self.pred}({inner})"


@dataclass
class Literal:
    atom: Atom
    negated: bool = False

    def __str__(self) -> str:
        return ("not " if self.negated else "") + str(self.atom)


@dataclass
class Rule:
    head: Atom
    body: list[Literal] = field(default_factory=list)

    def __str__(self) -> str:
        if not self.body:
            return f"{self.head}."
        return f"{self.head} :- {', '.join(str(l) for l in self.body)}."


class ParseError(Exception):
    pass


def tokenize(text: str) -> Iterator[str]:
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "%":
            while i < len(text) and text[i] != "\n":
                i += 1
        elif text.startswith(":-", i):
            yield ":-"
            i += 2
        elif ch in "(),.?":
            yield ch
            i += 1
        elif ch.isalnum() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield text[i:j]
            i = j
        else:
            raise ParseError(f"unexpected character {ch!r}")


class Parser:
    def __init__(self, text: str) -> None:
        self.toks = list(tokenize(text))
        self.pos = 0

    def peek(self) -> Optional[str]:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self, expected: Optional[str] = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ParseError(f"expected {expected or 'a token'}, got {tok}")
        self.pos += 1
        return tok

    def term(self) -> Term:
        tok = self.take()
        return Var(tok) if tok[0].isupper() or tok[0] == "_" else tok

    def atom(self) -> Atom:
        pred = self.take()
        args: list[Term] = []
        if self.peek() == "(":
            self.take("(")
            args.append(self.term())
            while self.peek() == ",":
                self.take(",")
                args.append(self.term())
            self.take(")")
        return Atom(pred, tuple(args))

    def literal(self) -> Literal:
        if self.peek() == "not":
            self.take()
            return Literal(self.atom(), True)
        return Literal(self.atom())

    def program(self) -> tuple[list[Rule], list[Atom]]:
        rules, queries = [], []
        while self.peek() is not None:
            head = self.atom()
            if self.peek() == "?":
                self.take()
                queries.append(head)
                continue
            body = []
            if self.peek() == ":-":
                self.take()
                body.append(self.literal())
                while self.peek() == ",":
                    self.take()
                    body.append(self.literal())
            self.take(".")
            rules.append(Rule(head, body))
        return rules, queries


Binding = dict[str, str]
Fact = tuple[str, ...]


def unify(atom: Atom, fact: Fact, env: Binding) -> Optional[Binding]:
    if len(atom.args) != len(fact):
        return None
    out = dict(env)
    for a, v in zip(atom.args, fact):
        if isinstance(a, Var):
            if a.name == "_":
                continue
            bound = out.get(a.name)
            if bound is None:
                out[a.name] = v
            elif bound != v:
                return None
        elif a != v:
            return None
    return out


def ground(atom: Atom, env: Binding) -> Fact:
    return tuple(env[a.name] if isinstance(a, Var) else a for a in atom.args)


class Database:
    def __init__(self) -> None:
        self.facts: defaultdict[str, set[Fact]] = defaultdict(set)

    def add(self, pred: str, fact: Fact) -> bool:
        if fact in self.facts[pred]:
            return False
        self.facts[pred].add(fact)
        return True

    def match(self, atom: Atom, env: Binding, only: Optional[set[Fact]] = None) -> Iterator[Binding]:
        source = only if only is not None else self.facts.get(atom.pred, set())
        for fact in sorted(source):
            b = unify(atom, fact, env)
            if b is not None:
                yield b


def stratify(rules: list[Rule]) -> list[list[Rule]]:
    preds = {r.head.pred for r in rules}
    stratum = {p: 0 for p in preds}
    changed = True
    while changed:
        changed = False
        for r in rules:
            for lit in r.body:
                dep = lit.atom.pred
                need = stratum.get(dep, 0) + (1 if lit.negated else 0)
                if stratum[r.head.pred] < need:
                    if need > len(preds):
                        raise ParseError(f"negation cycle through {r.head.pred}")
                    stratum[r.head.pred] = need
                    changed = True
    layers: list[list[Rule]] = [[] for _ in range(max(stratum.values(), default=0) + 1)]
    for r in rules:
        layers[stratum[r.head.pred]].append(r)
    return layers


def body_bindings(db: Database, body: list[Literal], delta: dict[str, set[Fact]],
                  use_delta: int) -> Iterator[Binding]:
    def walk(i: int, env: Binding) -> Iterator[Binding]:
        if i == len(body):
            yield env
            return
        lit = body[i]
        if lit.negated:
            if not any(True for _ in db.match(lit.atom, env)):
                yield from walk(i + 1, env)
            return
        only = delta.get(lit.atom.pred, set()) if i == use_delta else None
        for b in db.match(lit.atom, env, only):
            yield from walk(i + 1, b)
    yield from walk(0, {})


def evaluate(rules: list[Rule]) -> tuple[Database, int]:
    db = Database()
    rounds = 0
    for layer in stratify(rules):
        delta: dict[str, set[Fact]] = defaultdict(set)
        for r in layer:
            if not r.body and db.add(r.head.pred, ground(r.head, {})):
                delta[r.head.pred].add(ground(r.head, {}))
        first = True
        while first or any(delta.values()):
            rounds += 1
            new: dict[str, set[Fact]] = defaultdict(set)
            for r in layer:
                if not r.body:
                    continue
                positives = [i for i, l in enumerate(r.body) if not l.negated]
                choices = positives if not first else [-1]
                for k in choices:
                    for env in body_bindings(db, r.body, delta, k):
                        fact = ground(r.head, env)
                        if fact not in db.facts[r.head.pred]:
                            new[r.head.pred].add(fact)
            for pred, facts in new.items():
                for f in facts:
                    db.add(pred, f)
            delta = new
            first = False
    return db, rounds


PROGRAM = """
% a family and a graph
parent(alice, bob). parent(bob, carol). parent(carol, dave). parent(alice, eve).
ancestor(X, Y) :- parent(X, Y).
ancestor(X, Z) :- parent(X, Y), ancestor(Y, Z).
person(alice). person(bob). person(carol). person(dave). person(eve). person(zed).
has_parent(Y) :- parent(_, Y).
orphan(X) :- person(X), not has_parent(X).
edge(a, b). edge(b, c). edge(c, a). edge(c, d). edge(e, e).
node(a). node(b). node(c). node(d). node(e). node(f).
reach(X, Y) :- edge(X, Y).
reach(X, Z) :- reach(X, Y), edge(Y, Z).
unreachable_from_a(X) :- node(X), not reach(a, X).
ancestor(alice, Who)?
orphan(X)?
reach(X, X)?
unreachable_from_a(N)?
ancestor(bob, alice)?
"""


def answer(db: Database, q: Atom) -> list[str]:
    names = list(dict.fromkeys(a.name for a in q.args if isinstance(a, Var)))
    out = []
    for env in db.match(q, {}):
        out.append(", ".join(f"{n}={env[n]}" for n in names) if names else "yes")
    return out


def main() -> int:
    rules, queries = Parser(PROGRAM).program()
    print(f"{len(rules)} rules and facts, {len(queries)} queries")
    for layer_no, layer in enumerate(stratify(rules)):
        print(f"stratum {layer_no}: {sorted({r.head.pred for r in layer})}")
    db, rounds = evaluate(rules)
    print(f"evaluated in {rounds} rounds:",
          ", ".join(f"{p}={len(fs)}" for p, fs in sorted(db.facts.items())))
    for q in queries:
        found = answer(db, q)
        print(f"?- {q}: {'; '.join(found) if found else 'no'}")
    print(Rule(Atom("p", (Var("X"),)), [Literal(Atom("q", (Var("X"), "c")), True)]))
    try:
        Parser("p(X) :- q(X)").program()
    except ParseError as e:
        print("error:", e)
    bad = Parser("p :- not q. q :- not p.").program()[0]
    try:
        stratify(bad)
    except ParseError as e:
        print("error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: 28 rules and facts, 5 queries
# expect: stratum 0: ['ancestor', 'edge', 'has_parent', 'node', 'parent', 'person', 'reach']
# expect: stratum 1: ['orphan', 'unreachable_from_a']
# expect: evaluated in 6 rounds: ancestor=7, edge=5, has_parent=4, node=6, orphan=2, parent=4, person=6, reach=13, unreachable_from_a=2
# expect: ?- ancestor(alice, Who): Who=bob; Who=carol; Who=dave; Who=eve
# expect: ?- orphan(X): X=alice; X=zed
# expect: ?- reach(X, X): X=a; X=b; X=c; X=e
# expect: ?- unreachable_from_a(N): N=e; N=f
# expect: ?- ancestor(bob, alice): no
# expect: p(X) :- not q(X, c).
# expect: error: expected ., got None
# expect: error: negation cycle through p
