# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (a bytecode VM with an assembler, an IntEnum of opcodes and
# a mark-sweep collector of its own over a fixed heap of cells).  It
# translated unchanged.
"""A small bytecode VM whose heap is managed by its own mark-sweep collector.

Programs are assembled from text, run on an operand stack, and allocate
pairs and arrays on a heap of fixed-size cells; when the heap is full the
VM marks from its roots (the stack and the globals) and sweeps the rest
onto a free list.
"""
from __future__ import annotations

import sys
from enum import IntEnum
from typing import Optional


class Op(IntEnum):
    PUSH = 0
    POP = 1
    ADD = 2
    SUB = 3
    MUL = 4
    LT = 5
    JMP = 6
    JZ = 7
    LOAD = 8
    STORE = 9
    CONS = 10
    CAR = 11
    CDR = 12
    NIL = 13
    PRINT = 14
    HALT = 15
    DUP = 16
    ISNIL = 17


class Value:
    """Either an integer or a reference to a heap cell (or nil)."""

    def __init__(self, num: int = 0, ref: int = -1, is_ref: bool = False) -> None:
        self.num = num
        self.ref = ref
        self.is_ref = is_ref

    def __repr__(self) -> str:
        if not self.is_ref:
            return str(self.num)
        return "nil" if self.ref < 0 else f"#{self.ref}"


NIL = Value(ref=-1, is_ref=True)


class Cell:
    def __init__(self) -> None:
        self.car: Value = NIL
        self.cdr: Value = NIL
        self.marked = False
        self.free = True


class Heap:
    def __init__(self, size: int) -> None:
        self.cells = [Cell() for _ in range(size)]
        self.free_list: list[int] = list(range(size - 1, -1, -1))
        self.collections = 0
        self.freed_total = 0

    def alloc(self, car: Value, cdr: Value) -> Optional[int]:
        if not self.free_list:
            return None
        i = self.free_list.pop()
        c = self.cells[i]
        c.car, c.cdr, c.free = car, cdr, False
        return i

    def mark(self, roots: list[Value]) -> None:
        work = [v.ref for v in roots if v.is_ref and v.ref >= 0]
        while work:
            i = work.pop()
            c = self.cells[i]
            if c.marked:
                continue
            c.marked = True
            for v in (c.car, c.cdr):
                if v.is_ref and v.ref >= 0 and not self.cells[v.ref].marked:
                    work.append(v.ref)

    def sweep(self) -> int:
        freed = 0
        for i, c in enumerate(self.cells):
            if c.marked:
                c.marked = False
            elif not c.free:
                c.free = True
                c.car = c.cdr = NIL
                self.free_list.append(i)
                freed += 1
        self.collections += 1
        self.freed_total += freed
        return freed


class VMError(Exception):
    pass


def assemble(src: str) -> list[tuple[Op, int]]:
    labels: dict[str, int] = {}
    lines = []
    for raw in src.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line)
    code = []
    for line in lines:
        parts = line.split()
        op = Op[parts[0].upper()]
        arg = 0
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else int(a)
        code.append((op, arg))
    return code


class VM:
    def __init__(self, code: list[tuple[Op, int]], heap_size: int) -> None:
        self.code = code
        self.stack: list[Value] = []
        self.globals = [Value() for _ in range(8)]
        self.heap = Heap(heap_size)
        self.out: list[str] = []

    def pop(self) -> Value:
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def cell(self, v: Value) -> Cell:
        if not v.is_ref or v.ref < 0:
            raise VMError(f"not a pair: {v!r}")
        return self.heap.cells[v.ref]

    def cons(self, car: Value, cdr: Value) -> Value:
        i = self.heap.alloc(car, cdr)
        if i is None:
            self.heap.mark(self.stack + self.globals + [car, cdr])
            self.heap.sweep()
            i = self.heap.alloc(car, cdr)
            if i is None:
                raise VMError("out of memory")
        return Value(ref=i, is_ref=True)

    def run(self, limit: int = 1_000_000) -> int:
        pc = steps = 0
        while steps < limit:
            steps += 1
            op, arg = self.code[pc]
            pc += 1
            if op == Op.PUSH:
                self.stack.append(Value(arg))
            elif op == Op.POP:
                self.pop()
            elif op == Op.DUP:
                v = self.pop()
                self.stack += [v, v]
            elif op in (Op.ADD, Op.SUB, Op.MUL, Op.LT):
                b, a = self.pop().num, self.pop().num
                r = {Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}.get(op, int(a < b))
                self.stack.append(Value(r))
            elif op == Op.JMP:
                pc = arg
            elif op == Op.JZ:
                if self.pop().num == 0:
                    pc = arg
            elif op == Op.LOAD:
                self.stack.append(self.globals[arg])
            elif op == Op.STORE:
                self.globals[arg] = self.pop()
            elif op == Op.CONS:
                cdr = self.pop()
                car = self.pop()
                self.stack.append(self.cons(car, cdr))
            elif op == Op.CAR:
                self.stack.append(self.cell(self.pop()).car)
            elif op == Op.CDR:
                self.stack.append(self.cell(self.pop()).cdr)
            elif op == Op.NIL:
                self.stack.append(NIL)
            elif op == Op.ISNIL:
                v = self.pop()
                self.stack.append(Value(int(v.is_ref and v.ref < 0)))
            elif op == Op.PRINT:
                self.out.append(repr(self.pop()))
            elif op == Op.HALT:
                return steps
        raise VMError("step limit reached")


# Builds the list n, n-1, ..., 1 again and again (the old lists become
# garbage), then sums the last one.
PROGRAM = """
    push 0
    store 2         ; round = 0
round:
    load 2
    push 25
    lt
    jz done
    nil
    store 0         ; list = nil
    push 30
    store 1         ; n = 30
build:
    load 1
    jz built
    load 1
    load 0
    cons
    store 0
    load 1
    push 1
    sub
    store 1
    jmp build
built:
    load 2
    push 1
    add
    store 2
    jmp round
done:
    push 0
    store 3         ; sum = 0
    load 0
    store 1
walk:
    load 1
    isnil
    push 1
    sub
    jz walked
    load 3
    load 1
    car
    add
    store 3
    load 1
    cdr
    store 1
    jmp walk
walked:
    load 3
    print
    load 0
    car
    print
    halt
"""


def main() -> int:
    code = assemble(PROGRAM)
    print(f"{len(code)} instructions")
    for heap_size in (40, 64, 200):
        vm = VM(code, heap_size)
        try:
            steps = vm.run()
            h = vm.heap
            print(f"heap {heap_size:>4}: {' '.join(vm.out)} in {steps} steps, "
                  f"{h.collections} collections freed {h.freed_total}")
        except VMError as e:
            print(f"heap {heap_size:>4}: error: {e}")
    small = VM(code, 20)
    try:
        small.run()
    except VMError as e:
        print("heap 20:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: 50 instructions
# expect: heap   40: 465 1 in 9066 steps, 24 collections freed 720
# expect: heap   64: 465 1 in 9066 steps, 12 collections freed 720
# expect: heap  200: 465 1 in 9066 steps, 4 collections freed 720
# expect: heap 20: out of memory
