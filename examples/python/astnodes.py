"""The abstract syntax tree, shaped like CPython's `ast` module.

Every node carries its source range (1-based lines, 0-based character
columns, end exclusive), which the compiler copies into the position table
of the code object (tracebacks underline that range).  Expression and
statement kinds are subclasses of Expr and Stmt; the compiler dispatches
on them with isinstance.  Operator kinds are small integers (OP_*, CMP_*,
UNARY_*), shared with the bytecode.
"""
from __future__ import annotations

# binary operators (also the argument of BINARY_OP, as CPython's order;
# N_BINOPS + the operator for the in-place form, see codegen.assemble)
OP_ADD = 0
OP_AND = 1
OP_FLOORDIV = 2
OP_LSHIFT = 3
OP_MATMUL = 4
OP_MUL = 5
OP_MOD = 6
OP_OR = 7
OP_POW = 8
OP_RSHIFT = 9
OP_SUB = 10
OP_TRUEDIV = 11
OP_XOR = 12
N_BINOPS = 13

OP_SYMBOLS: list[str] = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>",
                         "-", "/", "^"]
OP_METHODS: list[str] = ["add", "and", "floordiv", "lshift", "matmul", "mul",
                         "mod", "or", "pow", "rshift", "sub", "truediv", "xor"]

# comparison operators
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_IS = 6
CMP_IS_NOT = 7
CMP_IN = 8
CMP_NOT_IN = 9
CMP_EXC_MATCH = 10

CMP_SYMBOLS: list[str] = ["<", "<=", "==", "!=", ">", ">=", "is", "is not",
                          "in", "not in"]

UNARY_INVERT = 0
UNARY_NOT = 1
UNARY_PLUS = 2
UNARY_MINUS = 3

BOOL_AND = 0
BOOL_OR = 1

CTX_LOAD = 0
CTX_STORE = 1
CTX_DEL = 2

# Constant kinds
K_NONE = 0
K_TRUE = 1
K_FALSE = 2
K_ELLIPSIS = 3
K_INT = 4         # fits in 64 bits: ival
K_BIGINT = 5      # sval: the literal's text without underscores
K_FLOAT = 6
K_IMAG = 7        # fval is the imaginary part
K_STR = 8
K_BYTES = 9       # sval holds one character per byte (code points < 256)


class Node:
    line: int
    col: int
    end_line: int
    end_col: int

    def __init__(self) -> None:
        self.line = 0
        self.col = 0
        self.end_line = 0
        self.end_col = 0

    def set_pos(self, line: int, col: int, end_line: int, end_col: int) -> None:
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col

    def copy_pos(self, other: Node) -> None:
        self.line = other.line
        self.col = other.col
        self.end_line = other.end_line
        self.end_col = other.end_col


# ----------------------------------------------------------- expressions

class Expr(Node):
    # where its outermost enclosing parenthesis opens (line 0: written
    # without one): a node that begins with this expression begins there,
    # as in CPython (`(a + b) * c` starts at the parenthesis, `a + b` at a)
    paren_line: int
    paren_col: int

    def __init__(self) -> None:
        super().__init__()
        self.paren_line = 0
        self.paren_col = 0

    def kind_name(self) -> str:
        """The noun CPython's error messages use for this expression."""
        return "expression"


class Name(Expr):
    id: str
    ctx: int

    def __init__(self, id: str, ctx: int) -> None:
        super().__init__()
        self.id = id
        self.ctx = ctx

    def kind_name(self) -> str:
        return "name"


class Constant(Expr):
    kind: int
    ival: int
    fval: float
    sval: str

    def __init__(self, kind: int) -> None:
        super().__init__()
        self.kind = kind
        self.ival = 0
        self.fval = 0.0
        self.sval = ""

    def kind_name(self) -> str:
        if self.kind == K_NONE:
            return "None"
        if self.kind == K_TRUE:
            return "True"
        if self.kind == K_FALSE:
            return "False"
        if self.kind == K_ELLIPSIS:
            return "ellipsis"
        return "literal"


class JoinedStr(Expr):
    values: list[Expr]

    def __init__(self, values: list[Expr]) -> None:
        super().__init__()
        self.values = values

    def kind_name(self) -> str:
        return "f-string expression"


class FormattedValue(Expr):
    value: Expr
    conversion: int          # -1, or ord('s'), ord('r'), ord('a')
    format_spec: Expr | None

    def __init__(self, value: Expr, conversion: int,
                 format_spec: Expr | None) -> None:
        super().__init__()
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec

    def kind_name(self) -> str:
        return "f-string expression"


class BinOp(Expr):
    left: Expr
    op: int
    right: Expr

    def __init__(self, left: Expr, op: int, right: Expr) -> None:
        super().__init__()
        self.left = left
        self.op = op
        self.right = right


class UnaryOp(Expr):
    op: int
    operand: Expr

    def __init__(self, op: int, operand: Expr) -> None:
        super().__init__()
        self.op = op
        self.operand = operand


class BoolOp(Expr):
    op: int
    values: list[Expr]

    def __init__(self, op: int, values: list[Expr]) -> None:
        super().__init__()
        self.op = op
        self.values = values


class Compare(Expr):
    left: Expr
    ops: list[int]
    comparators: list[Expr]

    def __init__(self, left: Expr, ops: list[int],
                 comparators: list[Expr]) -> None:
        super().__init__()
        self.left = left
        self.ops = ops
        self.comparators = comparators

    def kind_name(self) -> str:
        return "comparison"


class Keyword(Node):
    arg: str | None          # None for **value
    value: Expr

    def __init__(self, arg: str | None, value: Expr) -> None:
        super().__init__()
        self.arg = arg
        self.value = value


class Call(Expr):
    func: Expr
    args: list[Expr]
    keywords: list[Keyword]

    def __init__(self, func: Expr, args: list[Expr],
                 keywords: list[Keyword]) -> None:
        super().__init__()
        self.func = func
        self.args = args
        self.keywords = keywords

    def kind_name(self) -> str:
        return "function call"


class Attribute(Expr):
    value: Expr
    attr: str
    ctx: int

    def __init__(self, value: Expr, attr: str, ctx: int) -> None:
        super().__init__()
        self.value = value
        self.attr = attr
        self.ctx = ctx

    def kind_name(self) -> str:
        return "attribute"


class Subscript(Expr):
    value: Expr
    index: Expr
    ctx: int

    def __init__(self, value: Expr, index: Expr, ctx: int) -> None:
        super().__init__()
        self.value = value
        self.index = index
        self.ctx = ctx

    def kind_name(self) -> str:
        return "subscript"


class Slice(Expr):
    lower: Expr | None
    upper: Expr | None
    step: Expr | None

    def __init__(self, lower: Expr | None, upper: Expr | None,
                 step: Expr | None) -> None:
        super().__init__()
        self.lower = lower
        self.upper = upper
        self.step = step


class Starred(Expr):
    value: Expr
    ctx: int

    def __init__(self, value: Expr, ctx: int) -> None:
        super().__init__()
        self.value = value
        self.ctx = ctx

    def kind_name(self) -> str:
        return "starred"


class ListExpr(Expr):
    elts: list[Expr]
    ctx: int

    def __init__(self, elts: list[Expr], ctx: int) -> None:
        super().__init__()
        self.elts = elts
        self.ctx = ctx

    def kind_name(self) -> str:
        return "list"


class TupleExpr(Expr):
    elts: list[Expr]
    ctx: int
    parenthesized: bool

    def __init__(self, elts: list[Expr], ctx: int) -> None:
        super().__init__()
        self.elts = elts
        self.ctx = ctx
        self.parenthesized = False

    def kind_name(self) -> str:
        return "tuple"


class SetExpr(Expr):
    elts: list[Expr]

    def __init__(self, elts: list[Expr]) -> None:
        super().__init__()
        self.elts = elts

    def kind_name(self) -> str:
        return "set display"


class DictExpr(Expr):
    keys: list[Expr | None]        # None: **value
    values: list[Expr]

    def __init__(self, keys: list[Expr | None], values: list[Expr]) -> None:
        super().__init__()
        self.keys = keys
        self.values = values

    def kind_name(self) -> str:
        return "dict literal"


class Comprehension(Node):
    target: Expr
    iter: Expr
    ifs: list[Expr]

    def __init__(self, target: Expr, iter: Expr, ifs: list[Expr]) -> None:
        super().__init__()
        self.target = target
        self.iter = iter
        self.ifs = ifs


COMP_LIST = 0
COMP_SET = 1
COMP_DICT = 2
COMP_GEN = 3


class Comp(Expr):
    """ListComp, SetComp, DictComp (value set) and GeneratorExp."""
    comp_kind: int
    elt: Expr                # the key for a dict comprehension
    value: Expr | None
    generators: list[Comprehension]

    def __init__(self, comp_kind: int, elt: Expr, value: Expr | None,
                 generators: list[Comprehension]) -> None:
        super().__init__()
        self.comp_kind = comp_kind
        self.elt = elt
        self.value = value
        self.generators = generators

    def kind_name(self) -> str:
        if self.comp_kind == COMP_LIST:
            return "list comprehension"
        if self.comp_kind == COMP_SET:
            return "set comprehension"
        if self.comp_kind == COMP_DICT:
            return "dict comprehension"
        return "generator expression"


class IfExp(Expr):
    test: Expr
    body: Expr
    orelse: Expr

    def __init__(self, test: Expr, body: Expr, orelse: Expr) -> None:
        super().__init__()
        self.test = test
        self.body = body
        self.orelse = orelse

    def kind_name(self) -> str:
        return "conditional expression"


class Arg(Node):
    name: str
    annotation: Expr | None

    def __init__(self, name: str, annotation: Expr | None) -> None:
        super().__init__()
        self.name = name
        self.annotation = annotation


class Arguments(Node):
    posonly: list[Arg]
    args: list[Arg]
    vararg: Arg | None
    kwonly: list[Arg]
    kw_defaults: list[Expr | None]
    kwarg: Arg | None
    defaults: list[Expr]

    def __init__(self) -> None:
        super().__init__()
        self.posonly = []
        self.args = []
        self.vararg = None
        self.kwonly = []
        self.kw_defaults = []
        self.kwarg = None
        self.defaults = []

    def all_names(self) -> list[Arg]:
        out: list[Arg] = []
        out.extend(self.posonly)
        out.extend(self.args)
        out.extend(self.kwonly)
        va = self.vararg
        if va is not None:
            out.append(va)
        ka = self.kwarg
        if ka is not None:
            out.append(ka)
        return out


class Lambda(Expr):
    args: Arguments
    body: Expr

    def __init__(self, args: Arguments, body: Expr) -> None:
        super().__init__()
        self.args = args
        self.body = body

    def kind_name(self) -> str:
        return "lambda"


class NamedExpr(Expr):
    target: Name
    value: Expr

    def __init__(self, target: Name, value: Expr) -> None:
        super().__init__()
        self.target = target
        self.value = value

    def kind_name(self) -> str:
        return "named expression"


class Yield(Expr):
    value: Expr | None

    def __init__(self, value: Expr | None) -> None:
        super().__init__()
        self.value = value

    def kind_name(self) -> str:
        return "yield expression"


class YieldFrom(Expr):
    value: Expr

    def __init__(self, value: Expr) -> None:
        super().__init__()
        self.value = value

    def kind_name(self) -> str:
        return "yield expression"


class Await(Expr):
    value: Expr

    def __init__(self, value: Expr) -> None:
        super().__init__()
        self.value = value

    def kind_name(self) -> str:
        return "await expression"


# ------------------------------------------------------------ statements

class Stmt(Node):
    pass


class FunctionDef(Stmt):
    name: str
    args: Arguments
    body: list[Stmt]
    decorators: list[Expr]
    returns: Expr | None
    is_async: bool

    def __init__(self, name: str, args: Arguments, body: list[Stmt],
                 decorators: list[Expr], returns: Expr | None) -> None:
        super().__init__()
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.is_async = False


class ClassDef(Stmt):
    name: str
    bases: list[Expr]
    keywords: list[Keyword]
    body: list[Stmt]
    decorators: list[Expr]

    def __init__(self, name: str, bases: list[Expr], keywords: list[Keyword],
                 body: list[Stmt], decorators: list[Expr]) -> None:
        super().__init__()
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators


class Return(Stmt):
    value: Expr | None

    def __init__(self, value: Expr | None) -> None:
        super().__init__()
        self.value = value


class Delete(Stmt):
    targets: list[Expr]

    def __init__(self, targets: list[Expr]) -> None:
        super().__init__()
        self.targets = targets


class Assign(Stmt):
    targets: list[Expr]
    value: Expr

    def __init__(self, targets: list[Expr], value: Expr) -> None:
        super().__init__()
        self.targets = targets
        self.value = value


class AugAssign(Stmt):
    target: Expr
    op: int
    value: Expr

    def __init__(self, target: Expr, op: int, value: Expr) -> None:
        super().__init__()
        self.target = target
        self.op = op
        self.value = value


class AnnAssign(Stmt):
    target: Expr
    annotation: Expr
    value: Expr | None
    simple: bool

    def __init__(self, target: Expr, annotation: Expr, value: Expr | None,
                 simple: bool) -> None:
        super().__init__()
        self.target = target
        self.annotation = annotation
        self.value = value
        self.simple = simple


class For(Stmt):
    target: Expr
    iter: Expr
    body: list[Stmt]
    orelse: list[Stmt]

    def __init__(self, target: Expr, iter: Expr, body: list[Stmt],
                 orelse: list[Stmt]) -> None:
        super().__init__()
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse


class While(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]

    def __init__(self, test: Expr, body: list[Stmt], orelse: list[Stmt]) -> None:
        super().__init__()
        self.test = test
        self.body = body
        self.orelse = orelse


class If(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]

    def __init__(self, test: Expr, body: list[Stmt], orelse: list[Stmt]) -> None:
        super().__init__()
        self.test = test
        self.body = body
        self.orelse = orelse


class WithItem(Node):
    context_expr: Expr
    optional_vars: Expr | None

    def __init__(self, context_expr: Expr, optional_vars: Expr | None) -> None:
        super().__init__()
        self.context_expr = context_expr
        self.optional_vars = optional_vars


class With(Stmt):
    items: list[WithItem]
    body: list[Stmt]

    def __init__(self, items: list[WithItem], body: list[Stmt]) -> None:
        super().__init__()
        self.items = items
        self.body = body


class Raise(Stmt):
    exc: Expr | None
    cause: Expr | None

    def __init__(self, exc: Expr | None, cause: Expr | None) -> None:
        super().__init__()
        self.exc = exc
        self.cause = cause


class ExceptHandler(Node):
    type: Expr | None
    name: str
    body: list[Stmt]

    def __init__(self, type: Expr | None, name: str, body: list[Stmt]) -> None:
        super().__init__()
        self.type = type
        self.name = name
        self.body = body


class Try(Stmt):
    body: list[Stmt]
    handlers: list[ExceptHandler]
    orelse: list[Stmt]
    finalbody: list[Stmt]
    star: bool

    def __init__(self, body: list[Stmt], handlers: list[ExceptHandler],
                 orelse: list[Stmt], finalbody: list[Stmt]) -> None:
        super().__init__()
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.star = False


class Assert(Stmt):
    test: Expr
    msg: Expr | None

    def __init__(self, test: Expr, msg: Expr | None) -> None:
        super().__init__()
        self.test = test
        self.msg = msg


class Alias(Node):
    name: str
    asname: str

    def __init__(self, name: str, asname: str) -> None:
        super().__init__()
        self.name = name
        self.asname = asname


class Import(Stmt):
    names: list[Alias]

    def __init__(self, names: list[Alias]) -> None:
        super().__init__()
        self.names = names


class ImportFrom(Stmt):
    module: str
    names: list[Alias]
    level: int

    def __init__(self, module: str, names: list[Alias], level: int) -> None:
        super().__init__()
        self.module = module
        self.names = names
        self.level = level


class Global(Stmt):
    names: list[str]

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names


class Nonlocal(Stmt):
    names: list[str]

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names


class ExprStmt(Stmt):
    value: Expr

    def __init__(self, value: Expr) -> None:
        super().__init__()
        self.value = value


class Pass(Stmt):
    pass


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


# -------------------------------------------------------------- match

class Pattern(Node):
    """A pattern of a match statement's case (CPython's ast.pattern)."""
    pass


class MatchValue(Pattern):
    value: Expr                # a literal, a signed/complex number, a.b

    def __init__(self, value: Expr) -> None:
        super().__init__()
        self.value = value


class MatchSingleton(Pattern):
    kind: int                  # K_NONE, K_TRUE or K_FALSE (compared by is)

    def __init__(self, kind: int) -> None:
        super().__init__()
        self.kind = kind


class MatchSequence(Pattern):
    patterns: list[Pattern]    # at most one MatchStar

    def __init__(self, patterns: list[Pattern]) -> None:
        super().__init__()
        self.patterns = patterns


class MatchMapping(Pattern):
    keys: list[Expr]
    patterns: list[Pattern]
    rest: str                  # the **rest name, "" without one

    def __init__(self, keys: list[Expr], patterns: list[Pattern],
                 rest: str) -> None:
        super().__init__()
        self.keys = keys
        self.patterns = patterns
        self.rest = rest


class MatchClass(Pattern):
    cls: Expr
    patterns: list[Pattern]
    kwd_attrs: list[str]
    kwd_patterns: list[Pattern]

    def __init__(self, cls: Expr, patterns: list[Pattern],
                 kwd_attrs: list[str], kwd_patterns: list[Pattern]) -> None:
        super().__init__()
        self.cls = cls
        self.patterns = patterns
        self.kwd_attrs = kwd_attrs
        self.kwd_patterns = kwd_patterns


class MatchStar(Pattern):
    name: str                  # "" for *_

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class MatchAs(Pattern):
    pattern: Pattern | None    # None: a capture (or _ when name is "")
    name: str

    def __init__(self, pattern: Pattern | None, name: str) -> None:
        super().__init__()
        self.pattern = pattern
        self.name = name


class MatchOr(Pattern):
    patterns: list[Pattern]

    def __init__(self, patterns: list[Pattern]) -> None:
        super().__init__()
        self.patterns = patterns


class MatchCase(Node):
    pattern: Pattern
    guard: Expr | None
    body: list[Stmt]

    def __init__(self, pattern: Pattern, guard: Expr | None,
                 body: list[Stmt]) -> None:
        super().__init__()
        self.pattern = pattern
        self.guard = guard
        self.body = body


class Match(Stmt):
    subject: Expr
    cases: list[MatchCase]

    def __init__(self, subject: Expr, cases: list[MatchCase]) -> None:
        super().__init__()
        self.subject = subject
        self.cases = cases


class Module(Node):
    body: list[Stmt]
    docstring: bool

    def __init__(self, body: list[Stmt]) -> None:
        super().__init__()
        self.body = body
        self.docstring = False
