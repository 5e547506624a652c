# An if/elif chain comparing one int with constants becomes a C switch
# (backend/emit_func.c): the cases must behave exactly as the chain,
# whatever the order, repeats, negative or huge constants, extra
# conditions in one arm, or the variable changing inside an arm.
import sys

PUSH = 0
POP = 1
ADD = 2
DUP = 3
SWAP = 4
JUMP = 5


def name(op: int) -> str:
    if op == PUSH:
        return "push"
    elif op == POP:
        return "pop"
    elif op == ADD:
        return "add"
    elif op == DUP:
        return "dup"
    elif op == SWAP:
        return "swap"
    elif op == JUMP:
        return "jump"
    return "?"


def odd(k: int, flag: bool) -> str:
    if k == 7:
        return "seven"
    elif 3 == k:
        return "three (constant on the left)"
    elif k == -1:
        return "minus one"
    elif k == 3:
        return "never: 3 was taken above"
    elif k == 9223372036854775807:
        return "max"
    elif k == -9223372036854775807 - 1:
        return "min"
    elif k == 100 and flag:
        return "hundred with flag"
    elif k == 101:
        return "hundred and one"
    elif k == 100:
        return "hundred without flag"
    else:
        return f"other {k}"


def changes(k: int) -> int:
    total = 0
    if k == 1:
        k = 2
        total += 10
    elif k == 2:
        total += 20
    elif k == 3:
        total += 30
    elif k == 4:
        total += 40
    if k == 2:
        total += 1
    return total


def run(code: list[int]) -> list[int]:
    stack: list[int] = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        pc += 1
        if op == PUSH:
            stack.append(code[pc])
            pc += 1
        elif op == POP:
            stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == JUMP:
            pc = code[pc]
        else:
            raise ValueError(f"bad opcode {op} at {pc - 1}")
    return stack


def main(argv: list[str]) -> int:
    print([name(op) for op in range(-1, 8)])
    for k in [7, 3, -1, 9223372036854775807, -9223372036854775807 - 1, 101, 5, 0]:
        print(odd(k, False))
    print(odd(100, True), "/", odd(100, False))
    print([changes(k) for k in range(6)])
    print(run([PUSH, 2, DUP, ADD, PUSH, 5, SWAP, JUMP, 10, POP, DUP]))
    try:
        run([PUSH, 1, 9])
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['?', 'push', 'pop', 'add', 'dup', 'swap', 'jump', '?', '?']
# expect: seven
# expect: three (constant on the left)
# expect: minus one
# expect: max
# expect: min
# expect: hundred and one
# expect: other 5
# expect: other 0
# expect: hundred with flag / hundred without flag
# expect: [0, 11, 21, 30, 40, 0]
# expect: [5, 4, 4]
# expect: ValueError: bad opcode 9 at 2
