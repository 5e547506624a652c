# An interpreter's dispatch on many opcodes: a register machine whose
# instructions are ints in a list, and whose loop tests the opcode with an
# if/elif chain over 32 constants, as a bytecode interpreter written in
# Python does.  The program's loop body uses every opcode, so the late
# ones in the chain are as hot as the first (rtrans compiles the chain to
# a C switch).  Argument: iterations of the program's loop.
# bench-size: 1000000
# bench-quick: 2000
import sys

NOP = 0
LOADK = 1
MOV = 2
ADD = 3
SUB = 4
MUL = 5
AND = 6
OR = 7
XOR = 8
SHL = 9
SHR = 10
INC = 11
DEC = 12
NEG = 13
NOT = 14
MIN = 15
MAX = 16
ABS = 17
SWAP = 18
MASK = 19
ROTL = 20
HALF = 21
DBL = 22
SQR = 23
MODK = 24
ADDK = 25
SUBK = 26
XORK = 27
CNT = 28
ACC = 29
JNZ = 30
HALT = 31

M = 0xFFFFF


def run(code: list[int], regs: list[int]) -> int:
    pc = 0
    steps = 0
    while True:
        op = code[pc]
        a = code[pc + 1]
        b = code[pc + 2]
        pc += 3
        steps += 1
        if op == NOP:
            pass
        elif op == LOADK:
            regs[a] = b
        elif op == MOV:
            regs[a] = regs[b]
        elif op == ADD:
            regs[a] = (regs[a] + regs[b]) & M
        elif op == SUB:
            regs[a] = (regs[a] - regs[b]) & M
        elif op == MUL:
            regs[a] = (regs[a] * regs[b]) & M
        elif op == AND:
            regs[a] = regs[a] & regs[b]
        elif op == OR:
            regs[a] = regs[a] | regs[b]
        elif op == XOR:
            regs[a] = regs[a] ^ regs[b]
        elif op == SHL:
            regs[a] = (regs[a] << (regs[b] & 7)) & M
        elif op == SHR:
            regs[a] = regs[a] >> (regs[b] & 7)
        elif op == INC:
            regs[a] = (regs[a] + 1) & M
        elif op == DEC:
            regs[a] = (regs[a] - 1) & M
        elif op == NEG:
            regs[a] = -regs[a] & M
        elif op == NOT:
            regs[a] = ~regs[a] & M
        elif op == MIN:
            regs[a] = min(regs[a], regs[b])
        elif op == MAX:
            regs[a] = max(regs[a], regs[b])
        elif op == ABS:
            regs[a] = abs(regs[a] - regs[b])
        elif op == SWAP:
            t = regs[a]
            regs[a] = regs[b]
            regs[b] = t
        elif op == MASK:
            regs[a] = regs[a] & b
        elif op == ROTL:
            x = regs[a]
            regs[a] = ((x << 1) | (x >> 19)) & M
        elif op == HALF:
            regs[a] = regs[a] // 2
        elif op == DBL:
            regs[a] = (regs[a] * 2) & M
        elif op == SQR:
            regs[a] = (regs[a] * regs[a]) & M
        elif op == MODK:
            regs[a] = regs[a] % b
        elif op == ADDK:
            regs[a] = (regs[a] + b) & M
        elif op == SUBK:
            regs[a] = (regs[a] - b) & M
        elif op == XORK:
            regs[a] = regs[a] ^ b
        elif op == CNT:
            regs[a] = regs[a] + (regs[b] & 1)
        elif op == ACC:
            regs[a] = (regs[a] * 31 + regs[b]) & M
        elif op == JNZ:
            if regs[a] != 0:
                pc = b
        else:
            return steps


def program(n: int) -> list[int]:
    # r0: loop counter, r1..r6: work, r7: checksum
    body = [
        (LOADK, 0, n), (LOADK, 1, 12345), (LOADK, 2, 777), (LOADK, 7, 0),
        # loop start (instruction 4)
        (ROTL, 1, 0), (XORK, 1, 0x5A5A5), (ADD, 2, 1), (SQR, 3, 0),
        (MOV, 3, 2), (MODK, 3, 1009), (SHL, 4, 3), (OR, 4, 1),
        (AND, 4, 2), (SUB, 5, 4), (MUL, 5, 3), (SHR, 6, 5),
        (NEG, 6, 0), (NOT, 6, 0), (MIN, 5, 6), (MAX, 5, 2),
        (ABS, 6, 1), (SWAP, 5, 6), (MASK, 5, 0xFFF), (HALF, 4, 0),
        (DBL, 4, 0), (ADDK, 2, 11), (SUBK, 2, 3), (INC, 3, 0),
        (NOP, 0, 0), (CNT, 7, 1), (ACC, 7, 5), (XOR, 7, 4),
        (DEC, 0, 0), (JNZ, 0, 12), (HALT, 0, 0),
    ]
    code: list[int] = []
    for op, a, b in body:
        code.append(op)
        code.append(a)
        code.append(b)
    return code


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 1000
    regs = [0] * 8
    steps = run(program(n), regs)
    print(f"{steps} instructions, checksum {regs[7]}, registers {regs[1:7]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
