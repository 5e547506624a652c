# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (a CHIP-8 emulator: a two-pass assembler for the mnemonics, a
# CPU with a dispatch table of bound methods indexed by the top nibble, a
# bytearray memory, XOR sprite drawing on a 64x32 display, timers and keys).
# Unchanged from tests/pending: it needed bytes and bytearray (constructors
# from a list or a size, indexing, slices and slice assignment, len,
# iteration, .hex(), ==) and `out` assigned in `for pass_no in (1, 2):`
# counted as assigned after the loop (a loop over a non-empty display).
"""A CHIP-8 emulator with a small assembler, running three demo programs."""
from __future__ import annotations

import random
import sys
from enum import IntEnum
from typing import Callable

FONT = [
    0xF0, 0x90, 0x90, 0x90, 0xF0, 0x20, 0x60, 0x20, 0x20, 0x70,
    0xF0, 0x10, 0xF0, 0x80, 0xF0, 0xF0, 0x10, 0xF0, 0x10, 0xF0,
    0x90, 0x90, 0xF0, 0x10, 0x10, 0xF0, 0x80, 0xF0, 0x10, 0xF0,
    0xF0, 0x80, 0xF0, 0x90, 0xF0, 0xF0, 0x10, 0x20, 0x40, 0x40,
    0xF0, 0x90, 0xF0, 0x90, 0xF0, 0xF0, 0x90, 0xF0, 0x10, 0xF0,
]
WIDTH, HEIGHT = 64, 32
START = 0x200


class Reg(IntEnum):
    V0 = 0
    VF = 15


class AsmError(Exception):
    pass


def parse_value(tok: str, labels: dict[str, int]) -> int:
    if tok in labels:
        return labels[tok]
    if tok.startswith("#"):
        return int(tok[1:], 16)
    return int(tok)


def reg(tok: str) -> int:
    if len(tok) != 2 or tok[0].upper() != "V":
        raise AsmError(f"not a register: {tok}")
    return int(tok[1], 16)


def encode(op: str, args: list[str], labels: dict[str, int]) -> list[int]:
    """One instruction (or a `db` row) as bytes."""
    v = lambda i: parse_value(args[i], labels)
    if op == "db":
        return [parse_value(a, labels) & 0xFF for a in args]
    word: int
    if op == "cls":
        word = 0x00E0
    elif op == "ret":
        word = 0x00EE
    elif op == "jp":
        word = 0x1000 | v(0)
    elif op == "call":
        word = 0x2000 | v(0)
    elif op == "se":
        word = 0x3000 | reg(args[0]) << 8 | v(1)
    elif op == "sne":
        word = 0x4000 | reg(args[0]) << 8 | v(1)
    elif op == "ld" and args[0].upper() == "I":
        word = 0xA000 | v(1)
    elif op == "ld" and args[1].upper().startswith("V"):
        word = 0x8000 | reg(args[0]) << 8 | reg(args[1]) << 4
    elif op == "ld":
        word = 0x6000 | reg(args[0]) << 8 | v(1)
    elif op == "add" and args[1].upper().startswith("V"):
        word = 0x8004 | reg(args[0]) << 8 | reg(args[1]) << 4
    elif op == "add":
        word = 0x7000 | reg(args[0]) << 8 | v(1)
    elif op == "sub":
        word = 0x8005 | reg(args[0]) << 8 | reg(args[1]) << 4
    elif op == "and":
        word = 0x8002 | reg(args[0]) << 8 | reg(args[1]) << 4
    elif op == "shr":
        word = 0x8006 | reg(args[0]) << 8
    elif op == "rnd":
        word = 0xC000 | reg(args[0]) << 8 | v(1)
    elif op == "drw":
        word = 0xD000 | reg(args[0]) << 8 | reg(args[1]) << 4 | v(2)
    elif op == "font":
        word = 0xF029 | reg(args[0]) << 8
    elif op == "bcd":
        word = 0xF033 | reg(args[0]) << 8
    elif op == "ldm":
        word = 0xF065 | reg(args[0]) << 8
    elif op == "halt":
        word = 0x1000 | labels["$"]
    else:
        raise AsmError(f"unknown instruction {op}")
    return [word >> 8, word & 0xFF]


def assemble(source: str) -> bytes:
    lines = []
    for raw in source.splitlines():
        text = raw.split(";", 1)[0].strip()
        if text:
            lines.append(text)
    labels: dict[str, int] = {}
    for pass_no in (1, 2):
        addr = START
        out: list[int] = []
        for text in lines:
            if text.endswith(":"):
                labels[text[:-1]] = addr
                continue
            op, _, rest = text.partition(" ")
            args = [a.strip() for a in rest.split(",")] if rest else []
            labels["$"] = addr
            if pass_no == 1:
                size = len(args) if op == "db" else 2
            else:
                code = encode(op.lower(), args, labels)
                out.extend(code)
                size = len(code)
            addr += size
    return bytes(out)


class Chip8:
    def __init__(self, program: bytes, seed: int = 8) -> None:
        self.mem = bytearray(4096)
        self.mem[0:len(FONT)] = bytes(FONT)
        self.mem[START:START + len(program)] = program
        self.v = [0] * 16
        self.i = 0
        self.pc = START
        self.stack: list[int] = []
        self.screen = [[False] * WIDTH for _ in range(HEIGHT)]
        self.delay = 0
        self.rng = random.Random(seed)
        self.halted = False
        self.steps = 0
        self.ops: list[Callable[[int], None]] = [
            self.op_sys, self.op_jp, self.op_call, self.op_se,
            self.op_sne, self.op_bad, self.op_ld, self.op_add,
            self.op_alu, self.op_bad, self.op_ldi, self.op_bad,
            self.op_rnd, self.op_drw, self.op_bad, self.op_misc,
        ]

    def step(self) -> None:
        word = self.mem[self.pc] << 8 | self.mem[self.pc + 1]
        self.pc += 2
        self.steps += 1
        self.ops[word >> 12](word)

    def run(self, limit: int = 10000) -> int:
        while not self.halted and self.steps < limit:
            self.step()
            if self.delay > 0:
                self.delay -= 1
        return self.steps

    def op_bad(self, word: int) -> None:
        raise RuntimeError(f"bad opcode {word:04X} at {self.pc - 2:#05x}")

    def op_sys(self, word: int) -> None:
        if word == 0x00E0:
            for row in self.screen:
                row[:] = [False] * WIDTH
        elif word == 0x00EE:
            self.pc = self.stack.pop()
        else:
            self.op_bad(word)

    def op_jp(self, word: int) -> None:
        target = word & 0xFFF
        if target == self.pc - 2:
            self.halted = True
        self.pc = target

    def op_call(self, word: int) -> None:
        self.stack.append(self.pc)
        self.pc = word & 0xFFF

    def op_se(self, word: int) -> None:
        if self.v[word >> 8 & 0xF] == word & 0xFF:
            self.pc += 2

    def op_sne(self, word: int) -> None:
        if self.v[word >> 8 & 0xF] != word & 0xFF:
            self.pc += 2

    def op_ld(self, word: int) -> None:
        self.v[word >> 8 & 0xF] = word & 0xFF

    def op_add(self, word: int) -> None:
        x = word >> 8 & 0xF
        self.v[x] = (self.v[x] + word) & 0xFF

    def op_alu(self, word: int) -> None:
        x, y, n = word >> 8 & 0xF, word >> 4 & 0xF, word & 0xF
        vx, vy = self.v[x], self.v[y]
        flag = self.v[Reg.VF]
        match n:
            case 0:
                vx = vy
            case 2:
                vx &= vy
            case 4:
                vx, flag = (vx + vy) & 0xFF, int(vx + vy > 0xFF)
            case 5:
                vx, flag = (vx - vy) & 0xFF, int(vx >= vy)
            case 6:
                vx, flag = vx >> 1, vx & 1
            case _:
                self.op_bad(word)
        self.v[x] = vx
        self.v[Reg.VF] = flag

    def op_ldi(self, word: int) -> None:
        self.i = word & 0xFFF

    def op_rnd(self, word: int) -> None:
        self.v[word >> 8 & 0xF] = self.rng.randint(0, 255) & word & 0xFF

    def op_drw(self, word: int) -> None:
        x0 = self.v[word >> 8 & 0xF] % WIDTH
        y0 = self.v[word >> 4 & 0xF] % HEIGHT
        collided = False
        for dy, byte in enumerate(self.mem[self.i:self.i + (word & 0xF)]):
            for dx in range(8):
                if not byte & (0x80 >> dx):
                    continue
                x, y = (x0 + dx) % WIDTH, (y0 + dy) % HEIGHT
                collided |= self.screen[y][x]
                self.screen[y][x] ^= True
        self.v[Reg.VF] = 1 if collided else 0

    def op_misc(self, word: int) -> None:
        x = word >> 8 & 0xF
        kind = word & 0xFF
        if kind == 0x29:
            self.i = self.v[x] * 5
        elif kind == 0x33:
            value = self.v[x]
            self.mem[self.i:self.i + 3] = bytes([value // 100, value // 10 % 10, value % 10])
        elif kind == 0x65:
            for r in range(x + 1):
                self.v[r] = self.mem[self.i + r]
        else:
            self.op_bad(word)

    def show(self) -> str:
        rows = ["".join("#" if on else "." for on in row).rstrip(".") for row in self.screen]
        while rows and not rows[-1]:
            rows.pop()
        return "\n".join(rows)


COUNTER = """
    ld v0, 237        ; the number to print
    ld i, digits
    bcd v0
    ldm v2            ; v0..v2 = hundreds, tens, ones
    ld v3, 1          ; x
    ld v4, 1          ; y
    font v0
    drw v3, v4, 5
    add v3, 5
    font v1
    drw v3, v4, 5
    add v3, 5
    font v2
    drw v3, v4, 5
    halt
digits:
    db 0, 0, 0
"""

LOOP = """
    ld v5, 0          ; sum
    ld v6, 10         ; counter
loop:
    add v5, v6
    add v6, 255       ; v6 -= 1 by wrapping
    sne v6, 0
    jp done
    jp loop
done:
    ld v7, 2
    ld i, box
    drw v5, v7, 4
    drw v5, v7, 4     ; drawn twice: erased, VF says it collided
    ld v8, vF
    call show
    halt
show:
    font v8
    ld v9, 20
    drw v9, v9, 5
    ret
box:
    db #F0, #90, #90, #F0
"""

NOISE = """
    ld v1, 0
row:
    rnd v2, #FF
    ld i, dots
    drw v1, v1, 1
    add v1, 3
    se v1, 24
    jp row
    halt
dots:
    db #A5
"""


def main() -> int:
    for name, src in [("counter", COUNTER), ("loop", LOOP), ("noise", NOISE)]:
        code = assemble(src)
        print(f"== {name}: {len(code)} bytes: {code[:8].hex()}")
        cpu = Chip8(code)
        steps = cpu.run()
        print(f"steps={steps} pc={cpu.pc:#x} i={cpu.i:#05x} v={cpu.v[:10]}")
        print(cpu.show())
    try:
        assemble("mov v0, 1")
    except AsmError as e:
        print("error:", e)
    bad = Chip8(bytes([0x50, 0x00]))
    try:
        bad.run()
    except RuntimeError as e:
        print("error:", e)
    print(Reg.VF, int(Reg.VF), Reg(0).name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: == counter: 33 bytes: 60eda21ef033f265
# expect: steps=15 pc=0x21c i=0x023 v=[2, 3, 7, 11, 1, 0, 0, 0, 0, 0]
# expect:
# expect: .####.####.####
# expect: ....#....#....#
# expect: .####.####...#
# expect: .#.......#..#
# expect: .####.####..#
# expect: == loop: 40 bytes: 6500660a856476ff
# expect: steps=53 pc=0x21a i=0x005 v=[0, 0, 0, 0, 0, 55, 0, 2, 1, 20]
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect:
# expect: ......................#
# expect: .....................##
# expect: ......................#
# expect: ......................#
# expect: .....................###
# expect: == noise: 17 bytes: 6100c2ffa210d111
# expect: steps=49 pc=0x20e i=0x210 v=[0, 24, 70, 0, 0, 0, 0, 0, 0, 0]
# expect: #.#..#.#
# expect:
# expect:
# expect: ...#.#..#.#
# expect:
# expect:
# expect: ......#.#..#.#
# expect:
# expect:
# expect: .........#.#..#.#
# expect:
# expect:
# expect: ............#.#..#.#
# expect:
# expect:
# expect: ...............#.#..#.#
# expect:
# expect:
# expect: ..................#.#..#.#
# expect:
# expect:
# expect: .....................#.#..#.#
# expect: error: unknown instruction mov
# expect: error: bad opcode 5000 at 0x200
# expect: 15 15 V0
