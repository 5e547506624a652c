# A two-pass assembler for a small register machine and its emulator,
# with a checksum of memory (64-bit FNV-1a through rtrans.intmask), written
# as a Python programmer writes one.
import sys
from typing import Optional
from rtrans import intmask


class AsmError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class Instr:
    def __init__(self, op: str, args: list[str], line: int) -> None:
        self.op = op
        self.args = args
        self.line = line
        self.target: Optional[int] = None

    def __repr__(self) -> str:
        return f"{self.op} {', '.join(self.args)}"


ARITY = {"mov": 2, "add": 2, "sub": 2, "mul": 2, "cmp": 2, "jmp": 1, "jz": 1, "jnz": 1,
         "jlt": 1, "load": 2, "store": 2, "out": 1, "halt": 0, "call": 1, "ret": 0,
         "push": 1, "pop": 1}


class Assembler:
    def __init__(self) -> None:
        self.labels = {}
        self.program = []
        self.errors = []

    def assemble(self, source: str) -> list[Instr]:
        for lineno, raw in enumerate(source.splitlines(), 1):
            line = raw.split(";")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                name = line[:-1]
                if name in self.labels:
                    self.errors.append(AsmError(lineno, f"duplicate label {name}"))
                self.labels[name] = len(self.program)
                continue
            op, _, rest = line.partition(" ")
            args = [a.strip() for a in rest.split(",")] if rest.strip() else []
            if op not in ARITY:
                self.errors.append(AsmError(lineno, f"unknown instruction {op!r}"))
                continue
            if len(args) != ARITY[op]:
                self.errors.append(AsmError(lineno, f"{op} takes {ARITY[op]} operands"))
                continue
            self.program.append(Instr(op, args, lineno))
        for ins in self.program:
            if ins.op in ("jmp", "jz", "jnz", "jlt", "call"):
                target = self.labels.get(ins.args[0])
                if target is None:
                    self.errors.append(AsmError(ins.line, f"undefined label {ins.args[0]}"))
                ins.target = target
        return self.program


class CPU:
    def __init__(self, program: list[Instr], memory_size: int = 64) -> None:
        self.program = program
        self.regs = {"a": 0, "b": 0, "c": 0, "d": 0}
        self.memory = [0] * memory_size
        self.stack = []
        self.pc = 0
        self.flag_zero = False
        self.flag_less = False
        self.output = []
        self.cycles = 0
        self.trace: Optional[list[str]] = None

    def value(self, operand: str) -> int:
        if operand in self.regs:
            return self.regs[operand]
        if operand.startswith("[") and operand.endswith("]"):
            return self.memory[self.value(operand[1:-1])]
        return int(operand, 0)

    def set_reg(self, name: str, v: int) -> None:
        if name not in self.regs:
            raise RuntimeError(f"not a register: {name}")
        self.regs[name] = v

    def jump(self, ins: Instr) -> None:
        t = ins.target
        if t is None:
            raise RuntimeError(f"unresolved jump at line {ins.line}")
        self.pc = t

    def step(self) -> bool:
        if self.pc >= len(self.program):
            return False
        ins = self.program[self.pc]
        self.pc += 1
        self.cycles += 1
        op, args = ins.op, ins.args
        if op == "mov":
            self.set_reg(args[0], self.value(args[1]))
        elif op in ("add", "sub", "mul"):
            x, y = self.regs[args[0]], self.value(args[1])
            r = x + y if op == "add" else x - y if op == "sub" else x * y
            self.set_reg(args[0], r)
        elif op == "cmp":
            x, y = self.value(args[0]), self.value(args[1])
            self.flag_zero = x == y
            self.flag_less = x < y
        elif op == "jmp":
            self.jump(ins)
        elif op == "jz" and self.flag_zero or op == "jnz" and not self.flag_zero:
            self.jump(ins)
        elif op == "jlt" and self.flag_less:
            self.jump(ins)
        elif op == "load":
            self.set_reg(args[0], self.memory[self.value(args[1])])
        elif op == "store":
            self.memory[self.value(args[1])] = self.value(args[0])
        elif op == "out":
            self.output.append(self.value(args[0]))
        elif op == "push":
            self.stack.append(self.value(args[0]))
        elif op == "pop":
            self.set_reg(args[0], self.stack.pop())
        elif op == "call":
            self.stack.append(self.pc)
            self.jump(ins)
        elif op == "ret":
            self.pc = self.stack.pop()
        elif op == "halt":
            return False
        if self.trace is not None:
            self.trace.append(f"{ins.line}:{op}")
        return True

    def run(self, limit: int) -> int:
        while self.cycles < limit and self.step():
            pass
        return self.cycles

    def checksum(self) -> int:
        h = intmask(0xcbf29ce484222325)
        for word in self.memory:
            for shift in range(0, 64, 8):
                byte = (word >> shift) & 0xFF
                h = intmask((h ^ byte) * 0x100000001b3)
        return h


SOURCE = """
    mov a, 1          ; factorials 1..10 into memory[0..9]
    mov b, 1
    mov c, 0
loop:
    mul a, b
    store a, c
    add b, 1
    add c, 1
    cmp c, 10
    jlt loop
    mov d, 20
    call fib
    out a
    out [9]
    halt
fib:                  ; a = fib(d), iteratively
    push b
    mov a, 0
    mov b, 1
fib_loop:
    cmp d, 0
    jz fib_done
    push b
    add b, a
    pop a
    sub d, 1
    jmp fib_loop
fib_done:
    pop b
    ret
"""

BAD = """
start:
    mov a, 1
    frob a
    add a
    jmp nowhere
start:
"""


def main(argv: list[str]) -> int:
    asm = Assembler()
    program = asm.assemble(SOURCE)
    print(len(program), "instructions,", len(asm.labels), "labels:", sorted(asm.labels.items()))
    print(program[:3], program[-1])
    cpu = CPU(program)
    cpu.trace = []
    cycles = cpu.run(10000)
    print("cycles", cycles, "output", cpu.output, "regs", sorted(cpu.regs.items()))
    print("memory", cpu.memory[:10])
    print("checksum", cpu.checksum(), "trace", len(cpu.trace), cpu.trace[:4])
    bad = Assembler()
    bad.assemble(BAD)
    for e in bad.errors:
        print("error:", e, "(line", e.line, ")")
    runaway = CPU(Assembler().assemble("top:\n  add a, 1\n  jmp top\n"))
    print("limited", runaway.run(1000), runaway.regs["a"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 26 instructions, 4 labels: [('fib', 14), ('fib_done', 24), ('fib_loop', 17), ('loop', 3)]
# expect: [mov a, 1, mov b, 1, mov c, 0] ret 
# expect: cycles 215 output [6765, 3628800] regs [('a', 6765), ('b', 11), ('c', 10), ('d', 0)]
# expect: memory [1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800]
# expect: checksum 4460126507636664388 trace 214 ['2:mov', '3:mov', '4:mov', '6:mul']
# expect: error: line 4: unknown instruction 'frob' (line 4 )
# expect: error: line 5: add takes 2 operands (line 5 )
# expect: error: line 7: duplicate label start (line 7 )
# expect: error: line 6: undefined label nowhere (line 6 )
# expect: limited 1000 500
