# An interpreter's dispatch loop: a register bytecode machine (objects for
# instructions, a list of int registers) running a program that counts
# primes below N by trial division.  Argument: N.
# bench-size: 600000
# bench-quick: 3000
from __future__ import annotations

import sys

LOADI = 0
ADD = 1
SUB = 2
MUL = 3
MOD = 4
JMP = 5
JLT = 6
JEQ = 7
JGT = 8
HALT = 9
MOV = 10


class Ins:
    op: int
    a: int
    b: int
    c: int

    def __init__(self, op: int, a: int, b: int, c: int) -> None:
        self.op = op
        self.a = a
        self.b = b
        self.c = c


def prime_program(limit: int) -> list[Ins]:
    # r0 = count, r1 = n, r2 = d, r3 = tmp, r4 = limit, r5 = 1, r6 = 0, r7 = d*d
    return [
        Ins(LOADI, 0, 0, 0),      # 0: count = 0
        Ins(LOADI, 1, 2, 0),      # 1: n = 2
        Ins(LOADI, 4, limit, 0),  # 2: r4 = limit
        Ins(LOADI, 5, 1, 0),      # 3: r5 = 1
        Ins(LOADI, 6, 0, 0),      # 4: r6 = 0
        Ins(JLT, 1, 4, 7),        # 5: if n < limit goto 7
        Ins(HALT, 0, 0, 0),       # 6
        Ins(LOADI, 2, 2, 0),      # 7: d = 2
        Ins(MUL, 7, 2, 2),        # 8: r7 = d*d
        Ins(JGT, 7, 1, 15),       # 9: if d*d > n goto prime
        Ins(MOD, 3, 1, 2),        # 10: tmp = n % d
        Ins(JEQ, 3, 6, 17),       # 11: if tmp == 0 goto composite
        Ins(ADD, 2, 2, 5),        # 12: d += 1
        Ins(JMP, 8, 0, 0),        # 13
        Ins(HALT, 0, 0, 0),       # 14 (unreachable)
        Ins(ADD, 0, 0, 5),        # 15: count += 1
        Ins(JMP, 17, 0, 0),       # 16
        Ins(ADD, 1, 1, 5),        # 17: n += 1
        Ins(JMP, 5, 0, 0),        # 18
    ]


def run(code: list[Ins]) -> tuple[int, int]:
    regs = [0] * 8
    pc = 0
    steps = 0
    while True:
        ins = code[pc]
        op = ins.op
        steps += 1
        pc += 1
        if op == LOADI:
            regs[ins.a] = ins.b
        elif op == ADD:
            regs[ins.a] = regs[ins.b] + regs[ins.c]
        elif op == SUB:
            regs[ins.a] = regs[ins.b] - regs[ins.c]
        elif op == MUL:
            regs[ins.a] = regs[ins.b] * regs[ins.c]
        elif op == MOD:
            regs[ins.a] = regs[ins.b] % regs[ins.c]
        elif op == JMP:
            pc = ins.a
        elif op == JLT:
            if regs[ins.a] < regs[ins.b]:
                pc = ins.c
        elif op == JEQ:
            if regs[ins.a] == regs[ins.b]:
                pc = ins.c
        elif op == JGT:
            if regs[ins.a] > regs[ins.b]:
                pc = ins.c
        elif op == MOV:
            regs[ins.a] = regs[ins.b]
        else:
            return regs[0], steps


def main(argv: list[str]) -> int:
    limit = int(argv[1]) if len(argv) > 1 else 1000
    count, steps = run(prime_program(limit))
    print(f"primes below {limit}: {count} ({steps} instructions)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
