# A recursive-descent parser of input nested 100,000 deep (four frames per
# level), then a recursive evaluation of the tree: it needs a raised
# recursion limit, as under CPython, and then runs in a fraction of a
# second.  Past the limit the parser stops with RecursionError, which the
# program catches.
# rtpython: skip 400,000 nested Python calls; rtpython's C stack allows 200,000 (main.HOST_RECURSION_LIMIT)
import sys


class Node:
    op: str
    left: "Node | None"
    right: "Node | None"
    value: int

    def __init__(self, op: str, left: "Node | None", right: "Node | None", value: int) -> None:
        self.op = op
        self.left = left
        self.right = right
        self.value = value


class Parser:
    text: str
    pos: int

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ""

    def expr(self) -> Node:
        left = self.term()
        while self.peek() == "+" or self.peek() == "-":
            op = self.peek()
            self.pos += 1
            left = Node(op, left, self.term(), 0)
        return left

    def term(self) -> Node:
        left = self.factor()
        while self.peek() == "*":
            self.pos += 1
            left = Node("*", left, self.factor(), 0)
        return left

    def factor(self) -> Node:
        if self.peek() == "-":
            self.pos += 1
            return Node("neg", self.factor(), None, 0)
        return self.atom()

    def atom(self) -> Node:
        if self.peek() == "(":
            self.pos += 1
            e = self.expr()
            if self.peek() != ")":
                raise ValueError(f"expected ) at {self.pos}")
            self.pos += 1
            return e
        start = self.pos
        while self.peek().isdigit():
            self.pos += 1
        if start == self.pos:
            raise ValueError(f"expected a number at {self.pos}")
        return Node("num", None, None, int(self.text[start:self.pos]))


def evaluate(n: Node) -> int:
    if n.op == "num":
        return n.value
    left = n.left
    assert left is not None
    if n.op == "neg":
        return -evaluate(left)
    right = n.right
    assert right is not None
    a = evaluate(left)
    b = evaluate(right)
    if n.op == "+":
        return a + b
    if n.op == "-":
        return a - b
    return a * b


def nested(depth: int) -> str:
    return "(" * depth + "1+2*-3" + ")" * depth


def main(argv: list[str]) -> int:
    print(sys.getrecursionlimit())
    try:
        Parser(nested(2000)).expr()
    except RecursionError as e:
        print("default limit:", e)
    sys.setrecursionlimit(500000)
    print(sys.getrecursionlimit())
    print(evaluate(Parser(nested(100000)).expr()))
    sys.setrecursionlimit(20000)
    try:
        Parser(nested(10000)).expr()
    except RecursionError as e:
        print("lowered limit:", e)
    try:
        sys.setrecursionlimit(0)
    except ValueError as e:
        print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1000
# expect: default limit: maximum recursion depth exceeded
# expect: 500000
# expect: -5
# expect: lowered limit: maximum recursion depth exceeded
# expect: recursion limit must be greater or equal than 1
