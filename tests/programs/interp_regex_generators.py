# A backtracking regular-expression matcher built from combinators: each
# node compiles to a closure that yields every end position it can reach
# (a generator), so alternation and repetition backtrack by iterating.
import sys
from typing import Callable, Iterator


def char(pred: Callable[[str], bool]) -> Callable[[str, int], Iterator[int]]:
    def m(s: str, i: int) -> Iterator[int]:
        if i < len(s) and pred(s[i]):
            yield i + 1
    return m


def seq(parts: list[Callable[[str, int], Iterator[int]]]) -> Callable[[str, int], Iterator[int]]:
    def run(k: int, s: str, i: int) -> Iterator[int]:
        if k == len(parts):
            yield i
            return
        for j in parts[k](s, i):
            yield from run(k + 1, s, j)
    return lambda s, i: run(0, s, i)


def alt(options: list[Callable[[str, int], Iterator[int]]]) -> Callable[[str, int], Iterator[int]]:
    def m(s: str, i: int) -> Iterator[int]:
        for o in options:
            yield from o(s, i)
    return m


def star(inner: Callable[[str, int], Iterator[int]], lazy: bool) -> Callable[[str, int], Iterator[int]]:
    def m(s: str, i: int) -> Iterator[int]:
        if lazy:
            yield i
        for j in inner(s, i):
            if j != i:
                yield from m(s, j)
        if not lazy:
            yield i
    return m


def plus(inner: Callable[[str, int], Iterator[int]], lazy: bool) -> Callable[[str, int], Iterator[int]]:
    return seq([inner, star(inner, lazy)])


def optional(inner: Callable[[str, int], Iterator[int]]) -> Callable[[str, int], Iterator[int]]:
    def m(s: str, i: int) -> Iterator[int]:
        yield from inner(s, i)
        yield i
    return m


class Parser:
    src: str
    pos: int

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0

    def peek(self) -> str:
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def take(self) -> str:
        c = self.peek()
        self.pos += 1
        return c

    def parse_alt(self) -> Callable[[str, int], Iterator[int]]:
        options = [self.parse_seq()]
        while self.peek() == "|":
            self.take()
            options.append(self.parse_seq())
        return options[0] if len(options) == 1 else alt(options)

    def parse_seq(self) -> Callable[[str, int], Iterator[int]]:
        parts: list[Callable[[str, int], Iterator[int]]] = []
        while self.peek() not in ("", "|", ")"):
            parts.append(self.parse_repeat())
        return seq(parts)

    def parse_repeat(self) -> Callable[[str, int], Iterator[int]]:
        atom = self.parse_atom()
        while self.peek() in ("*", "+", "?"):
            op = self.take()
            lazy = self.peek() == "?" and op != "?"
            if lazy:
                self.take()
            if op == "*":
                atom = star(atom, lazy)
            elif op == "+":
                atom = plus(atom, lazy)
            else:
                atom = optional(atom)
        return atom

    def parse_atom(self) -> Callable[[str, int], Iterator[int]]:
        c = self.take()
        if c == "(":
            inner = self.parse_alt()
            if self.take() != ")":
                raise ValueError(f"missing ) at {self.pos}")
            return inner
        if c == ".":
            return char(lambda ch: ch != "\n")
        if c == "\\":
            e = self.take()
            classes: dict[str, Callable[[str], bool]] = {
                "d": str.isdigit,
                "w": lambda ch: ch.isalnum() or ch == "_",
                "s": str.isspace,
            }
            if e in classes:
                return char(classes[e])
            return char(lambda ch: ch == e)
        if c == "[":
            negate = self.peek() == "^"
            if negate:
                self.take()
            ranges: list[tuple[str, str]] = []
            while self.peek() != "]":
                if self.peek() == "":
                    raise ValueError("missing ]")
                lo = self.take()
                hi = lo
                if self.peek() == "-":
                    self.take()
                    hi = self.take()
                ranges.append((lo, hi))
            self.take()
            return char(lambda ch: any(lo <= ch <= hi for lo, hi in ranges) != negate)
        if c in ("*", "+", "?", ")"):
            raise ValueError(f"nothing to repeat at {self.pos - 1}")
        return char(lambda ch: ch == c)


def compile_rx(pattern: str) -> Callable[[str, int], Iterator[int]]:
    p = Parser(pattern)
    m = p.parse_alt()
    if p.pos < len(pattern):
        raise ValueError(f"unexpected {pattern[p.pos]!r} at {p.pos}")
    return m


def search(pattern: str, text: str) -> str | None:
    m = compile_rx(pattern)
    for start in range(len(text) + 1):
        for end in m(text, start):
            return text[start:end]
    return None


def full_match(pattern: str, text: str) -> bool:
    return any(end == len(text) for end in compile_rx(pattern)(text, 0))


def count_ways(pattern: str, text: str) -> int:
    return sum(1 for end in compile_rx(pattern)(text, 0) if end == len(text))


CASES = [
    ("a+b", "xxaaab"),
    ("a+?", "aaa"),
    ("(ab|a)(bc|c)", "zabc"),
    ("\\d+-\\d+", "call 555-1234 now"),
    ("[a-c]+[^a-c]", "ccab!x"),
    ("h.*o", "hello world foo"),
    ("h.*?o", "hello world foo"),
    ("colou?r", "the color red"),
    ("(\\w+)@(\\w+)", "mail: bob@example"),
    ("x*", "abc"),
    ("q", "abc"),
]


def main(argv: list[str]) -> int:
    for pat, text in CASES:
        print(f"{pat!r:16} {text!r:22} -> {search(pat, text)!r}")
    print(full_match("(a|b)*abb", "babaabb"), full_match("(a|b)*abb", "babaab"))
    print(count_ways("(a|aa)*", "aaaaaa"), count_ways("(a*)*", "aa"))
    for bad in ["(ab", "*a", "a)"]:
        try:
            compile_rx(bad)
            print("compiled", bad)
        except ValueError as e:
            print(f"error in {bad!r}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 'a+b'            'xxaaab'               -> 'aaab'
# expect: 'a+?'            'aaa'                  -> 'a'
# expect: '(ab|a)(bc|c)'   'zabc'                 -> 'abc'
# expect: '\\d+-\\d+'      'call 555-1234 now'    -> '555-1234'
# expect: '[a-c]+[^a-c]'   'ccab!x'               -> 'ccab!'
# expect: 'h.*o'           'hello world foo'      -> 'hello world foo'
# expect: 'h.*?o'          'hello world foo'      -> 'hello'
# expect: 'colou?r'        'the color red'        -> 'color'
# expect: '(\\w+)@(\\w+)'  'mail: bob@example'    -> 'bob@example'
# expect: 'x*'             'abc'                  -> ''
# expect: 'q'              'abc'                  -> None
# expect: True False
# expect: 13 2
# expect: error in '(ab': missing ) at 4
# expect: error in '*a': nothing to repeat at 0
# expect: error in 'a)': unexpected ')' at 1
