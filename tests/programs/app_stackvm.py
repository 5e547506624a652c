# A small language compiled to a stack machine: tokenizer, Pratt parser,
# compiler with constant folding and jump patching, and a VM with call
# frames.  Written as a Python programmer writes it: fields set in
# __init__, lists and dicts filled later, Optional values.
import sys
from typing import Optional

PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, EQ, JMP, JZ, CALL, RET, PRINT, POP, NEG = range(17)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ", "JMP", "JZ",
         "CALL", "RET", "PRINT", "POP", "NEG"]


class Token:
    def __init__(self, kind: str, text: str, line: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r})"


class CompileError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and src[i].isdigit():
                i += 1
            tokens.append(Token("num", src[start:i], line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            kind = "kw" if word in ("def", "while", "if", "else", "return", "print", "var") else "name"
            tokens.append(Token(kind, word, line))
        elif src.startswith("==", i):
            tokens.append(Token("op", "==", line))
            i += 2
        else:
            tokens.append(Token("op", ch, line))
            i += 1
    tokens.append(Token("eof", "", line))
    return tokens


class Node:
    pass


class Num(Node):
    def __init__(self, value: int) -> None:
        self.value = value


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right


class Call(Node):
    def __init__(self, name: str, args: list[Node]) -> None:
        self.name = name
        self.args = args


PRECEDENCE = {"==": 1, "<": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}
OPCODES = {"+": ADD, "-": SUB, "*": MUL, "/": DIV, "%": MOD, "<": LT, "==": EQ}


class Function:
    def __init__(self, name: str, params: list[str]) -> None:
        self.name = name
        self.params = params
        self.code = []
        self.slots = {}
        for p in params:
            self.slots[p] = len(self.slots)

    def slot(self, name: str) -> int:
        if name not in self.slots:
            self.slots[name] = len(self.slots)
        return self.slots[name]

    def emit(self, op: int, arg: int = 0) -> int:
        self.code.append((op, arg))
        return len(self.code) - 1

    def patch(self, at: int, target: int) -> None:
        op, _ = self.code[at]
        self.code[at] = (op, target)


class Compiler:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.functions = {}
        self.order = []
        self.current = None
        self.folded = 0
        self.pending = []

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def next(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text: str) -> Token:
        tok = self.next()
        if tok.text != text:
            raise CompileError(f"line {tok.line}: expected {text!r}, got {tok.text!r}")
        return tok

    def program(self) -> None:
        main = Function("main", [])
        self.functions["main"] = main
        self.order.append("main")
        while self.peek().kind != "eof":
            if self.peek().text == "def":
                self.function()
            else:
                self.current = main
                self.statement()
        main.emit(PUSH, 0)
        main.emit(RET)

    def function(self) -> None:
        self.expect("def")
        name = self.next().text
        self.expect("(")
        params = []
        while self.peek().text != ")":
            params.append(self.next().text)
            if self.peek().text == ",":
                self.next()
        self.expect(")")
        fn = Function(name, params)
        self.functions[name] = fn
        self.order.append(name)
        saved = self.current
        self.current = fn
        self.block()
        fn.emit(PUSH, 0)
        fn.emit(RET)
        self.current = saved

    def block(self) -> None:
        self.expect("{")
        while self.peek().text != "}":
            self.statement()
        self.expect("}")

    def fn(self) -> Function:
        if self.current is None:
            raise CompileError("no function")
        return self.current

    def statement(self) -> None:
        tok = self.peek()
        f = self.fn()
        if tok.text == "print":
            self.next()
            self.expression(0)
            f.emit(PRINT)
        elif tok.text == "var" or (tok.kind == "name" and self.tokens[self.pos + 1].text == "="):
            if tok.text == "var":
                self.next()
            name = self.next().text
            self.expect("=")
            self.expression(0)
            f.emit(STORE, f.slot(name))
        elif tok.text == "while":
            self.next()
            top = len(f.code)
            self.expression(0)
            exit_jump = f.emit(JZ)
            self.block()
            f.emit(JMP, top)
            f.patch(exit_jump, len(f.code))
        elif tok.text == "if":
            self.next()
            self.expression(0)
            else_jump = f.emit(JZ)
            self.block()
            if self.peek().text == "else":
                self.next()
                end_jump = f.emit(JMP)
                f.patch(else_jump, len(f.code))
                self.block()
                f.patch(end_jump, len(f.code))
            else:
                f.patch(else_jump, len(f.code))
        elif tok.text == "return":
            self.next()
            self.expression(0)
            f.emit(RET)
        else:
            self.expression(0)
            f.emit(POP)
        if self.peek().text == ";":
            self.next()

    def expression(self, min_prec: int) -> None:
        self.emit_node(self.parse_expr(min_prec))

    def parse_expr(self, min_prec: int) -> Node:
        left = self.atom()
        while True:
            op = self.peek().text
            prec = PRECEDENCE.get(op)
            if prec is None or prec <= min_prec:
                return left
            self.next()
            right = self.parse_expr(prec)
            left = self.fold(BinOp(op, left, right))

    def fold(self, node: BinOp) -> Node:
        l, r = node.left, node.right
        if isinstance(l, Num) and isinstance(r, Num) and node.op in "+-*":
            self.folded += 1
            if node.op == "+":
                return Num(l.value + r.value)
            if node.op == "-":
                return Num(l.value - r.value)
            return Num(l.value * r.value)
        return node

    def atom(self) -> Node:
        tok = self.next()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.text == "-":
            inner = self.atom()
            if isinstance(inner, Num):
                return Num(-inner.value)
            return BinOp("-", Num(0), inner)
        if tok.text == "(":
            e = self.parse_expr(0)
            self.expect(")")
            return e
        if tok.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                while self.peek().text != ")":
                    args.append(self.parse_expr(0))
                    if self.peek().text == ",":
                        self.next()
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        raise CompileError(f"line {tok.line}: unexpected {tok.text!r}")

    def emit_node(self, node: Node) -> None:
        f = self.fn()
        if isinstance(node, Num):
            f.emit(PUSH, node.value)
        elif isinstance(node, Var):
            if node.name not in f.slots:
                raise CompileError(f"unknown variable {node.name!r} in {f.name}")
            f.emit(LOAD, f.slots[node.name])
        elif isinstance(node, BinOp):
            self.emit_node(node.left)
            self.emit_node(node.right)
            f.emit(OPCODES[node.op])
        elif isinstance(node, Call):
            for a in node.args:
                self.emit_node(a)
            f.emit(CALL, len(self.pending))
            self.pending.append((node.name, len(node.args)))


class Frame:
    def __init__(self, fn: Function, base: int) -> None:
        self.fn = fn
        self.pc = 0
        self.base = base
        self.locals = [0] * max(len(fn.slots), 1)


class VM:
    def __init__(self, functions: list[Function], calls: list[tuple[str, int]]) -> None:
        self.functions = {}
        for fn in functions:
            self.functions[fn.name] = fn
        self.calls = calls
        self.stack = []
        self.output = []
        self.steps = 0
        self.max_depth = 0
        self.last: Optional[int] = None

    def run(self, entry: str) -> int:
        frames = [Frame(self.functions[entry], 0)]
        while frames:
            frame = frames[-1]
            op, arg = frame.fn.code[frame.pc]
            frame.pc += 1
            self.steps += 1
            if op == PUSH:
                self.stack.append(arg)
            elif op == LOAD:
                self.stack.append(frame.locals[arg])
            elif op == STORE:
                frame.locals[arg] = self.stack.pop()
            elif op == POP:
                self.stack.pop()
            elif op == PRINT:
                v = self.stack.pop()
                self.output.append(str(v))
                self.last = v
            elif op == NEG:
                self.stack.append(-self.stack.pop())
            elif op == JMP:
                frame.pc = arg
            elif op == JZ:
                if self.stack.pop() == 0:
                    frame.pc = arg
            elif op == CALL:
                name, argc = self.calls[arg]
                callee = self.functions.get(name)
                if callee is None:
                    raise CompileError(f"unknown function {name!r}")
                new = Frame(callee, len(self.stack) - argc)
                for i in range(argc - 1, -1, -1):
                    new.locals[i] = self.stack.pop()
                frames.append(new)
                self.max_depth = max(self.max_depth, len(frames))
            elif op == RET:
                result = self.stack.pop()
                frames.pop()
                if not frames:
                    return result
                self.stack.append(result)
            else:
                b = self.stack.pop()
                a = self.stack.pop()
                if op == ADD:
                    self.stack.append(a + b)
                elif op == SUB:
                    self.stack.append(a - b)
                elif op == MUL:
                    self.stack.append(a * b)
                elif op == DIV:
                    self.stack.append(a // b)
                elif op == MOD:
                    self.stack.append(a % b)
                elif op == LT:
                    self.stack.append(1 if a < b else 0)
                elif op == EQ:
                    self.stack.append(1 if a == b else 0)
        return 0


SOURCE = """
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
def gcd(a, b) {
    while 0 < b { var t = a % b; a = b; b = t }
    return a
}
var i = 0
var total = 2 * 3 + 4 * (5 - 1)
while i < 10 {
    total = total + fib(i)
    i = i + 1
}
print total
print gcd(1071, 462)
print -7 % 3
print fib(15) == 610
"""


def disassemble(fn: Function) -> str:
    lines = []
    for i, (op, arg) in enumerate(fn.code):
        name = NAMES[op]
        lines.append(f"{i:3} {name:<6}{str(arg) if op in (PUSH, LOAD, STORE, JMP, JZ, CALL) else ''}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    tokens = tokenize(SOURCE)
    print(len(tokens), tokens[:4])
    c = Compiler(tokens)
    c.program()
    print("functions:", c.order, "folded:", c.folded)
    print(disassemble(c.functions["gcd"]))
    vm = VM([c.functions[name] for name in c.order], c.pending)
    result = vm.run("main")
    print("\n".join(vm.output))
    print("result", result, "steps", vm.steps, "depth", vm.max_depth, "last", vm.last)
    for bad in ["print x", "def f( { }", "print 1 +"]:
        try:
            bc = Compiler(tokenize(bad))
            bc.program()
            print("compiled?", bad)
        except CompileError as e:
            print("error:", e)
        except IndexError:
            print("error: ran out of tokens in", repr(bad))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 119 [Token(kw, 'def'), Token(name, 'fib'), Token(op, '('), Token(name, 'n')]
# expect: functions: ['main', 'fib', 'gcd'] folded: 4
# expect:   0 PUSH  0
# expect:   1 LOAD  1
# expect:   2 LT    
# expect:   3 JZ    13
# expect:   4 LOAD  0
# expect:   5 LOAD  1
# expect:   6 MOD   
# expect:   7 STORE 2
# expect:   8 LOAD  1
# expect:   9 STORE 0
# expect:  10 LOAD  2
# expect:  11 STORE 1
# expect:  12 JMP   0
# expect:  13 LOAD  0
# expect:  14 RET   
# expect:  15 PUSH  0
# expect:  16 RET   
# expect: 110
# expect: 21
# expect: 2
# expect: 1
# expect: result 0 steps 22656 depth 16 last 1
# expect: error: unknown variable 'x' in main
# expect: error: ran out of tokens in 'def f( { }'
# expect: error: line 1: unexpected ''
