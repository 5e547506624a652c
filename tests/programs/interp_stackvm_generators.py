# A tiny imperative language compiled to a stack machine.  The tokenizer is
# a pipeline of generators, the compiler emits instructions as it parses,
# a peephole pass rewrites the code as a generator over it, and the VM
# dispatches through a table of bound methods.
import sys
from typing import Callable, Iterator


SOURCE = """
# sum of squares, fizzbuzz-ish counting and a factorial
let n = 10
let total = 0
let i = 1
while i <= n do
    total = total + i * i
    i = i + 1
end
print total
let k = 0
let threes = 0
while k < 30 do
    if k % 3 == 0 then
        threes = threes + 1
    else
        if k % 5 == 0 then
            print k
        end
    end
    k = k + 1
end
print threes
let f = 1
let m = 12
while m > 1 do
    f = f * m
    m = m - 1
end
print f
print 2 + 3 * 4 - -2
"""


def lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.split("\n"), 1):
        code = line.split("#")[0].strip()
        if code:
            yield number, code


def split_line(number: int, line: str) -> Iterator[tuple[str, str, int]]:
    i = 0
    while i < len(line):
        c = line[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(line) and line[j].isdigit():
                j += 1
            yield ("num", line[i:j], number)
            i = j
        elif c.isalpha():
            j = i
            while j < len(line) and line[j].isalnum():
                j += 1
            yield ("word", line[i:j], number)
            i = j
        elif line[i:i + 2] in ("<=", ">=", "==", "!="):
            yield ("op", line[i:i + 2], number)
            i += 2
        else:
            yield ("op", c, number)
            i += 1
    yield ("eol", "", number)


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    for number, line in lines(text):
        yield from split_line(number, line)
    yield ("eof", "", -1)


class Compiler:
    toks: Iterator[tuple[str, str, int]]
    tok: tuple[str, str, int]
    code: list[tuple[str, int]]
    names: dict[str, int]

    def __init__(self, text: str) -> None:
        self.toks = tokens(text)
        self.tok = next(self.toks)
        self.code = []
        self.names = {}

    def take(self) -> str:
        text = self.tok[1]
        self.tok = next(self.toks)
        return text

    def expect(self, text: str) -> None:
        if self.tok[1] != text:
            raise SyntaxError(f"line {self.tok[2]}: expected {text!r}, found {self.tok[1]!r}")
        self.take()

    def emit(self, op: str, arg: int = 0) -> int:
        self.code.append((op, arg))
        return len(self.code) - 1

    def slot(self, name: str) -> int:
        if name not in self.names:
            self.names[name] = len(self.names)
        return self.names[name]

    def program(self) -> list[tuple[str, int]]:
        while self.tok[0] != "eof":
            self.statement()
        self.emit("halt")
        return self.code

    def block(self, enders: list[str]) -> str:
        while self.tok[1] not in enders:
            self.statement()
        return self.take()

    def statement(self) -> None:
        word = self.take()
        if word == "let" or self.tok[1] == "=":
            name = self.take() if word == "let" else word
            self.expect("=")
            self.expression()
            self.emit("store", self.slot(name))
        elif word == "print":
            self.expression()
            self.emit("print")
        elif word == "while":
            top = len(self.code)
            self.expression()
            self.expect("do")
            exit_jump = self.emit("jump_if_false")
            self.expect("")
            self.block(["end"])
            self.emit("jump", top)
            self.code[exit_jump] = ("jump_if_false", len(self.code))
        elif word == "if":
            self.expression()
            self.expect("then")
            skip = self.emit("jump_if_false")
            self.expect("")
            ender = self.block(["else", "end"])
            if ender == "else":
                over = self.emit("jump")
                self.code[skip] = ("jump_if_false", len(self.code))
                self.expect("")
                self.block(["end"])
                self.code[over] = ("jump", len(self.code))
            else:
                self.code[skip] = ("jump_if_false", len(self.code))
        else:
            raise SyntaxError(f"line {self.tok[2]}: unknown statement {word!r}")
        self.expect("")

    def expression(self, level: int = 0) -> None:
        levels = [["==", "!=", "<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]]
        if level == len(levels):
            self.unary()
            return
        self.expression(level + 1)
        while self.tok[1] in levels[level]:
            op = self.take()
            self.expression(level + 1)
            self.emit("binary", OPERATORS.index(op))

    def unary(self) -> None:
        kind, text, _ = self.tok
        self.take()
        if kind == "num":
            self.emit("push", int(text))
        elif text == "-":
            self.unary()
            self.emit("negate")
        elif text == "(":
            self.expression()
            self.expect(")")
        else:
            self.emit("load", self.slot(text))


OPERATORS = ["==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"]
FUNCTIONS: list[Callable[[int, int], int]] = [
    lambda a, b: int(a == b), lambda a, b: int(a != b),
    lambda a, b: int(a < b), lambda a, b: int(a > b),
    lambda a, b: int(a <= b), lambda a, b: int(a >= b),
    lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b,
    lambda a, b: a // b, lambda a, b: a % b,
]


def peephole(code: list[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Fold `push a; push b; binary op` (no jump lands inside)."""
    targets = {arg for op, arg in code if op.startswith("jump")}
    i = 0
    while i < len(code):
        window = code[i:i + 3]
        if (len(window) == 3 and window[0][0] == "push" and window[1][0] == "push"
                and window[2][0] == "binary" and not any(t in targets for t in (i + 1, i + 2))):
            yield ("push", FUNCTIONS[window[2][1]](window[0][1], window[1][1]))
            yield ("nop", 0)
            yield ("nop", 0)
            i += 3
        else:
            yield code[i]
            i += 1


class VM:
    stack: list[int]
    slots: list[int]
    pc: int
    running: bool
    output: list[str]
    ops: dict[str, Callable[[int], None]]

    def __init__(self, nslots: int) -> None:
        self.stack = []
        self.slots = [0] * nslots
        self.pc = 0
        self.running = True
        self.output = []
        self.ops = {
            "push": self.stack.append,
            "load": lambda a: self.stack.append(self.slots[a]),
            "store": self.store,
            "binary": self.binary,
            "negate": lambda a: self.stack.append(-self.stack.pop()),
            "print": lambda a: self.output.append(str(self.stack.pop())),
            "jump": self.jump,
            "jump_if_false": self.jump_if_false,
            "nop": lambda a: None,
            "halt": self.halt,
        }

    def store(self, slot: int) -> None:
        self.slots[slot] = self.stack.pop()

    def binary(self, index: int) -> None:
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append(FUNCTIONS[index](a, b))

    def jump(self, target: int) -> None:
        self.pc = target

    def jump_if_false(self, target: int) -> None:
        if self.stack.pop() == 0:
            self.pc = target

    def halt(self, arg: int) -> None:
        self.running = False

    def run(self, code: list[tuple[str, int]]) -> int:
        steps = 0
        while self.running:
            op, arg = code[self.pc]
            self.pc += 1
            self.ops[op](arg)
            steps += 1
        return steps


def main(argv: list[str]) -> int:
    compiler = Compiler(SOURCE)
    code = compiler.program()
    optimized = list(peephole(code))
    folded = sum(1 for op, _ in optimized if op == "nop")
    print(f"{len(code)} instructions, {folded} folded away, {len(compiler.names)} variables")
    vm = VM(len(compiler.names))
    steps = vm.run(optimized)
    print(" ".join(vm.output))
    print(f"{steps} steps; stack empty: {not vm.stack}")
    histogram: dict[str, int] = {}
    for op, _ in code:
        histogram[op] = histogram.get(op, 0) + 1
    print(", ".join(f"{op}={n}" for op, n in sorted(histogram.items(), key=lambda kv: -kv[1])))
    try:
        Compiler("let x = 1\nfrobnicate 3\n").program()
    except SyntaxError as e:
        print("syntax error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 86 instructions, 2 folded away, 7 variables
# expect: 385 5 10 20 25 10 479001600 16
# expect: 963 steps; stack empty: True
# expect: push=21, load=19, binary=17, store=13, jump_if_false=5, print=5, jump=4, negate=1, halt=1
# expect: syntax error: line 2: unknown statement 'frobnicate'
