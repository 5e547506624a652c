# issue 8: a Brainfuck interpreter and a small Forth (a table of lambdas built
# in __init__, nested lambdas, iter/next with a default, str.index from a
# position, exceptions with except-and-raise) written as plain typed Python
# before trying rtrans: it translates unchanged.
"""A Brainfuck interpreter and a small Forth, sharing a stack-machine core."""
import sys
from typing import Callable


def bf_run(code: str, inp: str = "", limit: int = 1_000_000) -> str:
    jumps: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = [0] * 300
    ptr = pc = steps = 0
    out = []
    feed = iter(inp)
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op = code[pc]
        if op == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif op == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif op == ">":
            ptr += 1
        elif op == "<":
            ptr -= 1
        elif op == ".":
            out.append(chr(tape[ptr]))
        elif op == ",":
            tape[ptr] = ord(next(feed, "\0"))
        elif op == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif op == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out)


class ForthError(Exception):
    pass


class Forth:
    def __init__(self) -> None:
        self.stack: list[int] = []
        self.out: list[str] = []
        self.words: dict[str, list[str]] = {}
        self.prims: dict[str, Callable[[], None]] = {
            "+": lambda: self.binary(lambda a, b: a + b),
            "-": lambda: self.binary(lambda a, b: a - b),
            "*": lambda: self.binary(lambda a, b: a * b),
            "/": lambda: self.binary(lambda a, b: a // b),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: None if self.pop() else None,
            "swap": self.swap,
            "over": lambda: self.push(self.stack[-2]),
            ".": lambda: self.out.append(str(self.pop())),
            "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"),
        }

    def push(self, v: int) -> None:
        self.stack.append(v)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def peek(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack[-1]

    def swap(self) -> None:
        b, a = self.pop(), self.pop()
        self.stack += [b, a]

    def binary(self, f: Callable[[int, int], int]) -> None:
        b = self.pop()
        a = self.pop()
        try:
            self.push(f(a, b))
        except ZeroDivisionError:
            raise ForthError("division by zero")

    def run(self, text: str) -> str:
        tokens = text.split()
        i = 0
        while i < len(tokens):
            tok = tokens[i].lower()
            if tok == ":":
                end = tokens.index(";", i)
                name, body = tokens[i + 1].lower(), tokens[i + 2:end]
                self.words[name] = body
                i = end + 1
                continue
            self.execute(tok, 0)
            i += 1
        result = " ".join(self.out).replace(" \n ", "\n")
        self.out.clear()
        return result

    def execute(self, tok: str, depth: int) -> None:
        if depth > 50:
            raise ForthError("recursion too deep")
        if tok in self.words:
            for t in self.words[tok]:
                self.execute(t.lower(), depth + 1)
        elif tok in self.prims:
            self.prims[tok]()
        elif tok.lstrip("-").isdigit():
            self.push(int(tok))
        else:
            raise ForthError(f"unknown word {tok!r}")


HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."

if __name__ == "__main__":
    print(repr(bf_run(HELLO)))
    print(bf_run(",[.,]", "echo"))
    for bad in ["[[]", "+]"]:
        try:
            bf_run(bad)
        except SyntaxError as e:
            print("SyntaxError:", e)
    f = Forth()
    print(f.run(": sq dup * ; : cube dup sq * ; 3 sq . 4 cube . 10 3 - . 7 2 / ."))
    print(f.run("1 2 swap . . 5 6 over . . ."))
    for prog in ["1 0 /", "drop", "frob", ": loop loop ; loop"]:
        try:
            f.run(prog)
        except ForthError as e:
            print("ForthError:", e, f.stack)
            f.stack.clear()
    sys.exit(0)

# expect: 'Hello World!\n'
# expect: echo
# expect: SyntaxError: unmatched [ at 0
# expect: SyntaxError: unmatched ] at 1
# expect: 9 64 7 3
# expect: 1 2 5 6 5
# expect: ForthError: division by zero []
# expect: ForthError: stack underflow []
# expect: ForthError: unknown word 'frob' []
# expect: ForthError: recursion too deep []
