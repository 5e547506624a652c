# issue 8: an interpreter-style program written as plain typed Python (a
# small Forth: a data and a return stack, a dictionary of primitive and
# colon-defined words compiled to threaded code, IF/ELSE/THEN, DO/LOOP,
# BEGIN/UNTIL, BEGIN/WHILE/REPEAT, VARIABLE, CONSTANT, recursion and
# error recovery), run over a fixed script.  Changed after the first try:
# Word.prim is field(repr=False) (rtrans refused the generated repr of
# Instr, which shows a Word, whose repr would show a function's address in
# CPython, although nothing prints one).
"""A small Forth interpreter."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional


class ForthError(Exception):
    pass


@dataclass
class Instr:
    op: str
    arg: int = 0
    word: Optional["Word"] = None
    text: str = ""


@dataclass
class Word:
    name: str
    prim: Optional[Callable[["Forth"], None]] = field(default=None, repr=False)
    code: list[Instr] = field(default_factory=list)
    immediate: bool = False


def binop(fn: Callable[[int, int], int]) -> Callable[["Forth"], None]:
    def run(vm: Forth) -> None:
        b = vm.pop()
        a = vm.pop()
        vm.push(fn(a, b))
    return run


def floordiv(a: int, b: int) -> int:
    if b == 0:
        raise ForthError("division by zero")
    return a // b


def floormod(a: int, b: int) -> int:
    if b == 0:
        raise ForthError("division by zero")
    return a % b


class Forth:
    def __init__(self) -> None:
        self.stack: list[int] = []
        self.rstack: list[int] = []
        self.memory: list[int] = []
        self.words: dict[str, Word] = {}
        self.out: list[str] = []
        self.compiling: Optional[Word] = None
        self.control: list[tuple[str, int]] = []
        self.tokens: list[str] = []
        self.pos = 0
        self.install()

    # -- stacks
    def push(self, v: int) -> None:
        self.stack.append(v)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def emit(self, s: str) -> None:
        self.out.append(s)

    # -- primitives
    def install(self) -> None:
        prims: dict[str, Callable[[Forth], None]] = {
            "+": binop(lambda a, b: a + b),
            "-": binop(lambda a, b: a - b),
            "*": binop(lambda a, b: a * b),
            "/": binop(floordiv),
            "mod": binop(floormod),
            "=": binop(lambda a, b: -1 if a == b else 0),
            "<": binop(lambda a, b: -1 if a < b else 0),
            ">": binop(lambda a, b: -1 if a > b else 0),
            "and": binop(lambda a, b: a & b),
            "or": binop(lambda a, b: a | b),
            "max": binop(max),
            "min": binop(min),
        }
        for name, fn in prims.items():
            self.words[name] = Word(name, fn)
        self.words["dup"] = Word("dup", lambda vm: vm.push(vm.peek(0)))
        self.words["over"] = Word("over", lambda vm: vm.push(vm.peek(1)))
        self.words["drop"] = Word("drop", lambda vm: vm.discard())
        self.words["swap"] = Word("swap", Forth.swap)
        self.words["rot"] = Word("rot", Forth.rot)
        self.words["."] = Word(".", lambda vm: vm.emit(str(vm.pop()) + " "))
        self.words["emit"] = Word("emit", lambda vm: vm.emit(chr(vm.pop())))
        self.words["cr"] = Word("cr", lambda vm: vm.emit("\n"))
        self.words[".s"] = Word(".s", Forth.show_stack)
        self.words["@"] = Word("@", Forth.fetch)
        self.words["!"] = Word("!", Forth.store)
        self.words["i"] = Word("i", lambda vm: vm.push(vm.rstack[-1]))
        self.words["j"] = Word("j", lambda vm: vm.push(vm.rstack[-3]))
        self.words["depth"] = Word("depth", lambda vm: vm.push(len(vm.stack)))

    def peek(self, k: int) -> int:
        if len(self.stack) <= k:
            raise ForthError("stack underflow")
        return self.stack[-1 - k]

    def discard(self) -> None:
        self.pop()

    def swap(self) -> None:
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def rot(self) -> None:
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack.extend([b, c, a])

    def show_stack(self) -> None:
        self.emit(f"<{len(self.stack)}> " + " ".join(str(v) for v in self.stack) + " ")

    def fetch(self) -> None:
        addr = self.pop()
        if not 0 <= addr < len(self.memory):
            raise ForthError(f"bad address {addr}")
        self.push(self.memory[addr])

    def store(self) -> None:
        addr = self.pop()
        value = self.pop()
        if not 0 <= addr < len(self.memory):
            raise ForthError(f"bad address {addr}")
        self.memory[addr] = value

    # -- the outer interpreter
    def next_token(self) -> str:
        if self.pos >= len(self.tokens):
            raise ForthError("unexpected end of input")
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def run_line(self, line: str) -> None:
        self.tokens = line.split()
        self.pos = 0
        try:
            while self.pos < len(self.tokens):
                self.interpret(self.next_token())
        except ForthError as e:
            self.emit(f"error: {e}\n")
            self.stack.clear()
            self.rstack.clear()
            self.compiling = None
            self.control.clear()

    def interpret(self, tok: str) -> None:
        low = tok.lower()
        if low == ":":
            name = self.next_token().lower()
            self.compiling = Word(name)
            return
        if low == ";":
            word = self.compiling
            if word is None:
                raise ForthError("; outside a definition")
            if self.control:
                raise ForthError(f"unclosed {self.control[-1][0]} in {word.name}")
            self.words[word.name] = word
            self.compiling = None
            return
        if low in ("variable", "constant"):
            name = self.next_token().lower()
            if low == "variable":
                self.memory.append(0)
                addr = len(self.memory) - 1
                self.words[name] = Word(name, code=[Instr("lit", addr)])
            else:
                value = self.pop()
                self.words[name] = Word(name, code=[Instr("lit", value)])
            return
        if low == '."':
            parts: list[str] = []
            while True:
                t = self.next_token()
                if t.endswith('"'):
                    parts.append(t[:-1])
                    break
                parts.append(t)
            text = " ".join(parts)
            if self.compiling is not None:
                self.compiling.code.append(Instr("print", text=text))
            else:
                self.emit(text)
            return
        if self.compiling is not None:
            self.compile_token(low, self.compiling)
        else:
            self.execute_token(low)

    def execute_token(self, tok: str) -> None:
        word = self.words.get(tok)
        if word is not None:
            self.execute(word)
            return
        self.push(self.number(tok))

    def number(self, tok: str) -> int:
        try:
            return int(tok)
        except ValueError:
            raise ForthError(f"unknown word '{tok}'")

    # -- the compiler: control words leave forward references to patch
    def compile_token(self, tok: str, word: Word) -> None:
        code = word.code
        if tok == "if":
            self.control.append(("if", len(code)))
            code.append(Instr("branch0"))
        elif tok == "else":
            kind, at = self.pop_control("if")
            self.control.append(("if", len(code)))
            code.append(Instr("branch"))
            code[at].arg = len(code)
        elif tok == "then":
            kind, at = self.pop_control("if")
            code[at].arg = len(code)
        elif tok == "do":
            code.append(Instr("do"))
            self.control.append(("do", len(code)))
        elif tok == "loop":
            kind, at = self.pop_control("do")
            code.append(Instr("loop", at))
        elif tok == "begin":
            self.control.append(("begin", len(code)))
        elif tok == "until":
            kind, at = self.pop_control("begin")
            code.append(Instr("branch0", at))
        elif tok == "while":
            self.control.append(("while", len(code)))
            code.append(Instr("branch0"))
        elif tok == "repeat":
            kind, exit_at = self.pop_control("while")
            kind, at = self.pop_control("begin")
            code.append(Instr("branch", at))
            code[exit_at].arg = len(code)
        elif tok == "recurse":
            code.append(Instr("call", word=word))
        elif tok in self.words:
            code.append(Instr("call", word=self.words[tok]))
        else:
            code.append(Instr("lit", self.number(tok)))

    def pop_control(self, want: str) -> tuple[str, int]:
        if not self.control or self.control[-1][0] != want:
            raise ForthError(f"unbalanced control structure: expected {want}")
        return self.control.pop()

    # -- the inner interpreter
    def execute(self, word: Word, depth: int = 0) -> None:
        if depth > 200:
            raise ForthError("return stack overflow")
        if word.prim is not None:
            word.prim(self)
            return
        code = word.code
        pc = 0
        while pc < len(code):
            ins = code[pc]
            pc += 1
            op = ins.op
            if op == "lit":
                self.push(ins.arg)
            elif op == "call":
                assert ins.word is not None
                self.execute(ins.word, depth + 1)
            elif op == "branch0":
                if self.pop() == 0:
                    pc = ins.arg
            elif op == "branch":
                pc = ins.arg
            elif op == "do":
                start = self.pop()
                limit = self.pop()
                self.rstack.extend([limit, start])
            elif op == "loop":
                self.rstack[-1] += 1
                if self.rstack[-1] < self.rstack[-2]:
                    pc = ins.arg
                else:
                    del self.rstack[-2:]
            elif op == "print":
                self.emit(ins.text)
            else:
                raise ForthError(f"bad instruction {op}")


SCRIPT = """
2 3 + 4 * .
: square dup * ;
: cube dup square * ;
5 square . 3 cube . cr
: fact dup 1 > if dup 1 - recurse * else drop 1 then ;
10 fact . 20 fact . cr
: fib dup 2 < if else dup 1 - recurse swap 2 - recurse + then ;
: fibs 0 do i fib . loop ;
15 fibs cr
variable counter
: bump counter @ 1 + counter ! ;
bump bump bump counter @ . cr
42 constant answer
answer 2 / . answer 5 mod . cr
: countdown begin dup . 1 - dup 0 = until drop ;
5 countdown cr
: collatz begin dup 1 > while dup 2 mod if 3 * 1 + else 2 / then repeat ;
27 collatz . cr
: table 4 1 do 4 1 do i j * . loop cr loop ;
table
: star 42 emit ;
: stars 0 do star loop ;
." hello, forth! " 7 stars cr
1 2 3 rot .s cr
drop drop drop
1 0 / .
undefined-word
: broken if 1 ;
: gcd begin dup while swap over mod repeat drop ;
1071 462 gcd . 10 7 max 3 min . cr
depth . -5 3 / . -5 3 mod . cr
"""


def main() -> None:
    vm = Forth()
    for line in SCRIPT.strip().splitlines():
        vm.run_line(line)
    print("".join(vm.out), end="")
    print("words:", len(vm.words), "memory:", vm.memory)


if __name__ == "__main__":
    main()

# expect: 20 25 27 
# expect: 3628800 2432902008176640000 
# expect: 0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 
# expect: 3 
# expect: 21 2 
# expect: 5 4 3 2 1 
# expect: 1 
# expect: 1 2 3 
# expect: 2 4 6 
# expect: 3 6 9 
# expect: hello, forth! *******
# expect: <3> 2 3 1 
# expect: error: division by zero
# expect: error: unknown word 'undefined-word'
# expect: error: unclosed if in broken
# expect: 21 3 
# expect: 0 -2 1 
# expect: words: 40 memory: [3]
