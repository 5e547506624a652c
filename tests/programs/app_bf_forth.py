# issue 8: an interpreter-style program written in plain typed Python as a new user would,
# then changed only to translate today: plain classes instead of @dataclass (field(default_factory=...)).
"""Two tiny languages: a Brainfuck compiler to an op list plus VM, and a Forth interpreter."""
from __future__ import annotations

import sys
from collections import defaultdict


class Op:
    kind: str
    arg: int

    def __init__(self, kind: str, arg: int = 0) -> None:
        self.kind = kind
        self.arg = arg


def compile_bf(src: str) -> list[Op]:
    ops: list[Op] = []
    stack: list[int] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in "+-<>":
            run = 1
            while i + run < len(src) and src[i + run] == ch:
                run += 1
            i += run
            if ch in "+-":
                ops.append(Op("add", run if ch == "+" else -run))
            else:
                ops.append(Op("move", run if ch == ">" else -run))
            continue
        if ch == "[":
            if src[i:i + 3] in ("[-]", "[+]"):
                ops.append(Op("zero"))
                i += 3
                continue
            stack.append(len(ops))
            ops.append(Op("jz"))
        elif ch == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            start = stack.pop()
            ops[start].arg = len(ops)
            ops.append(Op("jnz", start))
        elif ch == ".":
            ops.append(Op("out"))
        elif ch == ",":
            ops.append(Op("in"))
        i += 1
    if stack:
        raise SyntaxError(f"unmatched [ at op {stack[-1]}")
    return ops


def run_bf(ops: list[Op], data: str = "") -> tuple[str, int]:
    tape = [0] * 30000
    ptr = 0
    pc = 0
    out: list[str] = []
    inp = list(data)
    steps = 0
    while pc < len(ops):
        op = ops[pc]
        steps += 1
        if op.kind == "add":
            tape[ptr] = (tape[ptr] + op.arg) % 256
        elif op.kind == "move":
            ptr += op.arg
        elif op.kind == "zero":
            tape[ptr] = 0
        elif op.kind == "jz":
            if tape[ptr] == 0:
                pc = op.arg
        elif op.kind == "jnz":
            if tape[ptr] != 0:
                pc = op.arg
        elif op.kind == "out":
            out.append(chr(tape[ptr]))
        elif op.kind == "in":
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        pc += 1
    return "".join(out), steps


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.")
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."


class ForthError(Exception):
    pass


class Forth:
    stack: list[int]
    words: dict[str, list[str]]
    output: list[str]
    memory: dict[str, int]
    calls: defaultdict[str, int]

    def __init__(self) -> None:
        self.stack = []
        self.words = {}
        self.output = []
        self.memory = {}
        self.calls = defaultdict(int)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def binary(self, word: str) -> None:
        b = self.pop()
        a = self.pop()
        if word == "+":
            self.stack.append(a + b)
        elif word == "-":
            self.stack.append(a - b)
        elif word == "*":
            self.stack.append(a * b)
        elif word == "/":
            if b == 0:
                raise ForthError("division by zero")
            self.stack.append(a // b)
        elif word == "mod":
            self.stack.append(a % b)
        elif word == "=":
            self.stack.append(-1 if a == b else 0)
        elif word == "<":
            self.stack.append(-1 if a < b else 0)
        elif word == ">":
            self.stack.append(-1 if a > b else 0)

    def execute(self, tokens: list[str]) -> None:
        i = 0
        while i < len(tokens):
            tok = tokens[i].lower()
            i += 1
            if tok == ":":
                name = tokens[i].lower()
                end = tokens.index(";", i)
                self.words[name] = tokens[i + 1:end]
                i = end + 1
            elif tok in self.words:
                self.calls[tok] += 1
                self.execute(self.words[tok])
            elif tok in ("+", "-", "*", "/", "mod", "=", "<", ">"):
                self.binary(tok)
            elif tok == "dup":
                v = self.pop()
                self.stack.extend([v, v])
            elif tok == "drop":
                self.pop()
            elif tok == "swap":
                b, a = self.pop(), self.pop()
                self.stack.extend([b, a])
            elif tok == "over":
                b, a = self.pop(), self.pop()
                self.stack.extend([a, b, a])
            elif tok == "rot":
                c, b, a = self.pop(), self.pop(), self.pop()
                self.stack.extend([b, c, a])
            elif tok == ".":
                self.output.append(str(self.pop()))
            elif tok == "emit":
                self.output.append(chr(self.pop()))
            elif tok == "cr":
                self.output.append("\n")
            elif tok == "variable":
                self.memory[tokens[i].lower()] = 0
                i += 1
            elif tok == "!":
                name = tokens[i].lower()
                self.memory[name] = self.pop()
                i += 1
            elif tok == "@":
                self.stack.append(self.memory[tokens[i].lower()])
                i += 1
            elif tok == "if":
                depth, j, else_at = 0, i, -1
                while True:
                    t = tokens[j].lower()
                    if t == "if":
                        depth += 1
                    elif t == "else" and depth == 0:
                        else_at = j
                    elif t == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    j += 1
                if self.pop() != 0:
                    self.execute(tokens[i:else_at if else_at >= 0 else j])
                elif else_at >= 0:
                    self.execute(tokens[else_at + 1:j])
                i = j + 1
            elif tok == "do":
                end = len(tokens) - 1 - tokens[::-1].index("loop")
                body = tokens[i:end]
                start, limit = self.pop(), self.pop()
                for k in range(start, limit):
                    self.memory["i"] = k
                    self.execute(body)
                i = end + 1
            elif tok == "i":
                self.stack.append(self.memory["i"])
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    raise ForthError(f"unknown word {tok!r}")

    def run(self, src: str) -> str:
        self.output = []
        try:
            self.execute(src.split())
        except ForthError as e:
            self.output.append(f"<error: {e}>")
        return " ".join(self.output).replace(" \n ", "\n")


FORTH = [
    "2 3 + 4 * .",
    ": square dup * ; 7 square .",
    ": cube dup square * ; 3 cube . 4 cube .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact .",
    "10 0 do i square . loop",
    "variable total 0 ! total 5 1 do i @ total + ! total loop @ total .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    "1 2 3 rot . . .",
    "72 emit 105 emit",
    "1 0 /",
    "drop",
    "1 2 frobnicate",
]


def main(argv: list[str]) -> int:
    for name, src, data in [("hello", HELLO, ""), ("reverse", REVERSE, "stressed"), ("add", ADD_DIGITS, "34")]:
        ops = compile_bf(src)
        text, steps = run_bf(ops, data)
        print(f"bf {name}: {len(src)} chars -> {len(ops)} ops, {steps} steps: {text.strip()!r}")
    for bad in ["[[]", "]"]:
        try:
            compile_bf(bad)
        except SyntaxError as e:
            print(f"bf {bad!r}: SyntaxError: {e}")
    forth = Forth()
    for line in FORTH:
        print(f"forth> {line}")
        print("  " + forth.run(line))
    print("stack:", forth.stack)
    print("calls:", sorted(forth.calls.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: bf hello: 102 chars -> 56 ops, 580 steps: 'Hello World!'
# expect: bf reverse: 11 chars -> 11 ops, 53 steps: 'desserts'
# expect: bf add: 59 chars -> 12 ops, 267 steps: '7'
# expect: bf '[[]': SyntaxError: unmatched [ at op 0
# expect: bf ']': SyntaxError: unmatched ] at 0
# expect: forth> 2 3 + 4 * .
# expect:   20
# expect: forth> : square dup * ; 7 square .
# expect:   49
# expect: forth> : cube dup square * ; 3 cube . 4 cube .
# expect:   27 64
# expect: forth> : fact dup 1 > if dup 1 - fact * then ; 10 fact .
# expect:   3628800
# expect: forth> 10 0 do i square . loop
# expect:   0 1 4 9 16 25 36 49 64 81
# expect: forth> variable total 0 ! total 5 1 do i @ total + ! total loop @ total .
# expect:   10
# expect: forth> : sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .
# expect:   -1 0 1
# expect: forth> 1 2 3 rot . . .
# expect:   1 3 2
# expect: forth> 72 emit 105 emit
# expect:   H i
# expect: forth> 1 0 /
# expect:   <error: division by zero>
# expect: forth> drop
# expect:   <error: stack underflow>
# expect: forth> 1 2 frobnicate
# expect:   <error: unknown word 'frobnicate'>
# expect: stack: [1, 2]
# expect: calls: [('cube', 2), ('fact', 10), ('sign', 3), ('square', 13)]
