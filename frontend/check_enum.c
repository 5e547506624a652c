/* check_enum.c - enum.Enum and enum.IntEnum classes.
 *
 * `class Color(Enum): RED = 1; GREEN = auto()` becomes, as the class
 * statement is declared (chk_declare_module), an ordinary class with the
 * final fields `name` and `value`, its __repr__ (<Color.RED: 1>), __str__
 * (Color.RED; an IntEnum shows its value, as in 3.11) and two static
 * lookups, followed at module level by one global per member, holding
 * its only instance, and a global list of the members.  The checker then
 * reads `Color.RED` as that global, `Color(1)` and `Color['RED']` as the
 * lookups (ValueError, KeyError), and iterates, measures and searches the
 * class through the list.  Members compare by identity (no __eq__), so
 * they are dict keys and match by `==` and `is`.  An IntEnum member
 * computes as its value where CPython computes with it as an int
 * (arithmetic, comparisons, indices: chk_intenum_value).
 *
 * Values: int, str, float or bool literals (all of one type), or auto()
 * (the previous int value plus one, from 1); a repeated value makes an
 * alias of the first member with it (@unique: an error).  Refused: other
 * values, annotated names in the body, subclassing an enum, Flag.
 */
#include <string.h>

#include "frontend/check.h"

/* A member as written: NAME = literal or auto(). */
typedef struct Member {
    const char *name;
    Ast *value;             /* the literal (auto(): a synthesized INT) */
    int alias;              /* index of the member it repeats, or -1 */
    Loc loc;
} Member;

static bool same_literal(Ast *a, Ast *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case AST_INT: case AST_BOOL: return a->u.i == b->u.i;
    case AST_FLOAT: return a->u.f == b->u.f;
    case AST_STR: return a->u.str.len == b->u.str.len && !memcmp(a->u.str.s, b->u.str.s, a->u.str.len);
    default: return false;
    }
}

/* The member's value as a literal node (negative numbers folded). */
static Ast *literal(Checker *c, ModuleInfo *m, Ast *v, int64_t *next_auto)
{
    if (v->kind == AST_CALL && chk_decorator_id(c, m, v) == BI_ENUM_AUTO && !v->u.call.args.n) {
        Ast *n = ast_new(c->arena, AST_INT, v->loc);
        n->u.i = (*next_auto)++;
        return n;
    }
    if (v->kind == AST_UNARY && v->u.unary.op == OP_NEG) {
        Ast *x = v->u.unary.operand;
        if (x->kind == AST_INT || x->kind == AST_FLOAT) {
            Ast *n = ast_new(c->arena, x->kind, v->loc);
            if (x->kind == AST_INT)
                n->u.i = -x->u.i;
            else
                n->u.f = -x->u.f;
            v = n;
        }
    }
    if (v->kind == AST_INT)
        *next_auto = v->u.i + 1;
    if (v->kind == AST_INT || v->kind == AST_STR || v->kind == AST_FLOAT || v->kind == AST_BOOL)
        return v;
    chk_error(c, v->loc, "an enum member's value must be an int, str, float or bool literal, "
                         "or auto()");
    return NULL;
}

static const char *value_type(Checker *c, Member *ms, int n, Loc loc)
{
    AstKind k = n ? ms[0].value->kind : AST_INT;
    for (int i = 1; i < n; i++)
        if (ms[i].value->kind != k) {
            chk_error(c, ms[i].loc, "the members of an enum must have values of one type");
            break;
        }
    (void)loc;
    return k == AST_INT ? "int" : k == AST_STR ? "str" : k == AST_FLOAT ? "float" : "bool";
}

/* Takes the members out of the class body. */
static int collect_members(Checker *c, ModuleInfo *m, ClassInfo *cls, Member **out)
{
    AstList *b = &cls->def->u.cls.body;
    Member *ms = arena_alloc(c->arena, (size_t)(b->n + 1) * sizeof *ms);
    int n = 0, keep = 0;
    int64_t next_auto = 1;
    for (int i = 0; i < b->n; i++) {
        Ast *s = b->items[i];
        bool member = s->kind == AST_ASSIGN && s->u.assign.targets.n == 1 &&
                      s->u.assign.targets.items[0]->kind == AST_NAME &&
                      s->u.assign.targets.items[0]->u.name.id[0] != '_';
        if (s->kind == AST_ANNASSIGN)
            chk_error(c, s->loc, "an enum's body declares members (NAME = value) and methods, "
                                 "not fields");
        if (!member) {
            b->items[keep++] = s;
            continue;
        }
        Ast *v = literal(c, m, s->u.assign.value, &next_auto);
        if (!v)
            continue;
        Member mb = { s->u.assign.targets.items[0]->u.name.id, v, -1, s->loc };
        for (int k = 0; k < n && mb.alias < 0; k++)
            if (same_literal(ms[k].value, v))
                mb.alias = ms[k].alias >= 0 ? ms[k].alias : k;
        ms[n++] = mb;
    }
    b->n = keep;
    *out = ms;
    return n;
}

/* ------------------------------------------------------------ the code */

static void class_text(Synth *sy, ClassInfo *cls, EnumInfo *ei, const char *vt)
{
    Text *t = &sy->text;
    const char *cn = cls->name;
    chk_put(t, "name: str\nvalue: %s\n", vt);
    chk_put(t, "def __init__(self, name: str, value: %s) -> None:\n"
               "    self.name = name\n    self.value = value\n", vt);
    if (!chk_class_defines(cls, "__repr__"))
        chk_put(t, "def __repr__(self) -> str:\n"
                   "    return f\"<%s.{self.name}: {self.value!r}>\"\n", cn);
    if (!chk_class_defines(cls, "__str__")) {
        if (ei->int_enum)
            chk_put(t, "def __str__(self) -> str:\n    return str(self.value)\n");
        else
            chk_put(t, "def __str__(self) -> str:\n    return \"%s.\" + self.name\n", cn);
    }
    chk_put(t, "@staticmethod\ndef _value_lookup_(value: %s) -> %s:\n"
               "    for m in %s:\n        if m.value == value:\n            return m\n"
               "    raise ValueError(f\"{value!r} is not a valid %s\")\n", vt, cn, ei->members, cn);
    chk_put(t, "@staticmethod\ndef _name_lookup_(name: str) -> %s:\n"
               "    for m in %s:\n        if m.name == name:\n            return m\n"
               "    raise KeyError(name)\n", cn, ei->members);
}

static void module_text(Synth *sy, ClassInfo *cls, EnumInfo *ei, Member *ms, int n)
{
    Text *t = &sy->text;
    for (int i = 0; i < n; i++)
        if (ms[i].alias < 0)
            chk_put(t, "%s: \"%s\" = %s(\"%s\", %s)\n", ei->globals[i], cls->name, cls->name,
                    ms[i].name, chk_hole(sy, ms[i].value));
    /* quoted: the metaclass makes these, CPython evaluates no annotation */
    chk_put(t, "%s: \"list[%s]\" = [", ei->members, cls->name);
    for (int i = 0; i < n; i++)
        if (ms[i].alias < 0)
            chk_put(t, "%s, ", ei->globals[i]);
    chk_put(t, "]\n");
}

static void check_unique(Checker *c, ClassInfo *cls, Member *ms, int n)
{
    for (int i = 0; i < n; i++)
        if (ms[i].alias >= 0)
            chk_error(c, ms[i].loc, "duplicate values found in <enum '%s'>: %s -> %s", cls->name,
                      ms[i].name, ms[ms[i].alias].name);
}

/* The class statement body->items[at] (declared as cls): when it derives
 * from Enum or IntEnum, rewrites it and inserts the members' globals after
 * it. */
void chk_enum_declare(Checker *c, ModuleInfo *m, AstList *body, int at, ClassInfo *cls)
{
    AstList *bases = &cls->def->u.cls.bases;
    int id = bases->n == 1 ? chk_decorator_id(c, m, bases->items[0]) : -1;
    if (id != BI_ENUM_ENUM && id != BI_ENUM_INTENUM)
        return;
    EnumInfo *ei = cls->enuminfo ? cls->enuminfo : arena_alloc(c->arena, sizeof *ei);
    cls->enuminfo = ei;
    ei->int_enum = id == BI_ENUM_INTENUM;
    bases->n = 0;
    Member *ms;
    int n = collect_members(c, m, cls, &ms);
    if (ei->unique)
        check_unique(c, cls, ms, n);
    ei->n = n;
    ei->names = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *ei->names);
    ei->globals = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *ei->globals);
    ei->members = chk_fmt(c, "__enum_%s__members", cls->name);
    for (int i = 0; i < n; i++) {
        ei->names[i] = ms[i].name;
        ei->globals[i] = chk_fmt(c, "__enum_%s_%s", cls->name,
                                 ms[ms[i].alias >= 0 ? ms[i].alias : i].name);
    }
    const char *vt = value_type(c, ms, n, cls->def->loc);
    if (ei->int_enum && strcmp(vt, "int") != 0)
        chk_error(c, cls->def->loc, "the members of an IntEnum must have int values");
    Synth sy = { .c = c, .at = cls->def->loc };
    class_text(&sy, cls, ei, vt);
    AstList members = chk_synth_parse(&sy, chk_fmt(c, "<enum %s>", cls->name));
    ast_list_append(c->arena, &cls->def->u.cls.body, &members);
    module_text(&sy, cls, ei, ms, n);
    AstList globals = chk_synth_parse(&sy, chk_fmt(c, "<members of %s>", cls->name));
    for (int i = 0; i < globals.n; i++)
        ast_list_push(c->arena, body, NULL);
    memmove(&body->items[at + 1 + globals.n], &body->items[at + 1],
            (size_t)(body->n - globals.n - at - 1) * sizeof *body->items);
    for (int i = 0; i < globals.n; i++)
        body->items[at + 1 + i] = globals.items[i];
}

/* After the class's members are declared: name and value are final. */
void chk_enum_fields(ClassInfo *cls)
{
    if (!cls->enuminfo)
        return;
    for (int i = 0; i < cls->nfields; i++)
        cls->fields[i].is_final = 1;
}

/* ------------------------------------------------------------ the uses */

/* The global of member `name` of enum cls, as a checked NAME (NULL: no
 * such member). */
Ast *chk_enum_member(Checker *c, ClassInfo *cls, const char *name, Loc loc)
{
    EnumInfo *ei = cls->enuminfo;
    for (int i = 0; ei && i < ei->n; i++)
        if (strcmp(ei->names[i], name) == 0) {
            Ast *n = ast_new(c->arena, AST_NAME, loc);
            n->u.name.id = ei->globals[i];
            n->u.name.sym = symtab_get(cls->module->syms, ei->globals[i]);
            return chk_expr(c, n);
        }
    return NULL;
}

/* e (checked) names an enum class: the list of its members; else e. */
Ast *chk_enum_as_members(Checker *c, Ast *e)
{
    if (e->ty->kind != TY_CLASSREF || !e->ty->cls->enuminfo)
        return e;
    ClassInfo *cls = e->ty->cls;
    Ast *n = ast_new(c->arena, AST_NAME, e->loc);
    n->u.name.id = cls->enuminfo->members;
    n->u.name.sym = symtab_get(cls->module->syms, cls->enuminfo->members);
    return chk_expr(c, n);
}

/* Color(value) and Color[name]: calls of the class's lookups. */
Ast *chk_enum_lookup(Checker *c, Ast *call, ClassInfo *cls, bool by_name)
{
    FuncInfo *m = chk_find_method(cls, by_name ? "_name_lookup_" : "_value_lookup_");
    call->u.call.res = RES_STATIC;
    call->u.call.target = m;
    call->u.call.recv = NULL;
    chk_bind_args(c, call, m, 0);
    return call;
}

/* An IntEnum member where CPython computes with it as an int: its value. */
Ast *chk_intenum_value(Checker *c, Ast *e)
{
    if (e->ty->kind != TY_CLASS || !e->ty->cls->enuminfo || !e->ty->cls->enuminfo->int_enum)
        return e;
    Ast *a = ast_new(c->arena, AST_ATTR, e->loc);
    a->u.attr.obj = e;
    a->u.attr.attr = "value";
    a->u.attr.attr_loc = e->loc;
    Field *f = chk_find_field(e->ty->cls, "value");
    a->u.attr.res = RES_FIELD;
    a->u.attr.index = f->index;
    a->ty = f->type;
    return a;
}
