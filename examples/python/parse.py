"""The parser: tokens to an AST (astnodes), by recursive descent over the
Python 3.11 grammar (without async/await).

Errors raise lexer.CompileError with CPython's message and caret range for
the common mistakes (missing ':', unclosed brackets, bad assignment
targets, misplaced arguments...); anything else is "invalid syntax" at the
token where parsing stopped, as CPython reports it.

String literals are decoded here, f-strings included: the replacement
fields of an f-string are parsed by a nested Parser over the field's text,
with positions shifted to the field's place in the source.
"""
from __future__ import annotations

from lexer import (Token, CompileError, Lexer, T_ENDMARKER, T_NAME, T_NUMBER,
                   T_STRING, T_OP, T_NEWLINE, T_INDENT, T_DEDENT, KEYWORDS,
                   hex_upper)
from astnodes import (Node, Expr, Stmt, Name, Constant, JoinedStr,
                      FormattedValue, BinOp, UnaryOp, BoolOp, Compare,
                      Keyword, Call, Attribute, Subscript, Slice, Starred,
                      ListExpr, TupleExpr, SetExpr, DictExpr, Comprehension,
                      Comp, IfExp, Arg, Arguments, Lambda, NamedExpr, Yield,
                      YieldFrom, Await, FunctionDef, ClassDef, Return, Delete,
                      Assign, AugAssign, AnnAssign, For, While, If, WithItem,
                      With, Raise, ExceptHandler, Try, Assert, Alias, Import,
                      ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break,
                      Continue, Module, Pattern, MatchValue, MatchSingleton,
                      MatchSequence, MatchMapping, MatchClass, MatchStar,
                      MatchAs, MatchOr, MatchCase, Match,
                      OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL,
                      OP_MUL, OP_MOD, OP_OR, OP_POW, OP_RSHIFT, OP_SUB,
                      OP_TRUEDIV, OP_XOR, CMP_LT, CMP_LE, CMP_EQ, CMP_NE,
                      CMP_GT, CMP_GE, CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN,
                      UNARY_INVERT, UNARY_NOT, UNARY_PLUS, UNARY_MINUS,
                      BOOL_AND, BOOL_OR, CTX_LOAD, CTX_STORE, CTX_DEL,
                      K_NONE, K_TRUE, K_FALSE, K_ELLIPSIS, K_INT, K_BIGINT,
                      K_FLOAT, K_IMAG, K_STR, K_BYTES, COMP_LIST, COMP_SET,
                      COMP_DICT, COMP_GEN)

AUG_OPS: dict[str, int] = {
    "+=": OP_ADD, "-=": OP_SUB, "*=": OP_MUL, "/=": OP_TRUEDIV,
    "//=": OP_FLOORDIV, "%=": OP_MOD, "**=": OP_POW, "<<=": OP_LSHIFT,
    ">>=": OP_RSHIFT, "&=": OP_AND, "|=": OP_OR, "^=": OP_XOR,
    "@=": OP_MATMUL}

COMPOUND_NAMES: dict[str, str] = {
    "if": "'if' statement", "elif": "'elif' statement",
    "else": "'else' statement", "while": "'while' statement",
    "for": "'for' statement", "try": "'try' statement",
    "except": "'except' statement", "finally": "'finally' statement",
    "with": "'with' statement", "def": "function definition",
    "class": "class definition"}


def syntax_error(msg: str, line: int, col: int, end_line: int,
                 end_col: int) -> CompileError:
    """A SyntaxError over [col, end_col) (0-based columns)."""
    return CompileError("SyntaxError", msg, line, col + 1, end_line,
                        end_col + 1)


def node_error(msg: str, n: Node) -> CompileError:
    return syntax_error(msg, n.line, n.col, n.end_line, n.end_col)


class Parser:
    toks: list[Token]
    p: int
    level: int                 # bracket nesting (for error messages)
    expr_start_line: int       # where the last atom started (for the
    expr_start_col: int        # "forgot a comma?" range)

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.p = 0
        self.level = 0
        self.expr_start_line = 0
        self.expr_start_col = 0

    # ---------------------------------------------------------- tokens

    def tok(self) -> Token:
        return self.toks[self.p]

    def peek_tok(self, k: int) -> Token:
        i = self.p + k
        if i >= len(self.toks):
            return self.toks[-1]
        return self.toks[i]

    def at(self, text: str) -> bool:
        t = self.toks[self.p]
        return (t.kind == T_OP or t.kind == T_NAME) and t.text == text

    def at_kw(self, text: str) -> bool:
        t = self.toks[self.p]
        return t.kind == T_NAME and t.text == text

    def at_op(self, text: str) -> bool:
        t = self.toks[self.p]
        return t.kind == T_OP and t.text == text

    def advance(self) -> Token:
        t = self.toks[self.p]
        self.p += 1
        return t

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.p += 1
            return True
        return False

    def prev(self) -> Token:
        return self.toks[self.p - 1]

    def invalid(self) -> CompileError:
        """'invalid syntax' at the current token (CPython's default)."""
        t = self.tok()
        if t.kind == T_INDENT:
            return CompileError("IndentationError", "unexpected indent",
                                t.line, t.end_col, t.line, -1)
        if t.kind == T_DEDENT and False:
            pass
        if t.kind == T_NAME and t.text in ("async", "await"):
            return syntax_error("async and await are not supported by this"
                                " interpreter", t.line, t.col, t.end_line,
                                t.end_col)
        return syntax_error("invalid syntax", t.line, t.col, t.end_line,
                            t.end_col)

    def expect(self, text: str) -> Token:
        if self.at(text):
            return self.advance()
        if text == ":":
            prev = self.prev()
            raise syntax_error("expected ':'", prev.end_line, prev.end_col,
                               prev.end_line, prev.end_col)
        raise self.invalid()

    def expect_name(self) -> Token:
        t = self.tok()
        if t.kind != T_NAME or t.text in KEYWORDS:
            raise self.invalid()
        return self.advance()

    def start(self, n: Node, t: Token) -> None:
        n.line = t.line
        n.col = t.col

    def finish(self, n: Node) -> None:
        t = self.prev()
        n.end_line = t.end_line
        n.end_col = t.end_col

    def span(self, n: Node, first: Node) -> None:
        """n starts where first starts (at first's opening parenthesis if it
        has one) and ends at the last token read."""
        if isinstance(first, Expr) and first.paren_line > 0:
            n.line = first.paren_line
            n.col = first.paren_col
        else:
            n.line = first.line
            n.col = first.col
        self.finish(n)

    # ------------------------------------------------------ statements

    def parse_module(self) -> Module:
        body: list[Stmt] = []
        while self.tok().kind != T_ENDMARKER:
            if self.tok().kind == T_NEWLINE:
                self.advance()
                continue
            self.statement(body)
        return Module(body)

    def statement(self, out: list[Stmt]) -> None:
        t = self.tok()
        if t.kind == T_INDENT:
            raise CompileError("IndentationError", "unexpected indent",
                               t.line, t.end_col, t.line, -1)
        if t.kind == T_NAME:
            w = t.text
            if w == "def":
                out.append(self.funcdef([], t))
                return
            if w == "class":
                out.append(self.classdef([], t))
                return
            if w == "if":
                out.append(self.if_stmt())
                return
            if w == "while":
                out.append(self.while_stmt())
                return
            if w == "for":
                out.append(self.for_stmt())
                return
            if w == "try":
                out.append(self.try_stmt())
                return
            if w == "with":
                out.append(self.with_stmt())
                return
            if w == "async":
                raise syntax_error("async functions are not supported by "
                                   "this interpreter", t.line, t.col,
                                   t.end_line, t.end_col)
            if w == "match":
                m = self.match_stmt()
                if m is not None:
                    out.append(m)
                    return
        if t.kind == T_OP and t.text == "@":
            out.append(self.decorated())
            return
        self.simple_stmts(out)

    def simple_stmts(self, out: list[Stmt]) -> None:
        while True:
            out.append(self.simple_stmt())
            if self.accept(";"):
                if self.tok().kind == T_NEWLINE:
                    break
                continue
            break
        t = self.tok()
        if t.kind != T_NEWLINE:
            raise self.invalid()
        self.advance()

    def block(self, what: str, line: int) -> list[Stmt]:
        """':' already read: NEWLINE INDENT statements DEDENT, or simple
        statements on the same line."""
        body: list[Stmt] = []
        if self.tok().kind != T_NEWLINE:
            self.simple_stmts(body)
            return body
        self.advance()
        t = self.tok()
        if t.kind != T_INDENT:
            raise CompileError("IndentationError", "expected an indented "
                               "block after " + what + " on line "
                               + str(line), t.line, t.col + 1, t.end_line,
                               t.end_col + 1)
        self.advance()
        while self.tok().kind != T_DEDENT and self.tok().kind != T_ENDMARKER:
            self.statement(body)
        if self.tok().kind == T_DEDENT:
            self.advance()
        return body

    def simple_stmt(self) -> Stmt:
        t = self.tok()
        if t.kind == T_NAME:
            w = t.text
            if w == "pass":
                self.advance()
                s0 = Pass()
                self.start(s0, t)
                self.finish(s0)
                return s0
            if w == "break":
                self.advance()
                s1 = Break()
                self.start(s1, t)
                self.finish(s1)
                return s1
            if w == "continue":
                self.advance()
                s2 = Continue()
                self.start(s2, t)
                self.finish(s2)
                return s2
            if w == "return":
                return self.return_stmt()
            if w == "import":
                return self.import_stmt()
            if w == "from":
                return self.from_stmt()
            if w == "raise":
                return self.raise_stmt()
            if w == "global" or w == "nonlocal":
                return self.global_stmt(w == "global")
            if w == "del":
                return self.del_stmt()
            if w == "assert":
                return self.assert_stmt()
        return self.expr_stmt()

    def return_stmt(self) -> Stmt:
        t = self.advance()
        value: Expr | None = None
        if not self.at_end_of_simple():
            value = self.star_expressions()
        s = Return(value)
        self.start(s, t)
        self.finish(s)
        return s

    def at_end_of_simple(self) -> bool:
        t = self.tok()
        return t.kind == T_NEWLINE or (t.kind == T_OP and t.text == ";")

    def raise_stmt(self) -> Stmt:
        t = self.advance()
        exc: Expr | None = None
        cause: Expr | None = None
        if not self.at_end_of_simple():
            exc = self.expression()
            if self.accept("from"):
                cause = self.expression()
        s = Raise(exc, cause)
        self.start(s, t)
        self.finish(s)
        return s

    def global_stmt(self, is_global: bool) -> Stmt:
        t = self.advance()
        names: list[str] = [self.expect_name().text]
        while self.accept(","):
            names.append(self.expect_name().text)
        s: Stmt = Global(names) if is_global else Nonlocal(names)
        self.start(s, t)
        self.finish(s)
        return s

    def del_stmt(self) -> Stmt:
        t = self.advance()
        targets: list[Expr] = []
        while True:
            e = self.bitwise_or()
            self.set_context(e, CTX_DEL)
            targets.append(e)
            if not self.accept(","):
                break
            if self.at_end_of_simple():
                break
        if not self.at_end_of_simple():
            raise self.invalid()
        s = Delete(targets)
        self.start(s, t)
        self.finish(s)
        return s

    def assert_stmt(self) -> Stmt:
        t = self.advance()
        test = self.expression()
        msg: Expr | None = None
        if self.accept(","):
            msg = self.expression()
        s = Assert(test, msg)
        self.start(s, t)
        self.finish(s)
        return s

    def dotted_name(self) -> str:
        name = self.expect_name().text
        while self.accept("."):
            name = name + "." + self.expect_name().text
        return name

    def import_stmt(self) -> Stmt:
        t = self.advance()
        names: list[Alias] = []
        while True:
            first = self.tok()
            name = self.dotted_name()
            asname = ""
            if self.accept("as"):
                asname = self.expect_name().text
            a = Alias(name, asname)
            self.start(a, first)
            self.finish(a)
            names.append(a)
            if not self.accept(","):
                break
        s = Import(names)
        self.start(s, t)
        self.finish(s)
        return s

    def from_stmt(self) -> Stmt:
        t = self.advance()
        level = 0
        while True:
            if self.accept("."):
                level += 1
            elif self.accept("..."):
                level += 3
            else:
                break
        module = ""
        if not self.at_kw("import"):
            module = self.dotted_name()
        if not self.at_kw("import"):
            raise self.invalid()
        self.advance()
        names: list[Alias] = []
        if self.at_op("*"):
            st = self.advance()
            a0 = Alias("*", "")
            self.start(a0, st)
            self.finish(a0)
            names.append(a0)
        else:
            paren = self.accept("(")
            while True:
                first = self.tok()
                name = self.expect_name().text
                asname = ""
                if self.accept("as"):
                    asname = self.expect_name().text
                a = Alias(name, asname)
                self.start(a, first)
                self.finish(a)
                names.append(a)
                if not self.accept(","):
                    break
                if paren and self.at_op(")"):
                    break
                if not paren and self.at_end_of_simple():
                    raise syntax_error("trailing comma not allowed without "
                                       "surrounding parentheses",
                                       self.prev().line, self.prev().col,
                                       self.prev().end_line,
                                       self.prev().end_col)
            if paren:
                self.expect(")")
        s = ImportFrom(module, names, level)
        self.start(s, t)
        self.finish(s)
        return s

    def expr_stmt(self) -> Stmt:
        first = self.tok()
        if first.kind == T_NAME and first.text in ("print", "exec"):
            nxt = self.peek_tok(1)
            if nxt.kind in (T_STRING, T_NUMBER) or (
                    nxt.kind == T_NAME and nxt.text not in KEYWORDS):
                self.legacy_print(first)
        e = self.star_expressions_or_yield()
        t = self.tok()
        if t.kind == T_OP:
            if t.text == "=":
                return self.assignment(e)
            if t.text in AUG_OPS:
                return self.aug_assign(e)
            if t.text == ":":
                return self.ann_assign(e)
        s = ExprStmt(e)
        s.copy_pos(e)
        if not self.at_end_of_simple():
            self.after_expression_error(e)
        return s

    def legacy_print(self, first: Token) -> None:
        save = self.p
        self.advance()
        try:
            arg = self.star_expressions()
        except CompileError:
            self.p = save
            return
        raise syntax_error("Missing parentheses in call to '" + first.text
                           + "'. Did you mean " + first.text + "(...)?",
                           first.line, first.col, arg.end_line, arg.end_col)

    def after_expression_error(self, e: Expr) -> None:
        t = self.tok()
        if t.kind == T_OP and t.text == ":=":
            raise self.invalid()
        if self.starts_expression(t) and self.level > 0:
            # the range runs from e to the end of the expression that
            # follows (CPython's invalid_expression reads it whole)
            end_line = t.end_line
            end_col = t.end_col
            save = self.p
            try:
                b = self.expression()
                end_line = b.end_line
                end_col = b.end_col
            except CompileError:
                pass
            if self.tok().kind == T_ENDMARKER:
                # CPython's tokenizer fails there first (an open bracket)
                raise self.invalid()
            self.p = save
            raise syntax_error("invalid syntax. Perhaps you forgot a comma?",
                               e.line, e.col, end_line, end_col)
        raise self.invalid()

    def starts_expression(self, t: Token) -> bool:
        if t.kind == T_NAME:
            return t.text not in KEYWORDS or t.text in (
                "None", "True", "False", "not", "lambda")
        if t.kind == T_NUMBER or t.kind == T_STRING:
            return True
        if t.kind == T_OP:
            return t.text in ("(", "[", "{", "-", "+", "~", "...")
        return False

    def assignment(self, first: Expr) -> Stmt:
        targets: list[Expr] = [first]
        value = first
        while self.accept("="):
            value = self.star_expressions_or_yield()
            targets.append(value)
        targets.pop()
        last = targets[-1]
        if not is_target_shape(last) and not isinstance(last, Compare) and \
                not (isinstance(last, Constant) and last.kind in (
                    K_TRUE, K_FALSE, K_NONE)) and not is_yield(last) and \
                not (isinstance(last, Comp) and last.comp_kind == COMP_GEN):
            raise node_error("cannot assign to " + last.kind_name()
                             + " here. Maybe you meant '==' instead of '='?",
                             last)
        for tgt in targets:
            if is_yield(tgt):
                raise node_error("assignment to yield expression not "
                                 "possible", tgt)
            self.set_context(tgt, CTX_STORE)
        s = Assign(targets, value)
        self.span(s, first)
        if not self.at_end_of_simple():
            self.after_expression_error(value)
        return s

    def aug_assign(self, target: Expr) -> Stmt:
        op = AUG_OPS[self.advance().text]
        if not (isinstance(target, Name) or isinstance(target, Attribute)
                or isinstance(target, Subscript)):
            raise node_error("'" + self.aug_kind_name(target) + "' is an "
                             "illegal expression for augmented assignment",
                             target)
        self.set_context(target, CTX_STORE)
        value = self.star_expressions_or_yield()
        s = AugAssign(target, op, value)
        self.span(s, target)
        return s

    def aug_kind_name(self, e: Expr) -> str:
        k = e.kind_name()
        if isinstance(e, Constant) or k == "literal":
            return "literal"
        return k

    def ann_assign(self, target: Expr) -> Stmt:
        self.advance()
        simple = isinstance(target, Name)
        if isinstance(target, TupleExpr):
            raise node_error("only single target (not tuple) can be "
                             "annotated", target)
        if isinstance(target, ListExpr):
            raise node_error("only single target (not list) can be "
                             "annotated", target)
        if not (isinstance(target, Name) or isinstance(target, Attribute)
                or isinstance(target, Subscript)):
            raise node_error("illegal target for annotation", target)
        self.set_context(target, CTX_STORE)
        if isinstance(target, Name) and self.prev_was_paren(target):
            simple = False
        ann = self.expression()
        value: Expr | None = None
        if self.accept("="):
            value = self.star_expressions_or_yield()
        s = AnnAssign(target, ann, value, simple)
        self.span(s, target)
        return s

    def prev_was_paren(self, target: Expr) -> bool:
        return False

    # ------------------------------------------------------- compounds

    def if_stmt(self) -> Stmt:
        t = self.advance()
        test = self.condition()
        self.expect(":")
        body = self.block("'" + t.text + "' statement", t.line)
        orelse: list[Stmt] = []
        if self.at_kw("elif"):
            orelse.append(self.if_stmt())
        elif self.at_kw("else"):
            et = self.advance()
            self.expect(":")
            orelse = self.block("'else' statement", et.line)
        s = If(test, body, orelse)
        self.start(s, t)
        self.finish(s)
        return s

    def while_stmt(self) -> Stmt:
        t = self.advance()
        test = self.condition()
        self.expect(":")
        body = self.block("'while' statement", t.line)
        orelse: list[Stmt] = []
        if self.at_kw("else"):
            et = self.advance()
            self.expect(":")
            orelse = self.block("'else' statement", et.line)
        s = While(test, body, orelse)
        self.start(s, t)
        self.finish(s)
        return s

    def for_stmt(self) -> Stmt:
        t = self.advance()
        target = self.star_targets()
        if not self.at_kw("in"):
            raise self.invalid()
        self.advance()
        it = self.star_expressions()
        self.expect(":")
        body = self.block("'for' statement", t.line)
        orelse: list[Stmt] = []
        if self.at_kw("else"):
            et = self.advance()
            self.expect(":")
            orelse = self.block("'else' statement", et.line)
        s = For(target, it, body, orelse)
        self.start(s, t)
        self.finish(s)
        return s

    def star_targets(self) -> Expr:
        """Targets of for / comprehensions / with-as: stop before 'in'."""
        first = self.tok()
        items: list[Expr] = []
        trailing = False
        while True:
            if self.at_op("*"):
                st = self.advance()
                v = self.bitwise_or()
                se = Starred(v, CTX_STORE)
                self.start(se, st)
                self.finish(se)
                items.append(se)
            else:
                items.append(self.bitwise_or())
            if not self.at_op(","):
                trailing = False
                break
            self.advance()
            trailing = True
            if self.at_kw("in") or self.at_op("=") or self.at_op(":") \
                    or self.at_op(")"):
                break
        if len(items) == 1 and not trailing:
            e = items[0]
        else:
            tup = TupleExpr(items, CTX_STORE)
            self.start(tup, first)
            self.finish(tup)
            e = tup
        self.set_context(e, CTX_STORE)
        return e

    def try_stmt(self) -> Stmt:
        t = self.advance()
        self.expect(":")
        body = self.block("'try' statement", t.line)
        handlers: list[ExceptHandler] = []
        orelse: list[Stmt] = []
        finalbody: list[Stmt] = []
        star = False
        while self.at_kw("except"):
            et = self.advance()
            this_star = self.accept("*")
            if len(handlers) > 0 and this_star != star:
                raise syntax_error("cannot have both 'except' and 'except*' "
                                   "on the same 'try'", et.line, et.col,
                                   self.prev().end_line, self.prev().end_col)
            star = this_star
            if star and self.at_op(":"):
                ct = self.tok()
                raise syntax_error("expected one or more exception types",
                                   ct.line, ct.col, ct.end_line, ct.end_col)
            typ: Expr | None = None
            name = ""
            if not self.at_op(":"):
                typ = self.expression()
                if self.at_op(","):
                    raise syntax_error("multiple exception types must be "
                                       "parenthesized", typ.line, typ.col,
                                       self.tok().end_line,
                                       self.tok().end_col)
                if self.accept("as"):
                    name = self.expect_name().text
            self.expect(":")
            hb = self.block("'except' statement", et.line)
            h = ExceptHandler(typ, name, hb)
            self.start(h, et)
            self.finish(h)
            handlers.append(h)
        if self.at_kw("else"):
            if len(handlers) == 0:
                raise self.invalid()
            lt = self.advance()
            self.expect(":")
            orelse = self.block("'else' statement", lt.line)
        if self.at_kw("finally"):
            ft = self.advance()
            self.expect(":")
            finalbody = self.block("'finally' statement", ft.line)
        if len(handlers) == 0 and len(finalbody) == 0:
            nt = self.tok()
            if nt.col < 0:
                # a token made at the end of the source: parse_source puts
                # the offset after its last line, as CPython
                raise CompileError("SyntaxError", "expected 'except' or "
                                   "'finally' block", nt.line, -1, nt.line,
                                   -1)
            raise syntax_error("expected 'except' or 'finally' block",
                               nt.line, nt.col, nt.end_line, nt.end_col)
        s = Try(body, handlers, orelse, finalbody)
        s.star = star
        self.start(s, t)
        self.finish(s)
        return s

    def with_stmt(self) -> Stmt:
        t = self.advance()
        items: list[WithItem] = []
        done = False
        if self.at_op("("):
            save = self.p
            try:
                items = self.paren_with_items()
                done = True
            except CompileError:
                self.p = save
                items = []
        if not done:
            while True:
                items.append(self.with_item())
                if not self.accept(","):
                    break
        self.expect(":")
        body = self.block("'with' statement", t.line)
        s = With(items, body)
        self.start(s, t)
        self.finish(s)
        return s

    def paren_with_items(self) -> list[WithItem]:
        self.advance()
        self.level += 1
        items: list[WithItem] = []
        while True:
            items.append(self.with_item())
            if not self.accept(","):
                break
            if self.at_op(")"):
                break
        self.expect(")")
        self.level -= 1
        if not self.at_op(":"):
            raise self.invalid()
        return items

    def with_item(self) -> WithItem:
        first = self.tok()
        ctx = self.expression()
        target: Expr | None = None
        if self.accept("as"):
            target = self.star_target_single()
        w = WithItem(ctx, target)
        self.start(w, first)
        self.finish(w)
        return w

    def star_target_single(self) -> Expr:
        e = self.bitwise_or()
        self.set_context(e, CTX_STORE)
        return e

    def decorated(self) -> Stmt:
        decorators: list[Expr] = []
        while self.at_op("@"):
            self.advance()
            decorators.append(self.named_expression())
            if self.tok().kind != T_NEWLINE:
                raise self.invalid()
            self.advance()
        t = self.tok()
        if self.at_kw("def"):
            return self.funcdef(decorators, t)
        if self.at_kw("class"):
            return self.classdef(decorators, t)
        raise self.invalid()

    def funcdef(self, decorators: list[Expr], t: Token) -> Stmt:
        self.advance()
        name = self.expect_name().text
        if not self.at_op("("):
            raise syntax_error("expected '('", self.tok().line,
                               self.tok().col, self.tok().end_line,
                               self.tok().end_col)
        self.advance()
        self.level += 1
        args = self.parameters(")", True)
        self.expect(")")
        self.level -= 1
        returns: Expr | None = None
        if self.accept("->"):
            returns = self.expression()
        self.expect(":")
        body = self.block("function definition", t.line)
        s = FunctionDef(name, args, body, decorators, returns)
        self.start(s, t)
        self.finish(s)
        return s

    def parameters(self, closer: str, annotations: bool) -> Arguments:
        """Parameters up to (not including) closer (')' or ':')."""
        a = Arguments()
        seen_default = False
        star_seen = False
        seen_names: set[str] = set()
        while not self.at_op(closer):
            t = self.tok()
            if self.at_op("/"):
                if star_seen or len(a.posonly) > 0 or len(a.args) == 0:
                    if len(a.args) == 0 and not star_seen:
                        raise syntax_error("at least one argument must "
                                           "precede /", t.line, t.col,
                                           t.end_line, t.end_col)
                    raise syntax_error("/ may appear only once", t.line,
                                       t.col, t.end_line, t.end_col)
                self.advance()
                a.posonly = a.args
                a.args = []
            elif self.at_op("**"):
                self.advance()
                a.kwarg = self.param(annotations, seen_names)
                if self.at_op("="):
                    raise syntax_error("var-keyword argument cannot have "
                                       "default value", self.tok().line,
                                       self.tok().col, self.tok().end_line,
                                       self.tok().end_col)
                self.accept(",")
                if not self.at_op(closer):
                    nt = self.tok()
                    raise syntax_error("arguments cannot follow var-keyword"
                                       " argument", nt.line, nt.col,
                                       nt.end_line, nt.end_col)
                break
            elif self.at_op("*"):
                if star_seen:
                    raise syntax_error("* argument may appear only once",
                                       t.line, t.col, t.end_line, t.end_col)
                self.advance()
                star_seen = True
                if self.at_op(",") or self.at_op(closer):
                    if self.at_op(closer) or self.peek_tok(1).text == closer:
                        raise syntax_error("named arguments must follow "
                                           "bare *", t.line, t.col,
                                           t.end_line, t.end_col)
                else:
                    a.vararg = self.param(annotations, seen_names)
                    if self.at_op("="):
                        raise syntax_error("var-positional argument cannot "
                                           "have default value",
                                           self.tok().line, self.tok().col,
                                           self.tok().end_line,
                                           self.tok().end_col)
            else:
                p = self.param(annotations, seen_names)
                default: Expr | None = None
                if self.accept("="):
                    default = self.expression()
                if star_seen:
                    a.kwonly.append(p)
                    a.kw_defaults.append(default)
                else:
                    a.args.append(p)
                    if default is not None:
                        a.defaults.append(default)
                        seen_default = True
                    elif seen_default:
                        raise syntax_error("non-default argument follows "
                                           "default argument", p.line, p.col,
                                           p.end_line, p.end_col)
            if not self.accept(","):
                break
        return a

    def param(self, annotations: bool, seen: set[str]) -> Arg:
        t = self.expect_name()
        ann: Expr | None = None
        if annotations and self.accept(":"):
            ann = self.expression()
        p = Arg(t.text, ann)
        self.start(p, t)
        self.finish(p)
        if t.text in seen:
            e = syntax_error("duplicate argument '" + t.text + "' in "
                             "function definition", t.line, t.col,
                             t.end_line, t.end_col)
            e.compiler_error = True      # CPython's symtable finds it
            raise e
        seen.add(t.text)
        return p

    def classdef(self, decorators: list[Expr], t: Token) -> Stmt:
        self.advance()
        name = self.expect_name().text
        bases: list[Expr] = []
        keywords: list[Keyword] = []
        if self.accept("("):
            self.level += 1
            self.call_arguments(bases, keywords)
            self.expect(")")
            self.level -= 1
        self.expect(":")
        body = self.block("class definition", t.line)
        s = ClassDef(name, bases, keywords, body, decorators)
        self.start(s, t)
        self.finish(s)
        return s

    # ------------------------------------------------------ expressions

    # -------------------------------------------------- match statements

    def match_stmt(self) -> Stmt | None:
        """'match' is a soft keyword: a statement starting with the name
        is a match statement when `match SUBJECT :` ends its line (no
        expression statement does); else None, nothing consumed."""
        t = self.tok()
        save = self.p
        level = self.level
        subject: Expr | None = None
        self.advance()
        try:
            subject = self.subject_expr()
        except CompileError:
            subject = None
        if subject is None or not self.at_op(":") or \
                self.peek_tok(1).kind != T_NEWLINE:
            self.p = save
            self.level = level
            return None
        self.advance()
        self.advance()
        it = self.tok()
        if it.kind != T_INDENT:
            raise CompileError("IndentationError", "expected an indented "
                               "block after 'match' statement on line "
                               + str(t.line), it.line, it.col + 1,
                               it.end_line, it.end_col + 1)
        self.advance()
        cases: list[MatchCase] = []
        while self.tok().kind != T_DEDENT and self.tok().kind != T_ENDMARKER:
            cases.append(self.case_block())
        if self.tok().kind == T_DEDENT:
            self.advance()
        s = Match(subject, cases)
        self.start(s, t)
        self.finish(s)
        return s

    def subject_expr(self) -> Expr:
        if self.peek_tok(1).kind == T_OP and self.peek_tok(1).text == ":=":
            return self.named_expression()
        first = self.star_named_expression()
        if not self.at_op(","):
            if isinstance(first, Starred):
                raise self.invalid()
            return first
        items: list[Expr] = [first]
        while self.accept(","):
            if self.at_op(":"):
                break
            items.append(self.star_named_expression())
        tup = TupleExpr(items, CTX_LOAD)
        self.span(tup, first)
        return tup

    def case_block(self) -> MatchCase:
        t = self.tok()
        if not self.at_kw("case"):
            raise self.invalid()
        self.advance()
        pat = self.patterns()
        guard: Expr | None = None
        if self.accept("if"):
            guard = self.named_expression()
        self.colon_or_invalid()
        body = self.block("'case' statement", t.line)
        c = MatchCase(pat, guard, body)
        self.start(c, t)
        self.finish(c)
        return c

    def colon_or_invalid(self) -> None:
        """':' where CPython says "expected ':'" only at a line's end."""
        if not self.at_op(":") and self.tok().kind != T_NEWLINE:
            raise self.invalid()
        self.expect(":")

    def patterns(self) -> Pattern:
        """A case's pattern: a tuple of patterns when a comma is
        present (an open sequence pattern)."""
        first = self.tok()
        p = self.maybe_star_pattern()
        if not self.at_op(","):
            if isinstance(p, MatchStar):
                raise self.invalid()
            return p
        items: list[Pattern] = [p]
        while self.accept(","):
            if self.at_op(":") or self.at_kw("if"):
                break
            items.append(self.maybe_star_pattern())
        seq = MatchSequence(items)
        self.start(seq, first)
        self.finish(seq)
        return seq

    def maybe_star_pattern(self) -> Pattern:
        if not self.at_op("*"):
            return self.pattern()
        t = self.advance()
        n = self.tok()
        if n.kind != T_NAME or n.text in KEYWORDS or \
                self.peek_tok(1).text in (".", "(", "="):
            raise self.invalid()
        self.advance()
        s = MatchStar("" if n.text == "_" else n.text)
        self.start(s, t)
        self.finish(s)
        return s

    def pattern(self) -> Pattern:
        """or_pattern ['as' NAME]."""
        first = self.tok()
        p = self.or_pattern()
        if not self.at_kw("as"):
            return p
        self.advance()
        t = self.tok()
        if t.kind == T_NAME and t.text == "_":
            raise syntax_error("cannot use '_' as a target", t.line, t.col,
                               t.end_line, t.end_col)
        if t.kind != T_NAME or t.text in KEYWORDS or \
                self.peek_tok(1).text in (".", "(", "="):
            e = self.expression()
            raise node_error("invalid pattern target", e)
        self.advance()
        a = MatchAs(p, t.text)
        self.start(a, first)
        self.finish(a)
        return a

    def or_pattern(self) -> Pattern:
        first = self.tok()
        p = self.closed_pattern()
        if not self.at_op("|"):
            return p
        alts: list[Pattern] = [p]
        while self.accept("|"):
            alts.append(self.closed_pattern())
        o = MatchOr(alts)
        self.start(o, first)
        self.finish(o)
        return o

    def closed_pattern(self) -> Pattern:
        t = self.tok()
        if t.kind == T_NUMBER or (t.kind == T_OP and t.text == "-"):
            return self.value_pattern(self.signed_number())
        if t.kind == T_STRING:
            s = self.strings()
            if isinstance(s, JoinedStr):
                raise node_error("patterns may only match literals and "
                                 "attribute lookups", s)
            return self.value_pattern(s)
        if t.kind == T_NAME:
            return self.name_pattern(t)
        if t.kind == T_OP:
            if t.text == "(":
                return self.paren_pattern()
            if t.text == "[":
                return self.bracket_pattern()
            if t.text == "{":
                return self.mapping_pattern()
        raise self.invalid()

    def value_pattern(self, e: Expr) -> Pattern:
        v = MatchValue(e)
        v.copy_pos(e)
        return v

    def signed_number(self) -> Expr:
        """signed_number, or a complex literal real +/- imaginary (folded
        by the compiler as CPython's AST optimizer does)."""
        t = self.tok()
        left = self.one_signed_number()
        if not (self.at_op("+") or self.at_op("-")):
            return left
        o = self.advance()
        rt = self.tok()
        if rt.kind != T_NUMBER:
            raise self.invalid()
        self.advance()
        right = self.number(rt)
        if not (isinstance(right, Constant) and right.kind == K_IMAG):
            raise node_error("imaginary number required in complex "
                             "literal", right)
        if isinstance(left, Constant) and left.kind == K_IMAG or \
                isinstance(left, UnaryOp) and \
                isinstance(left.operand, Constant) and \
                left.operand.kind == K_IMAG:
            raise node_error("real number required in complex literal", left)
        b = BinOp(left, OP_ADD if o.text == "+" else OP_SUB, right)
        self.start(b, t)
        self.finish(b)
        return b

    def one_signed_number(self) -> Expr:
        t = self.tok()
        if t.kind == T_OP and t.text == "-":
            self.advance()
            nt = self.tok()
            if nt.kind != T_NUMBER:
                raise self.invalid()
            self.advance()
            u = UnaryOp(UNARY_MINUS, self.number(nt))
            self.start(u, t)
            self.finish(u)
            return u
        self.advance()
        return self.number(t)

    def name_or_attr(self) -> Expr:
        t = self.advance()
        e: Expr = Name(t.text, CTX_LOAD)
        self.start(e, t)
        self.finish(e)
        while self.at_op("."):
            self.advance()
            at = self.expect_name()
            a = Attribute(e, at.text, CTX_LOAD)
            self.start(a, t)
            self.finish(a)
            e = a
        return e

    def name_pattern(self, t: Token) -> Pattern:
        w = t.text
        if w == "None" or w == "True" or w == "False":
            self.advance()
            s = MatchSingleton(K_NONE if w == "None" else
                               (K_TRUE if w == "True" else K_FALSE))
            self.start(s, t)
            self.finish(s)
            return s
        if w in KEYWORDS:
            raise self.invalid()
        e = self.name_or_attr()
        if self.at_op("("):
            return self.class_pattern(e)
        if isinstance(e, Attribute):
            return self.value_pattern(e)
        a = MatchAs(None, "" if w == "_" else w)
        self.start(a, t)
        self.finish(a)
        return a

    def paren_pattern(self) -> Pattern:
        t = self.advance()
        self.level += 1
        if self.at_op(")"):
            self.advance()
            self.level -= 1
            empty = MatchSequence([])
            self.start(empty, t)
            self.finish(empty)
            return empty
        p = self.maybe_star_pattern()
        if self.at_op(")") and not isinstance(p, MatchStar):
            self.advance()
            self.level -= 1
            return p
        if not self.at_op(","):
            raise self.invalid()
        items = self.pattern_list(p, ")")
        seq = MatchSequence(items)
        self.start(seq, t)
        self.finish(seq)
        return seq

    def bracket_pattern(self) -> Pattern:
        t = self.advance()
        self.level += 1
        items: list[Pattern] = []
        if not self.at_op("]"):
            items = self.pattern_list(self.maybe_star_pattern(), "]")
        else:
            self.advance()
            self.level -= 1
        seq = MatchSequence(items)
        self.start(seq, t)
        self.finish(seq)
        return seq

    def pattern_list(self, first: Pattern, closer: str) -> list[Pattern]:
        """first [',' maybe_star_pattern]* [','] closer."""
        items: list[Pattern] = [first]
        while self.accept(","):
            if self.at_op(closer):
                break
            items.append(self.maybe_star_pattern())
        self.expect(closer)
        self.level -= 1
        return items

    def mapping_pattern(self) -> Pattern:
        t = self.advance()
        self.level += 1
        keys: list[Expr] = []
        pats: list[Pattern] = []
        rest = ""
        while not self.at_op("}"):
            if self.at_op("**"):
                self.advance()
                n = self.tok()
                if n.kind != T_NAME or n.text in KEYWORDS or n.text == "_":
                    raise self.invalid()
                self.advance()
                rest = n.text
                self.accept(",")
                if not self.at_op("}"):
                    raise self.invalid()
                break
            keys.append(self.mapping_key())
            self.colon_or_invalid()
            pats.append(self.pattern())
            if not self.accept(","):
                break
        self.expect("}")
        self.level -= 1
        m = MatchMapping(keys, pats, rest)
        self.start(m, t)
        self.finish(m)
        return m

    def mapping_key(self) -> Expr:
        t = self.tok()
        if t.kind == T_NUMBER or (t.kind == T_OP and t.text == "-"):
            return self.signed_number()
        if t.kind == T_STRING:
            s = self.strings()
            if isinstance(s, JoinedStr):
                raise node_error("patterns may only match literals and "
                                 "attribute lookups", s)
            return s
        if t.kind == T_NAME:
            if t.text in ("None", "True", "False"):
                return self.keyword_atom(t)
            if t.text not in KEYWORDS:
                e = self.name_or_attr()
                if isinstance(e, Attribute):
                    return e
        raise self.invalid()

    def class_pattern(self, cls: Expr) -> Pattern:
        self.advance()
        self.level += 1
        pats: list[Pattern] = []
        names: list[str] = []
        kpats: list[Pattern] = []
        while not self.at_op(")"):
            t = self.tok()
            if t.kind == T_NAME and t.text not in KEYWORDS and \
                    self.peek_tok(1).kind == T_OP and \
                    self.peek_tok(1).text == "=":
                self.advance()
                self.advance()
                names.append(t.text)
                kpats.append(self.pattern())
            else:
                p = self.pattern()
                if len(names) > 0:
                    raise node_error("positional patterns follow keyword "
                                     "patterns", p)
                pats.append(p)
            if not self.accept(","):
                break
        self.expect(")")
        self.level -= 1
        c = MatchClass(cls, pats, names, kpats)
        self.span(c, cls)
        return c

    def star_expressions_or_yield(self) -> Expr:
        if self.at_kw("yield"):
            return self.yield_expr()
        return self.star_expressions()

    def star_expressions(self) -> Expr:
        """star_expression (',' star_expression)* [','], a tuple if any
        comma."""
        first = self.star_expression()
        if not self.at_op(","):
            return first
        items: list[Expr] = [first]
        while self.accept(","):
            if not self.starts_star_expression():
                break
            items.append(self.star_expression())
        tup = TupleExpr(items, CTX_LOAD)
        self.span(tup, first)
        return tup

    def starts_star_expression(self) -> bool:
        t = self.tok()
        if t.kind == T_OP and t.text == "*":
            return True
        if t.kind == T_NAME and t.text == "yield":
            return False
        return self.starts_expression(t) or (
            t.kind == T_NAME and t.text == "await")

    def star_expression(self) -> Expr:
        if self.at_op("*"):
            t = self.advance()
            v = self.bitwise_or()
            s = Starred(v, CTX_LOAD)
            self.start(s, t)
            self.finish(s)
            return s
        return self.expression()

    def condition(self) -> Expr:
        """The test of if/elif/while, with CPython's error for '='."""
        e = self.named_expression()
        if self.at_op("="):
            nt = self.peek_tok(1)
            if not (nt.kind == T_OP and nt.text in ("=", ":=")):
                if isinstance(e, Name):
                    self.advance()
                    try:
                        rhs = self.bitwise_or()
                    except CompileError:
                        raise self.invalid()
                    if self.at_op("=") or self.at_op(":="):
                        raise self.invalid()
                    raise syntax_error("invalid syntax. Maybe you meant '=='"
                                       " or ':=' instead of '='?", e.line,
                                       e.col, rhs.end_line, rhs.end_col)
                allowed = isinstance(e, ListExpr) or isinstance(e, TupleExpr) or \
                    (isinstance(e, Comp) and e.comp_kind == COMP_GEN) or \
                    (isinstance(e, Constant) and e.kind in (K_TRUE, K_FALSE,
                                                            K_NONE))
                if not allowed:
                    raise node_error("cannot assign to " + e.kind_name()
                                     + " here. Maybe you meant '==' instead"
                                     " of '='?", e)
        return e

    def named_expression(self) -> Expr:
        t = self.tok()
        if t.kind == T_NAME and self.peek_tok(1).kind == T_OP and \
                self.peek_tok(1).text == ":=":
            if t.text in KEYWORDS:
                raise self.invalid()
            self.advance()
            self.advance()
            target = Name(t.text, CTX_STORE)
            self.start(target, t)
            self.finish(target)
            value = self.expression()
            n = NamedExpr(target, value)
            self.span(n, target)
            return n
        e = self.expression()
        if self.at_op(":="):
            raise node_error("cannot use assignment expressions with "
                             + e.kind_name(), e)
        return e

    def expression(self) -> Expr:
        if self.at_kw("lambda"):
            return self.lambdef()
        body = self.disjunction()
        if not self.at_kw("if"):
            return body
        self.advance()
        test = self.disjunction()
        if not self.at_kw("else"):
            if not self.at_op(":"):
                raise syntax_error("expected 'else' after 'if' expression",
                                   body.line, body.col, test.end_line,
                                   test.end_col)
            raise self.invalid()
        self.advance()
        orelse = self.expression()
        e = IfExp(test, body, orelse)
        self.span(e, body)
        return e

    def lambdef(self) -> Expr:
        t = self.advance()
        args = self.parameters(":", False)
        self.expect(":")
        body = self.expression()
        e = Lambda(args, body)
        self.start(e, t)
        self.finish(e)
        return e

    def disjunction(self) -> Expr:
        first = self.conjunction()
        if not self.at_kw("or"):
            return first
        values: list[Expr] = [first]
        while self.accept("or"):
            values.append(self.conjunction())
        e = BoolOp(BOOL_OR, values)
        self.span(e, first)
        return e

    def conjunction(self) -> Expr:
        first = self.inversion()
        if not self.at_kw("and"):
            return first
        values: list[Expr] = [first]
        while self.accept("and"):
            values.append(self.inversion())
        e = BoolOp(BOOL_AND, values)
        self.span(e, first)
        return e

    def inversion(self) -> Expr:
        if self.at_kw("not"):
            t = self.advance()
            operand = self.inversion()
            e = UnaryOp(UNARY_NOT, operand)
            self.start(e, t)
            self.finish(e)
            return e
        return self.comparison()

    def compare_op(self) -> int:
        t = self.tok()
        if t.kind == T_OP:
            s = t.text
            if s == "<":
                return CMP_LT
            if s == "<=":
                return CMP_LE
            if s == "==":
                return CMP_EQ
            if s == "!=":
                return CMP_NE
            if s == ">":
                return CMP_GT
            if s == ">=":
                return CMP_GE
            return -1
        if t.kind == T_NAME:
            if t.text == "in":
                return CMP_IN
            if t.text == "is":
                return CMP_IS
            if t.text == "not" and self.peek_tok(1).kind == T_NAME and \
                    self.peek_tok(1).text == "in":
                return CMP_NOT_IN
        return -1

    def comparison(self) -> Expr:
        first = self.bitwise_or()
        op = self.compare_op()
        if op < 0:
            return first
        ops: list[int] = []
        comps: list[Expr] = []
        while op >= 0:
            self.advance()
            if op == CMP_NOT_IN:
                self.advance()
            elif op == CMP_IS and self.at_kw("not"):
                self.advance()
                op = CMP_IS_NOT
            ops.append(op)
            comps.append(self.bitwise_or())
            op = self.compare_op()
        e = Compare(first, ops, comps)
        self.span(e, first)
        return e

    def binary(self, left: Expr, op: int, right: Expr) -> Expr:
        e = BinOp(left, op, right)
        self.span(e, left)
        return e

    def bitwise_or(self) -> Expr:
        e = self.bitwise_xor()
        while self.at_op("|"):
            self.advance()
            e = self.binary(e, OP_OR, self.bitwise_xor())
        return e

    def bitwise_xor(self) -> Expr:
        e = self.bitwise_and()
        while self.at_op("^"):
            self.advance()
            e = self.binary(e, OP_XOR, self.bitwise_and())
        return e

    def bitwise_and(self) -> Expr:
        e = self.shift_expr()
        while self.at_op("&"):
            self.advance()
            e = self.binary(e, OP_AND, self.shift_expr())
        return e

    def shift_expr(self) -> Expr:
        e = self.sum_expr()
        while True:
            if self.at_op("<<"):
                self.advance()
                e = self.binary(e, OP_LSHIFT, self.sum_expr())
            elif self.at_op(">>"):
                self.advance()
                e = self.binary(e, OP_RSHIFT, self.sum_expr())
            else:
                return e

    def sum_expr(self) -> Expr:
        e = self.term()
        while True:
            if self.at_op("+"):
                self.advance()
                e = self.binary(e, OP_ADD, self.term())
            elif self.at_op("-"):
                self.advance()
                e = self.binary(e, OP_SUB, self.term())
            else:
                return e

    def term(self) -> Expr:
        e = self.factor()
        while True:
            t = self.tok()
            if t.kind != T_OP:
                return e
            s = t.text
            if s == "*":
                op = OP_MUL
            elif s == "/":
                op = OP_TRUEDIV
            elif s == "//":
                op = OP_FLOORDIV
            elif s == "%":
                op = OP_MOD
            elif s == "@":
                op = OP_MATMUL
            else:
                return e
            self.advance()
            e = self.binary(e, op, self.factor())

    def factor(self) -> Expr:
        t = self.tok()
        if t.kind == T_OP:
            op = -1
            if t.text == "-":
                op = UNARY_MINUS
            elif t.text == "+":
                op = UNARY_PLUS
            elif t.text == "~":
                op = UNARY_INVERT
            if op >= 0:
                self.advance()
                operand = self.factor()
                e = UnaryOp(op, operand)
                self.start(e, t)
                self.finish(e)
                return e
        return self.power()

    def power(self) -> Expr:
        base = self.await_primary()
        if self.at_op("**"):
            self.advance()
            return self.binary(base, OP_POW, self.factor())
        return base

    def await_primary(self) -> Expr:
        if self.at_kw("await"):
            t = self.tok()
            raise syntax_error("'await' outside function", t.line, t.col,
                               t.end_line, t.end_col)
        return self.primary()

    def primary(self) -> Expr:
        e = self.atom()
        while True:
            t = self.tok()
            if t.kind != T_OP:
                return e
            if t.text == ".":
                self.advance()
                name = self.expect_name()
                a = Attribute(e, name.text, CTX_LOAD)
                self.span(a, e)
                e = a
            elif t.text == "(":
                self.advance()
                self.level += 1
                args: list[Expr] = []
                keywords: list[Keyword] = []
                self.call_arguments(args, keywords)
                if not self.at_op(")"):
                    raise self.invalid()
                self.advance()
                self.level -= 1
                c = Call(e, args, keywords)
                self.span(c, e)
                e = c
            elif t.text == "[":
                self.advance()
                self.level += 1
                idx = self.slices()
                self.expect("]")
                self.level -= 1
                s = Subscript(e, idx, CTX_LOAD)
                self.span(s, e)
                e = s
            else:
                return e

    def slices(self) -> Expr:
        first = self.slice_item()
        if not self.at_op(",") and not isinstance(first, Starred):
            return first
        items: list[Expr] = [first]
        while self.accept(","):
            if self.at_op("]"):
                break
            items.append(self.slice_item())
        tup = TupleExpr(items, CTX_LOAD)
        self.span(tup, first)
        return tup

    def slice_item(self) -> Expr:
        t = self.tok()
        lower: Expr | None = None
        if not self.at_op(":"):
            if self.at_op("*"):
                return self.star_expression()
            lower = self.named_expression()
            if not self.at_op(":"):
                return lower
        self.advance()
        upper: Expr | None = None
        step: Expr | None = None
        if not self.at_op(":") and not self.at_op("]") and \
                not self.at_op(","):
            upper = self.expression()
        if self.accept(":"):
            if not self.at_op("]") and not self.at_op(","):
                step = self.expression()
        s = Slice(lower, upper, step)
        self.start(s, t)
        self.finish(s)
        return s

    def call_arguments(self, args: list[Expr], keywords: list[Keyword]) -> None:
        """Arguments up to ')': positional (maybe starred), keyword, **."""
        opening = self.prev()
        seen_kw = False
        seen_dstar = False
        while not self.at_op(")"):
            t = self.tok()
            if self.at_op("**"):
                self.advance()
                v = self.expression()
                k = Keyword(None, v)
                self.start(k, t)
                self.finish(k)
                keywords.append(k)
                seen_dstar = True
            elif self.at_op("*"):
                self.advance()
                v = self.expression()
                s = Starred(v, CTX_LOAD)
                self.start(s, t)
                self.finish(s)
                if seen_dstar:
                    raise syntax_error("iterable argument unpacking follows "
                                       "keyword argument unpacking", t.line,
                                       t.col, t.end_line, t.end_col)
                args.append(s)
            elif t.kind == T_NAME and self.peek_tok(1).kind == T_OP and \
                    self.peek_tok(1).text == "=" and t.text not in KEYWORDS:
                self.advance()
                self.advance()
                v = self.expression()
                k = Keyword(t.text, v)
                self.start(k, t)
                self.finish(k)
                keywords.append(k)
                seen_kw = True
            else:
                e = self.named_expression()
                if self.at_kw("for"):
                    e = self.comprehension_tail(COMP_GEN, e, None, t)
                    if len(args) > 0 or len(keywords) > 0 or \
                            not self.at_op(")"):
                        if not self.at_op(")") or len(args) > 0 or \
                                len(keywords) > 0:
                            raise node_error("Generator expression must be "
                                             "parenthesized", e)
                    # the sole argument: CPython's node spans the call's
                    # parentheses
                    self.start(e, opening)
                    e.end_line = self.tok().end_line
                    e.end_col = self.tok().end_col
                elif self.at_op("="):
                    self.keyword_target_error(e)
                if seen_dstar:
                    raise node_error("positional argument follows keyword "
                                     "argument unpacking", e)
                if seen_kw:
                    raise node_error("positional argument follows keyword "
                                     "argument", e)
                args.append(e)
            if not self.accept(","):
                break
            if self.at_op(")"):
                break
            if self.at_kw("for") and len(args) > 0:
                raise node_error("Generator expression must be "
                                 "parenthesized", args[-1])
        if not self.at_op(")"):
            self.argument_error()

    def argument_error(self) -> None:
        t = self.tok()
        if self.starts_expression(t):
            prev = self.toks[self.p - 1]
            if prev.kind != T_OP or prev.text not in (",", "("):
                # two expressions side by side: find the first's start
                raise syntax_error("invalid syntax. Perhaps you forgot a "
                                   "comma?", self.expr_start_line,
                                   self.expr_start_col, t.end_line, t.end_col)
        raise self.invalid()

    def keyword_target_error(self, e: Expr) -> None:
        if isinstance(e, Constant) and e.kind in (K_TRUE, K_FALSE, K_NONE):
            raise node_error("cannot assign to " + e.kind_name(), e)
        raise syntax_error('expression cannot contain assignment, perhaps '
                           'you meant "=="?', e.line, e.col,
                           self.tok().end_line, self.tok().end_col)

    def atom(self) -> Expr:
        t = self.tok()
        k = t.kind
        self.expr_start_line = t.line
        self.expr_start_col = t.col
        if k == T_NAME:
            w = t.text
            if w in KEYWORDS:
                return self.keyword_atom(t)
            self.advance()
            n = Name(w, CTX_LOAD)
            self.start(n, t)
            self.finish(n)
            return n
        if k == T_NUMBER:
            self.advance()
            return self.number(t)
        if k == T_STRING:
            return self.strings()
        if k == T_OP:
            s = t.text
            if s == "(":
                return self.paren_atom()
            if s == "[":
                return self.list_atom()
            if s == "{":
                return self.brace_atom()
            if s == "...":
                self.advance()
                c = Constant(K_ELLIPSIS)
                self.start(c, t)
                self.finish(c)
                return c
        if k == T_INDENT:
            raise CompileError("IndentationError", "unexpected indent",
                               t.line, t.end_col, t.line, -1)
        raise self.invalid()

    def keyword_atom(self, t: Token) -> Expr:
        w = t.text
        kind = -1
        if w == "None":
            kind = K_NONE
        elif w == "True":
            kind = K_TRUE
        elif w == "False":
            kind = K_FALSE
        if kind >= 0:
            self.advance()
            c = Constant(kind)
            self.start(c, t)
            self.finish(c)
            return c
        if w == "lambda":
            return self.lambdef()
        if w == "yield":
            raise self.invalid()
        raise self.invalid()

    def paren_atom(self) -> Expr:
        t = self.advance()
        self.level += 1
        if self.at_op(")"):
            self.advance()
            self.level -= 1
            empty = TupleExpr([], CTX_LOAD)
            empty.parenthesized = True
            self.start(empty, t)
            self.finish(empty)
            return empty
        if self.at_kw("yield"):
            y = self.yield_expr()
            self.expect(")")
            self.level -= 1
            y.paren_line = t.line
            y.paren_col = t.col
            return y
        first = self.star_named_expression()
        if self.at_kw("for"):
            g = self.comprehension_tail(COMP_GEN, first, None, t)
            self.expect(")")
            self.level -= 1
            self.start(g, t)
            self.finish(g)
            return g
        if self.at_op(")"):
            self.advance()
            self.level -= 1
            if isinstance(first, Starred):
                raise node_error("cannot use starred expression here", first)
            if isinstance(first, TupleExpr):
                first.parenthesized = True
            first.paren_line = t.line
            first.paren_col = t.col
            return first
        if not self.at_op(","):
            self.after_expression_error(first)
        items: list[Expr] = [first]
        while self.accept(","):
            if self.at_op(")"):
                break
            items.append(self.star_named_expression())
        if not self.at_op(")"):
            self.after_expression_error(items[-1])
        self.advance()
        self.level -= 1
        tup = TupleExpr(items, CTX_LOAD)
        tup.parenthesized = True
        self.start(tup, t)
        self.finish(tup)
        return tup

    def star_named_expression(self) -> Expr:
        if self.at_op("*"):
            t = self.advance()
            v = self.bitwise_or()
            s = Starred(v, CTX_LOAD)
            self.start(s, t)
            self.finish(s)
            return s
        return self.named_expression()

    def list_atom(self) -> Expr:
        t = self.advance()
        self.level += 1
        items: list[Expr] = []
        if not self.at_op("]"):
            first = self.star_named_expression()
            if self.at_kw("for"):
                c = self.comprehension_tail(COMP_LIST, first, None, t)
                self.expect("]")
                self.level -= 1
                self.start(c, t)
                self.finish(c)
                return c
            items.append(first)
            while self.accept(","):
                if self.at_op("]"):
                    break
                items.append(self.star_named_expression())
            if not self.at_op("]"):
                self.after_expression_error(items[-1])
        self.advance()
        self.level -= 1
        e = ListExpr(items, CTX_LOAD)
        self.start(e, t)
        self.finish(e)
        return e

    def brace_atom(self) -> Expr:
        t = self.advance()
        self.level += 1
        if self.at_op("}"):
            self.advance()
            self.level -= 1
            d0 = DictExpr([], [])
            self.start(d0, t)
            self.finish(d0)
            return d0
        if self.at_op("**"):
            return self.dict_rest(t, None, self.dstar_value())
        first = self.star_named_expression()
        if self.at_op(":") and not isinstance(first, Starred):
            self.advance()
            value = self.expression()
            if self.at_kw("for"):
                c = self.comprehension_tail(COMP_DICT, first, value, t)
                self.expect("}")
                self.level -= 1
                self.start(c, t)
                self.finish(c)
                return c
            return self.dict_rest(t, first, value)
        if self.at_kw("for"):
            c2 = self.comprehension_tail(COMP_SET, first, None, t)
            self.expect("}")
            self.level -= 1
            self.start(c2, t)
            self.finish(c2)
            return c2
        items: list[Expr] = [first]
        while self.accept(","):
            if self.at_op("}"):
                break
            items.append(self.star_named_expression())
        if not self.at_op("}"):
            self.after_expression_error(items[-1])
        self.advance()
        self.level -= 1
        s = SetExpr(items)
        self.start(s, t)
        self.finish(s)
        return s

    def dstar_value(self) -> Expr:
        self.advance()
        return self.bitwise_or()

    def dict_rest(self, t: Token, key: Expr | None, value: Expr) -> Expr:
        keys: list[Expr | None] = [key]
        values: list[Expr] = [value]
        while self.accept(","):
            if self.at_op("}"):
                break
            if self.at_op("**"):
                keys.append(None)
                values.append(self.dstar_value())
                continue
            k = self.expression()
            if not self.at_op(":"):
                if self.at_op("}") or self.at_op(","):
                    raise syntax_error("':' expected after dictionary key",
                                       k.line, k.col, k.line, -1)
                raise self.invalid()
            self.advance()
            keys.append(k)
            values.append(self.expression())
        if not self.at_op("}"):
            raise self.invalid()
        self.advance()
        self.level -= 1
        d = DictExpr(keys, values)
        self.start(d, t)
        self.finish(d)
        return d

    def comprehension_tail(self, kind: int, elt: Expr, value: Expr | None,
                           t: Token) -> Expr:
        if isinstance(elt, Starred):
            if kind == COMP_LIST:
                raise node_error("iterable unpacking cannot be used in "
                                 "comprehension", elt)
            raise node_error("iterable unpacking cannot be used in "
                             "comprehension", elt)
        gens: list[Comprehension] = []
        while self.at_kw("for"):
            ft = self.advance()
            target = self.star_targets()
            if not self.at_kw("in"):
                raise self.invalid()
            self.advance()
            it = self.disjunction()
            ifs: list[Expr] = []
            while self.at_kw("if"):
                self.advance()
                ifs.append(self.disjunction())
            g = Comprehension(target, it, ifs)
            self.start(g, ft)
            self.finish(g)
            gens.append(g)
        c = Comp(kind, elt, value, gens)
        self.start(c, t)
        self.finish(c)
        return c

    def yield_expr(self) -> Expr:
        t = self.advance()
        if self.accept("from"):
            v = self.expression()
            yf = YieldFrom(v)
            self.start(yf, t)
            self.finish(yf)
            return yf
        value: Expr | None = None
        if self.starts_star_expression():
            value = self.star_expressions()
        y = Yield(value)
        self.start(y, t)
        self.finish(y)
        return y

    def paren_contents(self) -> Expr:
        """An f-string field's tokens: '(' expression ')' NEWLINE."""
        self.advance()
        if self.at_kw("yield"):
            e = self.yield_expr()
        else:
            e = self.star_expressions()
        if not self.at_op(")"):
            self.after_expression_error(e)
        self.advance()
        if self.tok().kind != T_NEWLINE:
            raise self.invalid()
        return e

    # ---------------------------------------------------------- targets

    def set_context(self, e: Expr, ctx: int) -> None:
        """Turn a parsed expression into an assignment (or del) target,
        or raise CPython's error for an invalid one."""
        if isinstance(e, Name):
            if ctx == CTX_STORE and e.id == "__debug__":
                raise node_error("cannot assign to __debug__", e)
            e.ctx = ctx
            return
        if isinstance(e, Attribute):
            e.ctx = ctx
            return
        if isinstance(e, Subscript):
            e.ctx = ctx
            return
        if isinstance(e, Starred):
            if ctx == CTX_DEL:
                raise node_error("cannot delete starred", e)
            e.ctx = ctx
            self.set_context(e.value, ctx)
            return
        if isinstance(e, TupleExpr):
            e.ctx = ctx
            for item in e.elts:
                self.set_context(item, ctx)
            return
        if isinstance(e, ListExpr):
            e.ctx = ctx
            for item in e.elts:
                self.set_context(item, ctx)
            return
        verb = "delete" if ctx == CTX_DEL else "assign to"
        raise node_error("cannot " + verb + " " + e.kind_name(), e)

    # ---------------------------------------------------------- numbers

    def number(self, t: Token) -> Expr:
        text = t.text.replace("_", "")
        low = text.lower()
        if low.endswith("j"):
            c0 = Constant(K_IMAG)
            c0.fval = float(low[:-1])
            self.start(c0, t)
            self.finish(c0)
            return c0
        if low.startswith("0x") or low.startswith("0o") or \
                low.startswith("0b"):
            base = 16
            if low[1] == "o":
                base = 8
            elif low[1] == "b":
                base = 2
            return self.int_constant(t, low[2:], base)
        if "." in low or "e" in low:
            c1 = Constant(K_FLOAT)
            c1.fval = float(low)
            self.start(c1, t)
            self.finish(c1)
            return c1
        return self.int_constant(t, low, 10)

    def int_constant(self, t: Token, digits: str, base: int) -> Expr:
        """A literal that fits in 64 bits is K_INT, a larger one K_BIGINT
        (its digits and base): checked digit by digit, since the host's
        int may or may not overflow (CPython's never does)."""
        c = Constant(K_INT)
        v = 0
        big = False
        for ch in digits:
            d = digit_of(ch)
            if v > (MAXINT - d) // base:
                big = True
                break
            v = v * base + d
        if big:
            c.kind = K_BIGINT
            c.sval = digits
            c.ival = base
        else:
            c.ival = v
        self.start(c, t)
        self.finish(c)
        return c

    # ---------------------------------------------------------- strings

    def strings(self) -> Expr:
        """Adjacent string literals: one Constant, or a JoinedStr when any
        of them is an f-string."""
        first = self.tok()
        parts: list[Expr] = []
        buf = ""
        is_bytes = False
        is_f = False
        count = 0
        while self.tok().kind == T_STRING:
            t = self.advance()
            prefix, body = split_string_token(t.text)
            b = "b" in prefix
            if count > 0 and b != is_bytes:
                raise syntax_error("cannot mix bytes and nonbytes literals",
                                   first.line, first.col, t.end_line,
                                   t.end_col)
            is_bytes = b
            count += 1
            raw = "r" in prefix
            qlen = 3 if is_triple(t.text, len(prefix)) else 1
            if "f" in prefix:
                is_f = True
                if buf != "":
                    parts.append(self.str_constant(buf, t))
                    buf = ""
                self.fstring(t, body, raw, len(prefix) + qlen, parts)
            else:
                buf += decode_string(body, raw, b, t, len(prefix) + qlen)
        if not is_f:
            c = Constant(K_BYTES if is_bytes else K_STR)
            c.sval = buf
            self.start(c, first)
            self.finish(c)
            return c
        if buf != "":
            parts.append(self.str_constant(buf, first))
        j = JoinedStr(merge_constants(parts))
        self.start(j, first)
        self.finish(j)
        return j

    def str_constant(self, s: str, t: Token) -> Expr:
        c = Constant(K_STR)
        c.sval = s
        self.start(c, t)
        self.finish(c)
        return c

    def fstring(self, t: Token, body: str, raw: bool, body_offset: int,
                out: list[Expr]) -> None:
        FStringParser(self, t, body, raw, body_offset).parse(out)


MAXINT = 9223372036854775807


def digit_of(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "z":
        return ord(c) - 87
    return ord(c) - 55


def is_target_shape(e: Expr) -> bool:
    return (isinstance(e, Name) or isinstance(e, Attribute)
            or isinstance(e, Subscript) or isinstance(e, Starred)
            or isinstance(e, TupleExpr) or isinstance(e, ListExpr))


def is_yield(e: Expr) -> bool:
    return isinstance(e, Yield) or isinstance(e, YieldFrom)


def merge_constants(parts: list[Expr]) -> list[Expr]:
    out: list[Expr] = []
    for p in parts:
        if isinstance(p, Constant) and len(out) > 0:
            last = out[-1]
            if isinstance(last, Constant):
                merged = Constant(K_STR)
                merged.sval = last.sval + p.sval
                merged.copy_pos(last)
                out[-1] = merged
                continue
        if isinstance(p, Constant) and p.sval == "":
            continue
        out.append(p)
    return out


def split_string_token(text: str) -> tuple[str, str]:
    """(lower-case prefix, body without quotes)."""
    i = 0
    while text[i] != "'" and text[i] != '"':
        i += 1
    prefix = text[:i].lower()
    q = text[i]
    if text[i:i + 3] == q + q + q and len(text) - i >= 6:
        return (prefix, text[i + 3:len(text) - 3])
    return (prefix, text[i + 1:len(text) - 1])


def is_triple(text: str, plen: int) -> bool:
    q = text[plen]
    return text[plen:plen + 3] == q + q + q and len(text) - plen >= 6


def position_in(t: Token, offset: int) -> tuple[int, int]:
    """(line, col) of the character at offset in token t's text."""
    line = t.line
    col = t.col
    text = t.text
    i = 0
    while i < offset and i < len(text):
        if text[i] == "\n":
            line += 1
            col = 0
        else:
            col += 1
        i += 1
    return (line, col)


def decode_error(t: Token, msg: str) -> CompileError:
    return syntax_error(msg, t.line, t.col, t.end_line, t.end_col)


def decode_string(body: str, raw: bool, is_bytes: bool, t: Token,
                  body_offset: int) -> str:
    """The value of a string literal's body (escapes processed)."""
    if raw:
        if is_bytes:
            check_bytes_ascii(body, t)
        return body
    if "\\" not in body:
        if is_bytes:
            check_bytes_ascii(body, t)
        return body
    out: list[str] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            if is_bytes and ord(c) >= 128:
                raise decode_error(t, "bytes can only contain ASCII literal "
                                   "characters")
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("\\")
            break
        e = body[i]
        i += 1
        if e == "\n":
            continue
        if e == "n":
            out.append("\n")
        elif e == "t":
            out.append("\t")
        elif e == "r":
            out.append("\r")
        elif e == "\\":
            out.append("\\")
        elif e == "'":
            out.append("'")
        elif e == '"':
            out.append('"')
        elif e == "a":
            out.append("\x07")
        elif e == "b":
            out.append("\x08")
        elif e == "f":
            out.append("\x0c")
        elif e == "v":
            out.append("\x0b")
        elif "0" <= e <= "7":
            v = ord(e) - 48
            k = 1
            while k < 3 and i < n and "0" <= body[i] <= "7":
                v = v * 8 + ord(body[i]) - 48
                i += 1
                k += 1
            if is_bytes:
                v = v & 255
            out.append(chr(v))
        elif e == "x":
            i = hex_escape(body, i, 2, out, t, is_bytes, "x")
        elif e == "u" and not is_bytes:
            i = hex_escape(body, i, 4, out, t, is_bytes, "u")
        elif e == "U" and not is_bytes:
            i = hex_escape(body, i, 8, out, t, is_bytes, "U")
        elif e == "N" and not is_bytes:
            raise decode_error(t, "(unicode error) 'unicodeescape' codec "
                               "can't decode bytes in position "
                               + str(i - 2) + "-" + str(i - 1)
                               + ": \\N{...} escapes are not supported by "
                               "this interpreter")
        else:
            out.append("\\")
            out.append(e)
    return "".join(out)


def check_bytes_ascii(body: str, t: Token) -> None:
    for c in body:
        if ord(c) >= 128:
            raise decode_error(t, "bytes can only contain ASCII literal "
                               "characters")


def hex_escape(body: str, i: int, ndigits: int, out: list[str], t: Token,
               is_bytes: bool, letter: str) -> int:
    v = 0
    k = 0
    while k < ndigits:
        if i + k >= len(body) or not is_hex(body[i + k]):
            start = i - 2
            end = i + k - 1
            kind = "bytes" if is_bytes else "unicode"
            codec = "unicodeescape"
            if is_bytes:
                raise decode_error(t, "(value error) invalid \\x escape at "
                                   "position " + str(start))
            raise decode_error(t, "(" + kind + " error) '" + codec + "' "
                               "codec can't decode bytes in position "
                               + str(start) + "-" + str(end) + ": truncated "
                               "\\" + letter + ("X" * ndigits) + " escape")
        v = v * 16 + hex_value(body[i + k])
        k += 1
    if v > 0x10FFFF:
        raise decode_error(t, "(unicode error) 'unicodeescape' codec can't "
                           "decode bytes in position " + str(i - 2) + "-"
                           + str(i + ndigits - 1) + ": illegal Unicode "
                           "character")
    out.append(chr(v))
    return i + ndigits


def is_hex(c: str) -> bool:
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


def hex_value(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    return ord(c) - 55


class FStringParser:
    """The body of one f-string token: literal text and replacement
    fields {expr[=][!c][:spec]}, appended to out as Constant and
    FormattedValue nodes."""
    parser: Parser
    t: Token
    body: str
    raw: bool
    base: int         # offset of body[0] in the token text

    def __init__(self, parser: Parser, t: Token, body: str, raw: bool,
                 base: int) -> None:
        self.parser = parser
        self.t = t
        self.body = body
        self.raw = raw
        self.base = base

    def error(self, msg: str) -> CompileError:
        # CPython reports f-string errors at the token after the string
        # literals (the parser's last token read)
        toks = self.parser.toks
        i = self.parser.p
        while i < len(toks) - 1 and toks[i].kind == T_STRING:
            i += 1
        t = toks[i]
        return syntax_error(msg, t.line, t.col, t.end_line, t.end_col)

    def parse(self, out: list[Expr]) -> None:
        self.parse_range(0, len(self.body), out, 0)

    def literal(self, text: str, out: list[Expr]) -> None:
        if text == "":
            return
        s = decode_string(text, self.raw, False, self.t, self.base)
        c = Constant(K_STR)
        c.sval = s
        c.line = self.t.line
        c.col = self.t.col
        c.end_line = self.t.end_line
        c.end_col = self.t.end_col
        out.append(c)

    def parse_range(self, i: int, end: int, out: list[Expr],
                    depth: int) -> None:
        body = self.body
        lit_start = i
        buf = ""
        while i < end:
            c = body[i]
            if c == "{":
                if i + 1 < end and body[i + 1] == "{":
                    buf += body[lit_start:i + 1]
                    i += 2
                    lit_start = i
                    continue
                buf += body[lit_start:i]
                self.literal(buf, out)
                buf = ""
                i = self.field(i + 1, end, out, depth)
                lit_start = i
                continue
            if c == "}":
                if i + 1 < end and body[i + 1] == "}":
                    buf += body[lit_start:i + 1]
                    i += 2
                    lit_start = i
                    continue
                raise self.error("f-string: single '}' is not allowed")
            i += 1
        buf += body[lit_start:end]
        self.literal(buf, out)

    def field(self, i: int, end: int, out: list[Expr], depth: int) -> int:
        """i just after '{': parse up to the matching '}'; returns the
        index after it."""
        if depth >= 2:
            raise self.error("f-string: expressions nested too deeply")
        body = self.body
        start = i
        nest = 0
        quote = ""
        while i < end:
            c = body[i]
            if quote != "":
                if body[i:i + len(quote)] == quote:
                    i += len(quote)
                    quote = ""
                    continue
                if c == "\\":
                    raise self.error("f-string expression part cannot "
                                     "include a backslash")
                i += 1
                continue
            if c == "\\":
                raise self.error("f-string expression part cannot include a "
                                 "backslash")
            if c == "'" or c == '"':
                if body[i:i + 3] == c + c + c:
                    quote = c + c + c
                else:
                    quote = c
                i += 1
                continue
            if c == "#":
                raise self.error("f-string expression part cannot include "
                                 "'#'")
            if c in "([{":
                nest += 1
            elif c in ")]}":
                if nest == 0:
                    break
                nest -= 1
            elif nest == 0 and (c == "!" or c == ":" or c == "="):
                if c == "!" and i + 1 < end and body[i + 1] == "=":
                    i += 2
                    continue
                if c == "=" and i + 1 < end and body[i + 1] == "=":
                    i += 2
                    continue
                if c == "=" and i > start and body[i - 1] in "<>!=":
                    i += 1
                    continue
                break
            i += 1
        if quote != "":
            raise self.error("f-string: unterminated string")
        if i >= end:
            raise self.error("f-string: expecting '}'")
        expr_text = body[start:i]
        if expr_text.strip() == "":
            if body[i] == "!":
                raise self.error("f-string: expression required before '!'")
            raise self.error("f-string: empty expression not allowed")
        value = self.sub_expression(expr_text, start)
        conversion = -1
        if body[i] == "=":
            # self-documenting: the text (with '=') then the repr
            i += 1
            while i < end and body[i] in " \t":
                i += 1
            eq_text = body[start:i]
            lit = Constant(K_STR)
            lit.sval = eq_text
            lit.copy_pos(value)
            out.append(lit)
            if i < end and body[i] != "!" and body[i] != ":":
                conversion = ord("r")
            if i < end and body[i] == "}":
                conversion = ord("r")
        if i < end and body[i] == "!":
            i += 1
            if i >= end:
                raise self.error("f-string: expecting '}'")
            conv = body[i]
            if conv not in "sra":
                raise self.error("f-string: invalid conversion character: "
                                 "expected 's', 'r', or 'a'")
            conversion = ord(conv)
            i += 1
        spec: Expr | None = None
        if i < end and body[i] == ":":
            i += 1
            spec_start = i
            nest = 0
            while i < end:
                c = body[i]
                if c == "{":
                    nest += 1
                elif c == "}":
                    if nest == 0:
                        break
                    nest -= 1
                i += 1
            parts: list[Expr] = []
            self.parse_range(spec_start, i, parts, depth + 1)
            js = JoinedStr(merge_constants(parts))
            js.copy_pos(value)
            spec = js
        if i >= end or body[i] != "}":
            raise self.error("f-string: expecting '}'")
        fv = FormattedValue(value, conversion, spec)
        fv.copy_pos(value)
        out.append(fv)
        return i + 1

    def sub_expression(self, text: str, offset: int) -> Expr:
        try:
            lx = Lexer("(" + text + ")")
            toks = lx.tokenize()
            unclosed = lx.unclosed
            if unclosed is not None:
                raise unclosed
        except CompileError as e:
            raise self.error("f-string: " + e.msg)
        line, col = position_in(self.t, self.base + offset)
        # shift the sub-tokens to the field's place (the '(' added before
        # the text takes column 0 of line 1)
        for tk in toks:
            if tk.line == 1:
                tk.col = tk.col - 1 + col
            if tk.end_line == 1:
                tk.end_col = tk.end_col - 1 + col
            tk.line = tk.line - 1 + line
            tk.end_line = tk.end_line - 1 + line
        sub = Parser(toks)
        sub.level = 1
        try:
            e = sub.paren_contents()
        except CompileError as err:
            # CPython reports these in the text "(expr)", on the string's
            # first line
            if err.line == line:
                err.col = err.col - col + 1
                if err.end_line == line:
                    err.end_col = err.end_col - col + 1
            err.line = err.line - line + self.t.line
            if err.end_line > 0:
                err.end_line = err.end_line - line + self.t.line
            err.text = "(" + text + ")"
            if not err.msg.startswith("f-string"):
                err.msg = "f-string: " + err.msg
            raise err
        return e


def parse_source(source: str) -> Module:
    lexer = Lexer(source)
    toks = lexer.tokenize()
    p = Parser(toks)
    try:
        return p.parse_module()
    except CompileError as err:
        raise error_or_unclosed(lexer, p, err)


def source_line(src: str, line: int) -> str:
    """Line number line (1-based) of src, without its newline."""
    start = 0
    n = 1
    while n < line:
        i = src.find("\n", start)
        if i < 0:
            return ""
        start = i + 1
        n += 1
    end = src.find("\n", start)
    if end < 0:
        end = len(src)
    return src[start:end]


def error_or_unclosed(lexer: Lexer, p: Parser,
                      err: CompileError) -> CompileError:
    """CPython reports a bracket left open at the end of the source
    instead of an error at the end, or on a later line."""
    if err.col == -1:
        err.col = len(source_line(lexer.src, err.line)) + 1
    unclosed = lexer.unclosed
    if unclosed is None:
        return err
    end = p.toks[-1]
    at_end = p.tok().kind == T_ENDMARKER or (err.line == end.line
                                             and err.col == 0)
    # CPython compares the bracket's line with the last token its parser
    # read: at least the end of the error's range
    if at_end or err.line > unclosed.line or err.end_line > unclosed.line:
        return unclosed
    return err
