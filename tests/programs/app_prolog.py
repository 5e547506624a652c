# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (terms, a clause reader, unification with a trail, depth-first
# resolution with generators and yield from).  It hit two gaps: calling the
# staticmethod self.tokenize(text) in __init__ before the fields were set
# (fixed: tests/programs/init_static_call.py), and Iterator[None] (a
# generator of None, not supported yet: tests/errors/generator_of_none.py).
# The one change made to translate it: Iterator[None] became Iterator[bool]
# and `yield None` became `yield True`.
"""A tiny Prolog: terms, a parser for clauses and queries, unification with
a trail, and depth-first resolution written with generators."""
from __future__ import annotations

import sys
from typing import Iterator, Optional


class Term:
    pass


class Var(Term):
    counter = 0

    def __init__(self, name: str) -> None:
        Var.counter += 1
        self.name = name
        self.id = Var.counter
        self.ref: Optional[Term] = None

    def __repr__(self) -> str:
        return f"_{self.name}{self.id}"


class Atom(Term):
    def __init__(self, name: str, args: list[Term] | None = None) -> None:
        self.name = name
        self.args = args if args is not None else []

    def __repr__(self) -> str:
        if self.name == "." and len(self.args) == 2:
            return "[" + show_list(self) + "]"
        if not self.args:
            return self.name
        return f"{self.name}({', '.join(repr(a) for a in self.args)})"


def deref(t: Term) -> Term:
    while isinstance(t, Var) and t.ref is not None:
        t = t.ref
    return t


def show_list(t: Term) -> str:
    items = []
    t = deref(t)
    while isinstance(t, Atom) and t.name == "." and len(t.args) == 2:
        items.append(repr(deref(t.args[0])))
        t = deref(t.args[1])
    if not (isinstance(t, Atom) and t.name == "[]"):
        return ", ".join(items) + " | " + repr(t)
    return ", ".join(items)


def resolve(t: Term) -> Term:
    t = deref(t)
    if isinstance(t, Atom):
        return Atom(t.name, [resolve(a) for a in t.args])
    return t


class Trail:
    def __init__(self) -> None:
        self.bound: list[Var] = []

    def bind(self, v: Var, t: Term) -> None:
        v.ref = t
        self.bound.append(v)

    def mark(self) -> int:
        return len(self.bound)

    def undo(self, mark: int) -> None:
        while len(self.bound) > mark:
            self.bound.pop().ref = None


def unify(a: Term, b: Term, trail: Trail) -> bool:
    a, b = deref(a), deref(b)
    if a is b:
        return True
    if isinstance(a, Var):
        trail.bind(a, b)
        return True
    if isinstance(b, Var):
        trail.bind(b, a)
        return True
    assert isinstance(a, Atom) and isinstance(b, Atom)
    if a.name != b.name or len(a.args) != len(b.args):
        return False
    return all(unify(x, y, trail) for x, y in zip(a.args, b.args))


class Clause:
    def __init__(self, head: Atom, body: list[Atom]) -> None:
        self.head = head
        self.body = body


def rename(t: Term, env: dict[str, Var]) -> Term:
    if isinstance(t, Var):
        if t.name not in env:
            env[t.name] = Var(t.name)
        return env[t.name]
    assert isinstance(t, Atom)
    return Atom(t.name, [rename(a, env) for a in t.args])


class Reader:
    def __init__(self, text: str) -> None:
        self.toks = self.tokenize(text)
        self.pos = 0
        self.vars: dict[str, Var] = {}

    @staticmethod
    def tokenize(text: str) -> list[str]:
        toks: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isalnum() or c == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                toks.append(text[i:j])
                i = j
            elif text.startswith(":-", i):
                toks.append(":-")
                i += 2
            else:
                toks.append(c)
                i += 1
        return toks

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def take(self, want: str | None = None) -> str:
        t = self.peek()
        if want is not None and t != want:
            raise SyntaxError(f"expected {want!r} but found {t!r}")
        self.pos += 1
        return t

    def term(self) -> Term:
        t = self.take()
        if t == "[":
            return self.list_tail()
        if t[0].isupper() or t[0] == "_":
            if t == "_":
                return Var("_")
            if t not in self.vars:
                self.vars[t] = Var(t)
            return self.vars[t]
        args: list[Term] = []
        if self.peek() == "(":
            self.take("(")
            args.append(self.term())
            while self.peek() == ",":
                self.take(",")
                args.append(self.term())
            self.take(")")
        return Atom(t, args)

    def list_tail(self) -> Term:
        if self.peek() == "]":
            self.take("]")
            return Atom("[]")
        items = [self.term()]
        while self.peek() == ",":
            self.take(",")
            items.append(self.term())
        tail: Term = Atom("[]")
        if self.peek() == "|":
            self.take("|")
            tail = self.term()
        self.take("]")
        for item in reversed(items):
            tail = Atom(".", [item, tail])
        return tail

    def goal(self) -> Atom:
        t = self.term()
        if not isinstance(t, Atom):
            raise SyntaxError("a goal must be a callable term")
        return t

    def goals(self) -> list[Atom]:
        gs = [self.goal()]
        while self.peek() == ",":
            self.take(",")
            gs.append(self.goal())
        return gs

    def clauses(self) -> list[Clause]:
        out = []
        while self.pos < len(self.toks):
            self.vars = {}
            head = self.goal()
            body = self.goals() if self.peek() == ":-" and self.take() else []
            self.take(".")
            out.append(Clause(head, body))
        return out


class Engine:
    def __init__(self, program: str) -> None:
        self.db: dict[tuple[str, int], list[Clause]] = {}
        for c in Reader(program).clauses():
            self.db.setdefault((c.head.name, len(c.head.args)), []).append(c)
        self.trail = Trail()
        self.steps = 0

    def solve(self, goals: list[Atom], depth: int = 0) -> Iterator[bool]:
        if not goals:
            yield True
            return
        first, rest = goals[0], goals[1:]
        self.steps += 1
        if first.name == "neq":
            if repr(resolve(first.args[0])) != repr(resolve(first.args[1])):
                yield from self.solve(rest, depth)
            return
        for clause in self.db.get((first.name, len(first.args)), []):
            env: dict[str, Var] = {}
            head = rename(clause.head, env)
            mark = self.trail.mark()
            if unify(first, head, self.trail):
                body = [rename(g, env) for g in clause.body]
                yield from self.solve([g for g in body if isinstance(g, Atom)] + rest, depth + 1)
            self.trail.undo(mark)

    def query(self, text: str, limit: int = 10) -> list[str]:
        r = Reader(text)
        goals = r.goals()
        names = list(r.vars)
        answers = []
        for _ in self.solve(goals):
            parts = [f"{n} = {resolve(r.vars[n])!r}" for n in names]
            answers.append(", ".join(parts) if parts else "yes")
            if len(answers) >= limit:
                break
        return answers or ["no"]


PROGRAM = """
parent(tom, bob). parent(tom, liz). parent(bob, ann). parent(bob, pat).
parent(pat, jim).
ancestor(X, Y) :- parent(X, Y).
ancestor(X, Y) :- parent(X, Z), ancestor(Z, Y).
sibling(X, Y) :- parent(P, X), parent(P, Y), neq(X, Y).
append([], L, L).
append([H | T], L, [H | R]) :- append(T, L, R).
member(X, [X | _]).
member(X, [_ | T]) :- member(X, T).
reverse([], []).
reverse([H | T], R) :- reverse(T, RT), append(RT, [H], R).
"""


def main() -> int:
    e = Engine(PROGRAM)
    queries = [
        "ancestor(tom, jim)",
        "ancestor(X, jim)",
        "sibling(ann, S)",
        "append(X, Y, [1, 2, 3])",
        "reverse([a, b, c, d], R)",
        "member(Q, [x, y]), member(Q, [y, z])",
        "append([1], T, L)",
        "parent(jim, X)",
    ]
    for q in queries:
        print(f"?- {q}.")
        for a in e.query(q):
            print(f"   {a}")
    print("steps:", e.steps)
    try:
        Reader("foo(a, b").goals()
    except SyntaxError as err:
        print("syntax error:", err)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: ?- ancestor(tom, jim).
# expect:    yes
# expect: ?- ancestor(X, jim).
# expect:    X = pat
# expect:    X = tom
# expect:    X = bob
# expect: ?- sibling(ann, S).
# expect:    S = pat
# expect: ?- append(X, Y, [1, 2, 3]).
# expect:    X = [], Y = [1, 2, 3]
# expect:    X = [1], Y = [2, 3]
# expect:    X = [1, 2], Y = [3]
# expect:    X = [1, 2, 3], Y = []
# expect: ?- reverse([a, b, c, d], R).
# expect:    R = [d, c, b, a]
# expect: ?- member(Q, [x, y]), member(Q, [y, z]).
# expect:    Q = y
# expect: ?- append([1], T, L).
# expect:    T = _L253, L = [1 | _L253]
# expect: ?- parent(jim, X).
# expect:    no
# expect: steps: 84
# expect: syntax error: expected ')' but found ''
