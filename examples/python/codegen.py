"""The compiler: AST (with the scopes of scopes.py) to code objects.

One CodeGen per code object.  Instructions are emitted with symbolic
labels; assemble() resolves them, builds the exception table from the
handler that was active at each instruction, and computes the maximum
stack depth.  The stack depth is tracked while emitting: every jump
records the depth at its target, and binding a label restores it, so the
depth at a protected region's start (the handler's depth) is exact.

Control structures that must run code when left early (with, finally,
except handlers, for loops holding their iterator) push an FBlock; return,
break and continue unwind the blocks between them and their target, as
CPython's compiler does.  See pycode.py for the code object's layout.
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
                      ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break,
                      Continue, Module, Pattern, MatchValue, MatchSingleton,
                      MatchSequence, MatchMapping, MatchClass, MatchStar,
                      MatchAs, MatchOr, Match,
                      CTX_LOAD, CTX_STORE, CTX_DEL, BOOL_AND, BOOL_OR,
                      OP_MUL, OP_POW, OP_LSHIFT, OP_ADD, OP_MATMUL, N_BINOPS,
                      UNARY_NOT, UNARY_MINUS, UNARY_PLUS, UNARY_INVERT,
                      CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN, CMP_EQ, CMP_NE,
                      CMP_GE,
                      K_NONE, K_TRUE, K_FALSE, K_ELLIPSIS, K_INT, K_BIGINT,
                      K_FLOAT, K_IMAG, K_STR, K_BYTES, COMP_LIST, COMP_SET,
                      COMP_DICT, COMP_GEN)
from scopes import (Scope, build_symtable, mangle, SC_LOCAL,
                    SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL,
                    K_MODULE, K_CLASS, K_FUNCTION)
import opcodes as op
from opcodes import (CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_NESTED,
                     CO_SIMPLE_ARGS, CALL_KW, GET_ITER_CALL)
from objects import (W_Object, W_Tuple, W_NONE, W_TRUE, W_FALSE, W_ELLIPSIS,
                     new_int, new_str, W_Float, W_Int, W_Str, PyError,
                     ExecCtx, Space, eq_bool)
import ops
from pycode import W_Code
import constants

FB_WHILE = 0
FB_FOR = 1
FB_TRY_EXCEPT = 2
FB_FINALLY_TRY = 3
FB_FINALLY_END = 4
FB_WITH = 5
FB_HANDLER = 6        # inside an except clause (prev exc info on the stack)
FB_HANDLER_NAMED = 7  # same, with `as name` to clear
FB_HANDLER_STAR = 8   # inside an except* clause (no break/continue/return)


class FBlock:
    kind: int
    start: int          # label: continue target (loops)
    exit: int           # label: break target (loops)
    finalbody: list[Stmt]
    name: str

    def __init__(self, kind: int, start: int, exit: int) -> None:
        self.kind = kind
        self.start = start
        self.exit = exit
        self.finalbody = []
        self.name = ""


def err(msg: str, n: Node) -> CompileError:
    e = CompileError("SyntaxError", msg, n.line, n.col + 1, n.end_line,
                     n.end_col + 1)
    e.compiler_error = True
    return e


class Compiler:
    """Module-wide compilation state."""
    filename: str
    scopes: dict[Node, Scope]
    future_annotations: bool
    future_line: int             # the line of the last opening future import
    name_mode: bool          # module-level names through the locals dict

    def __init__(self, filename: str, scopes: dict[Node, Scope]) -> None:
        self.filename = filename
        self.scopes = scopes
        self.future_annotations = False
        self.name_mode = False
        self.future_line = -1


class PatternState:
    """What the patterns of one case have seen so far."""
    names: list[str]            # captured names, in capture order
    temps: dict[str, int]       # name -> hidden local holding its value
    allow_irrefutable: bool     # a capture/wildcard may stand alone here
    loc: Node                   # the last pattern entered (error position)

    def __init__(self, allow_irrefutable: bool) -> None:
        self.names = []
        self.temps = {}
        self.allow_irrefutable = allow_irrefutable
        self.loc = Node()


def last_compare(e: Expr) -> Expr | None:
    """The last comparison CPython 3.11's compiler_jump_if compiles in e,
    through `not`, `and`/`or` and conditional expressions (test, body,
    orelse), or None."""
    if isinstance(e, Compare):
        return e
    if isinstance(e, UnaryOp) and e.op == UNARY_NOT:
        return last_compare(e.operand)
    found: Expr | None = None
    if isinstance(e, BoolOp):
        for v in e.values:
            c = last_compare(v)
            if c is not None:
                found = c
    elif isinstance(e, IfExp):
        for part in (e.test, e.body, e.orelse):
            c = last_compare(part)
            if c is not None:
                found = c
    return found


def raise_position(s: Assert) -> Node:
    """Where a failing assert raises, as in CPython 3.11: the statement
    (a traceback shows no carets under `assert f(x)` alone on its line),
    except that the position of the test's last comparison stays in
    force after it (carets under `x == 2` in `assert x == 2`)."""
    c = last_compare(s.test)
    return c if c is not None else s


def loop_iter_arg(e: Expr) -> int:
    """GET_ITER's argument for a loop over e: GET_ITER_CALL when e is a
    call or a generator expression, whose generator the loop may own."""
    if isinstance(e, Call) or (isinstance(e, Comp) and
                               e.comp_kind == COMP_GEN):
        return GET_ITER_CALL
    return 0


def is_wildcard(p: Pattern) -> bool:
    if isinstance(p, MatchAs):
        return p.pattern is None and p.name == ""
    if isinstance(p, MatchStar):
        return p.name == ""
    return False


def const_equal(a: W_Object, b: W_Object) -> bool:
    try:
        return eq_bool(FOLD_EC, a, b)
    except PyError:
        return False


class CodeGen:
    comp: Compiler
    scope: Scope
    code: W_Code
    instrs: list[int]               # op, arg pairs (jump args: label ids)
    pos: list[int]                  # 4 per instruction
    handler_of: list[int]           # per instruction: handler id or -1
    handlers_target: list[int]      # handler id -> label
    handlers_depth: list[int]
    handler_stack: list[int]
    labels: list[int]               # label id -> instruction index
    label_depth: list[int]
    depth: int
    max_depth: int
    fblocks: list[FBlock]
    const_keys: dict[str, int]
    name_index: dict[str, int]
    var_index: dict[str, int]
    deref_index: dict[str, int]
    ncaches: int
    line: int
    end_line: int
    col: int
    end_col: int
    class_name: str                 # for private name mangling
    qualname: str
    bound_here: int                 # where the last label was bound
    ntemps: int                     # hidden locals in use (match)
    max_temps: int

    def __init__(self, comp: Compiler, scope: Scope, name: str,
                 qualname: str, firstlineno: int, class_name: str) -> None:
        self.comp = comp
        self.scope = scope
        self.code = W_Code(name, qualname, comp.filename, firstlineno)
        self.instrs = []
        self.pos = []
        self.handler_of = []
        self.handlers_target = []
        self.handlers_depth = []
        self.handler_stack = []
        self.labels = []
        self.label_depth = []
        self.depth = 0
        self.max_depth = 0
        self.fblocks = []
        self.const_keys = {}
        self.name_index = {}
        self.var_index = {}
        self.deref_index = {}
        self.ncaches = 0
        self.line = firstlineno
        self.end_line = firstlineno
        self.col = -1
        self.end_col = -1
        self.class_name = class_name
        self.qualname = qualname
        self.bound_here = -1
        self.ntemps = 0
        self.max_temps = 0
        self.setup_vars()

    # ---------------------------------------------------------- tables

    def setup_vars(self) -> None:
        sc = self.scope
        code = self.code
        if sc.kind == K_FUNCTION:
            for p in sc.params:
                self.add_var(p)
            for name in sc.order:
                if sc.kind_of(name) == SC_LOCAL:
                    self.add_var(name)
        for c in sc.cellvars:
            self.deref_index[c] = len(code.cellvars)
            code.cellvars.append(c)
        for f in sc.freevars:
            self.deref_index[f] = len(code.cellvars) + len(code.freevars)
            code.freevars.append(f)
        for c in code.cellvars:
            idx = -1
            if c in self.var_index and c in sc.params:
                idx = self.var_index[c]
            code.cell_params.append(idx)

    def add_var(self, name: str) -> int:
        if name in self.var_index:
            return self.var_index[name]
        i = len(self.code.varnames)
        self.var_index[name] = i
        self.code.varnames.append(name)
        return i

    def name_idx(self, name: str) -> int:
        if name in self.name_index:
            return self.name_index[name]
        i = len(self.code.names)
        self.name_index[name] = i
        self.code.names.append(name)
        return i

    def cached_name(self, name: str) -> int:
        """A name argument with a fresh inline-cache slot in its high
        bits."""
        c = self.ncaches
        self.ncaches += 1
        return self.name_idx(name) | (c << 16)

    def const_idx(self, w: W_Object, key: str) -> int:
        if key != "" and key in self.const_keys:
            return self.const_keys[key]
        i = len(self.code.consts)
        self.code.consts.append(w)
        if key != "":
            self.const_keys[key] = i
        return i

    def load_const(self, w: W_Object, key: str) -> None:
        self.emit(op.LOAD_CONST, self.const_idx(w, key))

    def load_none(self) -> None:
        self.load_const(W_NONE, "N")

    # ------------------------------------------------------- emission

    def set_loc(self, n: Node) -> None:
        self.line = n.line
        self.end_line = n.end_line
        self.col = n.col
        self.end_col = n.end_col

    def move_to_attr(self, e: Attribute) -> None:
        """An access to e's attribute where e spans lines starts at the
        attribute's name, on e's last line (CPython 3.11's
        update_start_location_to_match_attr): f_lineno and the
        traceback's line and carets of `(obj\n .name)` show `.name`."""
        if e.end_line == self.line:
            return
        self.line = e.end_line
        n = len(e.attr)
        if n <= e.end_col:
            self.col = e.end_col - n
        else:
            self.col = -1
            self.end_col = -1

    def new_label(self) -> int:
        self.labels.append(-1)
        self.label_depth.append(-1)
        return len(self.labels) - 1

    def bind(self, label: int) -> None:
        self.labels[label] = len(self.instrs) // 2
        self.bound_here = len(self.instrs) // 2
        d = self.label_depth[label]
        if d >= 0:
            self.depth = d

    def emit(self, opcode: int, arg: int) -> None:
        self.instrs.append(opcode)
        self.instrs.append(arg)
        self.pos.append(self.line)
        self.pos.append(self.end_line)
        self.pos.append(self.col)
        self.pos.append(self.end_col)
        h = -1
        if len(self.handler_stack) > 0:
            h = self.handler_stack[-1]
        self.handler_of.append(h)
        if op.is_jump(opcode):
            jd = self.depth + op.jump_effect(opcode, arg)
            if self.label_depth[arg] < jd:
                self.label_depth[arg] = jd
        self.depth += op.effect(opcode, arg)
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def emit_at(self, n: Node, opcode: int, arg: int) -> None:
        self.set_loc(n)
        self.emit(opcode, arg)

    def push_handler(self, label: int, depth: int) -> int:
        self.handlers_target.append(label)
        self.handlers_depth.append(depth)
        h = len(self.handlers_target) - 1
        self.handler_stack.append(h)
        # the handler pushes the exception
        if self.label_depth[label] < depth + 1:
            self.label_depth[label] = depth + 1
        if depth + 1 > self.max_depth:
            self.max_depth = depth + 1
        return h

    def pop_handler(self) -> None:
        self.handler_stack.pop()

    def assemble(self) -> W_Code:
        code = self.code
        out: list[int] = []
        i = 0
        while i < len(self.instrs):
            o = self.instrs[i]
            a = self.instrs[i + 1]
            if op.is_jump(o):
                a = self.labels[a] * 2
            elif o == op.INPLACE_OP:
                # as CPython 3.11's NB_INPLACE_*: one opcode for both
                # forms, so the dispatch loop's arm is one test, which
                # keeps the arms after it in the same C switch
                o = op.BINARY_OP
                a += N_BINOPS
            out.append(op.pack(o, a))
            out.append(a)
            i += 2
        fuse_pairs(out)
        code.code = out
        code.positions = self.pos
        self.build_exc_table()
        code.nlocals = len(code.varnames) + self.max_temps
        code.stacksize = self.max_depth + 2
        code.alloc_caches(self.ncaches)
        return code

    def build_exc_table(self) -> None:
        table: list[int] = []
        n = len(self.handler_of)
        i = 0
        while i < n:
            h = self.handler_of[i]
            if h < 0:
                i += 1
                continue
            j = i
            while j < n and self.handler_of[j] == h:
                j += 1
            table.append(i * 2)
            table.append(j * 2)
            table.append(self.labels[self.handlers_target[h]] * 2)
            table.append(self.handlers_depth[h])
            i = j
        self.code.exc_table = table

    # ------------------------------------------------------- names

    def scope_kind(self, name: str) -> int:
        return self.scope.kind_of(name)

    def compile_name(self, name: str, ctx: int, n: Node) -> None:
        name = mangle(self.class_name, name)
        self.set_loc(n)
        sc = self.scope
        k = self.scope_kind(name)
        if k == SC_FREE or k == SC_CELL:
            idx = self.deref_index[name]
            if ctx == CTX_LOAD:
                if sc.kind == K_CLASS:
                    self.emit(op.LOAD_CLASSDEREF, idx)
                else:
                    self.emit(op.LOAD_DEREF, idx)
            elif ctx == CTX_STORE:
                self.emit(op.STORE_DEREF, idx)
            else:
                self.emit(op.DELETE_DEREF, idx)
            return
        if sc.kind == K_FUNCTION and k == SC_LOCAL:
            idx = self.var_index[name]
            if ctx == CTX_LOAD:
                self.emit(op.LOAD_FAST, idx)
            elif ctx == CTX_STORE:
                self.emit(op.STORE_FAST, idx)
            else:
                self.emit(op.DELETE_FAST, idx)
            return
        use_name = (sc.kind == K_CLASS and k != SC_GLOBAL_EXPLICIT) or \
            (sc.kind == K_MODULE and self.comp.name_mode)
        if use_name:
            idx = self.name_idx(name)
            if ctx == CTX_LOAD:
                self.emit(op.LOAD_NAME, idx)
            elif ctx == CTX_STORE:
                self.emit(op.STORE_NAME, idx)
            else:
                self.emit(op.DELETE_NAME, idx)
            return
        if ctx == CTX_LOAD:
            self.emit(op.LOAD_GLOBAL, self.cached_name(name))
        elif ctx == CTX_STORE:
            self.emit(op.STORE_GLOBAL, self.cached_name(name))
        else:
            self.emit(op.DELETE_GLOBAL, self.name_idx(name))

    # ------------------------------------------------------- statements

    def body(self, stmts: list[Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s: Stmt) -> None:
        self.set_loc(s)
        if isinstance(s, ExprStmt):
            self.expr_stmt(s)
        elif isinstance(s, Assign):
            self.assign(s)
        elif isinstance(s, AugAssign):
            self.aug_assign(s)
        elif isinstance(s, If):
            self.if_stmt(s)
        elif isinstance(s, While):
            self.while_stmt(s)
        elif isinstance(s, For):
            self.for_stmt(s)
        elif isinstance(s, Return):
            self.return_stmt(s)
        elif isinstance(s, FunctionDef):
            self.function_def(s)
        elif isinstance(s, ClassDef):
            self.class_def(s)
        elif isinstance(s, Pass):
            pass
        elif isinstance(s, Break):
            self.break_stmt(s)
        elif isinstance(s, Continue):
            self.continue_stmt(s)
        elif isinstance(s, Try):
            self.try_stmt(s)
        elif isinstance(s, With):
            self.with_stmt(s, 0)
        elif isinstance(s, Raise):
            self.raise_stmt(s)
        elif isinstance(s, Assert):
            self.assert_stmt(s)
        elif isinstance(s, Delete):
            for t in s.targets:
                self.delete_target(t)
        elif isinstance(s, AnnAssign):
            self.ann_assign(s)
        elif isinstance(s, Import):
            self.import_stmt(s)
        elif isinstance(s, ImportFrom):
            self.import_from(s)
        elif isinstance(s, Global) or isinstance(s, Nonlocal):
            pass
        elif isinstance(s, Match):
            self.match_stmt(s)
        else:
            raise err("unsupported statement", s)

    def expr_stmt(self, s: ExprStmt) -> None:
        v = s.value
        if isinstance(v, Constant):
            return
        self.expr(v)
        self.set_loc(s)
        self.emit(op.POP_TOP, 0)

    def assign(self, s: Assign) -> None:
        if len(s.targets) == 1 and self.assign_in_place(s.targets[0],
                                                        s.value):
            return
        self.expr(s.value)
        n = len(s.targets)
        i = 0
        for t in s.targets:
            if i < n - 1:
                self.set_loc(s)
                self.emit(op.DUP_TOP, 0)
            self.store_target(t)
            i += 1

    def assign_in_place(self, t: Expr, value: Expr) -> bool:
        """`a, b = x, y` and `a, b, c = x, y, z` (no starred item, a value
        that is not a constant tuple) without the tuple: the values left to
        right, the first brought to the top, the stores left to right.
        CPython 3.11's peephole makes the same of BUILD_TUPLE n followed by
        UNPACK_SEQUENCE n (n <= 3); a swap `a[i], a[j] = a[j], a[i]`
        allocated a tuple and unpacked it (mt_quicksort's partition)."""
        if not isinstance(value, TupleExpr):
            return False
        if isinstance(t, TupleExpr):
            elts = t.elts
        elif isinstance(t, ListExpr):
            elts = t.elts
        else:
            return False
        n = len(elts)
        if n > 3 or n != len(value.elts) or self.has_starred(elts) or \
                self.has_starred(value.elts) or \
                self.const_value(value) is not None:
            return False
        for x in value.elts:
            self.expr(x)
        self.set_loc(t)
        if n == 2:
            self.emit(op.ROT_TWO, 0)
        elif n == 3:
            self.emit(op.SWAP, 3)
        for e in elts:
            self.store_target(e)
        return True

    def store_target(self, t: Expr) -> None:
        if isinstance(t, Name):
            self.compile_name(t.id, CTX_STORE, t)
        elif isinstance(t, Attribute):
            self.expr(t.value)
            self.set_loc(t)
            self.move_to_attr(t)
            self.emit(op.STORE_ATTR,
                      self.cached_name(mangle(self.class_name, t.attr)))
        elif isinstance(t, Subscript):
            self.expr(t.value)
            self.subscript_index(t.index)
            self.emit_at(t, op.STORE_SUBSCR, 0)
        elif isinstance(t, TupleExpr):
            self.unpack(t.elts, t)
        elif isinstance(t, ListExpr):
            self.unpack(t.elts, t)
        elif isinstance(t, Starred):
            raise err("starred assignment target must be in a list or tuple",
                      t)
        else:
            raise err("cannot assign to " + t.kind_name(), t)

    def unpack(self, elts: list[Expr], t: Expr) -> None:
        star = -1
        i = 0
        for e in elts:
            if isinstance(e, Starred):
                if star >= 0:
                    raise err("multiple starred expressions in assignment", t)
                star = i
            i += 1
        self.set_loc(t)
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            if star >= 256 or after >= (1 << 24):
                raise err("too many expressions in star-unpacking assignment",
                          t)
            self.emit(op.UNPACK_EX, star | (after << 8))
        for e in elts:
            if isinstance(e, Starred):
                self.store_target(e.value)
            else:
                self.store_target(e)

    def delete_target(self, t: Expr) -> None:
        if isinstance(t, Name):
            self.compile_name(t.id, CTX_DEL, t)
        elif isinstance(t, Attribute):
            self.expr(t.value)
            self.emit_at(t, op.DELETE_ATTR,
                         self.name_idx(mangle(self.class_name, t.attr)))
        elif isinstance(t, Subscript):
            self.expr(t.value)
            self.subscript_index(t.index)
            self.emit_at(t, op.DELETE_SUBSCR, 0)
        elif isinstance(t, TupleExpr):
            for e in t.elts:
                self.delete_target(e)
        elif isinstance(t, ListExpr):
            for e in t.elts:
                self.delete_target(e)
        else:
            raise err("cannot delete " + t.kind_name(), t)

    def aug_assign(self, s: AugAssign) -> None:
        t = s.target
        if isinstance(t, Name):
            self.compile_name(t.id, CTX_LOAD, t)
            self.expr(s.value)
            self.emit_at(s, op.INPLACE_OP, s.op)
            self.compile_name(t.id, CTX_STORE, t)
        elif isinstance(t, Attribute):
            name = mangle(self.class_name, t.attr)
            v = t.value
            obj = self.reloadable_local(v)
            if obj >= 0 and isinstance(v, Name):
                # `x.a op= v` with x a fast local that nothing in v can
                # rebind: x is loaded again for the store instead of
                # DUP_TOP and ROT_TWO, so both halves fuse with their
                # LOAD_FAST (nbody's `a.vx -= dx * bm`)
                self.compile_name(v.id, CTX_LOAD, v)
                self.emit_at(t, op.LOAD_ATTR, self.cached_name(name))
                self.expr(s.value)
                self.emit_at(s, op.INPLACE_OP, s.op)
                self.emit_at(t, op.LOAD_FAST, obj)
                self.emit_at(t, op.STORE_ATTR, self.cached_name(name))
                return
            self.expr(t.value)
            self.emit_at(t, op.DUP_TOP, 0)
            self.emit(op.LOAD_ATTR, self.cached_name(name))
            self.expr(s.value)
            self.emit_at(s, op.INPLACE_OP, s.op)
            self.emit(op.ROT_TWO, 0)
            self.emit_at(t, op.STORE_ATTR, self.cached_name(name))
        elif isinstance(t, Subscript):
            self.expr(t.value)
            self.subscript_index(t.index)
            self.emit_at(t, op.DUP_TOP_TWO, 0)
            self.emit(op.BINARY_SUBSCR, 0)
            self.expr(s.value)
            self.emit_at(s, op.INPLACE_OP, s.op)
            self.emit(op.ROT_THREE, 0)
            self.emit_at(t, op.STORE_SUBSCR, 0)
        else:
            raise err("'" + t.kind_name() + "' is an illegal expression for "
                      "augmented assignment", t)

    def reloadable_local(self, e: Expr) -> int:
        """The fast-local index of e when it is a function's plain local
        that no assignment expression binds (so evaluating other
        expressions leaves it as it is), else -1."""
        if not isinstance(e, Name) or self.scope.kind != K_FUNCTION:
            return -1
        name = mangle(self.class_name, e.id)
        if self.scope_kind(name) != SC_LOCAL or \
                name in self.scope.walrus_targets:
            return -1
        return self.var_index[name]

    def ann_assign(self, s: AnnAssign) -> None:
        t = s.target
        v = s.value
        if v is not None:
            self.expr(v)
            self.store_target(t)
        elif not isinstance(t, Name):
            # the target's object is still evaluated (CPython checks it)
            if isinstance(t, Attribute):
                self.expr(t.value)
                self.emit(op.POP_TOP, 0)
            elif isinstance(t, Subscript):
                self.expr(t.value)
                self.emit(op.POP_TOP, 0)
                self.subscript_index(t.index)
                self.emit(op.POP_TOP, 0)
        if isinstance(t, Name) and s.simple and self.scope.kind != K_FUNCTION:
            # module and class bodies record the annotation
            if self.comp.future_annotations:
                self.load_const(new_str(annotation_text(s.annotation)), "")
            else:
                self.expr(s.annotation)
            self.set_loc(s)
            self.emit(op.LOAD_NAME if self.scope.kind == K_CLASS
                      else op.LOAD_GLOBAL,
                      self.name_idx("__annotations__")
                      if self.scope.kind == K_CLASS
                      else self.cached_name("__annotations__"))
            self.load_const(new_str(mangle(self.class_name, t.id)), "")
            self.emit(op.STORE_SUBSCR, 0)
        elif self.scope.kind != K_FUNCTION and not self.comp.future_annotations:
            self.expr(s.annotation)
            self.emit(op.POP_TOP, 0)

    def if_stmt(self, s: If) -> None:
        end = self.new_label()
        has_else = len(s.orelse) > 0
        other = self.new_label() if has_else else end
        self.jump_if(s.test, other, False)
        self.body(s.body)
        if has_else:
            if not self.ends_flow():
                self.emit(op.JUMP, end)
            self.bind(other)
            self.body(s.orelse)
        self.bind(end)

    def ends_flow(self) -> bool:
        """The last instruction never falls through, and no jump targets
        the current position."""
        n = len(self.instrs)
        if self.bound_here == n // 2:
            return False
        return n >= 2 and op.is_terminal(self.instrs[n - 2])

    def while_stmt(self, s: While) -> None:
        top = self.new_label()
        exit = self.new_label()
        done = self.new_label()
        self.bind(top)
        self.jump_if(s.test, exit, False)
        fb = FBlock(FB_WHILE, top, done)
        self.fblocks.append(fb)
        self.body(s.body)
        self.fblocks.pop()
        self.set_loc(s)
        self.emit(op.JUMP_BACKWARD, top)
        self.bind(exit)
        self.body(s.orelse)
        self.bind(done)

    def for_stmt(self, s: For) -> None:
        self.expr(s.iter)
        # CPython 3.11 gives GET_ITER the statement's position (no carets
        # under `for x in 5:`); a comprehension's has the comprehension's
        self.set_loc(s)
        self.emit(op.GET_ITER, loop_iter_arg(s.iter))
        top = self.new_label()
        exit = self.new_label()
        done = self.new_label()
        self.bind(top)
        self.set_loc(s)
        self.emit(op.FOR_ITER, exit)
        self.store_target(s.target)
        fb = FBlock(FB_FOR, top, done)
        self.fblocks.append(fb)
        self.body(s.body)
        self.fblocks.pop()
        self.set_loc(s)
        self.emit(op.JUMP_BACKWARD, top)
        self.bind(exit)
        self.body(s.orelse)
        self.bind(done)

    def return_stmt(self, s: Return) -> None:
        if self.scope.kind != K_FUNCTION:
            raise err("'return' outside function", s)
        v = s.value
        if v is not None:
            if self.scope.is_generator and False:
                pass
            self.expr(v)
        else:
            self.load_none()
        self.check_star_exit(len(self.fblocks), v if v is not None else s)
        self.unwind(len(self.fblocks), True)
        self.set_loc(s)
        self.emit(op.RETURN_VALUE, 0)

    def loop_block(self) -> int:
        i = len(self.fblocks) - 1
        while i >= 0:
            k = self.fblocks[i].kind
            if k == FB_WHILE or k == FB_FOR:
                return i
            i -= 1
        return -1

    def break_stmt(self, s: Break) -> None:
        i = self.loop_block()
        if i < 0:
            raise err("'break' outside loop", s)
        fb = self.fblocks[i]
        self.check_star_exit(len(self.fblocks) - i - 1, s)
        self.unwind(len(self.fblocks) - i - 1, False)
        if fb.kind == FB_FOR:
            self.set_loc(s)
            self.emit(op.POP_ITER, 0)
        self.set_loc(s)
        self.emit(op.JUMP, fb.exit)

    def continue_stmt(self, s: Continue) -> None:
        i = self.loop_block()
        if i < 0:
            raise err("'continue' not properly in loop", s)
        fb = self.fblocks[i]
        self.check_star_exit(len(self.fblocks) - i - 1, s)
        self.unwind(len(self.fblocks) - i - 1, False)
        self.set_loc(s)
        self.emit(op.JUMP_BACKWARD, fb.start)

    def unwind(self, count: int, preserve_tos: bool) -> None:
        """Leave the innermost count blocks (for return/break/continue),
        running their exit code.  The blocks are popped while their exit
        code is compiled (a finally body must not protect itself), then
        restored."""
        saved: list[FBlock] = []
        saved_handlers: list[int] = []
        k = 0
        while k < count:
            fb = self.fblocks.pop()
            saved.append(fb)
            self.unwind_one(fb, preserve_tos, saved_handlers)
            k += 1
        while len(saved) > 0:
            self.fblocks.append(saved.pop())
        while len(saved_handlers) > 0:
            self.handler_stack.append(saved_handlers.pop())

    def drop_handler(self, saved: list[int]) -> None:
        if len(self.handler_stack) > 0:
            saved.append(self.handler_stack.pop())

    def unwind_one(self, fb: FBlock, preserve_tos: bool,
                   saved_handlers: list[int]) -> None:
        k = fb.kind
        if k == FB_WHILE:
            return
        if k == FB_FOR:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_ITER, 0)
            return
        if k == FB_TRY_EXCEPT:
            self.drop_handler(saved_handlers)
            return
        if k == FB_FINALLY_TRY:
            self.drop_handler(saved_handlers)
            self.body(fb.finalbody)
            return
        if k == FB_FINALLY_END:
            # stack: prev_exc, exc [, value]
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP, 0)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT, 0)
            self.drop_handler(saved_handlers)
            return
        if k == FB_WITH:
            # stack: exit [, value]
            self.drop_handler(saved_handlers)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.load_none()
            self.load_none()
            self.load_none()
            self.emit(op.CALL_FUNCTION, 3)
            self.emit(op.POP_TOP, 0)
            return
        if k == FB_HANDLER or k == FB_HANDLER_NAMED:
            # stack: prev_exc [, value]; leave the handler's cleanup region
            # (and the name's)
            self.drop_handler(saved_handlers)
            if k == FB_HANDLER_NAMED:
                self.drop_handler(saved_handlers)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT, 0)
            if k == FB_HANDLER_NAMED:
                self.clear_name(fb.name)
            return

    def clear_name(self, name: str) -> None:
        here = Node()
        here.set_pos(self.line, self.col, self.end_line, self.end_col)
        self.load_none()
        self.compile_name(name, CTX_STORE, here)
        self.compile_name(name, CTX_DEL, here)

    def raise_stmt(self, s: Raise) -> None:
        n = 0
        exc = s.exc
        if exc is not None:
            self.expr(exc)
            n = 1
            c = s.cause
            if c is not None:
                self.expr(c)
                n = 2
        self.set_loc(s)
        self.emit(op.RAISE_VARARGS, n)

    def assert_stmt(self, s: Assert) -> None:
        end = self.new_label()
        self.jump_if(s.test, end, True)
        where = raise_position(s)
        self.set_loc(where)
        self.emit(op.LOAD_ASSERTION_ERROR, 0)
        m = s.msg
        if m is not None:
            self.expr(m)
            self.set_loc(where)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.bind(end)

    # --- try / except / finally

    def try_stmt(self, s: Try) -> None:
        if len(s.finalbody) > 0:
            self.try_finally(s)
        else:
            self.try_except(s)

    def try_finally(self, s: Try) -> None:
        end = self.new_label()
        exc_path = self.new_label()
        fb = FBlock(FB_FINALLY_TRY, -1, -1)
        fb.finalbody = s.finalbody
        d = self.depth
        self.push_handler(exc_path, d)
        self.fblocks.append(fb)
        if len(s.handlers) > 0:
            self.try_except(s)
        else:
            self.body(s.body)
        self.fblocks.pop()
        self.pop_handler()
        # normal path
        self.body(s.finalbody)
        self.emit(op.JUMP, end)
        # exception path: [exc]
        self.bind(exc_path)
        cleanup = self.new_label()
        self.push_handler(cleanup, d + 1)
        self.emit(op.PUSH_EXC_INFO, 0)
        fe = FBlock(FB_FINALLY_END, -1, -1)
        self.fblocks.append(fe)
        self.body(s.finalbody)
        self.fblocks.pop()
        self.emit(op.RERAISE, 0)
        self.pop_handler()
        self.bind(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.bind(end)

    def try_except(self, s: Try) -> None:
        if s.star:
            self.try_star(s)
            return
        end = self.new_label()
        handler = self.new_label()
        d = self.depth
        self.push_handler(handler, d)
        self.fblocks.append(FBlock(FB_TRY_EXCEPT, -1, -1))
        self.body(s.body)
        self.fblocks.pop()
        self.pop_handler()
        self.body(s.orelse)
        self.emit(op.JUMP, end)
        # [exc]
        self.bind(handler)
        cleanup = self.new_label()
        self.push_handler(cleanup, d + 1)
        self.emit(op.PUSH_EXC_INFO, 0)
        for h in s.handlers:
            self.set_loc(h)
            nxt = self.new_label()
            t = h.type
            if t is not None:
                self.expr(t)
                self.set_loc(h)
                self.emit(op.CHECK_EXC_MATCH, 0)
                self.emit(op.POP_JUMP_IF_FALSE, nxt)
            elif h is not s.handlers[-1]:
                raise err("default 'except:' must be last", h)
            if h.name != "":
                self.compile_name(h.name, CTX_STORE, h)
                named_cleanup = self.new_label()
                self.push_handler(named_cleanup, d + 1)
                fb = FBlock(FB_HANDLER_NAMED, -1, -1)
                fb.name = h.name
                self.fblocks.append(fb)
                self.body(h.body)
                self.fblocks.pop()
                self.pop_handler()
                self.emit(op.POP_EXCEPT, 0)
                self.clear_name(h.name)
                self.emit(op.JUMP, end)
                # an exception in the body: clear the name, re-raise
                self.bind(named_cleanup)
                self.clear_name(h.name)
                self.emit(op.RERAISE, 0)
            else:
                self.emit(op.POP_TOP, 0)
                self.fblocks.append(FBlock(FB_HANDLER, -1, -1))
                self.body(h.body)
                self.fblocks.pop()
                self.emit(op.POP_EXCEPT, 0)
                self.emit(op.JUMP, end)
            self.bind(nxt)
        # no handler matched: [prev, exc]
        self.emit(op.RERAISE, 0)
        self.pop_handler()
        self.bind(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.bind(end)

    def try_star(self, s: Try) -> None:
        """try/except*: the exception (a group, or a naked exception seen
        as a group of one) is split clause by clause (CHECK_EG_MATCH
        keeps the rest in a hidden local); what handlers raise is
        collected in a list, and PREP_RERAISE_STAR computes what the
        statement finally raises (or None), as CPython."""
        end = self.new_label()
        handler = self.new_label()
        d = self.depth
        self.push_handler(handler, d)
        self.fblocks.append(FBlock(FB_TRY_EXCEPT, -1, -1))
        self.body(s.body)
        self.fblocks.pop()
        self.pop_handler()
        self.body(s.orelse)
        self.emit(op.JUMP, end)
        saved = self.ntemps
        orig = self.new_temp()
        rest = self.new_temp()
        raised = self.new_temp()
        # [exc]
        self.bind(handler)
        cleanup = self.new_label()
        self.push_handler(cleanup, d + 1)
        self.set_loc(s.handlers[0])
        self.emit(op.PUSH_EXC_INFO, 0)
        self.emit(op.COPY, 1)
        self.emit(op.STORE_FAST, orig)
        self.emit(op.STORE_FAST, rest)
        self.emit(op.BUILD_LIST, 0)
        self.emit(op.STORE_FAST, raised)
        for h in s.handlers:
            self.star_clause(h, rest, raised, d)
        # [prev]
        self.set_loc(s.handlers[-1])
        self.emit(op.LOAD_FAST, raised)
        self.emit(op.LOAD_FAST, rest)
        self.emit(op.LIST_APPEND, 1)
        self.emit(op.POP_TOP, 0)
        self.emit(op.LOAD_FAST, orig)
        self.emit(op.LOAD_FAST, raised)
        self.emit(op.PREP_RERAISE_STAR, 0)
        nothing = self.new_label()
        self.emit(op.COPY, 1)
        self.emit(op.POP_JUMP_IF_NONE, nothing)
        self.emit(op.RERAISE, 0)
        self.bind(nothing)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.JUMP, end)
        self.pop_handler()
        self.bind(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.bind(end)
        self.ntemps = saved

    def star_clause(self, h: ExceptHandler, rest: int, raised: int,
                    d: int) -> None:
        """One except* clause; the stack holds [prev] around it."""
        nxt = self.new_label()
        no_match = self.new_label()
        t = h.type
        assert t is not None
        self.emit(op.LOAD_FAST, rest)
        self.expr(t)
        self.set_loc(h)
        self.emit(op.CHECK_EG_MATCH, 0)
        # [prev, rest, match]
        self.emit(op.SWAP, 2)
        self.emit(op.STORE_FAST, rest)
        self.emit(op.COPY, 1)
        self.emit(op.POP_JUMP_IF_NONE, no_match)
        if h.name != "":
            self.compile_name(h.name, CTX_STORE, h)
        else:
            self.emit(op.POP_TOP, 0)
        body_exc = self.new_label()
        self.push_handler(body_exc, d + 1)
        self.fblocks.append(FBlock(FB_HANDLER_STAR, -1, -1))
        self.body(h.body)
        self.fblocks.pop()
        self.pop_handler()
        if h.name != "":
            self.clear_name(h.name)
        self.emit(op.JUMP, nxt)
        # [prev, raised exc]: collect it, go on with the next clause
        self.bind(body_exc)
        self.set_loc(h)
        self.emit(op.LOAD_FAST, raised)
        self.emit(op.SWAP, 2)
        self.emit(op.LIST_APPEND, 1)
        self.emit(op.POP_TOP, 0)
        if h.name != "":
            self.clear_name(h.name)
        self.emit(op.JUMP, nxt)
        self.bind(no_match)
        self.emit(op.POP_TOP, 0)
        self.bind(nxt)

    def check_star_exit(self, count: int, n: Node) -> None:
        i = len(self.fblocks) - count
        while i < len(self.fblocks):
            if self.fblocks[i].kind == FB_HANDLER_STAR:
                raise err("'break', 'continue' and 'return' cannot appear "
                          "in an except* block", n)
            i += 1

    # --- with

    def with_stmt(self, s: With, item: int) -> None:
        if item >= len(s.items):
            self.body(s.body)
            return
        it = s.items[item]
        self.expr(it.context_expr)
        # the statement's place, as CPython's: an error in __enter__ shows
        # the `with` line(s) without carets
        self.set_loc(s)
        self.emit(op.BEFORE_WITH, 0)
        d = self.depth - 2          # [exit, value]: the exit stays below
        exc_path = self.new_label()
        end = self.new_label()
        self.push_handler(exc_path, d + 1)
        self.fblocks.append(FBlock(FB_WITH, -1, -1))
        ov = it.optional_vars
        if ov is not None:
            self.store_target(ov)
        else:
            self.emit(op.POP_TOP, 0)
        self.with_stmt(s, item + 1)
        self.fblocks.pop()
        self.pop_handler()
        self.set_loc(s)
        self.load_none()
        self.load_none()
        self.load_none()
        self.emit(op.CALL_FUNCTION, 3)
        self.emit(op.POP_TOP, 0)
        self.emit(op.JUMP, end)
        # [exit, exc]
        self.bind(exc_path)
        cleanup = self.new_label()
        self.push_handler(cleanup, d + 2)
        self.emit(op.PUSH_EXC_INFO, 0)
        self.emit(op.WITH_EXCEPT_START, 0)
        suppress = self.new_label()
        self.emit(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE, 0)
        self.bind(suppress)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.POP_TOP, 0)
        self.emit(op.JUMP, end)
        self.pop_handler()
        self.bind(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.bind(end)

    # --- imports

    # ------------------------------------------------------- match

    def new_temp(self) -> int:
        """A hidden fast local (after the named ones: invisible to
        locals() and co_varnames) holding a value being matched."""
        i = len(self.code.varnames) + self.ntemps
        self.ntemps += 1
        if self.ntemps > self.max_temps:
            self.max_temps = self.ntemps
        return i

    def match_stmt(self, s: Match) -> None:
        """Every value a pattern looks at is kept in a hidden local, so a
        failed check jumps to the next case with an empty stack; the
        captures go to hidden locals too, and are stored into their names
        only when the whole pattern matched (as CPython)."""
        saved = self.ntemps
        self.expr(s.subject)
        subj = self.new_temp()
        self.emit(op.STORE_FAST, subj)
        end = self.new_label()
        n = len(s.cases)
        i = 0
        for c in s.cases:
            pc = PatternState(c.guard is not None or i == n - 1)
            nxt = self.new_label()
            self.pattern(c.pattern, subj, nxt, pc)
            for name in pc.names:
                self.set_loc(c.pattern)
                self.emit(op.LOAD_FAST, pc.temps[name])
                self.compile_name(name, CTX_STORE, c.pattern)
            g = c.guard
            if g is not None:
                self.jump_if(g, nxt, False)
            self.body(c.body)
            if not self.ends_flow():
                self.set_loc(c.pattern)
                self.emit(op.JUMP, end)
            self.bind(nxt)
            i += 1
        self.bind(end)
        self.ntemps = saved

    def pattern(self, p: Pattern, subj: int, fail: int,
                pc: PatternState) -> None:
        """Match the value in local subj against p: fall through on
        success, jump to fail (stack as on entry) otherwise."""
        pc.loc = p
        self.set_loc(p)
        if isinstance(p, MatchValue):
            self.emit(op.LOAD_FAST, subj)
            self.expr(p.value)
            self.set_loc(p)
            self.emit(op.COMPARE_OP, CMP_EQ)
            self.emit(op.POP_JUMP_IF_FALSE, fail)
        elif isinstance(p, MatchSingleton):
            self.emit(op.LOAD_FAST, subj)
            self.load_const(W_NONE if p.kind == K_NONE else
                            (W_TRUE if p.kind == K_TRUE else W_FALSE),
                            "N" if p.kind == K_NONE else
                            ("T" if p.kind == K_TRUE else "F"))
            self.emit(op.IS_OP, 0)
            self.emit(op.POP_JUMP_IF_FALSE, fail)
        elif isinstance(p, MatchAs):
            self.pattern_as(p, subj, fail, pc)
        elif isinstance(p, MatchStar):
            self.pattern_store(p.name, subj, pc)
        elif isinstance(p, MatchOr):
            self.pattern_or(p, subj, fail, pc)
        elif isinstance(p, MatchSequence):
            self.pattern_sequence(p, subj, fail, pc)
        elif isinstance(p, MatchMapping):
            self.pattern_mapping(p, subj, fail, pc)
        elif isinstance(p, MatchClass):
            self.pattern_class(p, subj, fail, pc)

    def pattern_as(self, p: MatchAs, subj: int, fail: int,
                   pc: PatternState) -> None:
        sub = p.pattern
        if sub is None:
            if not pc.allow_irrefutable:
                if p.name == "":
                    raise err("wildcard makes remaining patterns "
                              "unreachable", p)
                raise err("name capture '" + p.name + "' makes remaining "
                          "patterns unreachable", p)
            self.pattern_store(p.name, subj, pc)
            return
        self.pattern(sub, subj, fail, pc)
        self.pattern_store(p.name, subj, pc)

    def pattern_store(self, name: str, subj: int, pc: PatternState) -> None:
        if name == "":
            return
        if name in pc.names:
            raise err("multiple assignments to name '" + name
                      + "' in pattern", pc.loc)
        pc.names.append(name)
        if name not in pc.temps:
            pc.temps[name] = self.new_temp()
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.STORE_FAST, pc.temps[name])

    def subpattern(self, p: Pattern, subj: int, fail: int,
                   pc: PatternState) -> None:
        """Sub-patterns may be irrefutable whatever their case is."""
        allow = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.pattern(p, subj, fail, pc)
        pc.allow_irrefutable = allow

    def pattern_or(self, p: MatchOr, subj: int, fail: int,
                   pc: PatternState) -> None:
        success = self.new_label()
        before = list(pc.names)
        allow = pc.allow_irrefutable
        control: list[str] | None = None
        n = len(p.patterns)
        i = 0
        for alt in p.patterns:
            pc.names = list(before)
            pc.allow_irrefutable = allow and i == n - 1
            nxt = self.new_label()
            self.pattern(alt, subj, nxt, pc)
            bound = pc.names[len(before):]
            if control is None:
                control = bound
            elif sorted(bound) != sorted(control):
                raise err("alternative patterns bind different names",
                          pc.loc)
            self.emit(op.JUMP, success)
            self.bind(nxt)
            i += 1
        self.set_loc(p)
        self.emit(op.JUMP, fail)
        self.bind(success)
        pc.allow_irrefutable = allow
        pc.names = before
        if control is not None:
            pc.names.extend(control)

    def check_len(self, subj: int, n: int, cmp: int, fail: int) -> None:
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.GET_LEN, 0)
        self.load_const(new_int(n), "i" + str(n))
        self.emit(op.COMPARE_OP, cmp)
        self.emit(op.POP_JUMP_IF_FALSE, fail)

    def store_temps(self, n: int) -> list[int]:
        """n values on the stack (the first on top) into fresh locals."""
        temps: list[int] = []
        i = 0
        while i < n:
            t = self.new_temp()
            self.emit(op.STORE_FAST, t)
            temps.append(t)
            i += 1
        return temps

    def pattern_sequence(self, p: MatchSequence, subj: int, fail: int,
                         pc: PatternState) -> None:
        star = -1
        only_wildcard = True
        i = 0
        for q in p.patterns:
            if isinstance(q, MatchStar):
                if star >= 0:
                    raise err("multiple starred names in sequence pattern",
                              p)
                star = i
            if not is_wildcard(q):
                only_wildcard = False
            i += 1
        size = len(p.patterns)
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.MATCH_SEQUENCE, 0)
        self.emit(op.POP_JUMP_IF_FALSE, fail)
        if star < 0:
            self.check_len(subj, size, CMP_EQ, fail)
        else:
            self.check_len(subj, size - 1, CMP_GE, fail)
        if only_wildcard:
            return
        star_wildcard = star >= 0 and is_wildcard(p.patterns[star])
        if star_wildcard:
            self.sequence_subscr(p, subj, fail, pc, star)
            return
        self.emit(op.LOAD_FAST, subj)
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, size)
        else:
            self.emit(op.UNPACK_EX, star | ((size - star - 1) << 8))
        temps = self.store_temps(size)
        i = 0
        for q2 in p.patterns:
            self.subpattern(q2, temps[i], fail, pc)
            i += 1

    def sequence_subscr(self, p: MatchSequence, subj: int, fail: int,
                        pc: PatternState, star: int) -> None:
        """[a, *_, b]: the items by index, the star's never built."""
        size = len(p.patterns)
        i = 0
        for q in p.patterns:
            if not is_wildcard(q):
                idx = i if i < star else i - size
                self.emit(op.LOAD_FAST, subj)
                self.load_const(new_int(idx), "i" + str(idx))
                self.emit(op.BINARY_SUBSCR, 0)
                t = self.new_temp()
                self.emit(op.STORE_FAST, t)
                self.subpattern(q, t, fail, pc)
                self.set_loc(p)
            i += 1

    def pattern_mapping(self, p: MatchMapping, subj: int, fail: int,
                        pc: PatternState) -> None:
        size = len(p.keys)
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.MATCH_MAPPING, 0)
        self.emit(op.POP_JUMP_IF_FALSE, fail)
        if size == 0 and p.rest == "":
            return
        if size > 0:
            self.check_len(subj, size, CMP_GE, fail)
        self.check_mapping_keys(p)
        for k in p.keys:
            self.expr(k)
        self.set_loc(p)
        self.emit(op.BUILD_TUPLE, size)
        keys = self.new_temp()
        self.emit(op.STORE_FAST, keys)
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.LOAD_FAST, keys)
        self.emit(op.MATCH_KEYS, 0)
        values = self.new_temp()
        self.emit(op.STORE_FAST, values)
        self.emit(op.LOAD_FAST, values)
        self.emit(op.POP_JUMP_IF_NONE, fail)
        self.emit(op.LOAD_FAST, values)
        self.emit(op.UNPACK_SEQUENCE, size)
        temps = self.store_temps(size)
        i = 0
        for q in p.patterns:
            self.subpattern(q, temps[i], fail, pc)
            i += 1
        if p.rest != "":
            self.set_loc(p)
            self.mapping_rest(p, subj, keys, pc)

    def check_mapping_keys(self, p: MatchMapping) -> None:
        """Keys are literals or values; equal literal keys are an error."""
        seen: list[W_Object] = []
        for k in p.keys:
            w = self.const_value(k)
            if w is None and isinstance(k, Constant):
                w = self.constant_object(k)
            if w is None:
                if not isinstance(k, Attribute):
                    raise err("mapping pattern keys may only match literals "
                              "and attribute lookups", k)
                continue
            for w_old in seen:
                if const_equal(w_old, w):
                    raise err("mapping pattern checks duplicate key ("
                              + w.repr_str(FOLD_EC) + ")", p)
            seen.append(w)

    def mapping_rest(self, p: MatchMapping, subj: int, keys: int,
                     pc: PatternState) -> None:
        """rest = dict(subject) without the keys, as CPython builds it."""
        self.emit(op.BUILD_MAP, 0)
        self.emit(op.LOAD_FAST, subj)
        self.emit(op.DICT_UPDATE, 1)
        rest = self.new_temp()
        self.emit(op.STORE_FAST, rest)
        i = 0
        while i < len(p.keys):
            self.emit(op.LOAD_FAST, rest)
            self.emit(op.LOAD_FAST, keys)
            self.load_const(new_int(i), "i" + str(i))
            self.emit(op.BINARY_SUBSCR, 0)
            self.emit(op.DELETE_SUBSCR, 0)
            i += 1
        self.pattern_store(p.rest, rest, pc)

    def pattern_class(self, p: MatchClass, subj: int, fail: int,
                      pc: PatternState) -> None:
        i = 0
        for name in p.kwd_attrs:
            if name in p.kwd_attrs[:i]:
                pc.loc = p.kwd_patterns[i]
                raise err("attribute name repeated in class pattern: "
                          + name, p.kwd_patterns[i])
            i += 1
        self.emit(op.LOAD_FAST, subj)
        self.expr(p.cls)
        names: list[W_Object] = []
        for name2 in p.kwd_attrs:
            names.append(new_str(name2))
        self.load_const(W_Tuple(names), "")
        self.set_loc(p)
        self.emit(op.MATCH_CLASS, len(p.patterns))
        attrs = self.new_temp()
        self.emit(op.STORE_FAST, attrs)
        self.emit(op.LOAD_FAST, attrs)
        self.emit(op.POP_JUMP_IF_NONE, fail)
        n = len(p.patterns) + len(p.kwd_patterns)
        if n == 0:
            return
        self.emit(op.LOAD_FAST, attrs)
        self.emit(op.UNPACK_SEQUENCE, n)
        temps = self.store_temps(n)
        subs = list(p.patterns)
        subs.extend(p.kwd_patterns)
        i = 0
        for q in subs:
            self.subpattern(q, temps[i], fail, pc)
            i += 1

    def import_stmt(self, s: Import) -> None:
        for a in s.names:
            self.set_loc(s)
            self.load_const(new_int(0), "i0")
            self.load_none()
            self.emit(op.IMPORT_NAME, self.name_idx(a.name))
            if a.asname != "":
                parts = a.name.split(".")
                i = 1
                while i < len(parts):
                    self.emit(op.IMPORT_FROM, self.name_idx(parts[i]))
                    self.emit(op.SWAP, 2)
                    self.emit(op.POP_TOP, 0)
                    i += 1
                self.compile_name(a.asname, CTX_STORE, s)
            else:
                self.compile_name(a.name.split(".")[0], CTX_STORE, s)

    def import_from(self, s: ImportFrom) -> None:
        if s.module == "__future__" and s.line > self.comp.future_line:
            raise err("from __future__ imports must occur at the beginning "
                      "of the file", s)
        self.load_const(new_int(s.level), "i" + str(s.level))
        names: list[W_Object] = []
        for a in s.names:
            names.append(new_str(a.name))
        self.load_const(W_Tuple(names), "")
        self.emit(op.IMPORT_NAME, self.name_idx(s.module))
        if len(s.names) == 1 and s.names[0].name == "*":
            self.emit(op.IMPORT_STAR, 0)
            return
        for a in s.names:
            self.emit(op.IMPORT_FROM, self.name_idx(a.name))
            self.compile_name(a.asname if a.asname != "" else a.name,
                              CTX_STORE, s)
        self.emit(op.POP_TOP, 0)

    # ----------------------------------------------------- definitions

    def child_qualname(self, name: str) -> str:
        sc = self.scope
        if sc.kind == K_MODULE:
            return name
        if sc.kind == K_CLASS:
            return self.qualname + "." + name
        return self.qualname + ".<locals>." + name

    def make_closure(self, child: W_Code, flags: int, n: Node) -> None:
        if len(child.freevars) > 0:
            for name in child.freevars:
                self.emit(op.LOAD_CLOSURE, self.closure_index(name, n))
            self.emit(op.BUILD_TUPLE, len(child.freevars))
            flags |= op.MF_CLOSURE
        self.load_const(child, "")
        self.emit(op.MAKE_FUNCTION, flags)

    def closure_index(self, name: str, n: Node) -> int:
        if name in self.deref_index:
            return self.deref_index[name]
        raise err("internal error: no cell for '" + name + "'", n)

    def defaults(self, a: Arguments) -> int:
        flags = 0
        if len(a.defaults) > 0:
            for d in a.defaults:
                self.expr(d)
            self.emit(op.BUILD_TUPLE, len(a.defaults))
            flags |= op.MF_DEFAULTS
        nkw = 0
        i = 0
        for kd in a.kw_defaults:
            if kd is not None:
                self.load_const(new_str(mangle(self.class_name,
                                               a.kwonly[i].name)), "")
                self.expr(kd)
                nkw += 1
            i += 1
        if nkw > 0:
            self.emit(op.BUILD_MAP, nkw)
            flags |= op.MF_KWDEFAULTS
        return flags

    def annotations(self, a: Arguments, returns: Expr | None) -> int:
        n = 0
        for arg in a.all_names():
            ann = arg.annotation
            if ann is not None:
                self.load_const(new_str(mangle(self.class_name, arg.name)), "")
                self.annotation_value(ann)
                n += 1
        if returns is not None:
            self.load_const(new_str("return"), "")
            self.annotation_value(returns)
            n += 1
        if n == 0:
            return 0
        self.emit(op.BUILD_MAP, n)
        return op.MF_ANNOTATIONS

    def annotation_value(self, ann: Expr) -> None:
        if self.comp.future_annotations:
            self.load_const(new_str(annotation_text(ann)), "")
        else:
            self.expr(ann)

    def function_def(self, s: FunctionDef) -> None:
        for d in s.decorators:
            self.expr(d)
        self.set_loc(s)
        flags = self.defaults(s.args)
        flags |= self.annotations(s.args, s.returns)
        child = self.compile_function_body(s.name, s, s.args, s.body, None)
        self.set_loc(s)
        self.make_closure(child, flags, s)
        self.apply_decorators(s.decorators)
        self.compile_name(s.name, CTX_STORE, s)

    def apply_decorators(self, decorators: list[Expr]) -> None:
        """The calls of the decorators, the last written first, each at its
        decorator's position (CPython 3.11: an error shows the `@` line)."""
        i = len(decorators) - 1
        while i >= 0:
            self.set_loc(decorators[i])
            self.emit(op.CALL_FUNCTION, 1)
            i -= 1

    def compile_function_body(self, name: str, node: Node, args: Arguments,
                              body: list[Stmt], expr_body: Expr | None) -> W_Code:
        sc = self.comp.scopes[node]
        g = CodeGen(self.comp, sc, name, self.child_qualname(name), node.line,
                    self.class_name)
        code = g.code
        code.argcount = len(args.posonly) + len(args.args)
        code.posonlyargcount = len(args.posonly)
        code.kwonlyargcount = len(args.kwonly)
        if args.vararg is not None:
            code.flags |= CO_VARARGS
        if args.kwarg is not None:
            code.flags |= CO_VARKEYWORDS
        if sc.is_generator:
            code.flags |= CO_GENERATOR
        if self.scope.kind == K_FUNCTION:
            code.flags |= CO_NESTED
        if code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 and \
                code.kwonlyargcount == 0:
            simple = True
            for c in code.cell_params:
                if c >= 0:
                    simple = False
            if simple:
                code.flags |= CO_SIMPLE_ARGS
        if expr_body is not None:
            g.expr(expr_body)
            g.set_loc(expr_body)
            g.emit(op.RETURN_VALUE, 0)
        else:
            doc = docstring_of(body)
            if doc is not None:
                code.w_doc = new_str(doc)
            g.body(body)
            if not g.ends_flow():
                g.load_none()
                g.emit(op.RETURN_VALUE, 0)
        return g.assemble()

    def class_def(self, s: ClassDef) -> None:
        for d in s.decorators:
            self.expr(d)
        self.set_loc(s)
        self.emit(op.LOAD_BUILD_CLASS, 0)
        sc = self.comp.scopes[s]
        g = CodeGen(self.comp, sc, s.name, self.child_qualname(s.name),
                    s.line, s.name)
        g.set_loc(s)
        g.compile_name("__name__", CTX_LOAD, s)
        g.compile_name("__module__", CTX_STORE, s)
        g.load_const(new_str(g.qualname), "")
        g.compile_name("__qualname__", CTX_STORE, s)
        doc = docstring_of(s.body)
        if doc is not None:
            g.load_const(new_str(doc), "")
            g.compile_name("__doc__", CTX_STORE, s)
        if has_annotations(s.body):
            g.emit(op.SETUP_ANNOTATIONS, 0)
        g.body(s.body)
        g.set_loc(s)
        if sc.needs_class_cell:
            g.emit(op.LOAD_CLOSURE, g.deref_index["__class__"])
            g.emit(op.DUP_TOP, 0)
            g.compile_name("__classcell__", CTX_STORE, s)
        else:
            g.load_none()
        g.emit(op.RETURN_VALUE, 0)
        child = g.assemble()
        self.set_loc(s)
        self.make_closure(child, 0, s)
        self.load_const(new_str(s.name), "")
        nargs = len(s.bases) + 2
        for b in s.bases:
            self.expr(b)
        self.set_loc(s)
        self.call_tail_keywords(s.keywords, nargs, False, s)
        self.apply_decorators(s.decorators)
        self.compile_name(s.name, CTX_STORE, s)

    # ------------------------------------------------------ expressions

    def expr(self, e: Expr) -> None:
        if isinstance(e, Name):
            self.compile_name(e.id, CTX_LOAD, e)
        elif isinstance(e, Constant):
            self.constant(e)
        elif isinstance(e, Attribute):
            self.expr(e.value)
            self.set_loc(e)
            self.move_to_attr(e)
            self.emit(op.LOAD_ATTR,
                      self.cached_name(mangle(self.class_name, e.attr)))
        elif isinstance(e, Call):
            self.call(e)
        elif isinstance(e, BinOp):
            self.binop(e)
        elif isinstance(e, Compare):
            self.compare(e)
        elif isinstance(e, Subscript):
            self.expr(e.value)
            self.subscript_index(e.index)
            self.emit_at(e, op.BINARY_SUBSCR, 0)
        elif isinstance(e, UnaryOp):
            self.unaryop(e)
        elif isinstance(e, BoolOp):
            self.boolop(e)
        elif isinstance(e, TupleExpr):
            self.tuple_display(e)
        elif isinstance(e, ListExpr):
            self.sequence_display(e.elts, e, op.BUILD_LIST)
        elif isinstance(e, SetExpr):
            self.sequence_display(e.elts, e, op.BUILD_SET)
        elif isinstance(e, DictExpr):
            self.dict_display(e)
        elif isinstance(e, IfExp):
            self.ifexp(e)
        elif isinstance(e, JoinedStr):
            self.joined_str(e)
        elif isinstance(e, FormattedValue):
            self.formatted_value(e)
            self.emit(op.BUILD_STRING, 1)
        elif isinstance(e, Comp):
            self.comprehension(e)
        elif isinstance(e, Lambda):
            self.lambda_expr(e)
        elif isinstance(e, NamedExpr):
            self.expr(e.value)
            self.emit_at(e, op.DUP_TOP, 0)
            self.compile_name(e.target.id, CTX_STORE, e.target)
        elif isinstance(e, Yield):
            self.yield_expr(e)
        elif isinstance(e, YieldFrom):
            self.yield_from(e)
        elif isinstance(e, Starred):
            raise err("can't use starred expression here", e)
        elif isinstance(e, Slice):
            self.slice(e)
        elif isinstance(e, Await):
            raise err("'await' outside async function", e)
        else:
            raise err("unsupported expression", e)

    def constant(self, e: Constant) -> None:
        self.set_loc(e)
        k = e.kind
        if k == K_NONE:
            self.load_none()
        elif k == K_TRUE:
            self.load_const(W_TRUE, "T")
        elif k == K_FALSE:
            self.load_const(W_FALSE, "F")
        elif k == K_ELLIPSIS:
            self.load_const(W_ELLIPSIS, "E")
        elif k == K_INT:
            self.load_const(new_int(e.ival), "i" + str(e.ival))
        elif k == K_FLOAT:
            self.load_const(W_Float(e.fval), "f" + repr(e.fval))
        elif k == K_STR:
            self.load_const(new_str(e.sval), "s" + e.sval)
        else:
            self.load_const(constants.make_constant(e), "")

    def constant_object(self, e: Constant) -> W_Object:
        return constants.make_constant(e)

    def const_value(self, e: Expr) -> W_Object | None:
        """The value of a constant expression, folded as CPython's AST
        optimizer does (numbers, strings, tuples, unary and binary
        operators within its size limits), or None."""
        if isinstance(e, UnaryOp):
            return fold_unary(e.op, self.const_value(e.operand))
        if isinstance(e, BinOp):
            return fold_binary(e.op, self.const_value(e.left),
                               self.const_value(e.right))
        if isinstance(e, Constant):
            k = e.kind
            if k == K_NONE:
                return W_NONE
            if k == K_TRUE:
                return W_TRUE
            if k == K_FALSE:
                return W_FALSE
            if k == K_INT:
                return new_int(e.ival)
            if k == K_FLOAT:
                return W_Float(e.fval)
            if k == K_STR:
                return new_str(e.sval)
            return None
        if isinstance(e, TupleExpr):
            items: list[W_Object] = []
            for x in e.elts:
                v = self.const_value(x)
                if v is None:
                    return None
                items.append(v)
            return W_Tuple(items)
        return None

    def binop(self, e: BinOp) -> None:
        w = self.const_value(e)
        if w is not None:
            self.set_loc(e)
            self.load_const(w, "")
            return
        self.expr(e.left)
        self.expr(e.right)
        self.emit_at(e, op.BINARY_OP, e.op)

    def unaryop(self, e: UnaryOp) -> None:
        o = e.operand
        if e.op == UNARY_MINUS and isinstance(o, Constant):
            if o.kind == K_INT:
                self.set_loc(e)
                v = -o.ival
                self.load_const(new_int(v), "i" + str(v))
                return
            if o.kind == K_FLOAT:
                self.set_loc(e)
                f = -o.fval
                self.load_const(W_Float(f), "f" + repr(f))
                return
        self.expr(o)
        self.set_loc(e)
        if e.op == UNARY_NOT:
            self.emit(op.UNARY_NOT, 0)
        elif e.op == UNARY_MINUS:
            self.emit(op.UNARY_NEGATIVE, 0)
        elif e.op == UNARY_PLUS:
            self.emit(op.UNARY_POSITIVE, 0)
        else:
            self.emit(op.UNARY_INVERT, 0)

    def compare_one(self, cmp: int, n: Node) -> None:
        self.set_loc(n)
        if cmp == CMP_IS:
            self.emit(op.IS_OP, 0)
        elif cmp == CMP_IS_NOT:
            self.emit(op.IS_OP, 1)
        elif cmp == CMP_IN:
            self.emit(op.CONTAINS_OP, 0)
        elif cmp == CMP_NOT_IN:
            self.emit(op.CONTAINS_OP, 1)
        else:
            self.emit(op.COMPARE_OP, cmp)

    def compare(self, e: Compare) -> None:
        self.expr(e.left)
        n = len(e.ops)
        if n == 1:
            self.expr(e.comparators[0])
            self.compare_one(e.ops[0], e)
            return
        cleanup = self.new_label()
        end = self.new_label()
        i = 0
        while i < n - 1:
            self.expr(e.comparators[i])
            self.set_loc(e)
            self.emit(op.DUP_TOP, 0)
            self.emit(op.ROT_THREE, 0)
            self.compare_one(e.ops[i], e)
            self.emit(op.JUMP_IF_FALSE_OR_POP, cleanup)
            i += 1
        self.expr(e.comparators[n - 1])
        self.compare_one(e.ops[n - 1], e)
        self.emit(op.JUMP, end)
        self.bind(cleanup)
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_TOP, 0)
        self.bind(end)

    def boolop(self, e: BoolOp) -> None:
        end = self.new_label()
        jump = op.JUMP_IF_FALSE_OR_POP if e.op == BOOL_AND \
            else op.JUMP_IF_TRUE_OR_POP
        n = len(e.values)
        i = 0
        for v in e.values:
            self.expr(v)
            if i < n - 1:
                self.set_loc(e)
                self.emit(jump, end)
            i += 1
        self.bind(end)

    def jump_if(self, e: Expr, label: int, cond: bool) -> None:
        """Jump to label if e's truth equals cond (e is consumed)."""
        if isinstance(e, UnaryOp) and e.op == UNARY_NOT:
            self.jump_if(e.operand, label, not cond)
            return
        if isinstance(e, BoolOp):
            is_and = e.op == BOOL_AND
            if is_and != cond:
                # 'and' jumping on false / 'or' jumping on true: any operand
                for v in e.values:
                    self.jump_if(v, label, cond)
                return
            skip = self.new_label()
            n = len(e.values)
            i = 0
            for v in e.values:
                if i < n - 1:
                    self.jump_if(v, skip, not cond)
                else:
                    self.jump_if(v, label, cond)
                i += 1
            self.bind(skip)
            return
        if isinstance(e, Compare) and len(e.ops) == 1 and \
                (e.ops[0] == CMP_IS or e.ops[0] == CMP_IS_NOT):
            r = e.comparators[0]
            if isinstance(r, Constant) and r.kind == K_NONE:
                self.expr(e.left)
                self.set_loc(e)
                is_none = e.ops[0] == CMP_IS
                if is_none == cond:
                    self.emit(op.POP_JUMP_IF_NONE, label)
                else:
                    self.emit(op.POP_JUMP_IF_NOT_NONE, label)
                return
        self.expr(e)
        self.set_loc(e)
        self.emit(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, label)

    def ifexp(self, e: IfExp) -> None:
        other = self.new_label()
        end = self.new_label()
        self.jump_if(e.test, other, False)
        self.expr(e.body)
        self.emit(op.JUMP, end)
        self.bind(other)
        self.expr(e.orelse)
        self.bind(end)

    def has_starred(self, elts: list[Expr]) -> bool:
        for x in elts:
            if isinstance(x, Starred):
                return True
        return False

    def tuple_display(self, e: TupleExpr) -> None:
        w = self.const_value(e)
        if w is not None:
            self.set_loc(e)
            self.load_const(w, "")
            return
        if not self.has_starred(e.elts):
            for x in e.elts:
                self.expr(x)
            self.emit_at(e, op.BUILD_TUPLE, len(e.elts))
            return
        self.sequence_display(e.elts, e, op.BUILD_LIST)
        self.emit_at(e, op.LIST_TO_TUPLE, 0)

    def sequence_display(self, elts: list[Expr], e: Expr, build: int) -> None:
        if build == op.BUILD_SET and len(elts) > 2:
            items: list[W_Object] = []
            for x in elts:
                v = self.const_value(x)
                if v is None:
                    break
                items.append(v)
            if len(items) == len(elts):
                w_fs = constants.FROZENSET_CONST[0](items)
                if w_fs is not None:
                    self.emit_at(e, op.BUILD_SET, 0)
                    self.load_const(w_fs, "")
                    self.emit(op.SET_UPDATE, 1)
                    return
        if not self.has_starred(elts):
            for x in elts:
                self.expr(x)
            self.emit_at(e, build, len(elts))
            return
        is_set = build == op.BUILD_SET
        n = 0
        started = False
        for x in elts:
            if isinstance(x, Starred):
                if not started:
                    self.emit_at(e, build, n)
                    started = True
                self.expr(x.value)
                self.emit_at(e, op.SET_UPDATE if is_set else op.LIST_EXTEND, 1)
            else:
                self.expr(x)
                if started:
                    self.emit_at(e, op.SET_ADD if is_set else op.LIST_APPEND, 1)
                else:
                    n += 1
        if not started:
            self.emit_at(e, build, n)

    def dict_display(self, e: DictExpr) -> None:
        n = 0
        started = False
        i = 0
        for k in e.keys:
            v = e.values[i]
            if k is None:
                if not started:
                    self.emit_at(e, op.BUILD_MAP, n)
                    started = True
                elif n > 0:
                    self.emit_at(e, op.BUILD_MAP, n)
                    self.emit(op.DICT_UPDATE, 1)
                n = 0
                self.expr(v)
                self.emit_at(e, op.DICT_UPDATE, 1)
            else:
                self.expr(k)
                self.expr(v)
                n += 1
            i += 1
        if not started:
            self.emit_at(e, op.BUILD_MAP, n)
        elif n > 0:
            self.emit_at(e, op.BUILD_MAP, n)
            self.emit(op.DICT_UPDATE, 1)

    def subscript_index(self, idx: Expr) -> None:
        if isinstance(idx, Slice):
            self.slice(idx)
        else:
            self.expr(idx)

    def slice(self, s: Slice) -> None:
        n = 2
        lo = s.lower
        if lo is not None:
            self.expr(lo)
        else:
            self.set_loc(s)
            self.load_none()
        hi = s.upper
        if hi is not None:
            self.expr(hi)
        else:
            self.set_loc(s)
            self.load_none()
        st = s.step
        if st is not None:
            self.expr(st)
            n = 3
        self.emit_at(s, op.BUILD_SLICE, n)

    def joined_str(self, e: JoinedStr) -> None:
        n = 0
        for v in e.values:
            if isinstance(v, FormattedValue):
                self.formatted_value(v)
            else:
                self.expr(v)
            n += 1
        if n == 0:
            self.set_loc(e)
            self.load_const(new_str(""), "s")
            return
        if n == 1 and isinstance(e.values[0], Constant):
            return
        self.emit_at(e, op.BUILD_STRING, n)

    def formatted_value(self, v: FormattedValue) -> None:
        self.expr(v.value)
        flags = 0
        if v.conversion == ord("s"):
            flags = op.FV_STR
        elif v.conversion == ord("r"):
            flags = op.FV_REPR
        elif v.conversion == ord("a"):
            flags = op.FV_ASCII
        spec = v.format_spec
        if spec is not None:
            self.expr(spec)
            flags |= op.FV_SPEC
        self.emit_at(v, op.FORMAT_VALUE, flags)

    def call(self, e: Call) -> None:
        f = e.func
        starred = self.has_starred(e.args)
        dstar = False
        for k in e.keywords:
            if k.arg is None:
                dstar = True
        if isinstance(f, Attribute) and not starred and not dstar:
            self.expr(f.value)
            self.set_loc(f)
            self.move_to_attr(f)
            self.emit(op.LOAD_METHOD,
                      self.cached_name(mangle(self.class_name, f.attr)))
            for a in e.args:
                self.expr(a)
            self.set_loc(e)
            self.call_tail_keywords(e.keywords, len(e.args), True, e)
            return
        self.expr(f)
        if starred or dstar:
            self.call_ex(e)
            return
        for a in e.args:
            self.expr(a)
        self.set_loc(e)
        self.call_tail_keywords(e.keywords, len(e.args), False, e)

    def call_tail_keywords(self, keywords: list[Keyword], nargs: int,
                           method: bool, n: Node) -> None:
        """Positional arguments are on the stack: push the keyword values
        (and their names) and emit the call."""
        for k in keywords:
            if k.arg is None:
                self.call_ex_class(keywords, nargs, n)
                return
        names: list[W_Object] = []
        seen: list[str] = []
        for k in keywords:
            a = k.arg
            if a is not None:
                if a in seen:
                    raise err("keyword argument repeated: " + a, k)
                seen.append(a)
                names.append(new_str(a))
            self.expr(k.value)
        self.set_loc(n)
        if method and isinstance(n, Call) and isinstance(n.func, Attribute):
            self.move_to_attr(n.func)
        arg = nargs + len(keywords)
        if len(keywords) > 0:
            self.load_const(W_Tuple(names), "")
            arg |= CALL_KW
        self.emit(op.CALL_METHOD if method else op.CALL_FUNCTION, arg)

    def call_ex_class(self, keywords: list[Keyword], nargs: int,
                      n: Node) -> None:
        # positional arguments are on the stack (class bases): collect them
        self.emit(op.BUILD_LIST, nargs)
        self.emit(op.LIST_TO_TUPLE, 0)
        self.keywords_dict(keywords, n)
        self.emit(op.CALL_FUNCTION_EX, 1)

    def call_ex(self, e: Call) -> None:
        self.sequence_display(e.args, e, op.BUILD_LIST)
        self.emit_at(e, op.LIST_TO_TUPLE, 0)
        if len(e.keywords) > 0:
            self.keywords_dict(e.keywords, e)
            self.emit_at(e, op.CALL_FUNCTION_EX, 1)
        else:
            self.emit_at(e, op.CALL_FUNCTION_EX, 0)

    def keywords_dict(self, keywords: list[Keyword], n: Node) -> None:
        self.emit_at(n, op.BUILD_MAP, 0)
        for k in keywords:
            a = k.arg
            if a is None:
                self.expr(k.value)
                self.emit_at(n, op.DICT_MERGE, 1)
            else:
                self.load_const(new_str(a), "")
                self.expr(k.value)
                self.emit_at(n, op.BUILD_MAP, 1)
                self.emit(op.DICT_MERGE, 1)

    def lambda_expr(self, e: Lambda) -> None:
        self.set_loc(e)
        flags = self.defaults(e.args)
        child = self.compile_function_body("<lambda>", e, e.args, [], e.body)
        self.set_loc(e)
        self.make_closure(child, flags, e)

    def comprehension(self, e: Comp) -> None:
        sc = self.comp.scopes[e]
        name = "<genexpr>"
        if e.comp_kind == COMP_LIST:
            name = "<listcomp>"
        elif e.comp_kind == COMP_SET:
            name = "<setcomp>"
        elif e.comp_kind == COMP_DICT:
            name = "<dictcomp>"
        g = CodeGen(self.comp, sc, name, self.child_qualname(name), e.line,
                    self.class_name)
        code = g.code
        code.argcount = 1
        code.flags |= CO_SIMPLE_ARGS
        if self.scope.kind == K_FUNCTION:
            code.flags |= CO_NESTED
        if e.comp_kind == COMP_GEN:
            code.flags |= CO_GENERATOR
        g.set_loc(e)
        if e.comp_kind == COMP_LIST:
            g.emit(op.BUILD_LIST, 0)
        elif e.comp_kind == COMP_SET:
            g.emit(op.BUILD_SET, 0)
        elif e.comp_kind == COMP_DICT:
            g.emit(op.BUILD_MAP, 0)
        g.comprehension_loop(e, 0)
        g.set_loc(e)
        if e.comp_kind == COMP_GEN:
            g.load_none()
        g.emit(op.RETURN_VALUE, 0)
        child = g.assemble()
        self.set_loc(e)
        self.make_closure(child, 0, e)
        self.expr(e.generators[0].iter)
        self.set_loc(e)
        # the comprehension's frame alone holds it (in .0 and on its stack)
        self.emit(op.GET_ITER, loop_iter_arg(e.generators[0].iter))
        self.emit(op.CALL_FUNCTION, 1)

    def comprehension_loop(self, e: Comp, i: int) -> None:
        gen = e.generators[i]
        if i == 0:
            self.set_loc(e)
            self.emit(op.LOAD_FAST, 0)
        else:
            self.expr(gen.iter)
            self.set_loc(gen.iter)
            self.emit(op.GET_ITER, loop_iter_arg(gen.iter))
        top = self.new_label()
        exit = self.new_label()
        self.bind(top)
        self.set_loc(e)
        self.emit(op.FOR_ITER, exit)
        self.store_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, top, False)
        if i + 1 < len(e.generators):
            self.comprehension_loop(e, i + 1)
        else:
            depth = len(e.generators) + 1
            if e.comp_kind == COMP_GEN:
                self.expr(e.elt)
                self.set_loc(e)
                self.emit(op.YIELD_VALUE, 0)
                self.emit(op.POP_TOP, 0)
            elif e.comp_kind == COMP_DICT:
                self.expr(e.elt)
                v = e.value
                if v is not None:
                    self.expr(v)
                self.set_loc(e)
                self.emit(op.MAP_ADD, depth)
            else:
                self.expr(e.elt)
                self.set_loc(e)
                self.emit(op.SET_ADD if e.comp_kind == COMP_SET
                          else op.LIST_APPEND, depth)
        self.set_loc(e)
        self.emit(op.JUMP_BACKWARD, top)
        self.bind(exit)

    def yield_expr(self, e: Yield) -> None:
        v = e.value
        if v is not None:
            self.expr(v)
        else:
            self.set_loc(e)
            self.load_none()
        self.emit_at(e, op.YIELD_VALUE, 0)

    def yield_from(self, e: YieldFrom) -> None:
        self.expr(e.value)
        self.set_loc(e)
        self.emit(op.GET_YIELD_FROM_ITER, 0)
        self.load_none()
        top = self.new_label()
        done = self.new_label()
        self.bind(top)
        self.emit(op.SEND, done)
        self.emit(op.YIELD_VALUE, 1)
        self.emit(op.JUMP_BACKWARD, top)
        self.bind(done)


FOLD_EC = ExecCtx(Space())
MAX_INT_BITS = 128
MAX_STR_SIZE = 4096


def fuse_pairs(code: list[int]) -> None:
    """Gives the first instruction of each frequent pair its
    superinstruction (opcodes.fused).  Pairs overlap: in A B C, B keeps
    the pair B C for the jumps to B, and A B still runs B's argument."""
    i = 0
    while i + 2 < len(code):
        f = op.fused(code[i] & op.OPCODE_MASK, code[i + 2] & op.OPCODE_MASK)
        if f >= 0:
            code[i] = op.pack(f, code[i + 1])
        i += 2


def fold_unary(o: int, w: W_Object | None) -> W_Object | None:
    if w is None:
        return None
    if isinstance(w, W_Int) or isinstance(w, W_Float):
        try:
            if o == UNARY_MINUS:
                return ops.negative(FOLD_EC, w)
            if o == UNARY_PLUS:
                return ops.positive(FOLD_EC, w)
            if o == UNARY_INVERT and isinstance(w, W_Int):
                return ops.invert(FOLD_EC, w)
        except PyError:
            return None
    return None


def bit_length(v: int) -> int:
    if v < 0:
        v = -(v + 1)
    n = 0
    while v > 0:
        v >>= 1
        n += 1
    return n


def fold_binary(o: int, a: W_Object | None, b: W_Object | None) -> W_Object | None:
    """a <o> b at compile time, or None when CPython would not fold it
    (a limit exceeded) or it fails."""
    if a is None or b is None:
        return None
    return fold_values(o, a, b)


def fold_values(o: int, a: W_Object, b: W_Object) -> W_Object | None:
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        x = a.value
        y = b.value
        if o == OP_MUL and x != 0 and y != 0 and \
                bit_length(x) + bit_length(y) > MAX_INT_BITS:
            return None
        if o == OP_POW and y > 0 and bit_length(x) * y > MAX_INT_BITS:
            return None
        if o == OP_LSHIFT and (y < 0 or bit_length(x) + y > MAX_INT_BITS):
            return None
    elif isinstance(a, W_Str) and isinstance(b, W_Str):
        if o != OP_ADD or len(a.value) + len(b.value) > MAX_STR_SIZE:
            return None
    elif isinstance(a, W_Str) and isinstance(b, W_Int):
        if o != OP_MUL or len(a.value) * b.value > MAX_STR_SIZE:
            return None
    elif not ((isinstance(a, W_Int) or isinstance(a, W_Float)) and
              (isinstance(b, W_Int) or isinstance(b, W_Float))):
        return None
    if o == OP_MATMUL:
        return None
    try:
        r = ops.binary_op(FOLD_EC, a, b, o)
    except PyError:
        return None
    if isinstance(r, W_Int) or isinstance(r, W_Float) or isinstance(r, W_Str):
        return r
    return None


def docstring_of(body: list[Stmt]) -> str | None:
    if len(body) > 0:
        s = body[0]
        if isinstance(s, ExprStmt):
            v = s.value
            if isinstance(v, Constant) and v.kind == K_STR:
                return v.sval
    return None


FUTURE_FEATURES = ("nested_scopes", "generators", "division",
                   "absolute_import", "with_statement", "print_function",
                   "unicode_literals", "barry_as_FLUFL", "generator_stop",
                   "annotations")


def future_prologue(comp: Compiler, body: list[Stmt]) -> None:
    """The `from __future__` imports opening a module (after its
    docstring), checked as CPython's future.c: a feature must exist, and
    a future import after another statement of its line is refused here;
    import_from refuses those on later lines."""
    done = False
    prev_line = 0
    i = 0
    for s in body:
        if done and s.line > prev_line:
            return
        prev_line = s.line
        if isinstance(s, ImportFrom) and s.module == "__future__":
            if done:
                # future.c gives the 0-based column as the offset
                raise future_error("from __future__ imports must occur at "
                                   "the beginning of the file", s, s.col)
            future_features(comp, s)
            comp.future_line = s.line
        elif not (i == 0 and docstring_of(body) is not None):
            done = True
        i += 1


def future_features(comp: Compiler, s: ImportFrom) -> None:
    for a in s.names:
        if a.name == "annotations":
            comp.future_annotations = True
        elif a.name == "braces":
            raise future_error("not a chance", s, s.col + 1)
        elif a.name not in FUTURE_FEATURES:
            raise future_error("future feature " + a.name
                               + " is not defined", s, s.col + 1)


def future_error(msg: str, n: Node, offset: int) -> CompileError:
    e = err(msg, n)
    e.col = offset
    e.location_only = True
    return e


def has_annotations(body: list[Stmt]) -> bool:
    for s in body:
        if isinstance(s, AnnAssign):
            return True
    return False


def annotation_text(e: Expr) -> str:
    """The source-like text of an annotation (for `from __future__ import
    annotations`): names and attributes, subscripts and simple constants."""
    if isinstance(e, Name):
        return e.id
    if isinstance(e, Attribute):
        return annotation_text(e.value) + "." + e.attr
    if isinstance(e, Subscript):
        return annotation_text(e.value) + "[" + annotation_text(e.index) + "]"
    if isinstance(e, TupleExpr):
        parts: list[str] = []
        for x in e.elts:
            parts.append(annotation_text(x))
        return ", ".join(parts)
    if isinstance(e, Constant):
        if e.kind == K_STR:
            return repr(e.sval)
        if e.kind == K_NONE:
            return "None"
        if e.kind == K_INT:
            return str(e.ival)
    if isinstance(e, BinOp):
        return annotation_text(e.left) + " | " + annotation_text(e.right)
    if isinstance(e, ListExpr):
        parts2: list[str] = []
        for x in e.elts:
            parts2.append(annotation_text(x))
        return "[" + ", ".join(parts2) + "]"
    return "..."


def compile_expression(e: Expr, filename: str, name_mode: bool) -> W_Code:
    """An eval() expression: code returning its value."""
    mod = Module([ExprStmt(e)])
    scopes = build_symtable(mod)
    comp = Compiler(filename, scopes)
    comp.name_mode = name_mode
    g = CodeGen(comp, scopes[mod], "<module>", "<module>", 1, "")
    g.expr(e)
    g.set_loc(e)
    g.emit(op.RETURN_VALUE, 0)
    return g.assemble()


def compile_module(mod: Module, filename: str, name_mode: bool) -> W_Code:
    scopes = build_symtable(mod)
    comp = Compiler(filename, scopes)
    comp.name_mode = name_mode
    future_prologue(comp, mod.body)
    sc = scopes[mod]
    g = CodeGen(comp, sc, "<module>", "<module>", 1, "")
    doc = docstring_of(mod.body)
    if doc is not None:
        g.load_const(new_str(doc), "")
        g.compile_name("__doc__", CTX_STORE, mod)
    if has_annotations(mod.body):
        g.emit(op.SETUP_ANNOTATIONS, 0)
    g.body(mod.body)
    g.load_none()
    g.emit(op.RETURN_VALUE, 0)
    return g.assemble()
