# A hand-written tokenizer, recursive-descent parser and evaluator for
# arithmetic with variables and functions; errors carry positions.
import math


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at column {pos}")
        self.pos = pos


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j]
                           else int(text[i:j]), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**", i))
            i += 2
        elif c in "+-*/%(),=":
            tokens.append(("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            want = value or kind
            raise ParseError(f"expected {want!r}, found {tok[1]!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        if (self.peek()[0] == "name" and
                self.tokens[self.i + 1][1] == "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return ("**", base, self.factor())
        return base

    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {value!r}", pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
         "hypot": math.hypot}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))


env = {"pi": math.pi}
lines = ["x = 3", "y = x ** 2 ** 2 / 9", "2 * (x + y) - -1", "sqrt(16) + max(x, y, 7)",
         "hypot(3, 4) * pi", "10 % 4 + 7 / 2", "2 ** 100", "z + 1", "(1 + 2",
         "3 $ 4", "1 / 0", "x = x * x", "min(x)"]
for line in lines:
    try:
        tree = Parser(line).statement()
        print(f"{line:<26} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<26} !! syntax: {e} (pos {e.pos})")
    except (NameError, ZeroDivisionError, TypeError) as e:
        print(f"{line:<26} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(Parser("a = -b ** 2").statement())
