# a program as people write it with match: an expression simplifier over
# dataclass nodes, a command interpreter over split strings, and JSON-like
# event dispatch on dicts
from dataclasses import dataclass


@dataclass(frozen=True)
class Num:
    value: int


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)):
            return Num(a + b if op == "+" else a * b)
        case BinOp(op, left, right):
            l, r = simplify(left), simplify(right)
            if (l, r) != (left, right):
                return simplify(BinOp(op, l, r))
            return BinOp(op, l, r)
        case _:
            return e


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("+", BinOp("*", Num(1), Var("z")), BinOp("*", Var("w"), Num(0))),
    BinOp("*", BinOp("+", Var("a"), Num(0)), BinOp("+", Num(4), Num(5))),
]
for e in exprs:
    print(show(e), "=>", show(simplify(e)))


def run(commands):
    stack = []
    env = {}
    for line in commands:
        match line.split():
            case ["push", num] if num.lstrip("-").isdigit():
                stack.append(int(num))
            case ["push", name]:
                stack.append(env.get(name, 0))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["store", name]:
                env[name] = stack.pop()
            case ["print", *names] if names:
                print(" ".join(f"{n}={env[n]}" for n in names))
            case ["print"]:
                print("stack", stack)
            case []:
                continue
            case [cmd, *args]:
                print(f"unknown command {cmd!r} with {len(args)} args")
    return env


print(run(["push 6", "push 7", "mul", "store x", "push x", "push -2", "add",
           "", "print", "store y", "print x y", "frobnicate 1 2"]))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **extra}:
            return f"click at {x},{y} {sorted(extra)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case list(events):
            return [handle(ev) for ev in events]
        case _:
            return "not an event"


for ev in [{"type": "click", "pos": (1, 2), "button": 1, "mods": []},
           {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"},
           {"type": "scroll"}, [{"type": "key", "key": "q"}, {"type": "x"}],
           "garbage", {"pos": (0, 0)}]:
    print(handle(ev))
