"""Scope analysis (CPython's symtable): which names of each function,
class, comprehension and lambda are fast locals, cells, free variables,
globals, or (in class and module bodies) names looked up at run time.

Pass 1 walks the AST once, making a Scope per scope-creating node with
the names it binds, uses and declares.  Pass 2 (analyze) resolves every
name from the module down, as CPython's analyze_block does, and raises
CompileError for the SyntaxErrors the symtable finds (global/nonlocal
misuse, yield outside a function...).
"""
from __future__ import annotations

from lexer import CompileError
from astnodes import (Node, Expr, Stmt, Name, Constant, JoinedStr,
                      FormattedValue, BinOp, UnaryOp, BoolOp, Compare,
                      Keyword, Call, Attribute, Subscript, Slice, Starred,
                      ListExpr, TupleExpr, SetExpr, DictExpr, Comprehension,
                      Comp, IfExp, Arg, Arguments, Lambda, NamedExpr, Yield,
                      YieldFrom, Await, FunctionDef, ClassDef, Return, Delete,
                      Assign, AugAssign, AnnAssign, For, While, If, WithItem,
                      With, Raise, ExceptHandler, Try, Assert, Alias, Import,
                      ImportFrom, Global, Nonlocal, ExprStmt, Module,
                      Pattern, MatchValue, MatchSequence, MatchMapping,
                      MatchClass, MatchStar, MatchAs, MatchOr, Match,
                      CTX_LOAD, CTX_STORE, CTX_DEL, COMP_GEN)

# symbol flags
DEF_LOCAL = 1        # bound in this scope
DEF_PARAM = 2
DEF_GLOBAL = 4       # declared global
DEF_NONLOCAL = 8
USE = 16
DEF_IMPORT = 32
DEF_ANNOT = 64

# resolved kinds
SC_LOCAL = 1         # fast local (function) or namespace name (class/module)
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5

K_MODULE = 0
K_CLASS = 1
K_FUNCTION = 2


def err(msg: str, n: Node) -> CompileError:
    e = CompileError("SyntaxError", msg, n.line, n.col + 1, n.end_line,
                     n.end_col + 1)
    e.compiler_error = True
    return e


class Scope:
    kind: int
    name: str
    node: Node
    flags: dict[str, int]         # name -> DEF_*/USE bits
    order: list[str]              # names in first-seen order
    resolved: dict[str, int]      # name -> SC_*
    params: list[str]
    children: list[Scope]
    parent: Scope | None
    is_generator: bool
    is_comprehension: bool
    has_yield: bool
    needs_class_cell: bool        # a method uses super() or __class__
    free_in_children: dict[str, bool]
    cellvars: list[str]
    freevars: list[str]
    decl_nodes: dict[str, Node]   # where global/nonlocal was declared
    in_class: bool                # a function directly in a class body
    # names an assignment expression binds here: the only way an
    # expression rebinds a fast local (codegen.aug_assign relies on it)
    walrus_targets: list[str]

    def __init__(self, kind: int, name: str, node: Node,
                 parent: Scope | None) -> None:
        self.kind = kind
        self.name = name
        self.node = node
        self.flags = {}
        self.order = []
        self.resolved = {}
        self.params = []
        self.children = []
        self.parent = parent
        self.is_generator = False
        self.is_comprehension = False
        self.has_yield = False
        self.needs_class_cell = False
        self.free_in_children = {}
        self.cellvars = []
        self.freevars = []
        self.decl_nodes = {}
        self.in_class = False
        self.walrus_targets = []

    def add(self, name: str, flag: int) -> None:
        if name in self.flags:
            self.flags[name] = self.flags[name] | flag
        else:
            self.flags[name] = flag
            self.order.append(name)

    def get_flags(self, name: str) -> int:
        if name in self.flags:
            return self.flags[name]
        return 0

    def kind_of(self, name: str) -> int:
        if name in self.resolved:
            return self.resolved[name]
        if self.kind == K_FUNCTION:
            return SC_GLOBAL_IMPLICIT
        return SC_GLOBAL_IMPLICIT


def mangle(class_name: str, name: str) -> str:
    """Private name mangling: __x inside class C is _C__x."""
    if class_name == "" or not name.startswith("__") or name.endswith("__"):
        return name
    if "." in name:
        return name
    stripped = class_name.lstrip("_")
    if stripped == "":
        return name
    return "_" + stripped + name


class SymtableBuilder:
    scopes: dict[Node, Scope]
    cur: Scope
    module_scope: Scope
    class_names: list[str]       # enclosing class names (mangling)

    def __init__(self, mod: Module) -> None:
        self.scopes = {}
        self.module_scope = Scope(K_MODULE, "<module>", mod, None)
        self.cur = self.module_scope
        self.scopes[mod] = self.module_scope
        self.class_names = [""]

    def mangle(self, name: str) -> str:
        return mangle(self.class_names[-1], name)

    def enter(self, kind: int, name: str, node: Node) -> Scope:
        s = Scope(kind, name, node, self.cur)
        self.cur.children.append(s)
        self.scopes[node] = s
        self.cur = s
        return s

    def leave(self) -> None:
        p = self.cur.parent
        if p is not None:
            self.cur = p

    def bind(self, name: str, flag: int, node: Node) -> None:
        name = self.mangle(name)
        f = self.cur.get_flags(name)
        if f & (DEF_GLOBAL | DEF_NONLOCAL) and flag == DEF_PARAM:
            raise err("name '" + name + "' is parameter and "
                      + ("global" if f & DEF_GLOBAL else "nonlocal"), node)
        self.cur.add(name, flag)

    # ----------------------------------------------------------- walk

    def build(self, mod: Module) -> None:
        self.stmts(mod.body)

    def stmts(self, body: list[Stmt]) -> None:
        for s in body:
            self.stmt(s)

    def stmt(self, s: Stmt) -> None:
        if isinstance(s, FunctionDef):
            for d in s.decorators:
                self.expr(d)
            self.arguments_defaults(s.args)
            self.annotations(s.args, s.returns)
            self.bind(s.name, DEF_LOCAL, s)
            self.function(s.name, s, s.args, s.body, None)
        elif isinstance(s, ClassDef):
            for d in s.decorators:
                self.expr(d)
            for b in s.bases:
                self.expr(b)
            for k in s.keywords:
                self.expr(k.value)
            self.bind(s.name, DEF_LOCAL, s)
            sc = self.enter(K_CLASS, s.name, s)
            self.class_names.append(s.name)
            self.stmts(s.body)
            self.class_names.pop()
            self.leave()
        elif isinstance(s, Return):
            v = s.value
            if v is not None:
                self.expr(v)
        elif isinstance(s, Delete):
            for t in s.targets:
                self.expr(t)
        elif isinstance(s, Assign):
            self.expr(s.value)
            for t in s.targets:
                self.expr(t)
        elif isinstance(s, AugAssign):
            self.expr(s.value)
            self.expr(s.target)
            tgt = s.target
            if isinstance(tgt, Name):
                self.cur.add(self.mangle(tgt.id), USE)
        elif isinstance(s, AnnAssign):
            self.ann_assign(s)
        elif isinstance(s, For):
            self.expr(s.iter)
            self.expr(s.target)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif isinstance(s, While):
            self.expr(s.test)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif isinstance(s, If):
            self.expr(s.test)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif isinstance(s, With):
            for item in s.items:
                self.expr(item.context_expr)
                ov = item.optional_vars
                if ov is not None:
                    self.expr(ov)
            self.stmts(s.body)
        elif isinstance(s, Raise):
            e = s.exc
            if e is not None:
                self.expr(e)
            c = s.cause
            if c is not None:
                self.expr(c)
        elif isinstance(s, Try):
            self.stmts(s.body)
            for h in s.handlers:
                ht = h.type
                if ht is not None:
                    self.expr(ht)
                if h.name != "":
                    self.bind(h.name, DEF_LOCAL, h)
                self.stmts(h.body)
            self.stmts(s.orelse)
            self.stmts(s.finalbody)
        elif isinstance(s, Assert):
            self.expr(s.test)
            m = s.msg
            if m is not None:
                self.expr(m)
        elif isinstance(s, Import):
            for a in s.names:
                name = a.asname
                if name == "":
                    name = a.name.split(".")[0]
                self.bind(name, DEF_LOCAL | DEF_IMPORT, a)
        elif isinstance(s, ImportFrom):
            for a in s.names:
                if a.name == "*":
                    if self.cur.kind != K_MODULE:
                        raise err("import * only allowed at module level", s)
                    continue
                name = a.asname if a.asname != "" else a.name
                self.bind(name, DEF_LOCAL | DEF_IMPORT, a)
        elif isinstance(s, Global):
            self.declare(s, s.names, True)
        elif isinstance(s, Nonlocal):
            self.declare(s, s.names, False)
        elif isinstance(s, ExprStmt):
            self.expr(s.value)
        elif isinstance(s, Match):
            self.expr(s.subject)
            for c in s.cases:
                self.pattern(c.pattern)
                g = c.guard
                if g is not None:
                    self.expr(g)
                self.stmts(c.body)

    def pattern(self, p: Pattern) -> None:
        """A case pattern: its captures bind, its values are read."""
        if isinstance(p, MatchValue):
            self.expr(p.value)
        elif isinstance(p, MatchSequence):
            for q in p.patterns:
                self.pattern(q)
        elif isinstance(p, MatchMapping):
            for k in p.keys:
                self.expr(k)
            for q2 in p.patterns:
                self.pattern(q2)
            if p.rest != "":
                self.bind(p.rest, DEF_LOCAL, p)
        elif isinstance(p, MatchClass):
            self.expr(p.cls)
            for q3 in p.patterns:
                self.pattern(q3)
            for q4 in p.kwd_patterns:
                self.pattern(q4)
        elif isinstance(p, MatchStar):
            if p.name != "":
                self.bind(p.name, DEF_LOCAL, p)
        elif isinstance(p, MatchAs):
            sub = p.pattern
            if sub is not None:
                self.pattern(sub)
            if p.name != "":
                self.bind(p.name, DEF_LOCAL, p)
        elif isinstance(p, MatchOr):
            for q5 in p.patterns:
                self.pattern(q5)

    def ann_assign(self, s: AnnAssign) -> None:
        t = s.target
        if isinstance(t, Name):
            name = self.mangle(t.id)
            f = self.cur.get_flags(name)
            if f & (DEF_GLOBAL | DEF_NONLOCAL) and s.simple:
                what = "global" if f & DEF_GLOBAL else "nonlocal"
                raise err("annotated name '" + name + "' can't be " + what, s)
            if s.simple:
                self.cur.add(name, DEF_ANNOT)
            if s.value is not None:
                self.cur.add(name, DEF_LOCAL)
        else:
            self.expr(t)
        if self.cur.kind != K_FUNCTION:
            self.expr(s.annotation)
        v = s.value
        if v is not None:
            self.expr(v)

    def declare(self, s: Stmt, names: list[str], is_global: bool) -> None:
        word = "global" if is_global else "nonlocal"
        if not is_global and self.cur.kind == K_MODULE:
            raise err("nonlocal declaration not allowed at module level", s)
        for raw in names:
            name = self.mangle(raw)
            f = self.cur.get_flags(name)
            if f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if f & DEF_PARAM:
                    raise err("name '" + name + "' is parameter and " + word, s)
                if f & DEF_ANNOT:
                    raise err("annotated name '" + name + "' can't be " + word,
                              s)
                if f & (DEF_LOCAL | DEF_IMPORT):
                    raise err("name '" + name + "' is assigned to before "
                              + word + " declaration", s)
                raise err("name '" + name + "' is used prior to " + word
                          + " declaration", s)
            if is_global and f & DEF_NONLOCAL:
                raise err("name '" + name + "' is nonlocal and global", s)
            if not is_global and f & DEF_GLOBAL:
                raise err("name '" + name + "' is nonlocal and global", s)
            self.cur.add(name, DEF_GLOBAL if is_global else DEF_NONLOCAL)
            self.cur.decl_nodes[name] = s

    def arguments_defaults(self, a: Arguments) -> None:
        for d in a.defaults:
            self.expr(d)
        for kd in a.kw_defaults:
            if kd is not None:
                self.expr(kd)

    def annotations(self, a: Arguments, returns: Expr | None) -> None:
        for arg in a.all_names():
            ann = arg.annotation
            if ann is not None:
                self.expr(ann)
        if returns is not None:
            self.expr(returns)

    def function(self, name: str, node: Node, args: Arguments,
                 body: list[Stmt], expr_body: Expr | None) -> None:
        in_class = self.cur.kind == K_CLASS
        sc = self.enter(K_FUNCTION, name, node)
        sc.in_class = in_class
        for arg in args.all_names():
            self.bind(arg.name, DEF_PARAM, arg)
            sc.params.append(self.mangle(arg.name))
        if expr_body is not None:
            self.expr(expr_body)
        else:
            self.stmts(body)
        self.leave()

    def expr(self, e: Expr) -> None:
        if isinstance(e, Name):
            name = self.mangle(e.id)
            if e.ctx == CTX_LOAD:
                self.cur.add(name, USE)
                if e.id == "super" and self.cur.kind == K_FUNCTION:
                    self.cur.needs_class_cell = True
            else:
                self.cur.add(name, DEF_LOCAL)
            if e.id == "__class__" and self.cur.kind == K_FUNCTION:
                self.cur.needs_class_cell = True
        elif isinstance(e, Constant):
            pass
        elif isinstance(e, BinOp):
            self.expr(e.left)
            self.expr(e.right)
        elif isinstance(e, UnaryOp):
            self.expr(e.operand)
        elif isinstance(e, BoolOp):
            for v in e.values:
                self.expr(v)
        elif isinstance(e, Compare):
            self.expr(e.left)
            for c in e.comparators:
                self.expr(c)
        elif isinstance(e, Call):
            self.expr(e.func)
            for a in e.args:
                self.expr(a)
            for k in e.keywords:
                self.expr(k.value)
        elif isinstance(e, Attribute):
            self.expr(e.value)
        elif isinstance(e, Subscript):
            self.expr(e.value)
            self.expr(e.index)
        elif isinstance(e, Slice):
            lo = e.lower
            if lo is not None:
                self.expr(lo)
            hi = e.upper
            if hi is not None:
                self.expr(hi)
            st = e.step
            if st is not None:
                self.expr(st)
        elif isinstance(e, Starred):
            self.expr(e.value)
        elif isinstance(e, ListExpr):
            for x in e.elts:
                self.expr(x)
        elif isinstance(e, TupleExpr):
            for x in e.elts:
                self.expr(x)
        elif isinstance(e, SetExpr):
            for x in e.elts:
                self.expr(x)
        elif isinstance(e, DictExpr):
            for dk in e.keys:
                if dk is not None:
                    self.expr(dk)
            for v in e.values:
                self.expr(v)
        elif isinstance(e, JoinedStr):
            for v in e.values:
                self.expr(v)
        elif isinstance(e, FormattedValue):
            self.expr(e.value)
            fs = e.format_spec
            if fs is not None:
                self.expr(fs)
        elif isinstance(e, IfExp):
            self.expr(e.test)
            self.expr(e.body)
            self.expr(e.orelse)
        elif isinstance(e, Lambda):
            self.arguments_defaults(e.args)
            self.function("<lambda>", e, e.args, [], e.body)
        elif isinstance(e, NamedExpr):
            self.named_expr(e)
        elif isinstance(e, Comp):
            self.comprehension(e)
        elif isinstance(e, Yield):
            self.yield_seen(e)
            yv = e.value
            if yv is not None:
                self.expr(yv)
        elif isinstance(e, YieldFrom):
            self.yield_seen(e)
            self.expr(e.value)
        elif isinstance(e, Await):
            raise err("'await' outside function", e)

    def yield_seen(self, e: Expr) -> None:
        sc = self.cur
        if sc.kind != K_FUNCTION:
            raise err("'yield' outside function", e)
        if sc.is_comprehension:
            raise err("'yield' inside " + comp_noun(sc.node), e)
        sc.is_generator = True
        sc.has_yield = True

    def named_expr(self, e: NamedExpr) -> None:
        self.expr(e.value)
        # the target binds in the nearest enclosing non-comprehension scope
        sc = self.cur
        name = self.mangle(e.target.id)
        while sc.is_comprehension:
            if name in sc.params or (name in sc.flags and
                                     sc.flags[name] & DEF_LOCAL and
                                     not name.startswith(".") and
                                     self.is_comp_target(sc, name)):
                raise err("assignment expression cannot rebind "
                          "comprehension iteration variable '" + name + "'",
                          e)
            p = sc.parent
            if p is None:
                break
            sc.add(name, DEF_NONLOCAL if p.kind == K_FUNCTION else DEF_GLOBAL)
            sc = p
        if sc.kind == K_CLASS:
            raise err("assignment expression within a comprehension cannot "
                      "be used in a class body", e)
        sc.add(name, DEF_LOCAL)
        sc.walrus_targets.append(name)
        if sc is not self.cur:
            if sc.kind == K_MODULE:
                pass
        else:
            pass

    def is_comp_target(self, sc: Scope, name: str) -> bool:
        node = sc.node
        if isinstance(node, Comp):
            for g in node.generators:
                if target_binds(g.target, name):
                    return True
        return False

    def comprehension(self, e: Comp) -> None:
        first = e.generators[0]
        self.expr(first.iter)
        noun = comp_noun(e)
        sc = self.enter(K_FUNCTION, noun_scope_name(e), e)
        sc.is_comprehension = True
        if e.comp_kind == COMP_GEN:
            sc.is_generator = True
        sc.params.append(".0")
        sc.add(".0", DEF_PARAM)
        i = 0
        for g in e.generators:
            if i > 0:
                self.expr(g.iter)
            self.expr(g.target)
            for c in g.ifs:
                self.expr(c)
            i += 1
        self.expr(e.elt)
        v = e.value
        if v is not None:
            self.expr(v)
        self.leave()


def target_binds(t: Expr, name: str) -> bool:
    if isinstance(t, Name):
        return t.id == name
    if isinstance(t, TupleExpr):
        for x in t.elts:
            if target_binds(x, name):
                return True
    if isinstance(t, ListExpr):
        for x in t.elts:
            if target_binds(x, name):
                return True
    if isinstance(t, Starred):
        return target_binds(t.value, name)
    return False


def comp_noun(n: Node) -> str:
    if isinstance(n, Comp):
        return n.kind_name()
    return "comprehension"


def noun_scope_name(e: Comp) -> str:
    k = e.kind_name()
    if k == "list comprehension":
        return "<listcomp>"
    if k == "set comprehension":
        return "<setcomp>"
    if k == "dict comprehension":
        return "<dictcomp>"
    return "<genexpr>"


# ------------------------------------------------------------- analysis

def analyze(sc: Scope, bound: dict[str, bool]) -> dict[str, bool]:
    """Resolve sc's names given the names bound in enclosing function
    scopes; returns the names free in sc (which enclosing scopes must
    provide as cells)."""
    free: dict[str, bool] = {}
    local: dict[str, bool] = {}
    for name in sc.order:
        f = sc.flags[name]
        if f & DEF_GLOBAL:
            sc.resolved[name] = SC_GLOBAL_EXPLICIT
        elif f & DEF_NONLOCAL:
            if name not in bound:
                node = sc.decl_nodes[name] if name in sc.decl_nodes else sc.node
                raise err("no binding for nonlocal '" + name + "' found",
                          node)
            sc.resolved[name] = SC_FREE
            free[name] = True
        elif f & (DEF_LOCAL | DEF_PARAM):
            sc.resolved[name] = SC_LOCAL
            local[name] = True
        elif name in bound:
            # a function reads an enclosing function's variable (a class
            # body does too, through LOAD_CLASSDEREF)
            sc.resolved[name] = SC_FREE
            free[name] = True
        else:
            sc.resolved[name] = SC_GLOBAL_IMPLICIT
    if sc.kind == K_FUNCTION and sc.needs_class_cell and "__class__" in bound:
        if "__class__" not in sc.resolved or \
                sc.resolved["__class__"] == SC_GLOBAL_IMPLICIT:
            sc.resolved["__class__"] = SC_FREE
            if "__class__" not in sc.flags:
                sc.order.append("__class__")
                sc.flags["__class__"] = 0
        free["__class__"] = True
    # names visible to children
    child_bound: dict[str, bool] = {}
    for k in bound:
        child_bound[k] = True
    if sc.kind == K_FUNCTION:
        for k in local:
            child_bound[k] = True
        for name in sc.order:
            if sc.resolved[name] == SC_GLOBAL_EXPLICIT and name in child_bound:
                del child_bound[name]
    if sc.kind == K_CLASS:
        child_bound["__class__"] = True
    child_free: list[str] = []
    for child in sc.children:
        cf = analyze(child, child_bound)
        for name in cf:
            if name not in child_free:
                child_free.append(name)
    # a function's local that a child uses becomes a cell; a name free in a
    # child but bound further out is free here too
    passing: list[str] = []
    for name in child_free:
        if sc.kind == K_CLASS and name == "__class__":
            sc.needs_class_cell = True
            continue
        if sc.kind == K_FUNCTION and name in local:
            sc.resolved[name] = SC_CELL
            continue
        free[name] = True
        if sc.kind == K_FUNCTION:
            if name not in sc.resolved or \
                    sc.resolved[name] == SC_GLOBAL_IMPLICIT:
                sc.resolved[name] = SC_FREE
                if name not in sc.flags:
                    sc.order.append(name)
                    sc.flags[name] = 0
        else:
            passing.append(name)
    cells: list[str] = []
    frees: list[str] = []
    for name in sc.order:
        kind = sc.resolved[name] if name in sc.resolved else 0
        if kind == SC_CELL:
            cells.append(name)
        elif kind == SC_FREE:
            frees.append(name)
    for name in passing:
        if name not in frees:
            frees.append(name)
    if sc.kind == K_CLASS and sc.needs_class_cell:
        cells.append("__class__")
    sc.cellvars = cells
    sc.freevars = frees
    return free


def build_symtable(mod: Module) -> dict[Node, Scope]:
    b = SymtableBuilder(mod)
    b.build(mod)
    analyze(b.module_scope, {})
    return b.scopes
