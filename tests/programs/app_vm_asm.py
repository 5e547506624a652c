# issue 8: a stack VM with an assembler (IntEnum opcodes, dataclasses with default
# factories, a dispatch table of bound methods and lambdas built in __init__,
# deque, defaultdict, a generator of steps, %-formatting, custom exceptions)
# written as plain typed Python before trying rtrans: it translates unchanged.
"""A small stack VM with an assembler, a disassembler and a tracing runner."""
from __future__ import annotations

import sys
from collections import defaultdict, deque
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, Iterator, Optional


class Op(IntEnum):
    PUSH = 1
    ADD = 2
    SUB = 3
    MUL = 4
    JMP = 5
    JZ = 6
    DUP = 7
    PRINT = 8
    HALT = 9
    SWAP = 10
    CALL = 11
    RET = 12


ARITY = {Op.PUSH: 1, Op.JMP: 1, Op.JZ: 1, Op.CALL: 1}


class VMError(Exception):
    def __init__(self, msg: str, pc: int) -> None:
        super().__init__(f"{msg} at pc={pc}")
        self.pc = pc


@dataclass
class Instr:
    op: Op
    arg: Optional[int] = None

    def __str__(self) -> str:
        return self.op.name if self.arg is None else f"{self.op.name} {self.arg}"


@dataclass
class Program:
    code: list[Instr] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)

    def emit(self, op: Op, arg: Optional[int] = None) -> int:
        self.code.append(Instr(op, arg))
        return len(self.code) - 1


def assemble(src: str) -> Program:
    prog = Program()
    fixups: list[tuple[int, str]] = []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            prog.labels[line[:-1]] = len(prog.code)
            continue
        parts = line.split()
        try:
            op = Op[parts[0].upper()]
        except KeyError:
            raise SyntaxError(f"line {lineno}: unknown op {parts[0]!r}")
        if ARITY.get(op, 0) == 1:
            if len(parts) != 2:
                raise SyntaxError(f"line {lineno}: {op.name} takes one argument")
            if parts[1].lstrip("-").isdigit():
                prog.emit(op, int(parts[1]))
            else:
                fixups.append((prog.emit(op, 0), parts[1]))
        else:
            prog.emit(op)
    for at, label in fixups:
        prog.code[at].arg = prog.labels[label]
    return prog


class VM:
    def __init__(self, prog: Program, trace: bool = False) -> None:
        self.prog = prog
        self.stack: list[int] = []
        self.frames: deque[int] = deque()
        self.pc = 0
        self.trace = trace
        self.counts: defaultdict[str, int] = defaultdict(int)
        self.out: list[str] = []
        self.handlers: dict[Op, Callable[[Optional[int]], None]] = {
            Op.PUSH: self.op_push,
            Op.ADD: lambda _: self.binop(lambda a, b: a + b),
            Op.SUB: lambda _: self.binop(lambda a, b: a - b),
            Op.MUL: lambda _: self.binop(lambda a, b: a * b),
            Op.DUP: lambda _: self.stack.append(self.stack[-1]),
            Op.SWAP: self.op_swap,
            Op.PRINT: lambda _: self.out.append(str(self.pop())),
            Op.JMP: self.op_jmp,
            Op.JZ: self.op_jz,
            Op.CALL: self.op_call,
            Op.RET: self.op_ret,
        }

    def pop(self) -> int:
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def binop(self, f: Callable[[int, int], int]) -> None:
        b = self.pop()
        a = self.pop()
        self.stack.append(f(a, b))

    def op_push(self, arg: Optional[int]) -> None:
        assert arg is not None
        self.stack.append(arg)

    def op_swap(self, arg: Optional[int]) -> None:
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]

    def op_jmp(self, arg: Optional[int]) -> None:
        assert arg is not None
        self.pc = arg - 1

    def op_jz(self, arg: Optional[int]) -> None:
        if self.pop() == 0:
            assert arg is not None
            self.pc = arg - 1

    def op_call(self, arg: Optional[int]) -> None:
        assert arg is not None
        self.frames.append(self.pc)
        self.pc = arg - 1

    def op_ret(self, arg: Optional[int]) -> None:
        self.pc = self.frames.pop()

    def steps(self) -> Iterator[Instr]:
        while 0 <= self.pc < len(self.prog.code):
            ins = self.prog.code[self.pc]
            if ins.op == Op.HALT:
                return
            yield ins
            self.pc += 1

    def run(self, limit: int = 10000) -> list[str]:
        for n, ins in enumerate(self.steps()):
            if n >= limit:
                raise VMError("step limit", self.pc)
            self.counts[ins.op.name] += 1
            if self.trace:
                print(f"{self.pc:4d} {str(ins):<10} {self.stack}")
            self.handlers[ins.op](ins.arg)
        return self.out


SRC = """
    push 5          ; counter
loop:
    dup
    jz done
    dup
    call square
    print
    push 1
    sub
    jmp loop
done:
    halt
square:
    dup
    mul
    ret
"""


def main() -> int:
    prog = assemble(SRC)
    print("labels:", ", ".join(f"{k}={v}" for k, v in sorted(prog.labels.items())))
    for i, ins in enumerate(prog.code[:4]):
        print("%3d  %s" % (i, ins))
    vm = VM(prog)
    print(" ".join(vm.run()))
    top = sorted(vm.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(top)
    tracer = VM(assemble("push 2\npush 3\nadd\nprint\nhalt"), trace=True)
    print(tracer.run())
    for bad in ["push", "frob 1", "add"]:
        try:
            VM(assemble(bad)).run()
        except (SyntaxError, VMError) as e:
            print(type(e).__name__, e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: labels: done=9, loop=1, square=10
# expect:   0  PUSH 5
# expect:   1  DUP
# expect:   2  JZ 9
# expect:   3  DUP
# expect: 25 16 9 4 1
# expect: [('DUP', 16), ('JZ', 6), ('PUSH', 6)]
# expect:    0 PUSH 2     []
# expect:    1 PUSH 3     [2]
# expect:    2 ADD        [2, 3]
# expect:    3 PRINT      [5]
# expect: ['5']
# expect: SyntaxError line 1: PUSH takes one argument
# expect: SyntaxError line 1: unknown op 'frob'
# expect: VMError stack underflow at pc=0
