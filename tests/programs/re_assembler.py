# An assembler and CPU emulator whose parser is written with re, as people
# write one: a line pattern with named groups, a tokenizer with finditer,
# macro expansion with re.sub and a function
import re

LINE = re.compile(r"""
    ^\s*
    (?:(?P<label>[A-Za-z_]\w*):)?       # optional label
    \s*
    (?:(?P<op>[a-z]+)                    # mnemonic
       (?:\s+(?P<args>[^;]*?))?          # operands
    )?
    \s*(?:;.*)?$                         # comment
""", re.VERBOSE)
OPERAND = re.compile(r"\s*(?:(?P<reg>r[0-7])|(?P<imm>#-?\d+)|(?P<ref>[A-Za-z_]\w*))\s*(?:,|$)")
MACRO = re.compile(r"\b(inc|dec)\s+(r\d)")

SOURCE = """
; sum the numbers 1..10, then count down
start:  mov r0, #0
        mov r1, #10
loop:   add r0, r1      ; r0 += r1
        dec r1
        jnz r1, loop
        out r0
        mov r2, #3
down:   out r2
        dec r2
        jnz r2, down
        halt
"""


def expand(m: re.Match[str]) -> str:
    return f"add {m.group(2)}, #{1 if m.group(1) == 'inc' else -1}"


def operands(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = OPERAND.match(text, pos)
        if m is None:
            raise SyntaxError(f"bad operand at {text[pos:]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind) or ""))
        pos = m.end()
    return out


def assemble(src: str) -> tuple[list[tuple[str, list[tuple[str, str]]]], dict[str, int]]:
    program: list[tuple[str, list[tuple[str, str]]]] = []
    labels: dict[str, int] = {}
    for raw in src.splitlines():
        line = MACRO.sub(expand, raw)
        m = LINE.match(line)
        if m is None:
            raise SyntaxError(f"cannot parse {raw!r}")
        label = m.group("label")
        if label:
            labels[label] = len(program)
        op = m.group("op")
        if op:
            program.append((op, operands(m.group("args") or "")))
    return program, labels


def value(arg: tuple[str, str], regs: list[int], labels: dict[str, int]) -> int:
    kind, text = arg
    if kind == "reg":
        return regs[int(text[1:])]
    if kind == "imm":
        return int(text[1:])
    return labels[text]


def run(program: list[tuple[str, list[tuple[str, str]]]], labels: dict[str, int]) -> None:
    regs = [0] * 8
    pc = 0
    steps = 0
    while pc < len(program):
        op, args = program[pc]
        pc += 1
        steps += 1
        if op == "mov" or op == "add":
            r = int(args[0][1][1:])
            v = value(args[1], regs, labels)
            regs[r] = v if op == "mov" else regs[r] + v
        elif op == "jnz":
            if value(args[0], regs, labels) != 0:
                pc = value(args[1], regs, labels)
        elif op == "out":
            print("out:", value(args[0], regs, labels))
        elif op == "halt":
            break
    print("steps:", steps, "registers:", regs[:3])


prog, labs = assemble(SOURCE)
print(sorted(labs.items()))
for ins in prog[:4]:
    print(ins)
run(prog, labs)
print(re.split(r"\s*,\s*", "r0 , #1,r2"), MACRO.subn(expand, "inc r1; dec r2; nop"))
try:
    assemble("mov r1, @1")
except SyntaxError as e:
    print("SyntaxError:", e)

# expect: [('down', 7), ('loop', 2), ('start', 0)]
# expect: ('mov', [('reg', 'r0'), ('imm', '#0')])
# expect: ('mov', [('reg', 'r1'), ('imm', '#10')])
# expect: ('add', [('reg', 'r0'), ('reg', 'r1')])
# expect: ('add', [('reg', 'r1'), ('imm', '#-1')])
# expect: out: 55
# expect: out: 3
# expect: out: 2
# expect: out: 1
# expect: steps: 44 registers: [55, 0, 0]
# expect: ['r0', '#1', 'r2'] ('add r1, #1; add r2, #-1; nop', 2)
# expect: SyntaxError: bad operand at ' @1'
