# match statements: class patterns (keywords and __match_args__), literals,
# guards, captures, `_`, `as`, `|`, sequences with a star, tuples, mappings,
# enum constants (exhaustive over an enum: no return needed after it).
from __future__ import annotations
import sys
from dataclasses import dataclass
from enum import Enum, auto


class Op(Enum):
    ADD = auto()
    SUB = auto()
    MUL = auto()


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Var(Expr):
    name: str


@dataclass
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass
class Neg(Expr):
    operand: Expr


def evaluate(e: Expr, env: dict[str, int]) -> int:
    match e:
        case Num(value=v):
            return v
        case Var(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp(op="-", left=l, right=r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand=x):
            return -evaluate(x, env)
        case _:
            raise ValueError(f"bad expression {e}")


def classify(x: int) -> str:
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case n if n % 2 == 0:
            return f"even {n}"
        case n:
            return f"odd {n}"


def describe(items: list[int]) -> str:
    match items:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *rest] if len(rest) > 2:
            return f"long: {first} then {len(rest)} more"
        case [first, *middle, last]:
            return f"{first}..{last} ({middle})"
    return "unreachable"


def point(p: tuple[int, int]) -> str:
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y at {y}"
        case (x, 0) as where:
            return f"on x at {x} {where}"
        case _:
            return "elsewhere"


def command(words: list[str]) -> str:
    match words:
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *objs] if objs:
            return "taking " + ", ".join(objs)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "?"


def op_name(op: Op) -> str:
    match op:
        case Op.ADD:
            return "plus"
        case Op.SUB | Op.MUL:
            return "other"


def config(d: dict[str, str]) -> str:
    match d:
        case {"mode": "fast", "level": lvl}:
            return f"fast at {lvl}"
        case {"mode": m}:
            return f"mode {m}"
        case _:
            return "default"


def main(argv: list[str]) -> int:
    e = BinOp("+", Num(2), BinOp("*", Var("x"), Neg(Neg(Num(3)))))
    print(evaluate(e, {"x": 5}), evaluate(BinOp("*", Var("y"), Num(0)), {}))
    print(evaluate(BinOp("-", Num(1), Neg(Num(4))), {}))
    try:
        evaluate(BinOp("/", Num(1), Num(2)), {})
    except ValueError as err:
        print(err)
    print([classify(v) for v in [0, 2, -1, 8, 9]])
    lists: list[list[int]] = [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]
    print([describe(l) for l in lists])
    print(point((0, 0)), point((0, 4)), point((3, 0)), point((1, 1)))
    print(command(["go", "north"]), command(["take", "a", "b"]), command(["take"]),
          command(["exit"]), command([]))
    print(op_name(Op.ADD), op_name(Op.MUL))
    print(config({"mode": "fast", "level": "3"}), config({"mode": "slow"}), config({}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 17 0
# expect: 5
# expect: bad expression BinOp(op='/', left=Num(value=1), right=Num(value=2))
# expect: ['zero', 'small', 'minus one', 'even 8', 'odd 9']
# expect: ['empty', 'one: 1', 'two: 1 2', '1..3 ([2])', 'long: 1 then 4 more']
# expect: origin on y at 4 on x at 3 (3, 0) elsewhere
# expect: going north taking a, b ? bye ?
# expect: plus other
# expect: fast at 3 mode slow default
