# Written as a new user would (issue 8, lang2 item 6), without checking what
# rtrans accepts first: a stack language compiled to frozen dataclass
# instructions (an Enum of opcodes), a peephole optimiser that folds constants
# and keeps jump targets, and a VM run on both versions.  Translated unchanged.
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Callable, Optional


class Op(Enum):
    PUSH = auto()
    LOAD = auto()
    STORE = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DIV = auto()
    MOD = auto()
    LT = auto()
    EQ = auto()
    NOT = auto()
    DUP = auto()
    SWAP = auto()
    DROP = auto()
    JUMP = auto()
    JUMP_IF_FALSE = auto()
    CALL = auto()
    RET = auto()
    PRINT = auto()
    HALT = auto()
    NOP = auto()


@dataclass(frozen=True)
class Instr:
    op: Op
    arg: int = 0
    name: str = ""

    def __str__(self) -> str:
        if self.op in (Op.LOAD, Op.STORE):
            return f"{self.op.name} {self.name}"
        if self.op in (Op.PUSH, Op.JUMP, Op.JUMP_IF_FALSE, Op.CALL):
            return f"{self.op.name} {self.arg}"
        return self.op.name


class CompileError(Exception):
    pass


class VMError(Exception):
    pass


BINARY = {"+": Op.ADD, "-": Op.SUB, "*": Op.MUL, "/": Op.DIV, "%": Op.MOD, "<": Op.LT, "=": Op.EQ}
SIMPLE = {"not": Op.NOT, "dup": Op.DUP, "swap": Op.SWAP, "drop": Op.DROP, ".": Op.PRINT}


class Compiler:
    def __init__(self) -> None:
        self.code: list[Instr] = []
        self.words: dict[str, int] = {}
        self.pending: list[tuple[int, str]] = []

    def emit(self, op: Op, arg: int = 0, name: str = "") -> int:
        self.code.append(Instr(op, arg, name))
        return len(self.code) - 1

    def patch(self, at: int, target: int) -> None:
        old = self.code[at]
        self.code[at] = Instr(old.op, target, old.name)

    def compile(self, src: str) -> list[Instr]:
        tokens = src.split()
        main_jump = self.emit(Op.JUMP)
        i = 0
        control: list[tuple[str, int]] = []
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok == ":":
                if i >= len(tokens):
                    raise CompileError("':' at the end")
                self.words[tokens[i]] = len(self.code)
                i += 1
            elif tok == ";":
                self.emit(Op.RET)
            elif tok == "if":
                control.append(("if", self.emit(Op.JUMP_IF_FALSE)))
            elif tok == "else":
                kind, at = control.pop()
                if kind != "if":
                    raise CompileError("'else' without 'if'")
                control.append(("else", self.emit(Op.JUMP)))
                self.patch(at, len(self.code))
            elif tok == "then":
                if not control:
                    raise CompileError("'then' without 'if'")
                _, at = control.pop()
                self.patch(at, len(self.code))
            elif tok == "begin":
                control.append(("begin", len(self.code)))
            elif tok == "until":
                kind, at = control.pop()
                if kind != "begin":
                    raise CompileError("'until' without 'begin'")
                self.emit(Op.JUMP_IF_FALSE, at)
            elif tok == "main":
                self.patch(main_jump, len(self.code))
            elif tok.startswith("!"):
                self.emit(Op.STORE, name=tok[1:])
            elif tok.startswith("@"):
                self.emit(Op.LOAD, name=tok[1:])
            elif tok in BINARY:
                self.emit(BINARY[tok])
            elif tok in SIMPLE:
                self.emit(SIMPLE[tok])
            elif tok.lstrip("-").isdigit():
                self.emit(Op.PUSH, int(tok))
            else:
                self.pending.append((self.emit(Op.CALL), tok))
        if control:
            raise CompileError(f"unclosed '{control[-1][0]}'")
        self.emit(Op.HALT)
        for at, word in self.pending:
            if word not in self.words:
                raise CompileError(f"unknown word '{word}'")
            self.patch(at, self.words[word])
        return self.code


FOLD: dict[Op, Callable[[int, int], int]] = {
    Op.ADD: lambda a, b: a + b,
    Op.SUB: lambda a, b: a - b,
    Op.MUL: lambda a, b: a * b,
}


def jump_targets(code: list[Instr]) -> set[int]:
    return {ins.arg for ins in code if ins.op in (Op.JUMP, Op.JUMP_IF_FALSE, Op.CALL)}


def peephole(code: list[Instr]) -> tuple[list[Instr], int]:
    """Folds constants and removes no-op pairs; keeps every jump target in place
    by replacing instructions with NOPs, then compacts and remaps targets."""
    code = list(code)
    targets = jump_targets(code)
    changes = 0
    changed = True
    while changed:
        changed = False
        for i in range(len(code) - 2):
            a, b, c = code[i], code[i + 1], code[i + 2]
            if i + 1 in targets or i + 2 in targets:
                continue
            if a.op == Op.PUSH and b.op == Op.PUSH and c.op in FOLD:
                code[i] = Instr(Op.NOP)
                code[i + 1] = Instr(Op.NOP)
                code[i + 2] = Instr(Op.PUSH, FOLD[c.op](a.arg, b.arg))
                changed = True
                changes += 1
        for i in range(len(code) - 1):
            a, b = code[i], code[i + 1]
            if i + 1 in targets:
                continue
            pair = (a.op, b.op)
            if pair in ((Op.SWAP, Op.SWAP), (Op.DUP, Op.DROP)) or \
                    (a.op == Op.PUSH and b.op == Op.DROP):
                code[i] = Instr(Op.NOP)
                code[i + 1] = Instr(Op.NOP)
                changed = True
                changes += 1
    # compact
    new_index: list[int] = []
    out: list[Instr] = []
    for ins in code:
        new_index.append(len(out))
        if ins.op != Op.NOP:
            out.append(ins)
    new_index.append(len(out))
    remapped = [Instr(ins.op, new_index[ins.arg], ins.name)
                if ins.op in (Op.JUMP, Op.JUMP_IF_FALSE, Op.CALL) else ins for ins in out]
    return remapped, changes


class VM:
    def __init__(self, code: list[Instr], trace: bool = False) -> None:
        self.code = code
        self.stack: list[int] = []
        self.frames: list[int] = []
        self.vars: dict[str, int] = {}
        self.out: list[str] = []
        self.steps = 0
        self.trace = trace

    def pop(self) -> int:
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self, limit: int = 100000) -> list[str]:
        pc = 0
        while True:
            if self.steps >= limit:
                raise VMError(f"step limit {limit} reached")
            self.steps += 1
            ins = self.code[pc]
            pc += 1
            op = ins.op
            if op == Op.PUSH:
                self.stack.append(ins.arg)
            elif op == Op.LOAD:
                if ins.name not in self.vars:
                    raise VMError(f"unset variable {ins.name}")
                self.stack.append(self.vars[ins.name])
            elif op == Op.STORE:
                self.vars[ins.name] = self.pop()
            elif op in (Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.LT, Op.EQ):
                b, a = self.pop(), self.pop()
                self.stack.append(self.binary(op, a, b))
            elif op == Op.NOT:
                self.stack.append(int(not self.pop()))
            elif op == Op.DUP:
                v = self.pop()
                self.stack += [v, v]
            elif op == Op.SWAP:
                b, a = self.pop(), self.pop()
                self.stack.extend((b, a))
            elif op == Op.DROP:
                self.pop()
            elif op == Op.JUMP:
                pc = ins.arg
            elif op == Op.JUMP_IF_FALSE:
                if not self.pop():
                    pc = ins.arg
            elif op == Op.CALL:
                if len(self.frames) > 200:
                    raise VMError("call stack overflow")
                self.frames.append(pc)
                pc = ins.arg
            elif op == Op.RET:
                pc = self.frames.pop()
            elif op == Op.PRINT:
                self.out.append(str(self.pop()))
            elif op == Op.HALT:
                return self.out
            else:
                raise VMError(f"bad instruction {ins}")

    @staticmethod
    def binary(op: Op, a: int, b: int) -> int:
        match op:
            case Op.ADD:
                return a + b
            case Op.SUB:
                return a - b
            case Op.MUL:
                return a * b
            case Op.DIV | Op.MOD:
                if b == 0:
                    raise VMError("division by zero")
                return a // b if op is Op.DIV else a % b
            case Op.LT:
                return int(a < b)
            case Op.EQ:
                return int(a == b)
        raise VMError(f"not a binary operator: {op.name}")


PROGRAMS = {
    "arith": "main 2 3 + 4 * . 10 3 - 2 2 * * . 7 2 / . 7 2 % . -7 2 / .",
    "fact": ": fact dup 1 < if drop 1 else dup 1 - fact * then ; main 10 fact . 1 fact .",
    "loop": "main 0 !i 0 !s begin @i @s + !s @i 1 + !i @i 10 = until @s . @i .",
    "fib": ": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; main 15 fib .",
    "peep": "main 1 2 + 3 + . 8 9 swap swap dup drop 5 drop . . 4 not not . 6 7 * 2 - .",
    "gcd": ": gcd begin swap over until ; main 12 18 gcd .",
    "euclid": ": mod2 !b !a @a @b % ; : gcd begin dup !t mod2 @t swap dup 0 = until drop ; main 84 36 gcd .",
    "div0": "main 1 0 / .",
    "under": "main + .",
    "unclosed": "main 1 if 2 .",
    "deep": ": down 1 - dup 0 = if else down then ; main 500 down .",
}


def run_program(name: str, src: str) -> None:
    try:
        code = Compiler().compile(src)
    except CompileError as e:
        print(f"{name}: compile error: {e}")
        return
    optimised, changes = peephole(code)
    results = []
    for variant in (code, optimised):
        vm = VM(variant)
        try:
            results.append((" ".join(vm.run()), vm.steps))
        except VMError as e:
            results.append((f"error: {e}", vm.steps))
    (out1, steps1), (out2, steps2) = results
    same = "same" if out1 == out2 else "DIFFERENT"
    print(f"{name:>8}: {out1} [{len(code)} -> {len(optimised)} instrs, {changes} rewrites, "
          f"{steps1} -> {steps2} steps, {same}]")


def main() -> None:
    for name, src in PROGRAMS.items():
        run_program(name, src)
    code, _ = peephole(Compiler().compile(PROGRAMS["peep"]))
    print(" ; ".join(str(i) for i in code))
    counts: dict[Op, int] = {}
    for ins in Compiler().compile(PROGRAMS["fib"]):
        counts[ins.op] = counts.get(ins.op, 0) + 1
    print(sorted((op.name, n) for op, n in counts.items()))


main()

# expect:    arith: 20 28 3 1 -4 [28 -> 20 instrs, 4 rewrites, 28 -> 20 steps, same]
# expect:     fact: 3628800 1 [21 -> 21 instrs, 0 rewrites, 134 -> 134 steps, same]
# expect:     loop: 45 10 [22 -> 22 instrs, 0 rewrites, 130 -> 130 steps, same]
# expect:      fib: 610 [20 -> 20 instrs, 0 rewrites, 19731 -> 19731 steps, same]
# expect:     peep: 6 9 8 1 40 [28 -> 14 instrs, 7 rewrites, 28 -> 14 steps, same]
# expect: gcd: compile error: unknown word 'over'
# expect:   euclid: 12 [23 -> 23 instrs, 0 rewrites, 38 -> 38 steps, same]
# expect:     div0: error: division by zero [6 -> 6 instrs, 0 rewrites, 4 -> 4 steps, same]
# expect:    under: error: stack underflow [4 -> 4 instrs, 0 rewrites, 2 -> 2 steps, same]
# expect: unclosed: compile error: unclosed 'if'
# expect:     deep: error: call stack overflow [14 -> 14 instrs, 0 rewrites, 1410 -> 1410 steps, same]
# expect: JUMP 1 ; PUSH 6 ; PRINT ; PUSH 8 ; PUSH 9 ; PRINT ; PRINT ; PUSH 4 ; NOT ; NOT ; PRINT ; PUSH 40 ; PRINT ; HALT
# expect: [('ADD', 1), ('CALL', 3), ('DUP', 2), ('HALT', 1), ('JUMP', 2), ('JUMP_IF_FALSE', 1), ('LT', 1), ('PRINT', 1), ('PUSH', 4), ('RET', 1), ('SUB', 2), ('SWAP', 1)]
