# A small Forth: the dictionary maps words to closures, colon definitions
# compile to lists of closures, the tokenizer is a generator, and the
# arithmetic words come from one factory called in a loop.
import sys
from typing import Callable, Iterator


class ForthError(Exception):
    pass


class Machine:
    stack: list[int]
    rstack: list[int]
    words: dict[str, Callable[[], None]]
    out: list[str]

    def __init__(self) -> None:
        self.stack = []
        self.rstack = []
        self.words = {}
        self.out = []
        self.install()

    def push(self, v: int) -> None:
        self.stack.append(v)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def emit(self, s: str) -> None:
        self.out.append(s)

    def binary(self, name: str, f: Callable[[int, int], int]) -> None:
        def word() -> None:
            b = self.pop()
            a = self.pop()
            self.push(f(a, b))
        self.words[name] = word

    def install(self) -> None:
        table: list[tuple[str, Callable[[int, int], int]]] = [
            ("+", lambda a, b: a + b),
            ("-", lambda a, b: a - b),
            ("*", lambda a, b: a * b),
            ("/", lambda a, b: a // b),
            ("mod", lambda a, b: a % b),
            ("max", max),
            ("min", min),
            ("=", lambda a, b: -1 if a == b else 0),
            ("<", lambda a, b: -1 if a < b else 0),
            (">", lambda a, b: -1 if a > b else 0),
            ("and", lambda a, b: a & b),
            ("or", lambda a, b: a | b),
        ]
        for name, f in table:
            self.binary(name, f)
        self.words["dup"] = lambda: self.push(self.stack[-1])
        self.words["drop"] = lambda: self.discard()
        self.words["swap"] = self.swap
        self.words["over"] = lambda: self.push(self.stack[-2])
        self.words["."] = lambda: self.emit(str(self.pop()))
        self.words["emit"] = lambda: self.emit(chr(self.pop()))
        self.words["cr"] = lambda: self.emit("\n")
        self.words[">r"] = lambda: self.rstack.append(self.pop())
        self.words["r>"] = lambda: self.push(self.rstack.pop())
        self.words["depth"] = lambda: self.push(len(self.stack))

    def discard(self) -> None:
        self.pop()

    def swap(self) -> None:
        b = self.pop()
        a = self.pop()
        self.push(b)
        self.push(a)


def tokens(src: str) -> Iterator[str]:
    for line in src.splitlines():
        in_comment = False
        for tok in line.split():
            if tok == "(":
                in_comment = True
            elif tok == ")":
                in_comment = False
            elif tok == "\\":
                break
            elif not in_comment:
                yield tok.lower()


def literal(m: Machine, v: int) -> Callable[[], None]:
    return lambda: m.push(v)


def make_loop(m: Machine, body: list[Callable[[], None]]) -> Callable[[], None]:
    def loop() -> None:
        while True:
            run_code(body)
            if m.pop() != 0:
                break
    return loop


def run_code(code: list[Callable[[], None]]) -> None:
    for op in code:
        op()


def compile_body(m: Machine, toks: Iterator[str], end: set[str]) -> tuple[list[Callable[[], None]], str]:
    code: list[Callable[[], None]] = []
    for tok in toks:
        if tok in end:
            return code, tok
        if tok == "if":
            then_code, stop = compile_body(m, toks, {"else", "then"})
            else_code: list[Callable[[], None]] = []
            if stop == "else":
                else_code, _ = compile_body(m, toks, {"then"})

            code.append(lambda t=then_code, e=else_code: run_code(t if m.pop() != 0 else e))
        elif tok == "begin":
            body, _ = compile_body(m, toks, {"until"})

            code.append(make_loop(m, body))
        elif tok in m.words:
            code.append(m.words[tok])
        else:
            try:
                code.append(literal(m, int(tok)))
            except ValueError:
                raise ForthError(f"unknown word {tok!r}")
    return code, ""


def interpret(m: Machine, src: str) -> None:
    toks = tokens(src)
    for tok in toks:
        if tok == ":":
            name = next(toks)
            body, _ = compile_body(m, toks, {";"})
            m.words[name] = lambda body=body: run_code(body)
        else:
            code, _ = compile_body(m, iter([tok]), set())
            run_code(code)


PROGRAM = """
: square ( n -- n*n ) dup * ;
: cube dup square * ;
3 square . 4 cube . cr
: countdown begin dup . 1 - dup 0 = until drop ;
5 countdown cr
: sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ;
-7 sign . 0 sign . 9 sign . cr
: times-pred dup 1 > if dup 1 - * then ; \\ n*(n-1) for n > 1
10 times-pred . 1 times-pred . cr
1 2 3 depth . swap . . . cr
72 emit 105 emit cr
7 >r 8 r> - . cr
"""


def main(argv: list[str]) -> int:
    m = Machine()
    try:
        interpret(m, PROGRAM)
        interpret(m, "1 2 frobnicate")
    except ForthError as e:
        m.emit(f"error: {e}")
    print(" ".join(m.out).replace(" \n ", "\n").replace("\n ", "\n"))
    print(m.stack)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 9 64
# expect: 5 4 3 2 1
# expect: -1 0 1
# expect: 90 1
# expect: 3 2 3 1
# expect: H i
# expect: 1
# expect: error: unknown word 'frobnicate'
# expect: [1, 2]
