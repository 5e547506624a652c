# issue 8: written as a new user would, before trying rtrans; translated unchanged.
"""A Thompson-NFA regular expression engine: parse to postfix, build the NFA, simulate state sets."""
from __future__ import annotations

from typing import Optional


class RegexError(Exception):
    pass


SPLIT = -1
MATCH = -2
ANY = -3


class State:
    def __init__(self, c: int, out: Optional[State] = None, out1: Optional[State] = None) -> None:
        self.c = c
        self.out = out
        self.out1 = out1
        self.last_list = -1
        self.klass: Optional[set[str]] = None
        self.negated = False


class Frag:
    def __init__(self, start: State, outs: list[tuple[State, int]]) -> None:
        self.start = start
        self.outs = outs  # dangling arrows: (state, 0 for out / 1 for out1)


def patch(outs: list[tuple[State, int]], target: State) -> None:
    for state, which in outs:
        if which == 0:
            state.out = target
        else:
            state.out1 = target


def tokenize(pattern: str) -> list[str]:
    """Split the pattern into atoms and operators, inserting '.' for concatenation as '&'."""
    atoms: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 >= len(pattern):
                raise RegexError("trailing backslash")
            atoms.append(pattern[i : i + 2])
            i += 2
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                raise RegexError("unterminated character class")
            atoms.append(pattern[i : end + 1])
            i = end + 1
        else:
            atoms.append(c)
            i += 1
    out = []
    for j, tok in enumerate(atoms):
        if j > 0:
            prev = atoms[j - 1]
            if prev not in ("(", "|") and tok not in (")", "|", "*", "+", "?"):
                out.append("&")
        out.append(tok)
    return out


PREC = {"|": 1, "&": 2}


def to_postfix(tokens: list[str]) -> list[str]:
    output: list[str] = []
    ops: list[str] = []
    for tok in tokens:
        if tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise RegexError("unbalanced parenthesis")
            ops.pop()
        elif tok in PREC:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[tok]:
                output.append(ops.pop())
            ops.append(tok)
        else:
            output.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise RegexError("unbalanced parenthesis")
        output.append(op)
    return output


def atom_state(tok: str) -> State:
    if tok == ".":
        return State(ANY)
    if tok.startswith("["):
        body = tok[1:-1]
        s = State(ANY)
        s.negated = body.startswith("^")
        if s.negated:
            body = body[1:]
        chars = set()
        k = 0
        while k < len(body):
            if k + 2 < len(body) and body[k + 1] == "-":
                for code in range(ord(body[k]), ord(body[k + 2]) + 1):
                    chars.add(chr(code))
                k += 3
            else:
                chars.add(body[k])
                k += 1
        s.klass = chars
        return s
    if tok.startswith("\\"):
        return State(ord(tok[1]))
    return State(ord(tok))


def compile_nfa(pattern: str) -> State:
    stack: list[Frag] = []
    for tok in to_postfix(tokenize(pattern)):
        if tok == "&":
            e2 = stack.pop()
            e1 = stack.pop()
            patch(e1.outs, e2.start)
            stack.append(Frag(e1.start, e2.outs))
        elif tok == "|":
            e2 = stack.pop()
            e1 = stack.pop()
            stack.append(Frag(State(SPLIT, e1.start, e2.start), e1.outs + e2.outs))
        elif tok in ("*", "+", "?"):
            if not stack:
                raise RegexError(f"nothing to repeat before {tok!r}")
            e = stack.pop()
            s = State(SPLIT, e.start)
            if tok == "?":
                stack.append(Frag(s, e.outs + [(s, 1)]))
            elif tok == "*":
                patch(e.outs, s)
                stack.append(Frag(s, [(s, 1)]))
            else:
                patch(e.outs, s)
                stack.append(Frag(e.start, [(s, 1)]))
        else:
            s = atom_state(tok)
            stack.append(Frag(s, [(s, 0)]))
    if len(stack) != 1:
        raise RegexError("malformed pattern")
    final = stack.pop()
    patch(final.outs, State(MATCH))
    return final.start


class Matcher:
    def __init__(self, pattern: str) -> None:
        self.start = compile_nfa(pattern)
        self.generation = 0
        self.steps = 0

    def add_state(self, states: list[State], s: Optional[State]) -> None:
        if s is None or s.last_list == self.generation:
            return
        s.last_list = self.generation
        if s.c == SPLIT:
            self.add_state(states, s.out)
            self.add_state(states, s.out1)
            return
        states.append(s)

    def start_list(self) -> list[State]:
        self.generation += 1
        states: list[State] = []
        self.add_state(states, self.start)
        return states

    def step(self, current: list[State], ch: str) -> list[State]:
        self.generation += 1
        following: list[State] = []
        for s in current:
            self.steps += 1
            if s.c == ANY:
                ok = True if s.klass is None else (ch in s.klass) != s.negated
            else:
                ok = s.c == ord(ch)
            if ok:
                self.add_state(following, s.out)
        return following

    def fullmatch(self, text: str) -> bool:
        current = self.start_list()
        for ch in text:
            current = self.step(current, ch)
            if not current:
                return False
        return any(s.c == MATCH for s in current)

    def search(self, text: str) -> Optional[tuple[int, int]]:
        """Leftmost-longest match, found by starting a run at each position."""
        for begin in range(len(text) + 1):
            current = self.start_list()
            best = -1
            if any(s.c == MATCH for s in current):
                best = begin
            pos = begin
            while current and pos < len(text):
                current = self.step(current, text[pos])
                pos += 1
                if any(s.c == MATCH for s in current):
                    best = pos
            if best >= 0:
                return (begin, best)
        return None


def main() -> None:
    cases = [
        ("a(b|c)*d", ["ad", "abcbd", "abce", "", "abbbbbbbbbbbbd"]),
        ("[0-9]+(\\.[0-9]+)?", ["42", "3.14", "3.", ".5", "007"]),
        ("(a|b)*abb", ["abb", "aabb", "babababb", "ab", "abba"]),
        ("x?y+z*", ["y", "xyyzz", "xz", "yyy"]),
        ("[^aeiou]+", ["rhythm", "queue", "xyz"]),
        ("h.llo", ["hello", "hallo", "hllo"]),
    ]
    for pattern, texts in cases:
        m = Matcher(pattern)
        results = [f"{t!r}:{'Y' if m.fullmatch(t) else 'n'}" for t in texts]
        print(f"{pattern:<22}", " ".join(results))
    # The pathological pattern that makes backtracking matchers exponential.
    n = 25
    pathological = Matcher("a?" * n + "a" * n)
    print("a?^n a^n on a^n:", pathological.fullmatch("a" * n), "steps", pathological.steps)
    finder = Matcher("[a-z]+@[a-z]+\\.(com|org)")
    for text in ["mail bob@example.com now", "nobody@home", "x: a@b.org, c@d.com"]:
        span = finder.search(text)
        if span is None:
            print(f"{text!r}: no match")
        else:
            lo, hi = span
            print(f"{text!r}: {text[lo:hi]} at {lo}..{hi}")
    for bad in ["(ab", "a)", "*a", "[abc", "ab\\"]:
        try:
            Matcher(bad)
            print(bad, "compiled")
        except RegexError as e:
            print(f"{bad!r} -> {e}")
    counts: dict[str, int] = {}
    words = "the quick brown fox jumps over the lazy dog then the end".split()
    th = Matcher("th[a-z]*")
    for w in words:
        key = "th" if th.fullmatch(w) else "other"
        counts[key] = counts.get(key, 0) + 1
    print(sorted(counts.items()))


main()

# expect: a(b|c)*d               'ad':Y 'abcbd':Y 'abce':n '':n 'abbbbbbbbbbbbd':Y
# expect: [0-9]+(\.[0-9]+)?      '42':Y '3.14':Y '3.':n '.5':n '007':Y
# expect: (a|b)*abb              'abb':Y 'aabb':Y 'babababb':Y 'ab':n 'abba':n
# expect: x?y+z*                 'y':Y 'xyyzz':Y 'xz':n 'yyy':Y
# expect: [^aeiou]+              'rhythm':Y 'queue':n 'xyz':Y
# expect: h.llo                  'hello':Y 'hallo':Y 'hllo':n
# expect: a?^n a^n on a^n: True steps 650
# expect: 'mail bob@example.com now': bob@example.com at 5..20
# expect: 'nobody@home': no match
# expect: 'x: a@b.org, c@d.com': a@b.org at 3..10
# expect: '(ab' -> unbalanced parenthesis
# expect: 'a)' -> unbalanced parenthesis
# expect: '*a' -> nothing to repeat before '*'
# expect: '[abc' -> unterminated character class
# expect: 'ab\\' -> trailing backslash
# expect: [('other', 8), ('th', 4)]
