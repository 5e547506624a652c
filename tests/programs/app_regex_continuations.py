"""A backtracking regular-expression matcher: parse to a node tree, match by recursion."""
# The lang-library helper's /work/briefs/issue8-programs/app_regex.py as
# first written (continuations as nested functions and lambdas), changed
# only where other branches own the gap: class-body field declarations,
# annotated k/groups parameters, str(self.peek()), and `gnode = node`
# (narrowing does not reach into a nested function).
from __future__ import annotations

import sys
from typing import Callable, Optional


class RegexError(Exception):
    pass


class Node:
    pass


class Char(Node):
    ch: str
    def __init__(self, ch: str) -> None:
        self.ch = ch


class Any(Node):
    pass


class CharClass(Node):
    ranges: list[tuple[str, str]]
    negated: bool
    def __init__(self, ranges: list[tuple[str, str]], negated: bool) -> None:
        self.ranges = ranges
        self.negated = negated

    def matches(self, c: str) -> bool:
        hit = any(lo <= c <= hi for lo, hi in self.ranges)
        return hit != self.negated


class Seq(Node):
    items: list[Node]
    def __init__(self, items: list[Node]) -> None:
        self.items = items


class Alt(Node):
    options: list[Node]
    def __init__(self, options: list[Node]) -> None:
        self.options = options


class Repeat(Node):
    body: Node
    lo: int
    hi: int
    greedy: bool
    def __init__(self, body: Node, lo: int, hi: int, greedy: bool) -> None:
        self.body = body
        self.lo = lo
        self.hi = hi  # -1 means unbounded
        self.greedy = greedy


class Group(Node):
    body: Node
    index: int
    def __init__(self, body: Node, index: int) -> None:
        self.body = body
        self.index = index


class Anchor(Node):
    kind: str
    def __init__(self, kind: str) -> None:
        self.kind = kind


class Backref(Node):
    index: int
    def __init__(self, index: int) -> None:
        self.index = index


SHORTHANDS = {
    "d": [("0", "9")],
    "w": [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")],
    "s": [(" ", " "), ("\t", "\t"), ("\n", "\n")],
}


class RegexParser:
    pattern: str
    pos: int
    groups: int
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0
        self.groups = 0

    def peek(self) -> Optional[str]:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else None

    def next(self) -> str:
        if self.pos >= len(self.pattern):
            raise RegexError("unexpected end of pattern")
        ch = self.pattern[self.pos]
        self.pos += 1
        return ch

    def parse(self) -> Node:
        node = self.alternation()
        if self.pos != len(self.pattern):
            raise RegexError(f"unbalanced parenthesis at position {self.pos}")
        return node

    def alternation(self) -> Node:
        options = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Alt(options)

    def sequence(self) -> Node:
        items: list[Node] = []
        while self.peek() is not None and str(self.peek()) not in "|)":
            items.append(self.repeat())
        return Seq(items)

    def repeat(self) -> Node:
        atom = self.atom()
        while True:
            ch = self.peek()
            if ch == "*":
                lo, hi = 0, -1
            elif ch == "+":
                lo, hi = 1, -1
            elif ch == "?":
                lo, hi = 0, 1
            elif ch == "{":
                self.pos += 1
                lo, hi = self.counts()
                self.pos -= 1
            else:
                return atom
            self.pos += 1
            greedy = True
            if self.peek() == "?":
                self.pos += 1
                greedy = False
            atom = Repeat(atom, lo, hi, greedy)

    def counts(self) -> tuple[int, int]:
        text = ""
        while self.peek() is not None and self.peek() != "}":
            text += self.next()
        self.next()
        if "," in text:
            a, b = text.split(",", 1)
            return int(a or "0"), (int(b) if b else -1)
        return int(text), int(text)

    def atom(self) -> Node:
        ch = self.next()
        if ch == "(":
            self.groups += 1
            index = self.groups
            body = self.alternation()
            if self.next() != ")":
                raise RegexError("missing )")
            return Group(body, index)
        if ch == ".":
            return Any()
        if ch == "^":
            return Anchor("start")
        if ch == "$":
            return Anchor("end")
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            esc = self.next()
            if esc in SHORTHANDS:
                return CharClass(SHORTHANDS[esc], False)
            if esc.lower() in SHORTHANDS and esc.isupper():
                return CharClass(SHORTHANDS[esc.lower()], True)
            if esc.isdigit():
                return Backref(int(esc))
            return Char(esc)
        if ch in "*+?":
            raise RegexError(f"nothing to repeat at position {self.pos - 1}")
        return Char(ch)

    def char_class(self) -> Node:
        negated = False
        if self.peek() == "^":
            negated = True
            self.pos += 1
        ranges: list[tuple[str, str]] = []
        first = True
        while first or self.peek() != "]":
            first = False
            lo = self.next()
            if lo == "\\":
                esc = self.next()
                if esc in SHORTHANDS:
                    ranges.extend(SHORTHANDS[esc])
                    continue
                lo = esc
            hi = lo
            if self.peek() == "-" and self.pos + 1 < len(self.pattern) and self.pattern[self.pos + 1] != "]":
                self.pos += 1
                hi = self.next()
            ranges.append((lo, hi))
        self.next()
        return CharClass(ranges, negated)


class Matcher:
    root: Node
    ngroups: int
    steps: int
    def __init__(self, pattern: str) -> None:
        parser = RegexParser(pattern)
        self.root = parser.parse()
        self.ngroups = parser.groups
        self.steps = 0

    def match_at(self, text: str, start: int) -> Optional[list[Optional[tuple[int, int]]]]:
        groups: list[Optional[tuple[int, int]]] = [None] * (self.ngroups + 1)

        def done(pos: int) -> bool:
            groups[0] = (start, pos)
            return True

        if self.m(self.root, text, start, groups, done):
            return groups
        return None

    def m(self, node: Node, text: str, i: int, groups: list[Optional[tuple[int, int]]], k: Callable[[int], bool]) -> bool:
        self.steps += 1
        if isinstance(node, Char):
            return i < len(text) and text[i] == node.ch and k(i + 1)
        if isinstance(node, Any):
            return i < len(text) and text[i] != "\n" and k(i + 1)
        if isinstance(node, CharClass):
            return i < len(text) and node.matches(text[i]) and k(i + 1)
        if isinstance(node, Anchor):
            ok = i == 0 if node.kind == "start" else i == len(text)
            return ok and k(i)
        if isinstance(node, Seq):
            return self.seq(node.items, 0, text, i, groups, k)
        if isinstance(node, Alt):
            return any(self.m(opt, text, i, groups, k) for opt in node.options)
        if isinstance(node, Group):
            saved = groups[node.index]
            gnode = node

            def close(j: int) -> bool:
                old = groups[gnode.index]
                groups[gnode.index] = (i, j)
                if k(j):
                    return True
                groups[gnode.index] = old
                return False

            if self.m(node.body, text, i, groups, close):
                return True
            groups[node.index] = saved
            return False
        if isinstance(node, Backref):
            span = groups[node.index]
            if span is None:
                return False
            piece = text[span[0]:span[1]]
            return text.startswith(piece, i) and k(i + len(piece))
        if isinstance(node, Repeat):
            return self.rep(node, 0, text, i, groups, k)
        raise RegexError("unknown node")

    def seq(self, items: list[Node], idx: int, text: str, i: int, groups: list[Optional[tuple[int, int]]], k: Callable[[int], bool]) -> bool:
        if idx == len(items):
            return k(i)
        return self.m(items[idx], text, i, groups, lambda j: self.seq(items, idx + 1, text, j, groups, k))

    def rep(self, node: Repeat, count: int, text: str, i: int, groups: list[Optional[tuple[int, int]]], k: Callable[[int], bool]) -> bool:
        can_more = node.hi == -1 or count < node.hi

        def more() -> bool:
            return can_more and self.m(node.body, text, i, groups,
                                       lambda j: j != i and self.rep(node, count + 1, text, j, groups, k))

        if count < node.lo:
            return self.m(node.body, text, i, groups, lambda j: self.rep(node, count + 1, text, j, groups, k))
        if node.greedy:
            return more() or k(i)
        return k(i) or more()

    def search(self, text: str) -> Optional[list[Optional[tuple[int, int]]]]:
        for start in range(len(text) + 1):
            result = self.match_at(text, start)
            if result is not None:
                return result
        return None


def show(text: str, groups: Optional[list[Optional[tuple[int, int]]]]) -> str:
    if groups is None:
        return "no match"
    parts: list[str] = []
    for g in groups:
        parts.append("-" if g is None else repr(text[g[0]:g[1]]))
    return " ".join(parts)


CASES = [
    ("a+b", "xxaaab"),
    ("(a|b)*c", "ababbc!"),
    ("^h.llo$", "hello"),
    ("^h.llo$", "hello!"),
    ("\\d{3}-\\d{4}", "call 555-1234 now"),
    ("(\\w+)@(\\w+)\\.com", "mail bob@example.com today"),
    ("<.*>", "<a><b>"),
    ("<.*?>", "<a><b>"),
    ("(a*)*b", "aaaaaaaaaaaaaaaab"),
    ("(\\w)\\1", "abccd"),
    ("[^aeiou ]+", "queue strength"),
    ("colou?r", "the color red"),
    ("x{2,3}", "xxxxx"),
    ("(ab|a)(c|bcd)", "abcd"),
    ("[a-c-]+", "--abcz"),
    ("a**", "aa"),
    ("(ab", "ab"),
    ("\\s+\\S+$", "trailing word"),
]


def main(argv: list[str]) -> int:
    total_steps = 0
    for pattern, text in CASES:
        try:
            m = Matcher(pattern)
        except RegexError as e:
            print(f"{pattern:<22} error: {e}")
            continue
        result = m.search(text)
        total_steps += m.steps
        print(f"{pattern:<22} {text!r:<28} {show(text, result)}")
    print("steps:", total_steps)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a+b                    'xxaaab'                     'aaab'
# expect: (a|b)*c                'ababbc!'                    'ababbc' 'b'
# expect: ^h.llo$                'hello'                      'hello'
# expect: ^h.llo$                'hello!'                     no match
# expect: \d{3}-\d{4}            'call 555-1234 now'          '555-1234'
# expect: (\w+)@(\w+)\.com       'mail bob@example.com today' 'bob@example.com' 'bob' 'example'
# expect: <.*>                   '<a><b>'                     '<a><b>'
# expect: <.*?>                  '<a><b>'                     '<a>'
# expect: (a*)*b                 'aaaaaaaaaaaaaaaab'          'aaaaaaaaaaaaaaaab' 'aaaaaaaaaaaaaaaa'
# expect: (\w)\1                 'abccd'                      'cc' 'c'
# expect: [^aeiou ]+             'queue strength'             'q'
# expect: colou?r                'the color red'              'color'
# expect: x{2,3}                 'xxxxx'                      'xxx'
# expect: (ab|a)(c|bcd)          'abcd'                       'abc' 'ab' 'c'
# expect: [a-c-]+                '--abcz'                     '--abc'
# expect: a**                    'aa'                         'aa'
# expect: (ab                    error: unexpected end of pattern
# expect: \s+\S+$                'trailing word'              ' word'
# expect: steps: 316
