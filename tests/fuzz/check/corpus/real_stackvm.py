# A stack virtual machine with a two-pass assembler.  The assembler reads
# a small assembly language (labels, comments, integer and string
# operands, named constants), reports every error with its line, and
# produces typed instructions; a disassembler prints them back; the VM runs
# them with an operand stack, call frames with locals, a heap of integer
# cells, output, a step limit, and run-time faults.  The program assembles
# and runs several sample programs, including faulty ones.
from __future__ import annotations

import sys

# args: 12

# Opcodes and their operand kinds: "" none, "i" integer, "l" label,
# "s" string.
OPS: dict[str, tuple[int, str]] = {
    "push": (0, "i"), "pop": (1, ""), "dup": (2, ""), "swap": (3, ""), "over": (4, ""),
    "add": (5, ""), "sub": (6, ""), "mul": (7, ""), "div": (8, ""), "mod": (9, ""),
    "neg": (10, ""), "eq": (11, ""), "lt": (12, ""), "gt": (13, ""), "not": (14, ""),
    "jmp": (15, "l"), "jz": (16, "l"), "jnz": (17, "l"), "call": (18, "l"), "ret": (19, ""),
    "load": (20, "i"), "store": (21, "i"), "hload": (22, ""), "hstore": (23, ""),
    "print": (24, ""), "prints": (25, "s"), "halt": (26, ""), "arg": (27, "i"),
    "alloc": (28, ""), "nl": (29, ""),
}


def build_names() -> list[str]:
    names = [""] * len(OPS)
    for name, (code, _) in OPS.items():
        names[code] = name
    return names


NAMES = build_names()

OP_PUSH = 0
OP_POP = 1
OP_DUP = 2
OP_SWAP = 3
OP_OVER = 4
OP_ADD = 5
OP_SUB = 6
OP_MUL = 7
OP_DIV = 8
OP_MOD = 9
OP_NEG = 10
OP_EQ = 11
OP_LT = 12
OP_GT = 13
OP_NOT = 14
OP_JMP = 15
OP_JZ = 16
OP_JNZ = 17
OP_CALL = 18
OP_RET = 19
OP_LOAD = 20
OP_STORE = 21
OP_HLOAD = 22
OP_HSTORE = 23
OP_PRINT = 24
OP_PRINTS = 25
OP_HALT = 26
OP_ARG = 27
OP_ALLOC = 28
OP_NL = 29

LOCALS_PER_FRAME = 8


class Instr:
    op: int
    arg: int
    text: str
    line: int

    def __init__(self, op: int, arg: int, text: str, line: int) -> None:
        self.op = op
        self.arg = arg
        self.text = text
        self.line = line

    def __str__(self) -> str:
        name = NAMES[self.op]
        kind = OPS[name][1]
        if kind == "s":
            return f"{name} {self.text!r}"
        if kind == "":
            return name
        return f"{name} {self.arg}"


class AsmError(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} assembly error(s)")


class Fault(Exception):
    pc: int

    def __init__(self, pc: int, message: str) -> None:
        super().__init__(message)
        self.pc = pc


# ---------------------------------------------------------------------------
# Assembler
# ---------------------------------------------------------------------------

class Assembler:
    errors: list[str]
    labels: dict[str, int]
    consts: dict[str, int]
    pending: list[tuple[int, str, int]]  # (instruction index, label, line)
    code: list[Instr]

    def __init__(self) -> None:
        self.errors = []
        self.labels = {}
        self.consts = {}
        self.pending = []
        self.code = []

    def error(self, line: int, message: str) -> None:
        self.errors.append(f"line {line}: {message}")

    def split_line(self, raw: str) -> str:
        in_string = False
        for i, c in enumerate(raw):
            if c == '"':
                in_string = not in_string
            elif c == ";" and not in_string:
                return raw[:i].strip()
        return raw.strip()

    def assemble(self, src: str) -> list[Instr]:
        for lineno, raw in enumerate(src.splitlines(), 1):
            text = self.split_line(raw)
            if not text:
                continue
            while ":" in text and not text.startswith("prints"):
                label, _, rest = text.partition(":")
                label = label.strip()
                if not self.valid_name(label):
                    self.error(lineno, f"bad label {label!r}")
                elif label in self.labels:
                    self.error(lineno, f"duplicate label {label!r}")
                else:
                    self.labels[label] = len(self.code)
                text = rest.strip()
            if text:
                self.instruction(text, lineno)
        self.resolve()
        if self.errors:
            raise AsmError(self.errors)
        return self.code

    def valid_name(self, s: str) -> bool:
        if not s or s[0].isdigit():
            return False
        return all(c.isalnum() or c == "_" for c in s)

    def instruction(self, text: str, lineno: int) -> None:
        mnemonic, _, operand = text.partition(" ")
        operand = operand.strip()
        if mnemonic == ".const":
            name, _, value = operand.partition(" ")
            n = self.integer(value.strip(), lineno)
            if n is not None:
                self.consts[name] = n[0]
            return
        if mnemonic not in OPS:
            self.error(lineno, f"unknown instruction {mnemonic!r}")
            return
        code, kind = OPS[mnemonic]
        if kind == "" and operand != "":
            self.error(lineno, f"{mnemonic} takes no operand")
            return
        if kind != "" and operand == "":
            self.error(lineno, f"{mnemonic} needs an operand")
            return
        if kind == "i":
            n = self.integer(operand, lineno)
            if n is not None:
                self.code.append(Instr(code, n[0], "", lineno))
        elif kind == "l":
            self.pending.append((len(self.code), operand, lineno))
            self.code.append(Instr(code, -1, operand, lineno))
        elif kind == "s":
            if len(operand) < 2 or not operand.startswith('"') or not operand.endswith('"'):
                self.error(lineno, f"{mnemonic} needs a quoted string")
                return
            self.code.append(Instr(code, 0, operand[1:-1].replace("\\n", "\n"), lineno))
        else:
            self.code.append(Instr(code, 0, "", lineno))

    def integer(self, s: str, lineno: int) -> tuple[int] | None:
        if s in self.consts:
            return (self.consts[s],)
        body = s[1:] if s.startswith("-") else s
        if body.isdigit():
            return (int(s),)
        self.error(lineno, f"bad integer {s!r}")
        return None

    def resolve(self) -> None:
        for index, label, lineno in self.pending:
            if label not in self.labels:
                self.error(lineno, f"undefined label {label!r}")
            else:
                self.code[index].arg = self.labels[label]


def disassemble(code: list[Instr]) -> list[str]:
    return [f"{i:3}: {ins}" for i, ins in enumerate(code)]


# ---------------------------------------------------------------------------
# Virtual machine
# ---------------------------------------------------------------------------

class Frame:
    ret: int
    locals: list[int]
    args: list[int]

    def __init__(self, ret: int, args: list[int]) -> None:
        self.ret = ret
        self.locals = [0] * LOCALS_PER_FRAME
        self.args = args


class VM:
    code: list[Instr]
    stack: list[int]
    frames: list[Frame]
    heap: list[int]
    out: list[str]
    steps: int
    max_steps: int
    counts: list[int]

    def __init__(self, code: list[Instr], max_steps: int) -> None:
        self.code = code
        self.stack = []
        self.frames = [Frame(-1, [])]
        self.heap = []
        self.out = []
        self.steps = 0
        self.max_steps = max_steps
        self.counts = [0] * len(OPS)

    def pop(self, pc: int) -> int:
        if not self.stack:
            raise Fault(pc, "stack underflow")
        return self.stack.pop()

    def heap_index(self, pc: int, addr: int) -> int:
        if addr < 0 or addr >= len(self.heap):
            raise Fault(pc, f"heap address {addr} out of bounds (size {len(self.heap)})")
        return addr

    def arith(self, op: int, pc: int) -> None:
        b = self.pop(pc)
        a = self.pop(pc)
        if op == OP_ADD:
            self.stack.append(a + b)
        elif op == OP_SUB:
            self.stack.append(a - b)
        elif op == OP_MUL:
            self.stack.append(a * b)
        elif op == OP_DIV or op == OP_MOD:
            if b == 0:
                raise Fault(pc, "division by zero")
            self.stack.append(a // b if op == OP_DIV else a % b)
        elif op == OP_EQ:
            self.stack.append(1 if a == b else 0)
        elif op == OP_LT:
            self.stack.append(1 if a < b else 0)
        else:
            self.stack.append(1 if a > b else 0)

    def run(self, args: list[int]) -> int:
        self.frames[0].args = args
        pc = 0
        while True:
            if pc < 0 or pc >= len(self.code):
                raise Fault(pc, "jump outside the program")
            self.steps += 1
            if self.steps > self.max_steps:
                raise Fault(pc, f"step limit {self.max_steps} reached")
            ins = self.code[pc]
            op = ins.op
            self.counts[op] += 1
            pc += 1
            if op == OP_PUSH:
                self.stack.append(ins.arg)
            elif op == OP_POP:
                self.pop(pc - 1)
            elif op == OP_DUP:
                v = self.pop(pc - 1)
                self.stack.append(v)
                self.stack.append(v)
            elif op == OP_SWAP:
                b = self.pop(pc - 1)
                a = self.pop(pc - 1)
                self.stack.append(b)
                self.stack.append(a)
            elif op == OP_OVER:
                b = self.pop(pc - 1)
                a = self.pop(pc - 1)
                self.stack += [a, b, a]
            elif OP_ADD <= op <= OP_GT:
                self.arith(op, pc - 1)
            elif op == OP_NEG:
                self.stack.append(-self.pop(pc - 1))
            elif op == OP_NOT:
                self.stack.append(1 if self.pop(pc - 1) == 0 else 0)
            elif op == OP_JMP:
                pc = ins.arg
            elif op == OP_JZ:
                if self.pop(pc - 1) == 0:
                    pc = ins.arg
            elif op == OP_JNZ:
                if self.pop(pc - 1) != 0:
                    pc = ins.arg
            elif op == OP_CALL:
                nargs = self.pop(pc - 1)
                if nargs < 0 or nargs > len(self.stack):
                    raise Fault(pc - 1, f"bad argument count {nargs}")
                call_args = self.stack[len(self.stack) - nargs:]
                del self.stack[len(self.stack) - nargs:]
                if len(self.frames) >= 500:
                    raise Fault(pc - 1, "call stack overflow")
                self.frames.append(Frame(pc, call_args))
                pc = ins.arg
            elif op == OP_RET:
                frame = self.frames.pop()
                if frame.ret < 0:
                    raise Fault(pc - 1, "return from the top frame")
                pc = frame.ret
            elif op == OP_LOAD or op == OP_STORE:
                if ins.arg < 0 or ins.arg >= LOCALS_PER_FRAME:
                    raise Fault(pc - 1, f"bad local {ins.arg}")
                if op == OP_LOAD:
                    self.stack.append(self.frames[-1].locals[ins.arg])
                else:
                    self.frames[-1].locals[ins.arg] = self.pop(pc - 1)
            elif op == OP_ARG:
                fargs = self.frames[-1].args
                if ins.arg < 0 or ins.arg >= len(fargs):
                    raise Fault(pc - 1, f"no argument {ins.arg}")
                self.stack.append(fargs[ins.arg])
            elif op == OP_HLOAD:
                addr = self.heap_index(pc - 1, self.pop(pc - 1))
                self.stack.append(self.heap[addr])
            elif op == OP_HSTORE:
                addr = self.heap_index(pc - 1, self.pop(pc - 1))
                self.heap[addr] = self.pop(pc - 1)
            elif op == OP_ALLOC:
                n = self.pop(pc - 1)
                if n < 0 or n > 100000:
                    raise Fault(pc - 1, f"bad allocation size {n}")
                self.stack.append(len(self.heap))
                self.heap += [0] * n
            elif op == OP_PRINT:
                self.out.append(str(self.pop(pc - 1)))
            elif op == OP_PRINTS:
                self.out.append(ins.text)
            elif op == OP_NL:
                self.out.append("\n")
            elif op == OP_HALT:
                return self.pop(pc - 1) if self.stack else 0
            else:
                raise Fault(pc - 1, f"bad opcode {op}")

    def output(self) -> str:
        return "".join(self.out)

    def profile(self) -> str:
        used = [(self.counts[i], NAMES[i]) for i in range(len(NAMES)) if self.counts[i] > 0]
        used.sort(reverse=True)
        return " ".join(f"{name}={n}" for n, name in used[:5])


# ---------------------------------------------------------------------------
# Sample programs
# ---------------------------------------------------------------------------

FACTORIAL = """
; iterative factorial of the first argument
        .const ONE 1
        arg 0
        store 0          ; n
        push ONE
        store 1          ; acc
loop:   load 0
        jz done
        load 1
        load 0
        mul
        store 1
        load 0
        push 1
        sub
        store 0
        jmp loop
done:   prints "factorial = "
        load 1
        print
        nl
        load 1
        halt
"""

FIB = """
; recursive fibonacci: fib(n) = n < 2 ? n : fib(n-1) + fib(n-2)
        arg 0
        push 1
        call fib
        dup
        prints "fib = "
        print
        nl
        halt
fib:    arg 0
        push 2
        lt
        jz recurse
        arg 0
        ret
recurse:
        arg 0
        push 1
        sub
        push 1
        call fib
        arg 0
        push 2
        sub
        push 1
        call fib
        add
        ret
"""

SIEVE = """
; primes below 60 with a sieve in the heap
        .const N 60
        push N
        alloc
        store 0             ; base address
        push 2
        store 1             ; i
outer:  load 1
        push N
        lt
        jz finish
        load 0
        load 1
        add
        hload
        jnz next            ; already crossed out
        load 1
        print
        prints ","
        load 1
        load 1
        mul
        store 2             ; j = i*i
inner:  load 2
        push N
        lt
        jz next
        push 1
        load 0
        load 2
        add
        hstore
        load 2
        load 1
        add
        store 2
        jmp inner
next:   load 1
        push 1
        add
        store 1
        jmp outer
finish: nl
        push 0
        halt
"""

GCD = """
; gcd of 1071 and 462 by Euclid, with swap/over
        push 1071
        push 462
loop:   dup
        jz done
        swap
        over
        mod
        jmp loop
done:   pop
        prints "gcd = "
        print
        nl
        halt
"""

BAD_ASM = """
        push x12
start:  frobnicate 3
        jmp nowhere
start:  add 5
        prints unquoted
        push
1bad:   halt
"""

DIV_ZERO = """
        push 10
        push 0
        div
        halt
"""

UNDERFLOW = """
        push 1
        add
        halt
"""

RUNAWAY = """
spin:   jmp spin
"""

DEEP = """
f:      push 0
        call f
"""

HEAP_FAULT = """
        push 4
        alloc
        push 7
        add
        hload
        halt
"""


def run_program(title: str, src: str, args: list[int], listing: bool) -> None:
    print(f"== {title}")
    asm = Assembler()
    try:
        code = asm.assemble(src)
    except AsmError as e:
        print(str(e))
        for err in asm.errors:
            print("  " + err)
        return
    if listing:
        for line in disassemble(code):
            print(line)
    vm = VM(code, 200000)
    try:
        result = vm.run(args)
        print(vm.output(), end="")
        print(f"result {result}, {vm.steps} steps, top: {vm.profile()}")
    except Fault as f:
        print(vm.output(), end="")
        print(f"fault at {f.pc} (line {code[f.pc].line if 0 <= f.pc < len(code) else -1}): {f}")


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 10
    run_program("factorial", FACTORIAL, [n], True)
    run_program("fibonacci", FIB, [n], False)
    run_program("sieve", SIEVE, [], False)
    run_program("gcd", GCD, [], True)
    run_program("bad assembly", BAD_ASM, [], False)
    run_program("division by zero", DIV_ZERO, [], False)
    run_program("underflow", UNDERFLOW, [], False)
    run_program("runaway", RUNAWAY, [], False)
    run_program("deep recursion", DEEP, [], False)
    run_program("heap fault", HEAP_FAULT, [], False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: == factorial
# expect:   0: arg 0
# expect:   1: store 0
# expect:   2: push 1
# expect:   3: store 1
# expect:   4: load 0
# expect:   5: jz 15
# expect:   6: load 1
# expect:   7: load 0
# expect:   8: mul
# expect:   9: store 1
# expect:  10: load 0
# expect:  11: push 1
# expect:  12: sub
# expect:  13: store 0
# expect:  14: jmp 4
# expect:  15: prints 'factorial = '
# expect:  16: load 1
# expect:  17: print
# expect:  18: nl
# expect:  19: load 1
# expect:  20: halt
# expect: factorial = 479001600
# expect: result 479001600, 144 steps, top: load=51 store=26 push=13 jz=13 sub=12
# expect: == fibonacci
# expect: fib = 144
# expect: result 144, 5118 steps, top: push=1394 arg=1163 ret=465 lt=465 jz=465
# expect: == sieve
# expect: 2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,
# expect: result 0, 1767 steps, top: load=571 push=245 add=224 store=131 lt=130
# expect: == gcd
# expect:   0: push 1071
# expect:   1: push 462
# expect:   2: dup
# expect:   3: jz 8
# expect:   4: swap
# expect:   5: over
# expect:   6: mod
# expect:   7: jmp 2
# expect:   8: pop
# expect:   9: prints 'gcd = '
# expect:  10: print
# expect:  11: nl
# expect:  12: halt
# expect: gcd = 21
# expect: result 0, 27 steps, top: jz=4 dup=4 swap=3 over=3 mod=3
# expect: == bad assembly
# expect: 8 assembly error(s)
# expect:   line 2: bad integer 'x12'
# expect:   line 3: unknown instruction 'frobnicate'
# expect:   line 5: duplicate label 'start'
# expect:   line 5: add takes no operand
# expect:   line 6: prints needs a quoted string
# expect:   line 7: push needs an operand
# expect:   line 8: bad label '1bad'
# expect:   line 4: undefined label 'nowhere'
# expect: == division by zero
# expect: fault at 2 (line 4): division by zero
# expect: == underflow
# expect: fault at 1 (line 3): stack underflow
# expect: == runaway
# expect: fault at 0 (line 2): step limit 200000 reached
# expect: == deep recursion
# expect: fault at 1 (line 3): call stack overflow
# expect: == heap fault
# expect: fault at 4 (line 6): heap address 7 out of bounds (size 4)
