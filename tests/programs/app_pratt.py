# issue 8: an interpreter-style program written in plain typed Python as a new user would,
# then changed only to translate today: fields declared in class bodies; sum(args, 0.0); {type(node).__name__} for a Node
# without __repr__; str() on both branches of an int/float conditional.
"""A Pratt parser and tree-walking evaluator for a small expression language."""
from __future__ import annotations

import sys
from typing import Optional


class Token:
    kind: str
    text: str
    pos: int

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r})"


class ParseError(Exception):
    pass


class EvalError(Exception):
    pass


OPERATORS = "+-*/%^(),=<>!?:"


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            tokens.append(Token("op", src[i:i + 2], i))
            i += 2
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def show(self) -> str:
        raise NotImplementedError


class Num(Node):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def show(self) -> str:
        return str(self.value)


class Var(Node):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Unary(Node):
    op: str
    operand: Node

    def __init__(self, op: str, operand: Node) -> None:
        self.op = op
        self.operand = operand

    def show(self) -> str:
        return f"({self.op} {self.operand.show()})"


class Binary(Node):
    op: str
    left: Node
    right: Node

    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def show(self) -> str:
        return f"({self.op} {self.left.show()} {self.right.show()})"


class Cond(Node):
    test: Node
    then: Node
    other: Node

    def __init__(self, test: Node, then: Node, other: Node) -> None:
        self.test = test
        self.then = then
        self.other = other

    def show(self) -> str:
        return f"(? {self.test.show()} {self.then.show()} {self.other.show()})"


class Call(Node):
    func: str
    args: list[Node]

    def __init__(self, func: str, args: list[Node]) -> None:
        self.func = func
        self.args = args

    def show(self) -> str:
        inner = " ".join(a.show() for a in self.args)
        return f"(call {self.func} {inner})"


class Assign(Node):
    name: str
    value: Node

    def __init__(self, name: str, value: Node) -> None:
        self.name = name
        self.value = value

    def show(self) -> str:
        return f"(= {self.name} {self.value.show()})"


# binding powers: (left, right)
INFIX: dict[str, tuple[int, int]] = {
    "=": (2, 1),
    "?": (4, 3),
    "==": (5, 6), "!=": (5, 6),
    "<": (7, 8), ">": (7, 8), "<=": (7, 8), ">=": (7, 8),
    "+": (9, 10), "-": (9, 10),
    "*": (11, 12), "/": (11, 12), "%": (11, 12),
    "^": (16, 15), "**": (16, 15),
}
PREFIX_BP = 13


class Parser:
    tokens: list[Token]
    pos: int

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text: str) -> None:
        tok = self.advance()
        if tok.text != text:
            raise ParseError(f"expected {text!r} but got {tok.text!r} at {tok.pos}")

    def parse(self) -> Node:
        node = self.expr(0)
        if self.peek().kind != "eof":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return node

    def prefix(self) -> Node:
        tok = self.advance()
        if tok.kind == "num":
            return Num(float(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args: list[Node] = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expr(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            inner = self.expr(0)
            self.expect(")")
            return inner
        if tok.text in ("-", "+", "!"):
            return Unary(tok.text, self.expr(PREFIX_BP))
        raise ParseError(f"unexpected {tok.text or 'end of input'!r} at {tok.pos}")

    def expr(self, min_bp: int) -> Node:
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok.kind != "op" or tok.text not in INFIX:
                break
            lbp, rbp = INFIX[tok.text]
            if lbp < min_bp:
                break
            self.advance()
            if tok.text == "?":
                then = self.expr(0)
                self.expect(":")
                other = self.expr(rbp)
                left = Cond(left, then, other)
            elif tok.text == "=":
                if not isinstance(left, Var):
                    raise ParseError(f"cannot assign to {left.show()}")
                left = Assign(left.name, self.expr(rbp))
            else:
                left = Binary(tok.text, left, self.expr(rbp))
        return left


class Evaluator:
    env: dict[str, float]
    calls: int

    def __init__(self) -> None:
        self.env = {"pi": 3.141592653589793}
        self.calls = 0

    def call(self, name: str, args: list[float]) -> float:
        self.calls += 1
        if name == "max":
            return max(args)
        if name == "min":
            return min(args)
        if name == "abs" and len(args) == 1:
            return abs(args[0])
        if name == "sum":
            return sum(args, 0.0)
        if name == "fact" and len(args) == 1:
            n = int(args[0])
            r = 1
            for k in range(2, n + 1):
                r *= k
            return float(r)
        raise EvalError(f"unknown function {name}/{len(args)}")

    def eval(self, node: Node) -> float:
        if isinstance(node, Num):
            return node.value
        if isinstance(node, Var):
            if node.name not in self.env:
                raise EvalError(f"undefined variable {node.name}")
            return self.env[node.name]
        if isinstance(node, Assign):
            value = self.eval(node.value)
            self.env[node.name] = value
            return value
        if isinstance(node, Unary):
            v = self.eval(node.operand)
            if node.op == "-":
                return -v
            if node.op == "!":
                return 1.0 if v == 0 else 0.0
            return v
        if isinstance(node, Cond):
            return self.eval(node.then) if self.eval(node.test) != 0 else self.eval(node.other)
        if isinstance(node, Call):
            return self.call(node.func, [self.eval(a) for a in node.args])
        if isinstance(node, Binary):
            a = self.eval(node.left)
            b = self.eval(node.right)
            op = node.op
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                if b == 0:
                    raise EvalError("division by zero")
                return a / b
            if op == "%":
                return a % b
            if op in ("^", "**"):
                return a ** b
            comparisons = {"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}
            return 1.0 if comparisons[op] else 0.0
        raise EvalError(f"cannot evaluate {type(node).__name__}")


def run(lines: list[str]) -> None:
    ev = Evaluator()
    for line in lines:
        try:
            tree = Parser(tokenize(line)).parse()
            value = ev.eval(tree)
            shown = str(int(value)) if value == int(value) else str(round(value, 6))
            print(f"{line:<28} => {tree.show():<40} = {shown}")
        except (ParseError, EvalError) as err:
            print(f"{line:<28} !! {type(err).__name__}: {err}")
    print("variables:", ", ".join(f"{k}={v:g}" for k, v in sorted(ev.env.items())))
    print("calls:", ev.calls)


PROGRAM = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ** 2",
    "x = 4",
    "y = x * 2 + 1",
    "x < y ? x : y",
    "max(x, y, 3) - min(1, 2)",
    "fact(10) / fact(8)",
    "a = b = 7",
    "!0 + !5",
    "10 % 4 + pi",
    "1 / 0",
    "z + 1",
    "3 +",
    "(1 + 2",
    "2 $ 3",
    "f(1)",
    "abs(-3.5) * 2",
    "sum(1, 2, 3, 4) == 10",
]


def main(argv: list[str]) -> int:
    run(PROGRAM if len(argv) < 2 else argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 + 2 * 3                    => (+ 1.0 (* 2.0 3.0))                      = 7
# expect: (1 + 2) * 3                  => (* (+ 1.0 2.0) 3.0)                      = 9
# expect: 2 ^ 3 ^ 2                    => (^ 2.0 (^ 3.0 2.0))                      = 512
# expect: -2 ** 2                      => (- (** 2.0 2.0))                         = -4
# expect: x = 4                        => (= x 4.0)                                = 4
# expect: y = x * 2 + 1                => (= y (+ (* x 2.0) 1.0))                  = 9
# expect: x < y ? x : y                => (? (< x y) x y)                          = 4
# expect: max(x, y, 3) - min(1, 2)     => (- (call max x y 3.0) (call min 1.0 2.0)) = 8
# expect: fact(10) / fact(8)           => (/ (call fact 10.0) (call fact 8.0))     = 90
# expect: a = b = 7                    => (= a (= b 7.0))                          = 7
# expect: !0 + !5                      => (+ (! 0.0) (! 5.0))                      = 1
# expect: 10 % 4 + pi                  => (+ (% 10.0 4.0) pi)                      = 5.141593
# expect: 1 / 0                        !! EvalError: division by zero
# expect: z + 1                        !! EvalError: undefined variable z
# expect: 3 +                          !! ParseError: unexpected 'end of input' at 3
# expect: (1 + 2                       !! ParseError: expected ')' but got '' at 6
# expect: 2 $ 3                        !! ParseError: unexpected character '$' at 2
# expect: f(1)                         !! EvalError: unknown function f/1
# expect: abs(-3.5) * 2                => (* (call abs (- 3.5)) 2.0)               = 7
# expect: sum(1, 2, 3, 4) == 10        => (== (call sum 1.0 2.0 3.0 4.0) 10.0)     = 1
# expect: variables: a=7, b=7, pi=3.14159, x=4, y=9
# expect: calls: 7
