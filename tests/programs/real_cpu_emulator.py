"""A two-pass assembler and an emulator for a small 16-bit register
machine: IntEnum opcodes, a Word value class with operator overloading,
memory with __getitem__/__setitem__, a tracing context manager."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from types import TracebackType


class Op(IntEnum):
    HALT = 0
    LOADI = 1
    LOAD = 2
    STORE = 3
    ADD = 4
    SUB = 5
    MUL = 6
    JMP = 7
    JZ = 8
    JNZ = 9
    PRINT = 10
    CALL = 11
    RET = 12
    PUSH = 13
    POP = 14
    DEC = 15


class Mode(Enum):
    REG = "register"
    IMM = "immediate"
    ADDR = "address"


OPERANDS: dict[Op, list[Mode]] = {
    Op.HALT: [],
    Op.LOADI: [Mode.REG, Mode.IMM],
    Op.LOAD: [Mode.REG, Mode.ADDR],
    Op.STORE: [Mode.REG, Mode.ADDR],
    Op.ADD: [Mode.REG, Mode.REG],
    Op.SUB: [Mode.REG, Mode.REG],
    Op.MUL: [Mode.REG, Mode.REG],
    Op.JMP: [Mode.ADDR],
    Op.JZ: [Mode.REG, Mode.ADDR],
    Op.JNZ: [Mode.REG, Mode.ADDR],
    Op.PRINT: [Mode.REG],
    Op.CALL: [Mode.ADDR],
    Op.RET: [],
    Op.PUSH: [Mode.REG],
    Op.POP: [Mode.REG],
    Op.DEC: [Mode.REG],
}


class Word:
    """An unsigned 16-bit value with wrapping arithmetic."""
    MASK = 0xFFFF
    value: int

    def __init__(self, value: int) -> None:
        self.value = value & Word.MASK

    @classmethod
    def signed(cls, value: int) -> Word:
        return cls(value if value >= 0 else value + 0x10000)

    def __add__(self, other: Word) -> Word:
        return Word(self.value + other.value)

    def __sub__(self, other: Word) -> Word:
        return Word(self.value - other.value)

    def __mul__(self, other: Word) -> Word:
        return Word(self.value * other.value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Word):
            return self.value == other.value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __bool__(self) -> bool:
        return self.value != 0

    @property
    def as_signed(self) -> int:
        return self.value - 0x10000 if self.value & 0x8000 else self.value

    def __repr__(self) -> str:
        return f"Word({self.value:#06x})"


class Memory:
    cells: list[Word]
    writes: int

    def __init__(self, size: int) -> None:
        self.cells = [Word(0) for _ in range(size)]
        self.writes = 0

    def __getitem__(self, addr: int) -> Word:
        if not 0 <= addr < len(self.cells):
            raise IndexError(f"address {addr} out of range")
        return self.cells[addr]

    def __setitem__(self, addr: int, w: Word) -> None:
        if not 0 <= addr < len(self.cells):
            raise IndexError(f"address {addr} out of range")
        self.writes += 1
        self.cells[addr] = w

    def __len__(self) -> int:
        return len(self.cells)


@dataclass
class Instr:
    op: Op
    args: list[int] = field(default_factory=list)
    line: int = 0

    def __str__(self) -> str:
        operands = ", ".join(str(a) for a in self.args)
        return f"{self.op.name.lower()} {operands}".strip()


class AsmError(Exception):
    pass


def parse_operand(text: str, mode: Mode, labels: dict[str, int], line: int) -> int:
    match mode:
        case Mode.REG:
            if not (text.startswith("r") and text[1:].isdigit()):
                raise AsmError(f"line {line}: expected a register, got {text!r}")
            return int(text[1:])
        case Mode.IMM:
            return int(text)
        case Mode.ADDR:
            if text in labels:
                return labels[text]
            if text.isdigit():
                return int(text)
            raise AsmError(f"line {line}: unknown label {text!r}")


def assemble(source: str) -> list[Instr]:
    labels: dict[str, int] = {}
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(source.splitlines(), 1):
        text = raw.split(";")[0].strip()
        if not text:
            continue
        if text.endswith(":"):
            labels[text[:-1]] = len(lines)
            continue
        lines.append((number, text))
    program: list[Instr] = []
    for number, text in lines:
        mnemonic, _, rest = text.partition(" ")
        try:
            op = Op[mnemonic.upper()]
        except KeyError:
            raise AsmError(f"line {number}: unknown instruction {mnemonic!r}")
        texts = [t.strip() for t in rest.split(",")] if rest.strip() else []
        modes = OPERANDS[op]
        if len(texts) != len(modes):
            raise AsmError(f"line {number}: {op.name} takes {len(modes)} operands")
        args = [parse_operand(t, m, labels, number) for t, m in zip(texts, modes)]
        program.append(Instr(op, args, number))
    return program


class Trace:
    cpu: CPU
    enabled: bool

    def __init__(self, cpu: CPU, enabled: bool) -> None:
        self.cpu = cpu
        self.enabled = enabled

    def __enter__(self) -> Trace:
        self.cpu.tracing = self.enabled
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.cpu.tracing = False


class CPU:
    regs: list[Word]
    memory: Memory
    stack: list[int]
    pc: int
    steps: int
    tracing: bool
    output: list[str]

    def __init__(self, memory_size: int = 64) -> None:
        self.regs = [Word(0)] * 8
        self.memory = Memory(memory_size)
        self.stack = []
        self.pc = 0
        self.steps = 0
        self.tracing = False
        self.output = []

    def run(self, program: list[Instr], limit: int = 10000) -> None:
        self.pc = 0
        while self.pc < len(program):
            if self.steps >= limit:
                raise RuntimeError(f"step limit {limit} reached")
            instr = program[self.pc]
            self.steps += 1
            if self.tracing:
                print(f"  [{self.pc:3}] {instr}")
            self.pc += 1
            if not self.execute(instr):
                break

    def execute(self, instr: Instr) -> bool:
        a = instr.args
        match instr.op:
            case Op.HALT:
                return False
            case Op.LOADI:
                self.regs[a[0]] = Word.signed(a[1])
            case Op.LOAD:
                self.regs[a[0]] = self.memory[a[1]]
            case Op.STORE:
                self.memory[a[1]] = self.regs[a[0]]
            case Op.ADD:
                self.regs[a[0]] += self.regs[a[1]]
            case Op.SUB:
                self.regs[a[0]] -= self.regs[a[1]]
            case Op.MUL:
                self.regs[a[0]] = self.regs[a[0]] * self.regs[a[1]]
            case Op.DEC:
                self.regs[a[0]] -= Word(1)
            case Op.JMP:
                self.pc = a[0]
            case Op.JZ | Op.JNZ:
                taken = not self.regs[a[0]] if instr.op == Op.JZ else bool(self.regs[a[0]])
                if taken:
                    self.pc = a[1]
            case Op.PRINT:
                self.output.append(str(self.regs[a[0]].as_signed))
            case Op.CALL:
                self.stack.append(self.pc)
                self.pc = a[0]
            case Op.RET:
                self.pc = self.stack.pop()
            case Op.PUSH:
                self.stack.append(self.regs[a[0]].value)
            case Op.POP:
                self.regs[a[0]] = Word(self.stack.pop())
        return True


FACTORIAL = """
    loadi r0, 7        ; n
    loadi r1, 1        ; result
    loadi r2, 1        ; one
loop:
    jz r0, done
    mul r1, r0
    dec r0
    jmp loop
done:
    print r1
    store r1, 10
    halt
"""

COUNTDOWN = """
    loadi r0, 3
    call show
    loadi r0, -2
    call show
    halt
show:
    push r0
again:
    print r0
    dec r0
    jnz r0, again
    pop r0
    ret
"""


def run_source(name: str, source: str, trace: bool = False) -> CPU:
    cpu = CPU()
    program = assemble(source)
    with Trace(cpu, trace):
        cpu.run(program)
    print(f"{name}: {' '.join(cpu.output)} ({cpu.steps} steps, {cpu.memory.writes} writes)")
    return cpu


def main(argv: list[str]) -> int:
    cpu = run_source("factorial", FACTORIAL)
    print(cpu.memory[10], cpu.memory[10] == Word(5040), cpu.regs[0], bool(cpu.regs[0]))
    run_source("countdown", COUNTDOWN.replace("loadi r0, -2", "loadi r0, 2"), trace=True)
    print(Word(0xFFFF) + Word(2), Word(3) - Word(5), Word.signed(-1).as_signed)
    print(Op.MUL, Op(9).name, Op.PRINT + 1, sorted(OPERANDS)[-1], Mode.IMM.value)
    for bad in ["frob r1", "loadi r9x, 1", "jmp nowhere", "add r1"]:
        try:
            assemble(bad)
        except AsmError as e:
            print("error:", e)
    try:
        run_source("runaway", "top:\n jmp top\n")
    except RuntimeError as e:
        print("error:", e)
    try:
        CPU(4).execute(Instr(Op.LOAD, [0, 9]))
    except IndexError as e:
        print("error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: factorial: 5040 (35 steps, 1 writes)
# expect: Word(0x13b0) True Word(0x0000) False
# expect:   [  0] loadi 0, 3
# expect:   [  1] call 5
# expect:   [  5] push 0
# expect:   [  6] print 0
# expect:   [  7] dec 0
# expect:   [  8] jnz 0, 6
# expect:   [  6] print 0
# expect:   [  7] dec 0
# expect:   [  8] jnz 0, 6
# expect:   [  6] print 0
# expect:   [  7] dec 0
# expect:   [  8] jnz 0, 6
# expect:   [  9] pop 0
# expect:   [ 10] ret
# expect:   [  2] loadi 0, 2
# expect:   [  3] call 5
# expect:   [  5] push 0
# expect:   [  6] print 0
# expect:   [  7] dec 0
# expect:   [  8] jnz 0, 6
# expect:   [  6] print 0
# expect:   [  7] dec 0
# expect:   [  8] jnz 0, 6
# expect:   [  9] pop 0
# expect:   [ 10] ret
# expect:   [  4] halt
# expect: countdown: 3 2 1 2 1 (26 steps, 0 writes)
# expect: Word(0x0001) Word(0xfffe) -1
# expect: 6 JNZ 11 15 immediate
# expect: error: line 1: unknown instruction 'frob'
# expect: error: line 1: expected a register, got 'r9x'
# expect: error: line 1: unknown label 'nowhere'
# expect: error: line 1: ADD takes 2 operands
# expect: error: step limit 10000 reached
# expect: error: address 9 out of range
