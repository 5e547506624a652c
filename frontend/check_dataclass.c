/* check_dataclass.c - class decorators: @dataclass (dataclasses) and
 * @total_ordering (functools).
 *
 * Both add methods to the class, as CPython's decorators do when the
 * class statement runs.  They are written here as Python source text,
 * parsed, and appended to the class body before its members are declared
 * (chk_declare_module runs this), so that the rest of the checker, the
 * lowering and the STM passes see ordinary methods.  The parts that come
 * from the program (field annotations, defaults, default factories) are
 * spliced in as copies of its own nodes; every generated node is placed
 * at the decorator, where errors and tracebacks then point.
 *
 * What is generated follows CPython 3.11's dataclasses.py: __init__
 * (fields in order, base dataclasses' first; defaults; default_factory
 * through a `T | None = None` parameter; __post_init__), __repr__
 * ("Name(a=1, b='x')" with the run-time class name), __eq__ (same class,
 * fields equal, else NotImplemented), the order methods (fields as
 * tuples), __hash__ (frozen or unsafe_hash: of the compared fields) and
 * __match_args__.  A method the class defines itself is kept.  Frozen
 * instances raise FrozenInstanceError on assignment (check_target.c).
 * Refused with an error: kw_only, InitVar/ClassVar fields, a
 * default_factory for an int/float/bool field, order=True next to a
 * user-defined order method, frozen and non-frozen dataclasses mixed in
 * one hierarchy.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

/* ------------------------------------------------------------ the text */

void chk_put(Text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (t->n + (size_t)need + 1 > t->cap) {
        t->cap = (t->n + (size_t)need + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s)
            chk_die(__FILE__, __LINE__, "out of memory");
    }
    va_start(ap, fmt);
    vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
    va_end(ap);
    t->n += (size_t)need;
}

const char *chk_hole(Synth *sy, Ast *node)
{
    VEC_PUSH(sy->c->arena, sy->holes, sy->nholes, sy->capholes, node);
    return chk_fmt(sy->c, "__dc_%d", sy->nholes - 1);
}

static void fill(Ast *n, void *data)
{
    Synth *sy = data;
    if (n->kind == AST_NAME && strncmp(n->u.name.id, "__dc_", 5) == 0) {
        *n = *ast_clone(sy->c->arena, sy->holes[atoi(n->u.name.id + 5)]);
        return;               /* the program's own node keeps its place */
    }
    if (n->kind == AST_NAME && strcmp(n->u.name.id, "__rt") == 0)
        n->u.name.sym = chk_prelude_name(sy->c, "__rt", sy->at)->u.name.sym;
    n->loc = sy->at;
    if (n->kind == AST_ATTR)
        n->u.attr.attr_loc = sy->at;
    ast_visit_children(n, fill, data);
}

AstList chk_synth_parse(Synth *sy, const char *path)
{
    Checker *c = sy->c;
    AstList out = { 0 };
    if (!sy->text.n)
        return out;
    Ast *mod = parse_string(c->diag, c->arena, path, sy->text.s, sy->text.n);
    free(sy->text.s);
    sy->text = (Text){ 0 };
    if (!mod)
        return out;
    out = mod->u.module.body;
    for (int i = 0; i < out.n; i++) {
        fill(out.items[i], sy);
        /* CPython's decorators and metaclass make these from objects:
         * their annotations are never evaluated (check_decl.c) */
        if (out.items[i]->kind == AST_FUNCDEF && !out.items[i]->u.func.synth)
            out.items[i]->u.func.synth = 2;
    }
    return out;
}

/* Parses the text (defs and assignments) and appends its statements to
 * the class body. */
static void emit(Synth *sy, ClassInfo *cls, const char *what)
{
    AstList body = chk_synth_parse(sy, chk_fmt(sy->c, "<%s of %s>", what, cls->name));
    ast_list_append(sy->c->arena, &cls->def->u.cls.body, &body);
}

/* --------------------------------------------------------- class facts */

bool chk_class_defines(ClassInfo *cls, const char *name)
{
    AstList *b = &cls->def->u.cls.body;
    for (int i = 0; i < b->n; i++) {
        Ast *s = b->items[i];
        if (s->kind == AST_FUNCDEF && strcmp(s->u.func.name, name) == 0)
            return true;
        if (s->kind == AST_ASSIGN && s->u.assign.targets.n == 1 &&
            s->u.assign.targets.items[0]->kind == AST_NAME &&
            strcmp(s->u.assign.targets.items[0]->u.name.id, name) == 0)
            return true;
    }
    return false;
}

/* The builtins.def id a decorator or a call's callee names (NAME as
 * imported, or module.NAME), or -1. */
int chk_decorator_id(Checker *c, ModuleInfo *m, Ast *e)
{
    (void)c;
    if (e->kind == AST_CALL)
        e = e->u.call.func;
    if (e->kind == AST_NAME) {
        Sym *s = symtab_get(m->syms, e->u.name.id);
        return s && s->kind == SYM_BUILTIN ? s->builtin : -1;
    }
    if (e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME) {
        Sym *s = symtab_get(m->syms, e->u.attr.obj->u.name.id);
        if (s && s->kind == SYM_MODULE && !s->module->path)
            return chk_builtin_lookup(s->module->name, e->u.attr.attr);
    }
    return -1;
}

/* The class a base expression names, looked up as the class statement
 * runs (its module's names so far). */
static ClassInfo *base_class(Checker *c, ModuleInfo *m, ClassInfo *cls)
{
    (void)c;
    if (cls->def->u.cls.bases.n != 1)
        return NULL;
    Ast *b = cls->def->u.cls.bases.items[0];
    Sym *s = NULL;
    if (b->kind == AST_NAME)
        s = symtab_get(m->syms, b->u.name.id);
    else if (b->kind == AST_ATTR && b->u.attr.obj->kind == AST_NAME) {
        Sym *ms = symtab_get(m->syms, b->u.attr.obj->u.name.id);
        if (ms && ms->kind == SYM_MODULE && ms->module->path)
            s = symtab_get(ms->module->syms, b->u.attr.attr);
    }
    return s && s->kind == SYM_CLASS ? s->cls : NULL;
}

/* ----------------------------------------------------------- options */

static bool flag_value(Checker *c, Ast *kw, bool *out)
{
    Ast *v = kw->u.kw.value;
    if (v->kind != AST_BOOL) {
        chk_error(c, v->loc, "'%s' must be True or False", kw->u.kw.name);
        return false;
    }
    *out = v->u.i != 0;
    return true;
}

static void dataclass_options(Checker *c, Ast *d, DataclassInfo *dc)
{
    dc->init = dc->repr = dc->eq = dc->match_args = 1;
    Ast *e = d->u.expr_stmt.value;
    if (e->kind != AST_CALL)
        return;
    for (int i = 0; i < e->u.call.args.n; i++) {
        Ast *kw = e->u.call.args.items[i];
        bool v;
        if (kw->kind != AST_KEYWORD) {
            chk_error(c, kw->loc, "dataclass() takes its options by keyword");
            continue;
        }
        const char *n = kw->u.kw.name;
        if (!flag_value(c, kw, &v))
            continue;
        if (!strcmp(n, "init")) dc->init = v;
        else if (!strcmp(n, "repr")) dc->repr = v;
        else if (!strcmp(n, "eq")) dc->eq = v;
        else if (!strcmp(n, "order")) dc->order = v;
        else if (!strcmp(n, "frozen")) dc->frozen = v;
        else if (!strcmp(n, "unsafe_hash")) dc->unsafe_hash = v;
        else if (!strcmp(n, "match_args")) dc->match_args = v;
        else if (!strcmp(n, "slots") || !strcmp(n, "weakref_slot")) continue;
        else
            chk_error(c, kw->loc, "dataclass option '%s' is not supported", n);
    }
    if (dc->order && !dc->eq)
        chk_error(c, d->loc, "eq must be true if order is true");
}

/* ------------------------------------------------------------- fields */

static Ast *strip_final(Checker *c, ModuleInfo *m, Ast *ann)
{
    if (ann->kind == AST_SUBSCRIPT && chk_decorator_id(c, m, ann->u.sub.obj) == BI_TYPING_FINAL)
        return ann->u.sub.index;
    return ann;
}

/* field(default=..., default_factory=..., init=, repr=, compare=, hash=) */
static void field_call(Checker *c, Ast *call, DcField *f)
{
    if (call->u.call.args.n && call->u.call.args.items[0]->kind != AST_KEYWORD)
        chk_error(c, call->loc, "field() takes its arguments by keyword");
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *kw = call->u.call.args.items[i];
        if (kw->kind != AST_KEYWORD)
            continue;
        const char *n = kw->u.kw.name;
        bool v = false;
        if (!strcmp(n, "default")) f->deflt = kw->u.kw.value;
        else if (!strcmp(n, "default_factory")) f->factory = kw->u.kw.value;
        else if (!strcmp(n, "init") && flag_value(c, kw, &v)) f->init = v;
        else if (!strcmp(n, "repr") && flag_value(c, kw, &v)) f->repr = v;
        else if (!strcmp(n, "compare") && flag_value(c, kw, &v)) f->compare = v;
        else if (!strcmp(n, "hash") && kw->u.kw.value->kind == AST_NONE) f->hash = -1;
        else if (!strcmp(n, "hash") && flag_value(c, kw, &v)) f->hash = v;
        else if (strcmp(n, "init") && strcmp(n, "repr") && strcmp(n, "compare") && strcmp(n, "hash"))
            chk_error(c, kw->loc, "field() argument '%s' is not supported", n);
    }
    if (f->deflt && f->factory)
        chk_error(c, call->loc, "cannot specify both default and default_factory");
}

static bool is_value_annotation(Ast *ann)
{
    return ann->kind == AST_NAME && (!strcmp(ann->u.name.id, "int") ||
                                     !strcmp(ann->u.name.id, "float") ||
                                     !strcmp(ann->u.name.id, "bool"));
}

/* The class's own fields, appended to dc; the class body keeps each
 * annotation, with the field() call replaced by its default. */
static void own_fields(Checker *c, ModuleInfo *m, ClassInfo *cls, DataclassInfo *dc)
{
    AstList *b = &cls->def->u.cls.body;
    for (int i = 0; i < b->n; i++) {
        Ast *s = b->items[i];
        if (s->kind != AST_ANNASSIGN || s->u.annassign.target->kind != AST_NAME)
            continue;
        DcField f = { .name = s->u.annassign.target->u.name.id, .loc = s->loc,
                      .init = 1, .repr = 1, .compare = 1, .hash = -1 };
        f.annotation = strip_final(c, m, s->u.annassign.annotation);
        Ast *v = s->u.annassign.value;
        if (v && v->kind == AST_CALL && chk_decorator_id(c, m, v) == BI_DATACLASSES_FIELD) {
            field_call(c, v, &f);
            s->u.annassign.value = f.deflt;
        } else {
            f.deflt = v;
        }
        if (f.factory && is_value_annotation(f.annotation)) {
            chk_error(c, f.loc, "default_factory for an '%s' field is not supported; use "
                      "default=", f.annotation->u.name.id);
            f.factory = NULL;
        }
        for (int k = 0; k < dc->nfields; k++)
            if (strcmp(dc->fields[k].name, f.name) == 0)
                chk_error(c, f.loc, "field '%s' is already a field of a base dataclass", f.name);
        DcField *nf = arena_alloc(c->arena, (size_t)(dc->nfields + 1) * sizeof *nf);
        if (dc->nfields)
            memcpy(nf, dc->fields, (size_t)dc->nfields * sizeof *nf);
        nf[dc->nfields++] = f;
        dc->fields = nf;
    }
}

/* ------------------------------------------------------------ methods */

static void gen_init(Synth *sy, ClassInfo *cls, DataclassInfo *dc)
{
    Text *t = &sy->text;
    chk_put(t, "def __init__(self");
    for (int i = 0; i < dc->nfields; i++) {
        DcField *f = &dc->fields[i];
        if (!f->init)
            continue;
        chk_put(t, ", %s", f->name);
        if (f->deflt)
            chk_put(t, "=%s", chk_hole(sy, f->deflt));
        else if (f->factory)
            chk_put(t, "=None");
    }
    chk_put(t, ") -> None:\n");
    for (int i = 0; i < dc->nfields; i++) {
        DcField *f = &dc->fields[i];
        if (f->init && f->factory)
            chk_put(t, "    self.%s = %s if %s is not None else %s()\n", f->name, f->name, f->name,
                chk_hole(sy, f->factory));
        else if (f->init)
            chk_put(t, "    self.%s = %s\n", f->name, f->name);
        else if (f->factory)
            chk_put(t, "    self.%s = %s()\n", f->name, chk_hole(sy, f->factory));
        else if (f->deflt)
            chk_put(t, "    self.%s = %s\n", f->name, chk_hole(sy, f->deflt));
    }
    if (chk_class_defines(cls, "__post_init__"))
        chk_put(t, "    self.__post_init__()\n");
    chk_put(t, "    pass\n");
}

/* After parsing: the parameters get the fields' annotations (T | None
 * for a default_factory). */
static void annotate_init(Checker *c, Ast *def, DataclassInfo *dc)
{
    int p = 1;
    def->u.func.synth = 1;
    for (int i = 0; i < dc->nfields; i++) {
        DcField *f = &dc->fields[i];
        if (!f->init)
            continue;
        Ast *param = def->u.func.params.items[p++];
        Ast *ann = ast_clone(c->arena, f->annotation);
        if (f->factory) {
            Ast *none = ast_new(c->arena, AST_NONE, ann->loc);
            ann = ast_binary(c->arena, (OpTok){ OP_BITOR, ann->loc }, ann, none);
        }
        param->u.param.annotation = ann;
    }
}

static void names_code(Ast *n, void *found)
{
    if (!n || *(bool *)found)
        return;
    const char *id = n->kind == AST_NAME ? n->u.name.id : n->kind == AST_ATTR ? n->u.attr.attr : "";
    if (!strcmp(id, "Callable") || !strcmp(id, "Iterator") || !strcmp(id, "Generator"))
        *(bool *)found = true;
    else
        ast_visit_children(n, names_code, found);
}

/* A field shown in the repr whose annotation names a function or iterator
 * type: CPython's repr would show its address. */
static const char *unshown_field(DataclassInfo *dc)
{
    for (int i = 0; i < dc->nfields; i++) {
        bool found = false;
        if (dc->fields[i].repr)
            names_code(dc->fields[i].annotation, &found);
        if (found)
            return dc->fields[i].name;
    }
    return NULL;
}

static void gen_repr(Synth *sy, DataclassInfo *dc)
{
    Text *t = &sy->text;
    chk_put(t, "def __repr__(self) -> str:\n    return __rt.type_name(self) + f\"(");
    const char *sep = "";
    for (int i = 0; i < dc->nfields; i++) {
        if (!dc->fields[i].repr)
            continue;
        chk_put(t, "%s%s={__rt.field_repr(self.%s)}", sep, dc->fields[i].name, dc->fields[i].name);
        sep = ", ";
    }
    chk_put(t, ")\"\n");
}

static int ncompared(DataclassInfo *dc)
{
    int n = 0;
    for (int i = 0; i < dc->nfields; i++)
        n += dc->fields[i].compare;
    return n;
}

static void gen_eq(Synth *sy, ClassInfo *cls, DataclassInfo *dc)
{
    Text *t = &sy->text;
    chk_put(t, "def __eq__(self, other: object) -> bool:\n"
           "    if isinstance(other, %s) and __rt.same_class(self, other):\n        return ",
        cls->name);
    const char *sep = "";
    for (int i = 0; i < dc->nfields; i++)
        if (dc->fields[i].compare) {
            chk_put(t, "%sself.%s == other.%s", sep, dc->fields[i].name, dc->fields[i].name);
            sep = " and ";
        }
    chk_put(t, "%s\n    return NotImplemented\n", ncompared(dc) ? "" : "True");
}

static void gen_order(Synth *sy, ClassInfo *cls, DataclassInfo *dc)
{
    static const char *const ops[][2] = {
        { "__lt__", "<" }, { "__le__", "<=" }, { "__gt__", ">" }, { "__ge__", ">=" },
    };
    Text *t = &sy->text;
    for (int k = 0; k < 4; k++) {
        if (chk_class_defines(cls, ops[k][0])) {
            if (!dc->named_tuple)   /* a NamedTuple's own replaces tuple's */
                chk_error(sy->c, sy->at, "cannot overwrite attribute %s in class %s (order=True "
                          "defines it)", ops[k][0], cls->name);
            continue;
        }
        /* as CPython compares the tuples of the fields: the first pair
         * that differs decides */
        chk_put(t, "def %s(self, other: object) -> bool:\n"
               "    if isinstance(other, %s) and __rt.same_class(self, other):\n",
            ops[k][0], cls->name);
        for (int i = 0; i < dc->nfields; i++) {
            const char *f = dc->fields[i].name;
            if (dc->fields[i].compare)
                chk_put(t, "        if not self.%s == other.%s:\n            return self.%s %s other.%s\n",
                        f, f, f, ops[k][1], f);
        }
        chk_put(t, "        return %s\n    return NotImplemented\n", k == 1 || k == 3 ? "True" : "False");
    }
}

static void gen_hash(Synth *sy, DataclassInfo *dc)
{
    Text *t = &sy->text;
    int n = 0;
    for (int i = 0; i < dc->nfields; i++)
        n += dc->fields[i].hash < 0 ? dc->fields[i].compare : dc->fields[i].hash;
    if (!n) {
        chk_put(t, "def __hash__(self) -> int:\n    return 0\n");
        return;
    }
    chk_put(t, "def __hash__(self) -> int:\n    return hash((");
    for (int i = 0; i < dc->nfields; i++) {
        DcField *f = &dc->fields[i];
        if (f->hash < 0 ? f->compare : f->hash)
            chk_put(t, "self.%s, ", f->name);
    }
    chk_put(t, "))\n");
}

static void gen_match_args(Synth *sy, DataclassInfo *dc)
{
    Text *t = &sy->text;
    int n = 0;
    for (int i = 0; i < dc->nfields; i++)
        n += dc->fields[i].init;
    if (!n)
        return;
    chk_put(t, "__match_args__ = (");
    for (int i = 0; i < dc->nfields; i++)
        if (dc->fields[i].init)
            chk_put(t, "\"%s\", ", dc->fields[i].name);
    chk_put(t, ")\n");
}

/* A field annotated as a list, dict or set.  CPython hashes a NamedTuple
 * holding one only when asked to, and fails then: without a __hash__ the
 * translator refuses to hash it instead. */
static bool unhashable_field(DataclassInfo *dc)
{
    static const char *const names[] = { "list", "dict", "set", "List", "Dict", "Set",
                                          "defaultdict", "Counter", "deque", "bytearray" };
    for (int i = 0; i < dc->nfields; i++) {
        Ast *a = dc->fields[i].annotation;
        a = a->kind == AST_SUBSCRIPT ? a->u.sub.obj : a;
        const char *id = a->kind == AST_NAME ? a->u.name.id : a->kind == AST_ATTR ? a->u.attr.attr : "";
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (strcmp(id, names[k]) == 0)
                return true;
    }
    return false;
}

/* NamedTuple's _fields: the names, in order. */
static void gen_fields(Synth *sy, DataclassInfo *dc)
{
    chk_put(&sy->text, "_fields = (");
    for (int i = 0; i < dc->nfields; i++)
        chk_put(&sy->text, "\"%s\", ", dc->fields[i].name);
    chk_put(&sy->text, ")\n");
}

/* A NamedTuple's fields as the tuple it is in CPython: len(), indexing,
 * iteration and unpacking use it (chk_named_tuple_items). */
static void gen_rt_tuple(Synth *sy, DataclassInfo *dc)
{
    if (!dc->nfields)
        return;         /* tuple[()] has no type here */
    chk_put(&sy->text, "def _rt_tuple(self) -> tuple[");
    for (int i = 0; i < dc->nfields; i++)
        chk_put(&sy->text, "%s%s", i ? ", " : "", chk_hole(sy, dc->fields[i].annotation));
    chk_put(&sy->text, "]:\n    return (");
    for (int i = 0; i < dc->nfields; i++)
        chk_put(&sy->text, "self.%s, ", dc->fields[i].name);
    chk_put(&sy->text, ")\n");
}

/* Two field annotations written alike (names, attributes, subscripts,
 * tuples and unions of them): the fields have one type. */
static bool same_annotation(const Ast *a, const Ast *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case AST_NAME: return strcmp(a->u.name.id, b->u.name.id) == 0;
    case AST_NONE: return true;
    case AST_STR: return strcmp(a->u.str.s, b->u.str.s) == 0;
    case AST_ATTR:
        return strcmp(a->u.attr.attr, b->u.attr.attr) == 0 && same_annotation(a->u.attr.obj, b->u.attr.obj);
    case AST_SUBSCRIPT:
        return same_annotation(a->u.sub.obj, b->u.sub.obj) && same_annotation(a->u.sub.index, b->u.sub.index);
    case AST_BINARY:
        return a->u.binary.op == b->u.binary.op && same_annotation(a->u.binary.left, b->u.binary.left) &&
               same_annotation(a->u.binary.right, b->u.binary.right);
    case AST_TUPLE:
        if (a->u.seq.items.n != b->u.seq.items.n)
            return false;
        for (int i = 0; i < a->u.seq.items.n; i++)
            if (!same_annotation(a->u.seq.items.items[i], b->u.seq.items.items[i]))
                return false;
        return true;
    default: return false;
    }
}

/* NamedTuple's _asdict(): a dict[str, T] when every field is a T.  With
 * fields of several types the dict's values would have no one type: no
 * _asdict is made, and a call is refused (check_expr.c). */
static void gen_asdict(Synth *sy, DataclassInfo *dc)
{
    if (!dc->nfields)
        return;
    for (int i = 1; i < dc->nfields; i++)
        if (!same_annotation(dc->fields[i].annotation, dc->fields[0].annotation))
            return;
    chk_put(&sy->text, "def _asdict(self) -> dict[str, %s]:\n    return {",
            chk_hole(sy, dc->fields[0].annotation));
    for (int i = 0; i < dc->nfields; i++)
        chk_put(&sy->text, "\"%s\": self.%s, ", dc->fields[i].name, dc->fields[i].name);
    chk_put(&sy->text, "}\n");
}

/* The method p._replace(k1=v1, k2=v2) calls: "_rt_replace__k1__k2", one per
 * list of keywords (in call order, which is the order CPython evaluates
 * them in); NULL when an argument is positional (CPython's TypeError). */
const char *chk_replace_method(Checker *c, Ast *call)
{
    const char *name = "_rt_replace_";
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *a = call->u.call.args.items[i];
        if (a->kind != AST_KEYWORD)
            return NULL;
        name = chk_fmt(c, "%s_%s", name, a->u.kw.name);
    }
    return name;
}

typedef struct ReplaceScan {
    Synth *sy;
    ClassInfo *cls;
    DataclassInfo *dc;
} ReplaceScan;

static int field_index(DataclassInfo *dc, const char *name)
{
    for (int i = 0; i < dc->nfields; i++)
        if (strcmp(dc->fields[i].name, name) == 0)
            return i;
    return -1;
}

/* One _rt_replace__... method for the keywords of call, when they all
 * name fields and no earlier call made it: a new P of self's fields with
 * the given ones replaced. */
static void gen_replace(ReplaceScan *rs, Ast *call)
{
    Synth *sy = rs->sy;
    DataclassInfo *dc = rs->dc;
    const char *name = chk_replace_method(sy->c, call);
    if (!name || (sy->text.s && strstr(sy->text.s, chk_fmt(sy->c, "def %s(", name))))
        return;
    int *given = arena_alloc(sy->c->arena, (size_t)(dc->nfields + 1) * sizeof *given);
    for (int i = 0; i < dc->nfields; i++)
        given[i] = -1;
    AstList *args = &call->u.call.args;
    for (int k = 0; k < args->n; k++) {
        int i = field_index(dc, args->items[k]->u.kw.name);
        if (i < 0 || given[i] >= 0)
            return;     /* CPython's ValueError: refused where it is called */
        given[i] = k;
    }
    chk_put(&sy->text, "def %s(self", name);
    for (int k = 0; k < args->n; k++) {
        int i = field_index(dc, args->items[k]->u.kw.name);
        chk_put(&sy->text, ", %s: %s", dc->fields[i].name, chk_hole(sy, dc->fields[i].annotation));
    }
    chk_put(&sy->text, ") -> %s:\n    return %s(", rs->cls->name, rs->cls->name);
    for (int i = 0; i < dc->nfields; i++)
        chk_put(&sy->text, "%s%s%s", i ? ", " : "", given[i] >= 0 ? "" : "self.", dc->fields[i].name);
    chk_put(&sy->text, ")\n");
}

static void scan_replace_calls(Ast *n, void *data)
{
    if (n->kind == AST_CALL && n->u.call.func->kind == AST_ATTR &&
        strcmp(n->u.call.func->u.attr.attr, "_replace") == 0)
        gen_replace(data, n);
    ast_visit_children(n, scan_replace_calls, data);
}

/* NamedTuple's _replace(**kwargs) as one typed method per list of
 * keywords the module calls it with (any receiver: a method a P does not
 * call is never used, so never translated). */
static void gen_replace_methods(Synth *sy, ModuleInfo *m, ClassInfo *cls, DataclassInfo *dc)
{
    ReplaceScan rs = { sy, cls, dc };
    scan_replace_calls(m->ast, &rs);
}

/* ---------------------------------------------------------- dataclass */

static void check_hierarchy(Checker *c, ClassInfo *cls, ClassInfo *base, DataclassInfo *dc,
                            Loc at)
{
    if (!base)
        return;
    if (base->dataclass && base->dataclass->frozen != dc->frozen)
        chk_error(c, at, "cannot inherit %s dataclass from a %s one", dc->frozen ? "frozen" :
                  "non-frozen", dc->frozen ? "non-frozen" : "frozen");
    if (!base->dataclass && dc->frozen)
        for (Ast **s = base->def->u.cls.body.items;
             s < base->def->u.cls.body.items + base->def->u.cls.body.n; s++)
            if ((*s)->kind == AST_ANNASSIGN) {
                chk_error(c, at, "a frozen dataclass cannot derive from '%s', which has fields "
                          "of its own", base->name);
                break;
            }
    (void)cls;
}

static void gen_methods(Checker *c, ModuleInfo *m, ClassInfo *cls, DataclassInfo *dc, Loc at,
                        const char *what);

static void dataclass(Checker *c, ModuleInfo *m, ClassInfo *cls, Ast *d)
{
    DataclassInfo *dc = arena_alloc(c->arena, sizeof *dc);
    dataclass_options(c, d, dc);
    ClassInfo *base = base_class(c, m, cls);
    check_hierarchy(c, cls, base, dc, d->loc);
    if (base && base->dataclass && base->dataclass->nfields) {
        DataclassInfo *bd = base->dataclass;
        dc->fields = arena_alloc(c->arena, (size_t)bd->nfields * sizeof *dc->fields);
        memcpy(dc->fields, bd->fields, (size_t)bd->nfields * sizeof *dc->fields);
        dc->nfields = bd->nfields;
    }
    own_fields(c, m, cls, dc);
    cls->dataclass = dc;
    gen_methods(c, m, cls, dc, d->loc, "dataclass");
}

/* The methods dc asks for that the class does not define itself. */
static void gen_methods(Checker *c, ModuleInfo *m, ClassInfo *cls, DataclassInfo *dc, Loc at,
                        const char *what)
{
    Synth sy = { .c = c, .at = at };
    bool init = dc->init && !chk_class_defines(cls, "__init__");
    if (init)
        gen_init(&sy, cls, dc);
    dc->unshown = unshown_field(dc);
    if (dc->repr && !dc->unshown && !chk_class_defines(cls, "__repr__"))
        gen_repr(&sy, dc);
    if (dc->eq && !chk_class_defines(cls, "__eq__"))
        gen_eq(&sy, cls, dc);
    if (dc->order)
        gen_order(&sy, cls, dc);
    if ((dc->unsafe_hash || (dc->eq && dc->frozen)) && !chk_class_defines(cls, "__hash__") &&
        !(dc->named_tuple && unhashable_field(dc)))
        gen_hash(&sy, dc);
    if (dc->match_args && !chk_class_defines(cls, "__match_args__"))
        gen_match_args(&sy, dc);
    if (dc->named_tuple) {
        gen_fields(&sy, dc);
        gen_rt_tuple(&sy, dc);
        if (!chk_class_defines(cls, "_asdict"))
            gen_asdict(&sy, dc);
        gen_replace_methods(&sy, m, cls, dc);
    }
    int before = cls->def->u.cls.body.n;
    emit(&sy, cls, what);
    if (init && cls->def->u.cls.body.n > before)
        annotate_init(c, cls->def->u.cls.body.items[before], dc);
}

/* ----------------------------------------------------- total_ordering */

static void total_ordering(Checker *c, ClassInfo *cls, Ast *d)
{
    /* CPython's root is the greatest name among those defined: lt > le > gt > ge */
    static const char *const roots[] = { "__lt__", "__le__", "__gt__", "__ge__" };
    static const char *const derived[4][3][2] = {
        { { "__gt__", "not self.__lt__(other) and self != other" },
          { "__le__", "self.__lt__(other) or self == other" },
          { "__ge__", "not self.__lt__(other)" } },
        { { "__ge__", "not self.__le__(other) or self == other" },
          { "__lt__", "self.__le__(other) and self != other" },
          { "__gt__", "not self.__le__(other)" } },
        { { "__lt__", "not self.__gt__(other) and self != other" },
          { "__ge__", "self.__gt__(other) or self == other" },
          { "__le__", "not self.__gt__(other)" } },
        { { "__le__", "not self.__ge__(other) or self == other" },
          { "__gt__", "self.__ge__(other) and self != other" },
          { "__lt__", "not self.__ge__(other)" } },
    };
    int r = -1;
    Ast *root = NULL;
    for (int k = 0; k < 4 && r < 0; k++)
        for (ClassInfo *x = cls; x && r < 0; x = x->base)
            for (int i = 0; i < x->def->u.cls.body.n && r < 0; i++) {
                Ast *s = x->def->u.cls.body.items[i];
                if (s->kind == AST_FUNCDEF && strcmp(s->u.func.name, roots[k]) == 0)
                    r = k, root = s;
            }
    if (r < 0 || root->u.func.params.n != 2) {
        chk_error(c, d->loc, "must define at least one ordering operation: < > <= >=");
        return;
    }
    Synth sy = { .c = c, .at = d->loc };
    Ast *ann = root->u.func.params.items[1]->u.param.annotation;
    for (int k = 0; k < 3; k++) {
        if (chk_class_defines(cls, derived[r][k][0]))
            continue;
        chk_put(&sy.text, "def %s(self, other: %s) -> bool:\n    return %s\n", derived[r][k][0],
            ann ? chk_hole(&sy, ann) : "object", derived[r][k][1]);
    }
    emit(&sy, cls, "total_ordering");
}

/* --------------------------------------------------------- NamedTuple */

/* class P(NamedTuple) with annotated fields is made a frozen dataclass
 * with order: __init__ with the defaults, CPython's repr "P(x=1, y='a')",
 * ==, the orders (the fields as a tuple) and the hash of the fields'
 * tuple, __match_args__ and _fields.  That is a NamedTuple's behaviour as
 * long as a P meets only Ps: comparisons with another NamedTuple class
 * or a tuple (which CPython compares item by item) are refused
 * (check_expr.c), and so are deriving from P and assigning its fields
 * (CPython's AttributeError). */
void chk_named_tuple_declare(Checker *c, ModuleInfo *m, ClassInfo *cls)
{
    AstList *bases = &cls->def->u.cls.bases;
    if (bases->n != 1 || chk_decorator_id(c, m, bases->items[0]) != BI_TYPING_NAMEDTUPLE)
        return;
    bases->n = 0;
    if (cls->dataclass) {
        chk_error(c, cls->def->loc, "a NamedTuple class cannot be a dataclass");
        return;
    }
    DataclassInfo *dc = arena_alloc(c->arena, sizeof *dc);
    dc->init = dc->repr = dc->eq = dc->order = dc->frozen = dc->match_args = 1;
    dc->named_tuple = 1;
    own_fields(c, m, cls, dc);
    cls->dataclass = dc;
    bool ok = true;
    for (int i = 0; i < dc->nfields; i++) {
        DcField *f = &dc->fields[i];
        if (f->factory || !f->init || !f->repr || !f->compare || f->hash >= 0) {
            chk_error(c, f->loc, "field() is for dataclasses: a NamedTuple field takes a plain "
                      "default ('%s: T = value')", f->name);
            *f = (DcField){ .name = f->name, .annotation = f->annotation, .loc = f->loc,
                            .init = 1, .repr = 1, .compare = 1, .hash = -1 };
        } else if (!f->deflt && i > 0 && dc->fields[i - 1].deflt) {
            chk_error(c, f->loc, "Non-default namedtuple field %s cannot follow default field %s",
                      f->name, dc->fields[i - 1].name);
            ok = false;
        }
    }
    if (!ok)
        return;
    dc->own_compare = chk_class_defines(cls, "__eq__") || chk_class_defines(cls, "__lt__") ||
                      chk_class_defines(cls, "__le__") || chk_class_defines(cls, "__gt__") ||
                      chk_class_defines(cls, "__ge__");
    gen_methods(c, m, cls, dc, cls->def->loc, "NamedTuple");
}

bool chk_is_named_tuple(const Type *t)
{
    return t->kind == TY_CLASS && t->cls->dataclass && t->cls->dataclass->named_tuple;
}

/* The method giving a NamedTuple's items as a tuple, or NULL when t is
 * no NamedTuple (or one without fields). */
FuncInfo *chk_named_tuple_items(Checker *c, const Type *t)
{
    if (!chk_is_named_tuple(t))
        return NULL;
    FuncInfo *m = chk_find_method(t->cls, "_rt_tuple");
    if (m)
        chk_use_func(c, m);
    return m;
}

/* x as the tuple of its items when it is a NamedTuple (len(p), p[i],
 * iteration): CPython's NamedTuple is a tuple. */
Ast *chk_named_tuple_as_tuple(Checker *c, Ast *x)
{
    FuncInfo *m = chk_named_tuple_items(c, x->ty);
    return m ? chk_method_call(c, x, m, NULL, 0, x->loc) : x;
}

/* ------------------------------------------------------------- entry */

bool chk_class_decorator(Checker *c, ModuleInfo *m, ClassInfo *cls, Ast *d)
{
    switch (chk_decorator_id(c, m, d->u.expr_stmt.value)) {
    case BI_DATACLASSES_DATACLASS:
        dataclass(c, m, cls, d);
        return true;
    case BI_FUNCTOOLS_TOTAL_ORDERING:
        total_ordering(c, cls, d);
        return true;
    case BI_ENUM_UNIQUE:
        if (!cls->enuminfo)
            cls->enuminfo = arena_alloc(c->arena, sizeof *cls->enuminfo);
        cls->enuminfo->unique = 1;
        return true;
    default:
        return false;
    }
}
