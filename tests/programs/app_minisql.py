# Written as a new user would (issue 8, lang2 item 6), without checking what
# rtrans accepts first: a SQL engine over lists of dicts (tokenizer, recursive-
# descent parser to dataclass nodes, match-based evaluator, aggregates, ORDER BY,
# LIMIT).  Three lines differ from what was first written, each after an error
# that named the fix: nums.append(float(v)) (CPython would keep an int in a
# list[float]), sum(nums, 0.0), and 'limit = stmt.limit' before the None test
# (a field of a local read by a generator expression is not narrowed).
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

Value = Union[int, float, str, None]
Row = dict[str, Value]

KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ORDER", "BY", "ASC", "DESC",
            "LIMIT", "INSERT", "INTO", "VALUES", "NULL", "COUNT", "SUM", "MAX", "MIN"}


@dataclass
class Token:
    kind: str          # "kw", "ident", "num", "str", "op", "eof"
    text: str
    pos: int


class SqlError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            if word.upper() in KEYWORDS:
                tokens.append(Token("kw", word.upper(), start))
            else:
                tokens.append(Token("ident", word, start))
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch == "'":
            start = i
            i += 1
            buf = []
            while i < len(src) and src[i] != "'":
                buf.append(src[i])
                i += 1
            if i >= len(src):
                raise SqlError(f"unterminated string at {start}")
            i += 1
            tokens.append(Token("str", "".join(buf), start))
        elif src.startswith(("<=", ">=", "!=", "<>"), i):
            tokens.append(Token("op", src[i:i + 2], i))
            i += 2
        elif ch in "=<>*,();+-/":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise SqlError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


@dataclass
class Lit:
    value: Value


@dataclass
class Col:
    name: str


@dataclass
class BinOp:
    op: str
    left: Expr
    right: Expr


@dataclass
class Not:
    operand: Expr


@dataclass
class Agg:
    func: str
    arg: Optional[Expr]     # None for COUNT(*)


Expr = Union[Lit, Col, BinOp, Not, Agg]


@dataclass
class Select:
    columns: list[Expr]
    table: str
    where: Optional[Expr] = None
    order: list[tuple[Expr, bool]] = field(default_factory=list)
    limit: Optional[int] = None


@dataclass
class Insert:
    table: str
    names: list[str]
    rows: list[list[Expr]]


Statement = Union[Select, Insert]


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def accept(self, text: str) -> bool:
        tok = self.peek()
        if tok.kind in ("kw", "op") and tok.text == text:
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            tok = self.peek()
            raise SqlError(f"expected {text} at {tok.pos}, got {tok.text or 'end'!r}")

    def ident(self) -> str:
        tok = self.advance()
        if tok.kind != "ident":
            raise SqlError(f"expected a name at {tok.pos}")
        return tok.text

    def statement(self) -> Statement:
        if self.accept("SELECT"):
            return self.select()
        if self.accept("INSERT"):
            return self.insert()
        raise SqlError(f"unknown statement at {self.peek().pos}")

    def select(self) -> Select:
        cols: list[Expr] = []
        if not self.accept("*"):
            cols.append(self.expr())
            while self.accept(","):
                cols.append(self.expr())
        self.expect("FROM")
        stmt = Select(cols, self.ident())
        if self.accept("WHERE"):
            stmt.where = self.expr()
        if self.accept("ORDER"):
            self.expect("BY")
            while True:
                e = self.expr()
                desc = False
                if self.accept("DESC"):
                    desc = True
                else:
                    self.accept("ASC")
                stmt.order.append((e, desc))
                if not self.accept(","):
                    break
        if self.accept("LIMIT"):
            tok = self.advance()
            stmt.limit = int(tok.text)
        return stmt

    def insert(self) -> Insert:
        self.expect("INTO")
        table = self.ident()
        self.expect("(")
        names = [self.ident()]
        while self.accept(","):
            names.append(self.ident())
        self.expect(")")
        self.expect("VALUES")
        rows: list[list[Expr]] = []
        while True:
            self.expect("(")
            row = [self.expr()]
            while self.accept(","):
                row.append(self.expr())
            self.expect(")")
            rows.append(row)
            if not self.accept(","):
                break
        return Insert(table, names, rows)

    # expr := and_expr (OR and_expr)*
    def expr(self) -> Expr:
        left = self.and_expr()
        while self.accept("OR"):
            left = BinOp("OR", left, self.and_expr())
        return left

    def and_expr(self) -> Expr:
        left = self.not_expr()
        while self.accept("AND"):
            left = BinOp("AND", left, self.not_expr())
        return left

    def not_expr(self) -> Expr:
        if self.accept("NOT"):
            return Not(self.not_expr())
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.additive()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("=", "!=", "<>", "<", "<=", ">", ">="):
            self.advance()
            return BinOp(tok.text, left, self.additive())
        return left

    def additive(self) -> Expr:
        left = self.term()
        while self.peek().text in ("+", "-") and self.peek().kind == "op":
            op = self.advance().text
            left = BinOp(op, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.primary()
        while self.peek().text in ("*", "/") and self.peek().kind == "op":
            op = self.advance().text
            left = BinOp(op, left, self.primary())
        return left

    def primary(self) -> Expr:
        tok = self.advance()
        if tok.kind == "num":
            return Lit(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "str":
            return Lit(tok.text)
        if tok.kind == "ident":
            return Col(tok.text)
        if tok.kind == "kw" and tok.text == "NULL":
            return Lit(None)
        if tok.kind == "kw" and tok.text in ("COUNT", "SUM", "MAX", "MIN"):
            self.expect("(")
            arg: Optional[Expr] = None
            if not self.accept("*"):
                arg = self.expr()
            self.expect(")")
            return Agg(tok.text, arg)
        if tok.kind == "op" and tok.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        if tok.kind == "op" and tok.text == "-":
            return BinOp("-", Lit(0), self.primary())
        raise SqlError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


def truthy(v: Value) -> bool:
    return v is not None and v != 0 and v != ""


def compare(op: str, a: Value, b: Value) -> Value:
    if a is None or b is None:
        return None
    if isinstance(a, str) != isinstance(b, str):
        raise SqlError(f"cannot compare {a!r} and {b!r}")
    if op == "=":
        return int(a == b)
    if op in ("!=", "<>"):
        return int(a != b)
    if isinstance(a, str) and isinstance(b, str):
        lt, gt = a < b, a > b
    elif not isinstance(a, str) and not isinstance(b, str):
        lt, gt = a < b, a > b
    else:
        raise SqlError("mixed comparison")
    if op == "<":
        return int(lt)
    if op == ">":
        return int(gt)
    if op == "<=":
        return int(not gt)
    return int(not lt)


def arith(op: str, a: Value, b: Value) -> Value:
    if a is None or b is None:
        return None
    if isinstance(a, str) or isinstance(b, str):
        if op == "+" and isinstance(a, str) and isinstance(b, str):
            return a + b
        raise SqlError(f"bad operands for {op}: {a!r}, {b!r}")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    return a / b


def evaluate(e: Expr, row: Row) -> Value:
    match e:
        case Lit(value=v):
            return v
        case Col(name=n):
            if n not in row:
                raise SqlError(f"no such column: {n}")
            return row[n]
        case Not(operand=x):
            v = evaluate(x, row)
            return None if v is None else int(not truthy(v))
        case BinOp(op="AND", left=l, right=r):
            return int(truthy(evaluate(l, row)) and truthy(evaluate(r, row)))
        case BinOp(op="OR", left=l, right=r):
            return int(truthy(evaluate(l, row)) or truthy(evaluate(r, row)))
        case BinOp(op=op, left=l, right=r) if op in ("+", "-", "*", "/"):
            return arith(op, evaluate(l, row), evaluate(r, row))
        case BinOp(op=op, left=l, right=r):
            return compare(op, evaluate(l, row), evaluate(r, row))
        case Agg():
            raise SqlError("aggregate outside SELECT list")
    raise SqlError("bad expression")


def aggregate(a: Agg, rows: list[Row]) -> Value:
    if a.arg is None:
        return len(rows)
    vals = [evaluate(a.arg, r) for r in rows]
    present = [v for v in vals if v is not None]
    if a.func == "COUNT":
        return len(present)
    if not present:
        return None
    nums: list[float] = []
    for v in present:
        if isinstance(v, str):
            raise SqlError(f"{a.func} of text")
        nums.append(float(v))
    if a.func == "SUM":
        total = sum(nums, 0.0)
        return int(total) if all(isinstance(v, int) for v in present) else total
    best = max(nums) if a.func == "MAX" else min(nums)
    return int(best) if best == int(best) and all(isinstance(v, int) for v in present) else best


def show(e: Expr) -> str:
    match e:
        case Lit(value=v):
            return "NULL" if v is None else repr(v)
        case Col(name=n):
            return n
        case Not(operand=x):
            return f"NOT {show(x)}"
        case BinOp(op=op, left=l, right=r):
            return f"({show(l)} {op} {show(r)})"
        case Agg(func=f, arg=x):
            return f"{f}({'*' if x is None else show(x)})"
    return "?"


class Database:
    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {}

    def run(self, sql: str) -> list[tuple[Value, ...]]:
        stmt = Parser(tokenize(sql)).statement()
        if isinstance(stmt, Insert):
            table = self.tables.setdefault(stmt.table, [])
            for values in stmt.rows:
                if len(values) != len(stmt.names):
                    raise SqlError("wrong number of values")
                table.append({n: evaluate(v, {}) for n, v in zip(stmt.names, values)})
            return [(len(stmt.rows),)]
        return self.select(stmt)

    def select(self, stmt: Select) -> list[tuple[Value, ...]]:
        if stmt.table not in self.tables:
            raise SqlError(f"no such table: {stmt.table}")
        rows = self.tables[stmt.table]
        where = stmt.where
        if where is not None:
            rows = [r for r in rows if truthy(evaluate(where, r))]
        if stmt.columns and all(isinstance(c, Agg) for c in stmt.columns):
            out: list[Value] = []
            for c in stmt.columns:
                assert isinstance(c, Agg)
                out.append(aggregate(c, rows))
            return [tuple(out)]
        for key, desc in reversed(stmt.order):
            rows = sorted(rows, key=lambda r: sort_key(evaluate(key, r)), reverse=desc)
        limit = stmt.limit
        if limit is not None:
            rows = rows[:limit]
        if not stmt.columns:
            return [tuple(r.values()) for r in rows]
        return [tuple(evaluate(c, r) for c in stmt.columns) for r in rows]


def sort_key(v: Value) -> tuple[int, float, str]:
    if v is None:
        return (0, 0.0, "")
    if isinstance(v, str):
        return (2, 0.0, v)
    return (1, float(v), "")


def main() -> None:
    db = Database()
    script = [
        "INSERT INTO people (name, age, city) VALUES ('ann', 31, 'Oslo'), ('bob', 25, 'Rome')",
        "INSERT INTO people (name, age, city) VALUES ('cid', 42, 'Oslo'), ('dee', NULL, 'Lima')",
        "INSERT INTO people (name, age, city) VALUES ('eve', 25, 'Rome'), ('fay', 19.5, 'Oslo')",
        "SELECT * FROM people",
        "SELECT name, age FROM people WHERE city = 'Oslo' ORDER BY age DESC",
        "SELECT name, age * 2 + 1 FROM people WHERE age >= 25 AND NOT city = 'Rome'",
        "SELECT COUNT(*), COUNT(age), SUM(age), MAX(age), MIN(name) FROM people",
        "SELECT name FROM people ORDER BY city, name DESC LIMIT 4",
        "SELECT name, age / 0 FROM people WHERE age < 26 OR age = NULL",
        "SELECT name FROM people WHERE name > 'c' AND (age < 40 OR city <> 'Oslo')",
        "SELECT nope FROM people",
        "SELECT name FROM places",
        "SELECT name FROM people WHERE",
        "SELECT 'it''s' FROM people",
        "SELECT name, age FROM people WHERE name = 3",
        "DELETE FROM people",
    ]
    for sql in script:
        print(">", sql)
        try:
            for row in db.run(sql):
                print("  " + " | ".join("NULL" if v is None else str(v) for v in row))
        except SqlError as err:
            print("  error:", err)
    print(show(Parser(tokenize("a + 2 * -b >= 3 OR NOT c")).expr()))


main()

# expect: > INSERT INTO people (name, age, city) VALUES ('ann', 31, 'Oslo'), ('bob', 25, 'Rome')
# expect:   2
# expect: > INSERT INTO people (name, age, city) VALUES ('cid', 42, 'Oslo'), ('dee', NULL, 'Lima')
# expect:   2
# expect: > INSERT INTO people (name, age, city) VALUES ('eve', 25, 'Rome'), ('fay', 19.5, 'Oslo')
# expect:   2
# expect: > SELECT * FROM people
# expect:   ann | 31 | Oslo
# expect:   bob | 25 | Rome
# expect:   cid | 42 | Oslo
# expect:   dee | NULL | Lima
# expect:   eve | 25 | Rome
# expect:   fay | 19.5 | Oslo
# expect: > SELECT name, age FROM people WHERE city = 'Oslo' ORDER BY age DESC
# expect:   cid | 42
# expect:   ann | 31
# expect:   fay | 19.5
# expect: > SELECT name, age * 2 + 1 FROM people WHERE age >= 25 AND NOT city = 'Rome'
# expect:   ann | 63
# expect:   cid | 85
# expect: > SELECT COUNT(*), COUNT(age), SUM(age), MAX(age), MIN(name) FROM people
# expect:   error: MIN of text
# expect: > SELECT name FROM people ORDER BY city, name DESC LIMIT 4
# expect:   dee
# expect:   fay
# expect:   cid
# expect:   ann
# expect: > SELECT name, age / 0 FROM people WHERE age < 26 OR age = NULL
# expect:   bob | NULL
# expect:   eve | NULL
# expect:   fay | NULL
# expect: > SELECT name FROM people WHERE name > 'c' AND (age < 40 OR city <> 'Oslo')
# expect:   dee
# expect:   eve
# expect:   fay
# expect: > SELECT nope FROM people
# expect:   error: no such column: nope
# expect: > SELECT name FROM places
# expect:   error: no such table: places
# expect: > SELECT name FROM people WHERE
# expect:   error: unexpected 'end' at 29
# expect: > SELECT 'it''s' FROM people
# expect:   error: expected FROM at 11, got 's'
# expect: > SELECT name, age FROM people WHERE name = 3
# expect:   error: cannot compare 'ann' and 3
# expect: > DELETE FROM people
# expect:   error: unknown statement at 0
# expect: (((a + (2 * (0 - b))) >= 3) OR NOT c)
