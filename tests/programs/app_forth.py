"""A small Forth: a data stack, a dictionary of words (built-ins are
closures over the interpreter, user words are compiled to lists of
instructions), IF/ELSE/THEN, DO/LOOP, BEGIN/UNTIL, variables and
constants."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


class ForthError(Exception):
    pass


@dataclass
class Instr:
    op: str                 # "call", "lit", "branch", "branch0", "do", "loop", "i"
    arg: int = 0
    word: str = ""


@dataclass
class Word:
    name: str
    builtin: Callable[[], None] | None = None
    body: list[Instr] = field(default_factory=list)
    immediate: bool = False


class Forth:
    def __init__(self) -> None:
        self.stack: list[int] = []
        self.rstack: list[int] = []
        self.words: dict[str, Word] = {}
        self.memory: list[int] = []
        self.out: list[str] = []
        self.compiling: Word | None = None
        self.control: list[int] = []
        self._install()

    # -- stack helpers
    def push(self, v: int) -> None:
        self.stack.append(v)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def binary(self, f: Callable[[int, int], int]) -> Callable[[], None]:
        def run() -> None:
            b = self.pop()
            a = self.pop()
            self.push(f(a, b))
        return run

    def _install(self) -> None:
        ops: dict[str, Callable[[int, int], int]] = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a // b,
            "mod": lambda a, b: a % b,
            "=": lambda a, b: -1 if a == b else 0,
            "<": lambda a, b: -1 if a < b else 0,
            ">": lambda a, b: -1 if a > b else 0,
            "and": lambda a, b: a & b,
            "or": lambda a, b: a | b,
        }
        for name, f in ops.items():
            self.words[name] = Word(name, self.binary(f))
        self.define("dup", lambda: self.push(self.stack[-1]))
        self.define("drop", lambda: self.pop() and None)
        self.define("swap", self._swap)
        self.define("over", lambda: self.push(self.stack[-2]))
        self.define("rot", self._rot)
        self.define(".", lambda: self.out.append(str(self.pop())))
        self.define("emit", lambda: self.out.append(chr(self.pop())))
        self.define("cr", lambda: self.out.append("\n"))
        self.define("@", lambda: self.push(self.memory[self.pop()]))
        self.define("!", self._store)

    def define(self, name: str, f: Callable[[], None]) -> None:
        self.words[name] = Word(name, f)

    def _swap(self) -> None:
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def _rot(self) -> None:
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack.extend([b, c, a])

    def _store(self) -> None:
        addr = self.pop()
        self.memory[addr] = self.pop()

    # -- compiler
    def compile_token(self, tok: str, w: Word) -> None:
        body = w.body
        if tok == "if":
            self.control.append(len(body))
            body.append(Instr("branch0"))
        elif tok == "else":
            at = self.control.pop()
            self.control.append(len(body))
            body.append(Instr("branch"))
            body[at].arg = len(body)
        elif tok == "then":
            body[self.control.pop()].arg = len(body)
        elif tok == "do":
            body.append(Instr("do"))
            self.control.append(len(body))
        elif tok == "loop":
            body.append(Instr("loop", self.control.pop()))
        elif tok == "i":
            body.append(Instr("i"))
        elif tok == "begin":
            self.control.append(len(body))
        elif tok == "until":
            body.append(Instr("branch0", self.control.pop()))
        elif tok in self.words or tok == w.name:
            body.append(Instr("call", word=tok))
        else:
            body.append(Instr("lit", self.number(tok)))

    def number(self, tok: str) -> int:
        try:
            return int(tok)
        except ValueError:
            raise ForthError(f"unknown word: {tok}") from None

    def execute(self, w: Word) -> None:
        if w.builtin is not None:
            w.builtin()
            return
        pc = 0
        code = w.body
        while pc < len(code):
            ins = code[pc]
            pc += 1
            match ins.op:
                case "lit":
                    self.push(ins.arg)
                case "call":
                    self.execute(self.words[ins.word])
                case "branch":
                    pc = ins.arg
                case "branch0":
                    if self.pop() == 0:
                        pc = ins.arg
                case "do":
                    start, limit = self.pop(), self.pop()
                    self.rstack.extend([limit, start])
                case "loop":
                    self.rstack[-1] += 1
                    if self.rstack[-1] < self.rstack[-2]:
                        pc = ins.arg
                    else:
                        del self.rstack[-2:]
                case "i":
                    self.push(self.rstack[-1])

    # -- outer interpreter
    def run(self, source: str) -> str:
        tokens = iter(source.lower().split())
        for tok in tokens:
            if tok == ":":
                self.compiling = Word(next(tokens))
            elif tok == ";":
                if self.compiling is None:
                    raise ForthError("; outside a definition")
                self.words[self.compiling.name] = self.compiling
                self.compiling = None
            elif tok == "variable":
                name = next(tokens)
                addr = len(self.memory)
                self.memory.append(0)
                self.define(name, lambda addr=addr: self.push(addr))
            elif tok == "constant":
                name, value = next(tokens), self.pop()
                self.define(name, lambda value=value: self.push(value))
            elif self.compiling is not None:
                self.compile_token(tok, self.compiling)
            elif tok in self.words:
                self.execute(self.words[tok])
            else:
                self.push(self.number(tok))
        text = " ".join(self.out)
        self.out.clear()
        return text


def main() -> None:
    f = Forth()
    programs = [
        "2 3 + 4 * .",
        ": square dup * ; 7 square .",
        ": fact dup 1 > if dup 1 - fact * then ; 10 fact .",
        ": sum-to 0 swap 1 + 1 do i + loop ; 100 sum-to .",
        "variable counter 5 counter ! counter @ 2 * .",
        "42 constant answer answer answer + .",
        ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown",
        ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -7 sign . 0 sign . 9 sign .",
        "72 emit 105 emit cr",
        "1 2 3 rot . . .",
    ]
    for src in programs:
        print(repr(f.run(src)))
    for bad in ["1 +", "frobnicate"]:
        try:
            f.run(bad)
        except ForthError as e:
            print("error:", e)
    print("stack:", f.stack)


main()

# expect: '20'
# expect: '49'
# expect: '3628800'
# expect: '5050'
# expect: '10'
# expect: '84'
# expect: '5 4 3 2 1'
# expect: '-1 0 1'
# expect: 'H i \n'
# expect: '1 3 2'
# expect: error: stack underflow
# expect: error: unknown word: frobnicate
# expect: stack: []
