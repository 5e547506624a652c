#!/usr/bin/env python3
"""Print CPython's AST of a file in the S-expression form of rtrans's
ast_dump (frontend/ast.c).

Used to produce and cross-check the golden files tests/frontend/parse/*.ast:
the rtrans parser must build the same tree as CPython for every program it
accepts.  The differences between the two trees are normalised here, where
they are deliberate:
  - `a or b or c` is one BoolOp in CPython, nested binary nodes in rtrans;
  - an f-string without replacement fields is a plain string in rtrans, and
    a field holding a bare string literal is literal text;
  - -9223372036854775808 is folded into one int literal by rtrans;
  - call arguments and class bases keep their written order in rtrans.

usage: ast2sexp.py FILE.py
"""
import ast
import math
import sys

OPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@", ast.LShift: "<<",
    ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
    ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not",
    ast.And: "and", ast.Or: "or", ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<",
    ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not",
    ast.In: "in", ast.NotIn: "not in",
}


def op(o):
    return OPS[type(o)]


def qstr(s):
    escapes = {ord('"'): b'\\"', ord("\\"): b"\\\\", ord("\n"): b"\\n",
               ord("\t"): b"\\t", ord("\r"): b"\\r"}
    out = b'"'
    for ch in s.encode("utf-8"):
        if ch in escapes:
            out += escapes[ch]
        elif ch < 0x20 or ch == 0x7F:
            out += b"\\x%02x" % ch
        else:
            out += bytes([ch])
    return out.decode("utf-8") + '"'


def fmt_float(v):
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    for prec in range(1, 18):
        s = "%.*g" % (prec, v)
        if float(s) == v:
            break
    if "." not in s and "e" not in s:
        s += ".0"
    return s


def by_position(nodes):
    return sorted(nodes, key=lambda n: (n.lineno, n.col_offset))


def const(v):
    if v is None:
        return "(none)"
    if isinstance(v, bool):
        return "(bool %s)" % v
    if isinstance(v, int):
        return "(int %d)" % v
    if isinstance(v, float):
        return "(float %s)" % fmt_float(v)
    if isinstance(v, str):
        return "(str %s)" % qstr(v)
    if v is Ellipsis:
        return "(none)"
    raise ValueError("constant %r" % (v,))


def literal_text(node):
    """The text of a string literal or of an f-string without fields"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = joined_parts(node)
        if all(p[0] is not None for p in parts):
            return "".join(p[0] for p in parts)
    return None


def joined_parts(node):
    """(literal text or None, value sexp, conversion, spec) per part"""
    parts = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append((v.value, None, None, None))
            continue
        spec = None
        if v.format_spec is not None:
            spec = "".join(c.value for c in v.format_spec.values)
        conv = {-1: None, 115: "s", 114: "r", 97: "a"}[v.conversion]
        text = literal_text(v.value)
        if text is not None and conv is None and spec is None:
            parts.append((text, None, None, None))
        else:
            parts.append((None, expr(v.value), conv, spec))
    merged = []
    for p in parts:
        if p[0] is not None and merged and merged[-1][0] is not None:
            merged[-1] = (merged[-1][0] + p[0], None, None, None)
        elif p[0] is None or p[0] != "":
            merged.append(p)
    return merged


def joined(node):
    parts = joined_parts(node)
    if all(p[0] is not None for p in parts):
        return "(str %s)" % qstr("".join(p[0] for p in parts))
    out = []
    for text, value, conv, spec in parts:
        if text is not None:
            out.append("(str %s)" % qstr(text))
            continue
        s = "(value " + value
        if conv:
            s += " !" + conv
        if spec is not None:
            s += " :" + qstr(spec)
        out.append(s + ")")
    return "(fstring %s)" % " ".join(out)


def opt(n):
    return "nil" if n is None else expr(n)


def call_args(args, keywords):
    items = []
    for a in args:
        items.append((a.lineno, a.col_offset, expr(a)))
    for k in keywords:
        if k.arg is None:
            s = "(starred ** %s)" % expr(k.value)
        else:
            s = "(keyword %s %s)" % (k.arg, expr(k.value))
        items.append((k.lineno, k.col_offset, s))
    items.sort(key=lambda t: (t[0], t[1]))
    return [t[2] for t in items]


def comp(node):
    out = []
    for g in node.generators:
        s = "(compfor %s %s" % (expr(g.target), expr(g.iter))
        for cond in g.ifs:
            s += " (if %s)" % expr(cond)
        out.append(s + ")")
    return " ".join(out)


def params(a):
    out = []
    pos = a.posonlyargs + a.args
    defaults = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
    for p, d in zip(pos, defaults):
        out.append("(param %s %s %s)" % (p.arg, opt(p.annotation), opt(d)))
    if a.vararg:
        out.append("(param *%s %s nil)" % (a.vararg.arg, opt(a.vararg.annotation)))
    elif a.kwonlyargs:
        out.append("(param * nil nil)")
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append("(param %s %s %s)" % (p.arg, opt(p.annotation), opt(d)))
    if a.kwarg:
        out.append("(param **%s %s nil)" % (a.kwarg.arg, opt(a.kwarg.annotation)))
    return "(params%s)" % "".join(" " + p for p in out)


def boolop(node):
    s = expr(node.values[0])
    for v in node.values[1:]:
        s = "(boolop %s %s %s)" % (op(node.op), s, expr(v))
    return s


def seq(label, items):
    return "(%s%s)" % (label, "".join(" " + expr(e) for e in items))


def expr(n):
    t = type(n)
    if t is ast.Constant:
        return const(n.value)
    if t is ast.Name:
        return "(name %s)" % n.id
    if t is ast.Attribute:
        return "(attr %s %s)" % (expr(n.value), n.attr)
    if t is ast.Subscript:
        return "(subscript %s %s)" % (expr(n.value), expr(n.slice))
    if t is ast.Slice:
        return "(slice %s %s %s)" % (opt(n.lower), opt(n.upper), opt(n.step))
    if t is ast.Call:
        args = call_args(n.args, n.keywords)
        return "(call %s%s)" % (expr(n.func), "".join(" " + a for a in args))
    if t is ast.UnaryOp:
        if isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant) \
                and n.operand.value == 2 ** 63 and type(n.operand.value) is int:
            return "(int %d)" % -2 ** 63
        return "(unary %s %s)" % (op(n.op), expr(n.operand))
    if t is ast.BinOp:
        return "(binary %s %s %s)" % (op(n.op), expr(n.left), expr(n.right))
    if t is ast.BoolOp:
        return boolop(n)
    if t is ast.Compare:
        ops = " ".join(op(o) for o in n.ops)
        operands = " ".join(expr(e) for e in [n.left] + n.comparators)
        return "(compare %s %s)" % (ops, operands)
    if t is ast.IfExp:
        return "(ifexp %s %s %s)" % (expr(n.test), expr(n.body), expr(n.orelse))
    if t is ast.List:
        return seq("list", n.elts)
    if t is ast.Tuple:
        return seq("tuple", n.elts)
    if t is ast.Set:
        return seq("set", n.elts)
    if t is ast.Dict:
        items = "".join(" (%s %s)" % (expr(k), expr(v)) for k, v in zip(n.keys, n.values))
        return "(dict%s)" % items
    if t is ast.ListComp:
        return "(listcomp %s %s)" % (expr(n.elt), comp(n))
    if t is ast.SetComp:
        return "(setcomp %s %s)" % (expr(n.elt), comp(n))
    if t is ast.GeneratorExp:
        return "(genexp %s %s)" % (expr(n.elt), comp(n))
    if t is ast.DictComp:
        return "(dictcomp %s %s %s)" % (expr(n.key), expr(n.value), comp(n))
    if t is ast.Lambda:
        return "(lambda %s %s)" % (params(n.args), expr(n.body))
    if t is ast.Starred:
        return "(starred * %s)" % expr(n.value)
    if t is ast.JoinedStr:
        return joined(n)
    raise ValueError("expression %s" % t.__name__)


class Printer:
    def __init__(self):
        self.lines = []
        self.cur = "(module"
        self.indent = 1

    def newline(self):
        self.lines.append(self.cur)
        self.cur = "  " * self.indent

    def put(self, s):
        self.cur += s

    def block(self, label, stmts):
        self.newline()
        self.put("(" + label)
        self.indent += 1
        for s in stmts:
            self.newline()
            self.stmt(s)
        self.indent -= 1
        self.put(")")

    def nested(self, *blocks):
        self.indent += 1
        for label, stmts in blocks:
            self.block(label, stmts)
        self.indent -= 1
        self.put(")")

    def stmt(self, n):
        t = type(n)
        simple = self.simple(n)
        if simple is not None:
            self.put(simple)
        elif t is ast.If:
            self.put("(if " + expr(n.test))
            self.nested(("body", n.body), ("orelse", n.orelse))
        elif t is ast.While:
            self.put("(while " + expr(n.test))
            self.nested(("body", n.body), ("orelse", n.orelse))
        elif t is ast.For:
            self.put("(for %s %s" % (expr(n.target), expr(n.iter)))
            self.nested(("body", n.body), ("orelse", n.orelse))
        elif t is ast.Try:
            self.put("(try")
            self.nested(("body", n.body), ("handlers", n.handlers),
                        ("orelse", n.orelse), ("finally", n.finalbody))
        elif t is ast.ExceptHandler:
            self.put("(except %s %s" % (opt(n.type), n.name or "nil"))
            self.nested(("body", n.body))
        elif t is ast.With:
            items = "".join(" (withitem %s %s)" % (expr(i.context_expr), opt(i.optional_vars))
                            for i in n.items)
            self.put("(with" + items)
            self.nested(("body", n.body))
        elif t is ast.FunctionDef:
            s = "(def %s %s (returns %s)" % (n.name, params(n.args), opt(n.returns))
            if n.decorator_list:
                s += " (decorators%s)" % "".join(" (decorator %s)" % expr(d)
                                                 for d in n.decorator_list)
            self.put(s)
            self.nested(("body", n.body))
        elif t is ast.ClassDef:
            bases = call_args(n.bases, n.keywords)
            s = "(class %s (bases%s)" % (n.name, "".join(" " + b for b in bases))
            if n.decorator_list:
                s += " (decorators%s)" % "".join(" (decorator %s)" % expr(d)
                                                 for d in n.decorator_list)
            self.put(s)
            self.nested(("body", n.body))
        else:
            raise ValueError("statement %s" % t.__name__)

    def simple(self, n):
        t = type(n)
        if t is ast.Expr:
            return "(expr %s)" % expr(n.value)
        if t is ast.Assign:
            return "(assign %s %s)" % (seq("targets", n.targets), expr(n.value))
        if t is ast.AnnAssign:
            return "(annassign %s %s %s)" % (expr(n.target), expr(n.annotation), opt(n.value))
        if t is ast.AugAssign:
            return "(augassign %s= %s %s)" % (op(n.op), expr(n.target), expr(n.value))
        if t is ast.Delete:
            return seq("del", n.targets)
        if t is ast.Pass:
            return "(pass)"
        if t is ast.Break:
            return "(break)"
        if t is ast.Continue:
            return "(continue)"
        if t is ast.Return:
            return "(return %s)" % opt(n.value)
        if t is ast.Raise:
            return "(raise %s %s)" % (opt(n.exc), opt(n.cause))
        if t is ast.Assert:
            return "(assert %s %s)" % (expr(n.test), opt(n.msg))
        if t is ast.Global:
            return "(global %s)" % " ".join(n.names)
        if t is ast.Nonlocal:
            return "(nonlocal %s)" % " ".join(n.names)
        if t is ast.Import:
            return "(import%s)" % "".join(" (alias %s %s)" % (a.name, a.asname or "nil")
                                          for a in n.names)
        if t is ast.ImportFrom:
            return "(from %s%s%s)" % ("." * n.level, n.module or "",
                                      "".join(" (alias %s %s)" % (a.name, a.asname or "nil")
                                              for a in n.names))
        return None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        tree = ast.parse(f.read(), sys.argv[1])
    p = Printer()
    for s in tree.body:
        p.newline()
        p.stmt(s)
    p.put(")")
    p.lines.append(p.cur)
    print("\n".join(p.lines))


if __name__ == "__main__":
    main()
