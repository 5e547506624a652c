/* ast.c - node construction and the S-expression dump.
 *
 * Constructors only fill syntax fields; [checker] fields start zeroed.
 * Lists grow geometrically inside the arena (the old block is abandoned,
 * which the arena's bulk free makes harmless). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

const char *const ast_kind_names[AST__COUNT] = {
#define X(name) #name,
    AST_KINDS(X)
#undef X
};

const char *const ast_op_text[OP__COUNT] = {
#define X(name, text) text,
    AST_OPS(X)
#undef X
};

Ast *ast_new(Arena *a, AstKind kind, Loc loc)
{
    Ast *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->loc = loc;
    return n;
}

void ast_list_push(Arena *a, AstList *list, Ast *node)
{
    if (list->n == list->cap) {
        int cap = list->cap ? 2 * list->cap : 4;
        list->items = arena_grow(a, list->items, (size_t)list->n * sizeof(Ast *),
                                 (size_t)cap * sizeof(Ast *));
        list->cap = cap;
    }
    list->items[list->n++] = node;
}

AstList ast_list1(Arena *a, Ast *node)
{
    AstList l = {0};
    ast_list_push(a, &l, node);
    return l;
}

void ast_list_append(Arena *a, AstList *dst, const AstList *src)
{
    for (int i = 0; i < src->n; i++)
        ast_list_push(a, dst, src->items[i]);
}

/* ---------------------------------------------------------- expressions */

Ast *ast_name(Arena *a, Loc loc, const char *id)
{
    Ast *n = ast_new(a, AST_NAME, loc);
    n->u.name.id = id;
    return n;
}

Ast *ast_int(Arena *a, Loc loc, int64_t value)
{
    Ast *n = ast_new(a, AST_INT, loc);
    n->u.i = value;
    return n;
}

Ast *ast_float(Arena *a, Loc loc, double value)
{
    Ast *n = ast_new(a, AST_FLOAT, loc);
    n->u.f = value;
    return n;
}

Ast *ast_str(Arena *a, Loc loc, const char *s, size_t len)
{
    Ast *n = ast_new(a, AST_STR, loc);
    n->u.str.s = s;
    n->u.str.len = len;
    return n;
}

Ast *ast_bool(Arena *a, Loc loc, int value)
{
    Ast *n = ast_new(a, AST_BOOL, loc);
    n->u.i = value != 0;
    return n;
}

Ast *ast_attr(Arena *a, Ast *obj, const char *attr, Loc attr_loc)
{
    Ast *n = ast_new(a, AST_ATTR, obj->loc);
    n->u.attr.obj = obj;
    n->u.attr.attr = attr;
    n->u.attr.attr_loc = attr_loc;
    return n;
}

Ast *ast_subscript(Arena *a, Loc loc, Ast *obj, Ast *index)
{
    Ast *n = ast_new(a, AST_SUBSCRIPT, loc);
    n->u.sub.obj = obj;
    n->u.sub.index = index;
    return n;
}

Ast *ast_slice(Arena *a, Loc loc, Ast *lo, Ast *hi, Ast *step)
{
    Ast *n = ast_new(a, AST_SLICE, loc);
    n->u.slice.lo = lo;
    n->u.slice.hi = hi;
    n->u.slice.step = step;
    return n;
}

Ast *ast_call(Arena *a, Loc loc, Ast *func, AstList args)
{
    Ast *n = ast_new(a, AST_CALL, loc);
    n->u.call.func = func;
    n->u.call.args = args;
    return n;
}

Ast *ast_keyword(Arena *a, Loc loc, const char *name, Ast *value)
{
    Ast *n = ast_new(a, AST_KEYWORD, loc);
    n->u.kw.name = name;
    n->u.kw.value = value;
    return n;
}

Ast *ast_unary(Arena *a, Loc loc, AstOp op, Ast *operand)
{
    Ast *n = ast_new(a, AST_UNARY, loc);
    n->u.unary.op = op;
    n->u.unary.operand = operand;
    return n;
}

Ast *ast_binary(Arena *a, OpTok op, Ast *left, Ast *right)
{
    Ast *n = ast_new(a, AST_BINARY, op.loc);
    n->u.binary.op = op.op;
    n->u.binary.left = left;
    n->u.binary.right = right;
    return n;
}

Ast *ast_boolop(Arena *a, OpTok op, Ast *left, Ast *right)
{
    Ast *n = ast_binary(a, op, left, right);
    n->kind = AST_BOOLOP;
    return n;
}

Ast *ast_compare(Arena *a, OpTok op, Ast *left, Ast *right)
{
    Ast *n = ast_new(a, AST_COMPARE, op.loc);
    ast_list_push(a, &n->u.compare.operands, left);
    return ast_compare_more(a, n, op, right);
}

Ast *ast_compare_more(Arena *a, Ast *chain, OpTok op, Ast *right)
{
    AstList *operands = &chain->u.compare.operands;
    int oldcap = operands->cap;
    ast_list_push(a, operands, right);
    /* ops has room for operands->cap entries: n operands need n-1. */
    if (operands->cap != oldcap || !chain->u.compare.ops)
        chain->u.compare.ops = arena_grow(a, chain->u.compare.ops,
                                          (size_t)(operands->n - 2) * sizeof(AstOp),
                                          (size_t)operands->cap * sizeof(AstOp));
    chain->u.compare.ops[operands->n - 2] = op.op;
    return chain;
}

Ast *ast_ifexp(Arena *a, Ast *body, Ast *test, Ast *orelse)
{
    Ast *n = ast_new(a, AST_IFEXP, body->loc);
    n->u.ifexp.test = test;
    n->u.ifexp.body = body;
    n->u.ifexp.orelse = orelse;
    return n;
}

Ast *ast_named(Arena *a, Loc loc, Ast *target, Ast *value)
{
    Ast *n = ast_new(a, AST_NAMEDEXPR, loc);
    n->u.named.target = target;
    n->u.named.value = value;
    return n;
}

Ast *ast_seq(Arena *a, AstKind kind, Loc loc, AstList items)
{
    Ast *n = ast_new(a, kind, loc);
    n->u.seq.items = items;
    return n;
}

Ast *ast_tuple_or_item(Arena *a, Loc loc, const ExprList *list, int trailing_comma)
{
    if (list->items.n == 1 && !trailing_comma)
        return list->items.items[0];
    return ast_seq(a, AST_TUPLE, loc, list->items);
}

Ast *ast_dict(Arena *a, Loc loc, AstList keys, AstList values)
{
    Ast *n = ast_new(a, AST_DICT, loc);
    n->u.dict.keys = keys;
    n->u.dict.values = values;
    return n;
}

Ast *ast_comp(Arena *a, AstKind kind, Loc loc, Ast *elt, Ast *value, AstList fors)
{
    Ast *n = ast_new(a, kind, loc);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    n->u.comp.fors = fors;
    return n;
}

Ast *ast_compfor(Arena *a, Loc loc, Ast *target, Ast *iter)
{
    Ast *n = ast_new(a, AST_COMPFOR, loc);
    n->u.compfor.target = target;
    n->u.compfor.iter = iter;
    return n;
}

Ast *ast_starred(Arena *a, Loc loc, AstOp op, Ast *operand)
{
    Ast *n = ast_unary(a, loc, op, operand);
    n->kind = AST_STARRED;
    return n;
}

Ast *ast_lambda(Arena *a, Loc loc, AstList params, Ast *body)
{
    Ast *n = ast_new(a, AST_LAMBDA, loc);
    n->u.func.name = "<lambda>";
    n->u.func.params = params;
    n->u.func.body = ast_list1(a, body);
    return n;
}

Ast *ast_yield(Arena *a, Loc loc, AstKind kind, Ast *value)
{
    Ast *n = ast_new(a, kind, loc);
    n->u.unary.operand = value;
    return n;
}

/* ------------------------------------------------------- string joining */

/* A literal part is a STR without conversion or spec; a STR with either
 * is a replacement field whose expression is a string literal. */
static int is_literal_part(const Ast *fs, int i)
{
    return fs->u.fstr.parts.items[i]->kind == AST_STR && !fs->u.fstr.convs[i] &&
           !fs->u.fstr.specs[i];
}

void ast_fstring_push(Arena *a, Ast *fs, Ast *part, char conv, Ast *spec)
{
    AstList *parts = &fs->u.fstr.parts;
    int oldcap = parts->cap;
    ast_list_push(a, parts, part);
    if (parts->cap != oldcap) {
        size_t n = (size_t)parts->n - 1, cap = (size_t)parts->cap;
        fs->u.fstr.convs = arena_grow(a, fs->u.fstr.convs, n, cap);
        fs->u.fstr.specs = arena_grow(a, fs->u.fstr.specs, n * sizeof(Ast *),
                                      cap * sizeof(Ast *));
    }
    fs->u.fstr.convs[parts->n - 1] = conv;
    fs->u.fstr.specs[parts->n - 1] = spec;
}

/* Literal text accumulated while joining. */
typedef struct TextBuf {
    char *s;
    size_t len, cap;
    Loc loc;
    int used;
} TextBuf;

static void text_add(Arena *a, TextBuf *b, const Ast *str)
{
    if (!str->u.str.len)
        return;
    if (!b->used) {
        b->used = 1;
        b->loc = str->loc;
    }
    size_t need = b->len + str->u.str.len + 1;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < need)
            cap *= 2;
        b->s = arena_grow(a, b->s, b->len, cap);
        b->cap = cap;
    }
    memcpy(b->s + b->len, str->u.str.s, str->u.str.len);
    b->len += str->u.str.len;
    b->s[b->len] = '\0';
}

static void text_flush(Arena *a, TextBuf *b, Ast *fs)
{
    if (!b->used)
        return;
    ast_fstring_push(a, fs, ast_str(a, b->loc, b->s ? b->s : "", b->len), 0, NULL);
    *b = (TextBuf){0};
}

Ast *ast_join_strings(Arena *a, const AstList *pieces)
{
    if (pieces->n == 1 && pieces->items[0]->kind == AST_STR)
        return pieces->items[0];
    Ast *fs = ast_new(a, AST_FSTRING, pieces->items[0]->loc);
    TextBuf text = {0};
    int fields = 0;
    for (int i = 0; i < pieces->n; i++) {
        Ast *p = pieces->items[i];
        if (p->kind == AST_STR) {
            text_add(a, &text, p);
            continue;
        }
        for (int j = 0; j < p->u.fstr.parts.n; j++) {
            if (is_literal_part(p, j)) {
                text_add(a, &text, p->u.fstr.parts.items[j]);
                continue;
            }
            text_flush(a, &text, fs);
            ast_fstring_push(a, fs, p->u.fstr.parts.items[j], p->u.fstr.convs[j],
                             p->u.fstr.specs[j]);
            fields++;
        }
    }
    if (!fields)
        return ast_str(a, fs->loc, text.s ? text.s : "", text.len);
    text_flush(a, &text, fs);
    return fs;
}

/* ----------------------------------------------------------- statements */

Ast *ast_expr_stmt(Arena *a, Loc loc, Ast *value)
{
    Ast *n = ast_new(a, AST_EXPR_STMT, loc);
    n->u.expr_stmt.value = value;
    return n;
}

Ast *ast_assign(Arena *a, Loc loc, AstList targets, Ast *value)
{
    Ast *n = ast_new(a, AST_ASSIGN, loc);
    n->u.assign.targets = targets;
    n->u.assign.value = value;
    return n;
}

Ast *ast_annassign(Arena *a, Loc loc, Ast *target, Ast *annotation, Ast *value)
{
    Ast *n = ast_new(a, AST_ANNASSIGN, loc);
    n->u.annassign.target = target;
    n->u.annassign.annotation = annotation;
    n->u.annassign.value = value;
    return n;
}

Ast *ast_augassign(Arena *a, Loc loc, AstOp op, Ast *target, Ast *value)
{
    Ast *n = ast_new(a, AST_AUGASSIGN, loc);
    n->u.augassign.op = op;
    n->u.augassign.target = target;
    n->u.augassign.value = value;
    return n;
}

Ast *ast_simple(Arena *a, AstKind kind, Loc loc)
{
    return ast_new(a, kind, loc);
}

Ast *ast_return(Arena *a, Loc loc, Ast *value)
{
    Ast *n = ast_new(a, AST_RETURN, loc);
    n->u.ret.value = value;
    return n;
}

Ast *ast_raise(Arena *a, Loc loc, Ast *exc, Ast *cause)
{
    Ast *n = ast_new(a, AST_RAISE, loc);
    n->u.raise.exc = exc;
    n->u.raise.cause = cause;
    return n;
}

Ast *ast_assert(Arena *a, Loc loc, Ast *test, Ast *msg)
{
    Ast *n = ast_new(a, AST_ASSERT, loc);
    n->u.assert_.test = test;
    n->u.assert_.msg = msg;
    return n;
}

Ast *ast_names(Arena *a, AstKind kind, Loc loc, const NameList *names)
{
    Ast *n = ast_new(a, kind, loc);
    n->u.names.names = names->names;
    n->u.names.n = names->n;
    return n;
}

Ast *ast_if(Arena *a, Loc loc, Ast *test, AstList body, AstList orelse)
{
    Ast *n = ast_new(a, AST_IF, loc);
    n->u.if_.test = test;
    n->u.if_.body = body;
    n->u.if_.orelse = orelse;
    return n;
}

Ast *ast_while(Arena *a, Loc loc, Ast *test, AstList body, AstList orelse)
{
    Ast *n = ast_new(a, AST_WHILE, loc);
    n->u.loop.test = test;
    n->u.loop.body = body;
    n->u.loop.orelse = orelse;
    return n;
}

Ast *ast_for(Arena *a, Loc loc, Ast *target, Ast *iter, AstList body, AstList orelse)
{
    Ast *n = ast_new(a, AST_FOR, loc);
    n->u.loop.target = target;
    n->u.loop.iter = iter;
    n->u.loop.body = body;
    n->u.loop.orelse = orelse;
    return n;
}

Ast *ast_try(Arena *a, Loc loc, AstList body, AstList handlers, AstList orelse,
             AstList finalbody)
{
    Ast *n = ast_new(a, AST_TRY, loc);
    n->u.try_.body = body;
    n->u.try_.handlers = handlers;
    n->u.try_.orelse = orelse;
    n->u.try_.finalbody = finalbody;
    return n;
}

Ast *ast_handler(Arena *a, Loc loc, Ast *type, const char *name, AstList body)
{
    Ast *n = ast_new(a, AST_HANDLER, loc);
    n->u.handler.type = type;
    n->u.handler.name = name;
    n->u.handler.body = body;
    n->u.handler.local = -1;
    return n;
}

Ast *ast_with(Arena *a, Loc loc, AstList items, AstList body)
{
    Ast *n = ast_new(a, AST_WITH, loc);
    n->u.with.items = items;
    n->u.with.body = body;
    return n;
}

Ast *ast_match(Arena *a, Loc loc, Ast *subject, AstList cases)
{
    Ast *n = ast_new(a, AST_MATCH, loc);
    n->u.match.subject = subject;
    n->u.match.cases = cases;
    return n;
}

Ast *ast_case(Arena *a, Loc loc, Ast *pattern, Ast *guard, AstList body)
{
    Ast *n = ast_new(a, AST_MATCHCASE, loc);
    n->u.mcase.pattern = pattern;
    n->u.mcase.guard = guard;
    n->u.mcase.body = body;
    return n;
}

Ast *ast_withitem(Arena *a, Ast *expr, Ast *target)
{
    Ast *n = ast_new(a, AST_WITHITEM, expr->loc);
    n->u.withitem.expr = expr;
    n->u.withitem.target = target;
    return n;
}

Ast *ast_funcdef(Arena *a, Loc loc, const char *name, AstList params,
                 Ast *returns, AstList body)
{
    Ast *n = ast_new(a, AST_FUNCDEF, loc);
    n->u.func.name = name;
    n->u.func.params = params;
    n->u.func.returns = returns;
    n->u.func.body = body;
    return n;
}

Ast *ast_param(Arena *a, Loc loc, const char *name, Ast *annotation,
               Ast *default_value, int star)
{
    Ast *n = ast_new(a, AST_PARAM, loc);
    n->u.param.name = name;
    n->u.param.annotation = annotation;
    n->u.param.default_value = default_value;
    n->u.param.star = star;
    return n;
}

Ast *ast_classdef(Arena *a, Loc loc, const char *name, AstList bases, AstList body)
{
    Ast *n = ast_new(a, AST_CLASSDEF, loc);
    n->u.cls.name = name;
    n->u.cls.bases = bases;
    n->u.cls.body = body;
    return n;
}

Ast *ast_set_body(Ast *def, AstList body)
{
    FE_ASSERT(def->kind == AST_FUNCDEF);
    def->u.func.body = body;
    return def;
}

Ast *ast_decorate(Ast *def, AstList decorators)
{
    if (def->kind == AST_FUNCDEF)
        def->u.func.decorators = decorators;
    else if (def->kind == AST_CLASSDEF)
        def->u.cls.decorators = decorators;
    else
        FE_UNREACHABLE();
    return def;
}

Ast *ast_decorator(Arena *a, Loc loc, Ast *expr)
{
    Ast *n = ast_new(a, AST_DECORATOR, loc);
    n->u.expr_stmt.value = expr;
    return n;
}

Ast *ast_import(Arena *a, AstKind kind, Loc loc, const char *module, int level,
                AstList names)
{
    Ast *n = ast_new(a, kind, loc);
    n->u.import.module = module;
    n->u.import.level = level;
    n->u.import.names = names;
    return n;
}

Ast *ast_alias(Arena *a, Loc loc, const char *name, const char *asname)
{
    Ast *n = ast_new(a, AST_ALIAS, loc);
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    return n;
}

Ast *ast_module(Arena *a, Loc loc, AstList body)
{
    Ast *n = ast_new(a, AST_MODULE, loc);
    n->u.module.body = body;
    return n;
}

void ast_names_push(Arena *a, NameList *list, const char *name)
{
    if (list->n == list->cap) {
        int cap = list->cap ? 2 * list->cap : 4;
        list->names = arena_grow(a, (void *)list->names,
                                 (size_t)list->n * sizeof(char *),
                                 (size_t)cap * sizeof(char *));
        list->cap = cap;
    }
    list->names[list->n++] = name;
}

void ast_dotted_push(Arena *a, DottedName *d, const char *part)
{
    size_t plen = strlen(part);
    size_t need = d->len + (d->len ? 1 : 0) + plen + 1;
    if (need > d->cap) {
        size_t cap = d->cap ? d->cap : 32;
        while (cap < need)
            cap *= 2;
        d->text = arena_grow(a, d->text, d->len, cap);
        d->cap = cap;
    }
    if (d->len)
        d->text[d->len++] = '.';
    memcpy(d->text + d->len, part, plen);
    d->len += plen;
    d->text[d->len] = '\0';
}

/* ------------------------------------------------------------------ dump */

/* Expressions print on one line; statements start a new line, indented by
 * two spaces per level of nesting.  Absent optional children print as
 * nil. */
typedef struct Dumper {
    FILE *out;
    int indent;
} Dumper;

static void dump(Dumper *d, const Ast *n);

static void newline(Dumper *d)
{
    fputc('\n', d->out);
    for (int i = 0; i < d->indent; i++)
        fputs("  ", d->out);
}

static void dump_opt(Dumper *d, const Ast *n)
{
    if (n)
        dump(d, n);
    else
        fputs("nil", d->out);
}

/* " child child ..." */
static void dump_items(Dumper *d, const AstList *l)
{
    for (int i = 0; i < l->n; i++) {
        fputc(' ', d->out);
        dump(d, l->items[i]);
    }
}

/* "(label child ...)" on the same line */
static void dump_group(Dumper *d, const char *label, const AstList *l)
{
    fprintf(d->out, "(%s", label);
    dump_items(d, l);
    fputc(')', d->out);
}

/* "(label" + one statement per line + ")", on a new line */
static void dump_block(Dumper *d, const char *label, const AstList *l)
{
    newline(d);
    fprintf(d->out, "(%s", label);
    d->indent++;
    for (int i = 0; i < l->n; i++) {
        newline(d);
        dump(d, l->items[i]);
    }
    d->indent--;
    fputc(')', d->out);
}

static void dump_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (c < 0x20 || c == 0x7f)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
        }
    }
    fputc('"', out);
}

/* The shortest %g form that reads back as the same double, with ".0"
 * added to integral values, as Python's repr does. */
static void dump_float(FILE *out, double v)
{
    if (isnan(v) || isinf(v)) {
        fputs(isnan(v) ? "nan" : v > 0 ? "inf" : "-inf", out);
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    fputs(buf, out);
    if (!strpbrk(buf, ".e"))
        fputs(".0", out);
}

static void dump_fstring(Dumper *d, const Ast *n)
{
    fputs("(fstring", d->out);
    for (int i = 0; i < n->u.fstr.parts.n; i++) {
        fputc(' ', d->out);
        if (is_literal_part(n, i)) {
            dump(d, n->u.fstr.parts.items[i]);
            continue;
        }
        fputs("(value ", d->out);
        dump(d, n->u.fstr.parts.items[i]);
        if (n->u.fstr.convs[i])
            fprintf(d->out, " !%c", n->u.fstr.convs[i]);
        const Ast *sp = n->u.fstr.specs[i];
        if (sp) {
            fputs(" :", d->out);
            if (sp->kind == AST_STR)
                dump_string(d->out, sp->u.str.s, sp->u.str.len);
            else
                dump(d, sp);
        }
        fputc(')', d->out);
    }
    fputc(')', d->out);
}

static void dump_compare(Dumper *d, const Ast *n)
{
    fputs("(compare", d->out);
    for (int i = 0; i + 1 < n->u.compare.operands.n; i++)
        fprintf(d->out, " %s", ast_op_text[n->u.compare.ops[i]]);
    dump_items(d, &n->u.compare.operands);
    fputc(')', d->out);
}

static void dump_dict(Dumper *d, const Ast *n)
{
    fputs("(dict", d->out);
    for (int i = 0; i < n->u.dict.keys.n; i++) {
        fputs(" (", d->out);
        if (n->u.dict.keys.items[i])
            dump(d, n->u.dict.keys.items[i]);
        else
            fputs("**", d->out);
        fputc(' ', d->out);
        dump(d, n->u.dict.values.items[i]);
        fputc(')', d->out);
    }
    fputc(')', d->out);
}

static void dump_comp(Dumper *d, const Ast *n)
{
    fprintf(d->out, "(%s ", n->kind == AST_LISTCOMP  ? "listcomp"
                            : n->kind == AST_SETCOMP ? "setcomp"
                            : n->kind == AST_GENEXP  ? "genexp"
                                                     : "dictcomp");
    dump(d, n->u.comp.elt);
    if (n->kind == AST_DICTCOMP) {
        fputc(' ', d->out);
        dump(d, n->u.comp.value);
    }
    dump_items(d, &n->u.comp.fors);
    fputc(')', d->out);
}

static void dump_compfor(Dumper *d, const Ast *n)
{
    fputs("(compfor ", d->out);
    dump(d, n->u.compfor.target);
    fputc(' ', d->out);
    dump(d, n->u.compfor.iter);
    for (int i = 0; i < n->u.compfor.ifs.n; i++) {
        fputs(" (if ", d->out);
        dump(d, n->u.compfor.ifs.items[i]);
        fputc(')', d->out);
    }
    fputc(')', d->out);
}

static void dump_lambda(Dumper *d, const Ast *n)
{
    fputs("(lambda ", d->out);
    dump_group(d, "params", &n->u.func.params);
    dump_items(d, &n->u.func.body);
    fputc(')', d->out);
}

static void dump_name_or_nil(Dumper *d, const char *s)
{
    fprintf(d->out, " %s", s ? s : "nil");
}

static void dump_param(Dumper *d, const Ast *n)
{
    static const char *const stars[] = {"", "*", "**"};
    int star = n->u.param.star >= 0 && n->u.param.star <= 2 ? n->u.param.star : 0;
    fprintf(d->out, "(param %s%s ", stars[star], n->u.param.name ? n->u.param.name : "");
    dump_opt(d, n->u.param.annotation);
    fputc(' ', d->out);
    dump_opt(d, n->u.param.default_value);
    fputc(')', d->out);
}

static void dump_funcdef(Dumper *d, const Ast *n)
{
    fprintf(d->out, "(def %s ", n->u.func.name);
    dump_group(d, "params", &n->u.func.params);
    fputs(" (returns ", d->out);
    dump_opt(d, n->u.func.returns);
    fputc(')', d->out);
    if (n->u.func.decorators.n) {
        fputc(' ', d->out);
        dump_group(d, "decorators", &n->u.func.decorators);
    }
    d->indent++;
    dump_block(d, "body", &n->u.func.body);
    d->indent--;
    fputc(')', d->out);
}

static void dump_classdef(Dumper *d, const Ast *n)
{
    fprintf(d->out, "(class %s ", n->u.cls.name);
    dump_group(d, "bases", &n->u.cls.bases);
    if (n->u.cls.decorators.n) {
        fputc(' ', d->out);
        dump_group(d, "decorators", &n->u.cls.decorators);
    }
    d->indent++;
    dump_block(d, "body", &n->u.cls.body);
    d->indent--;
    fputc(')', d->out);
}

static void dump_if(Dumper *d, const Ast *n)
{
    fputs("(if ", d->out);
    dump(d, n->u.if_.test);
    d->indent++;
    dump_block(d, "body", &n->u.if_.body);
    dump_block(d, "orelse", &n->u.if_.orelse);
    d->indent--;
    fputc(')', d->out);
}

static void dump_loop(Dumper *d, const Ast *n)
{
    if (n->kind == AST_WHILE) {
        fputs("(while ", d->out);
        dump(d, n->u.loop.test);
    } else {
        fputs("(for ", d->out);
        dump(d, n->u.loop.target);
        fputc(' ', d->out);
        dump(d, n->u.loop.iter);
    }
    d->indent++;
    dump_block(d, "body", &n->u.loop.body);
    dump_block(d, "orelse", &n->u.loop.orelse);
    d->indent--;
    fputc(')', d->out);
}

static void dump_try(Dumper *d, const Ast *n)
{
    fputs("(try", d->out);
    d->indent++;
    dump_block(d, "body", &n->u.try_.body);
    dump_block(d, "handlers", &n->u.try_.handlers);
    dump_block(d, "orelse", &n->u.try_.orelse);
    dump_block(d, "finally", &n->u.try_.finalbody);
    d->indent--;
    fputc(')', d->out);
}

static void dump_handler(Dumper *d, const Ast *n)
{
    fputs("(except ", d->out);
    dump_opt(d, n->u.handler.type);
    dump_name_or_nil(d, n->u.handler.name);
    d->indent++;
    dump_block(d, "body", &n->u.handler.body);
    d->indent--;
    fputc(')', d->out);
}

static void dump_with(Dumper *d, const Ast *n)
{
    fputs("(with", d->out);
    dump_items(d, &n->u.with.items);
    d->indent++;
    dump_block(d, "body", &n->u.with.body);
    d->indent--;
    fputc(')', d->out);
}

static void dump_match(Dumper *d, const Ast *n)
{
    if (n->kind == AST_MATCH) {
        fputs("(match ", d->out);
        dump(d, n->u.match.subject);
        d->indent++;
        dump_block(d, "cases", &n->u.match.cases);
        d->indent--;
    } else {
        fputs("(case ", d->out);
        dump(d, n->u.mcase.pattern);
        if (n->u.mcase.guard) {
            fputs(" (if ", d->out);
            dump(d, n->u.mcase.guard);
            fputc(')', d->out);
        }
        d->indent++;
        dump_block(d, "body", &n->u.mcase.body);
        d->indent--;
    }
    fputc(')', d->out);
}

static void dump_import(Dumper *d, const Ast *n)
{
    if (n->kind == AST_IMPORT) {
        fputs("(import", d->out);
    } else {
        fputs("(from ", d->out);
        for (int i = 0; i < n->u.import.level; i++)
            fputc('.', d->out);
        fputs(n->u.import.module ? n->u.import.module : "", d->out);
    }
    dump_items(d, &n->u.import.names);
    fputc(')', d->out);
}

static void dump_module(Dumper *d, const Ast *n)
{
    fputs("(module", d->out);
    d->indent++;
    for (int i = 0; i < n->u.module.body.n; i++) {
        newline(d);
        dump(d, n->u.module.body.items[i]);
    }
    d->indent--;
    fputc(')', d->out);
}

static void dump_names(Dumper *d, const Ast *n)
{
    fputs(n->kind == AST_GLOBAL ? "(global" : "(nonlocal", d->out);
    for (int i = 0; i < n->u.names.n; i++)
        fprintf(d->out, " %s", n->u.names.names[i]);
    fputc(')', d->out);
}

static void dump_assign(Dumper *d, const Ast *n)
{
    fputs("(assign", d->out);
    fputc(' ', d->out);
    dump_group(d, "targets", &n->u.assign.targets);
    fputc(' ', d->out);
    dump(d, n->u.assign.value);
    fputc(')', d->out);
}

/* "(label child child ...)" for nodes whose children are all expressions */
static void dump_node(Dumper *d, const char *label, const Ast *const *kids, int n)
{
    fprintf(d->out, "(%s", label);
    for (int i = 0; i < n; i++) {
        fputc(' ', d->out);
        dump_opt(d, kids[i]);
    }
    fputc(')', d->out);
}

#define DUMP_KIDS(label, ...) \
    dump_node(d, label, (const Ast *const[]){__VA_ARGS__}, \
              (int)(sizeof((const Ast *const[]){__VA_ARGS__}) / sizeof(Ast *)))

static void dump_literal(Dumper *d, const Ast *n)
{
    switch (n->kind) {
    case AST_INT: fprintf(d->out, "(int %lld)", (long long)n->u.i); break;
    case AST_FLOAT:
        fputs("(float ", d->out);
        dump_float(d->out, n->u.f);
        fputc(')', d->out);
        break;
    case AST_STR:
        fputs("(str ", d->out);
        dump_string(d->out, n->u.str.s, n->u.str.len);
        fputc(')', d->out);
        break;
    case AST_BOOL: fputs(n->u.i ? "(bool True)" : "(bool False)", d->out); break;
    case AST_NONE: fputs("(none)", d->out); break;
    case AST_ELLIPSIS: fputs("(ellipsis)", d->out); break;
    case AST_NAME: fprintf(d->out, "(name %s)", n->u.name.id); break;
    default: FE_UNREACHABLE();
    }
}

static void dump_operation(Dumper *d, const Ast *n)
{
    const char *op;
    switch (n->kind) {
    case AST_UNARY:
        fprintf(d->out, "(unary %s ", ast_op_text[n->u.unary.op]);
        dump(d, n->u.unary.operand);
        fputc(')', d->out);
        return;
    case AST_STARRED:
        fprintf(d->out, "(starred %s ", n->u.unary.op == OP_POW ? "**" : "*");
        dump(d, n->u.unary.operand);
        fputc(')', d->out);
        return;
    case AST_YIELD: case AST_YIELDFROM:
        fputs(n->kind == AST_YIELD ? "(yield " : "(yieldfrom ", d->out);
        dump_opt(d, n->u.unary.operand);
        fputc(')', d->out);
        return;
    case AST_BINARY:
    case AST_BOOLOP:
        op = ast_op_text[n->u.binary.op];
        fprintf(d->out, "(%s %s ", n->kind == AST_BINARY ? "binary" : "boolop", op);
        dump(d, n->u.binary.left);
        fputc(' ', d->out);
        dump(d, n->u.binary.right);
        fputc(')', d->out);
        return;
    case AST_AUGASSIGN:
        fprintf(d->out, "(augassign %s= ", ast_op_text[n->u.augassign.op]);
        dump(d, n->u.augassign.target);
        fputc(' ', d->out);
        dump(d, n->u.augassign.value);
        fputc(')', d->out);
        return;
    default: FE_UNREACHABLE();
    }
}

static void dump_expr(Dumper *d, const Ast *n)
{
    switch (n->kind) {
    case AST_ATTR:
        fputs("(attr ", d->out);
        dump(d, n->u.attr.obj);
        fprintf(d->out, " %s)", n->u.attr.attr);
        return;
    case AST_SUBSCRIPT: DUMP_KIDS("subscript", n->u.sub.obj, n->u.sub.index); return;
    case AST_SLICE:
        DUMP_KIDS("slice", n->u.slice.lo, n->u.slice.hi, n->u.slice.step);
        return;
    case AST_CALL:
        fputs("(call ", d->out);
        dump(d, n->u.call.func);
        dump_items(d, &n->u.call.args);
        fputc(')', d->out);
        return;
    case AST_KEYWORD:
        fprintf(d->out, "(keyword %s ", n->u.kw.name);
        dump(d, n->u.kw.value);
        fputc(')', d->out);
        return;
    case AST_IFEXP:
        DUMP_KIDS("ifexp", n->u.ifexp.test, n->u.ifexp.body, n->u.ifexp.orelse);
        return;
    case AST_LIST: dump_group(d, "list", &n->u.seq.items); return;
    case AST_TUPLE: dump_group(d, "tuple", &n->u.seq.items); return;
    case AST_SET: dump_group(d, "set", &n->u.seq.items); return;
    case AST_CONVERT: DUMP_KIDS("convert", n->u.convert.operand); return;
    case AST_NAMEDEXPR: DUMP_KIDS("named", n->u.named.target, n->u.named.value); return;
    default: FE_UNREACHABLE();
    }
}

static void dump_stmt(Dumper *d, const Ast *n)
{
    switch (n->kind) {
    case AST_EXPR_STMT: DUMP_KIDS("expr", n->u.expr_stmt.value); return;
    case AST_DECORATOR: DUMP_KIDS("decorator", n->u.expr_stmt.value); return;
    case AST_ANNASSIGN:
        DUMP_KIDS("annassign", n->u.annassign.target, n->u.annassign.annotation,
                  n->u.annassign.value);
        return;
    case AST_DEL: dump_group(d, "del", &n->u.seq.items); return;
    case AST_PASS: fputs("(pass)", d->out); return;
    case AST_BREAK: fputs("(break)", d->out); return;
    case AST_CONTINUE: fputs("(continue)", d->out); return;
    case AST_RETURN: DUMP_KIDS("return", n->u.ret.value); return;
    case AST_RAISE: DUMP_KIDS("raise", n->u.raise.exc, n->u.raise.cause); return;
    case AST_ASSERT: DUMP_KIDS("assert", n->u.assert_.test, n->u.assert_.msg); return;
    case AST_WITHITEM:
        DUMP_KIDS("withitem", n->u.withitem.expr, n->u.withitem.target);
        return;
    case AST_ALIAS:
        fprintf(d->out, "(alias %s", n->u.alias.name);
        dump_name_or_nil(d, n->u.alias.asname);
        fputc(')', d->out);
        return;
    default: FE_UNREACHABLE();
    }
}

static void dump(Dumper *d, const Ast *n)
{
    switch (n->kind) {
    case AST_INT: case AST_FLOAT: case AST_STR: case AST_BOOL: case AST_NONE:
    case AST_ELLIPSIS: case AST_NAME:
        dump_literal(d, n);
        return;
    case AST_UNARY: case AST_STARRED: case AST_BINARY: case AST_BOOLOP:
    case AST_AUGASSIGN: case AST_YIELD: case AST_YIELDFROM:
        dump_operation(d, n);
        return;
    case AST_ATTR: case AST_SUBSCRIPT: case AST_SLICE: case AST_CALL:
    case AST_KEYWORD: case AST_IFEXP: case AST_LIST: case AST_TUPLE:
    case AST_SET: case AST_CONVERT: case AST_NAMEDEXPR:
        dump_expr(d, n);
        return;
    case AST_EXPR_STMT: case AST_DECORATOR: case AST_ANNASSIGN: case AST_DEL:
    case AST_PASS: case AST_BREAK: case AST_CONTINUE: case AST_RETURN:
    case AST_RAISE: case AST_ASSERT: case AST_WITHITEM: case AST_ALIAS:
        dump_stmt(d, n);
        return;
    case AST_FSTRING: dump_fstring(d, n); return;
    case AST_COMPARE: dump_compare(d, n); return;
    case AST_DICT: dump_dict(d, n); return;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        dump_comp(d, n);
        return;
    case AST_COMPFOR: dump_compfor(d, n); return;
    case AST_LAMBDA: dump_lambda(d, n); return;
    case AST_ASSIGN: dump_assign(d, n); return;
    case AST_GLOBAL: case AST_NONLOCAL: dump_names(d, n); return;
    case AST_IF: dump_if(d, n); return;
    case AST_WHILE: case AST_FOR: dump_loop(d, n); return;
    case AST_TRY: dump_try(d, n); return;
    case AST_HANDLER: dump_handler(d, n); return;
    case AST_WITH: dump_with(d, n); return;
    case AST_MATCH: case AST_MATCHCASE: dump_match(d, n); return;
    case AST_FUNCDEF: dump_funcdef(d, n); return;
    case AST_PARAM: dump_param(d, n); return;
    case AST_CLASSDEF: dump_classdef(d, n); return;
    case AST_IMPORT: case AST_IMPORTFROM: dump_import(d, n); return;
    case AST_MODULE: dump_module(d, n); return;
    case AST__COUNT: break;
    }
    FE_DIE("ast_dump: bad node kind %d", (int)n->kind);
}

void ast_dump(const Ast *node, void *file)
{
    Dumper d = {file, 0};
    if (node)
        dump(&d, node);
    else
        fputs("nil", d.out);
    fputc('\n', d.out);
}

Loc ast_start_loc(const Ast *n)
{
    for (;;) {
        switch (n->kind) {
        case AST_BINARY: case AST_BOOLOP: n = n->u.binary.left; continue;
        case AST_COMPARE: n = n->u.compare.operands.items[0]; continue;
        case AST_IFEXP: n = n->u.ifexp.body; continue;
        case AST_ATTR: n = n->u.attr.obj; continue;
        case AST_SUBSCRIPT: n = n->u.sub.obj; continue;
        case AST_CALL:
            if (!n->u.call.func)        /* a call the checker made: str(x) */
                return n->u.call.recv ? ast_start_loc(n->u.call.recv) : n->loc;
            n = n->u.call.func;
            continue;
        default: return n->loc;
        }
    }
}

/* --------------------------------------------------------------- walking */

/* One walker for every pass over a node's children: it hands out the
 * slots that hold them (so that a copy can replace them) and, before the
 * items of a list, the list itself (so that a copy can give itself its own
 * array first).  Absent optional children are skipped. */
typedef struct Walk {
    AstSlotFn *slot;
    AstListFn *list;
    void *data;
} Walk;

static void visit_opt(Ast **slot, const Walk *w)
{
    if (*slot)
        w->slot(slot, w->data);
}

static void visit_list(AstList *l, const Walk *w)
{
    if (w->list)
        w->list(l, w->data);
    for (int i = 0; i < l->n; i++)
        w->slot(&l->items[i], w->data);
}

static void visit_expr_children(Ast *n, const Walk *w)
{
    switch (n->kind) {
    case AST_FSTRING:
        visit_list(&n->u.fstr.parts, w);
        for (int i = 0; i < n->u.fstr.parts.n; i++)
            visit_opt(&n->u.fstr.specs[i], w);
        return;
    case AST_ATTR: visit_opt(&n->u.attr.obj, w); return;
    case AST_SUBSCRIPT: visit_opt(&n->u.sub.obj, w); visit_opt(&n->u.sub.index, w); return;
    case AST_SLICE:
        visit_opt(&n->u.slice.lo, w);
        visit_opt(&n->u.slice.hi, w);
        visit_opt(&n->u.slice.step, w);
        return;
    case AST_CALL: visit_opt(&n->u.call.func, w); visit_list(&n->u.call.args, w); return;
    case AST_KEYWORD: visit_opt(&n->u.kw.value, w); return;
    case AST_UNARY: case AST_STARRED: visit_opt(&n->u.unary.operand, w); return;
    case AST_YIELD: case AST_YIELDFROM: visit_opt(&n->u.unary.operand, w); return;
    case AST_BINARY: case AST_BOOLOP:
        visit_opt(&n->u.binary.left, w);
        visit_opt(&n->u.binary.right, w);
        return;
    case AST_COMPARE: visit_list(&n->u.compare.operands, w); return;
    case AST_IFEXP:
        visit_opt(&n->u.ifexp.body, w);
        visit_opt(&n->u.ifexp.test, w);
        visit_opt(&n->u.ifexp.orelse, w);
        return;
    case AST_LIST: case AST_TUPLE: case AST_SET: case AST_DEL:
        visit_list(&n->u.seq.items, w);
        return;
    case AST_DICT:              /* key, value, key, ...: source order */
        if (w->list) {
            w->list(&n->u.dict.keys, w->data);
            w->list(&n->u.dict.values, w->data);
        }
        for (int i = 0; i < n->u.dict.keys.n; i++) {
            visit_opt(&n->u.dict.keys.items[i], w);
            visit_opt(&n->u.dict.values.items[i], w);
        }
        return;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        visit_opt(&n->u.comp.elt, w);
        visit_opt(&n->u.comp.value, w);
        visit_list(&n->u.comp.fors, w);
        return;
    case AST_COMPFOR:
        visit_opt(&n->u.compfor.target, w);
        visit_opt(&n->u.compfor.iter, w);
        visit_list(&n->u.compfor.ifs, w);
        return;
    case AST_LAMBDA:
        visit_list(&n->u.func.params, w);
        visit_list(&n->u.func.body, w);
        return;
    case AST_CONVERT: visit_opt(&n->u.convert.operand, w); return;
    case AST_NAMEDEXPR: visit_opt(&n->u.named.value, w); visit_opt(&n->u.named.target, w); return;
    default: FE_UNREACHABLE();
    }
}

static void visit_stmt_children(Ast *n, const Walk *w)
{
    switch (n->kind) {
    case AST_EXPR_STMT: case AST_DECORATOR: visit_opt(&n->u.expr_stmt.value, w); return;
    case AST_ASSIGN:
        visit_list(&n->u.assign.targets, w);
        visit_opt(&n->u.assign.value, w);
        return;
    case AST_ANNASSIGN:
        visit_opt(&n->u.annassign.target, w);
        visit_opt(&n->u.annassign.annotation, w);
        visit_opt(&n->u.annassign.value, w);
        return;
    case AST_AUGASSIGN:
        visit_opt(&n->u.augassign.target, w);
        visit_opt(&n->u.augassign.value, w);
        return;
    case AST_RETURN: visit_opt(&n->u.ret.value, w); return;
    case AST_RAISE:
        visit_opt(&n->u.raise.exc, w);
        visit_opt(&n->u.raise.cause, w);
        return;
    case AST_ASSERT:
        visit_opt(&n->u.assert_.test, w);
        visit_opt(&n->u.assert_.msg, w);
        return;
    case AST_IF:
        visit_opt(&n->u.if_.test, w);
        visit_list(&n->u.if_.body, w);
        visit_list(&n->u.if_.orelse, w);
        return;
    case AST_WHILE: case AST_FOR:
        visit_opt(&n->u.loop.target, w);
        visit_opt(&n->u.loop.test, w);
        visit_opt(&n->u.loop.iter, w);
        visit_list(&n->u.loop.body, w);
        visit_list(&n->u.loop.orelse, w);
        return;
    case AST_TRY:
        visit_list(&n->u.try_.body, w);
        visit_list(&n->u.try_.handlers, w);
        visit_list(&n->u.try_.orelse, w);
        visit_list(&n->u.try_.finalbody, w);
        return;
    case AST_HANDLER:
        visit_opt(&n->u.handler.type, w);
        visit_list(&n->u.handler.body, w);
        return;
    case AST_WITH:
        visit_list(&n->u.with.items, w);
        visit_list(&n->u.with.body, w);
        return;
    case AST_WITHITEM:
        visit_opt(&n->u.withitem.expr, w);
        visit_opt(&n->u.withitem.target, w);
        return;
    case AST_MATCH:
        visit_opt(&n->u.match.subject, w);
        visit_list(&n->u.match.cases, w);
        return;
    case AST_MATCHCASE:
        visit_opt(&n->u.mcase.pattern, w);
        visit_opt(&n->u.mcase.guard, w);
        visit_list(&n->u.mcase.body, w);
        return;
    default: FE_UNREACHABLE();
    }
}

void ast_visit_slots(Ast *n, AstSlotFn *slot, AstListFn *list, void *data)
{
    Walk walk = { slot, list, data };
    const Walk *w = &walk;
    switch (n->kind) {
    case AST_INT: case AST_FLOAT: case AST_STR: case AST_BOOL: case AST_NONE:
    case AST_ELLIPSIS: case AST_NAME: case AST_PASS: case AST_BREAK: case AST_CONTINUE:
    case AST_GLOBAL: case AST_NONLOCAL: case AST_ALIAS:
        return;
    case AST_FSTRING: case AST_ATTR: case AST_SUBSCRIPT: case AST_SLICE:
    case AST_CALL: case AST_KEYWORD: case AST_UNARY: case AST_STARRED:
    case AST_BINARY: case AST_BOOLOP: case AST_COMPARE: case AST_IFEXP:
    case AST_LIST: case AST_TUPLE: case AST_SET: case AST_DEL: case AST_DICT:
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
    case AST_COMPFOR: case AST_LAMBDA: case AST_CONVERT: case AST_YIELD: case AST_YIELDFROM:
    case AST_NAMEDEXPR:
        visit_expr_children(n, w);
        return;
    case AST_EXPR_STMT: case AST_DECORATOR: case AST_ASSIGN: case AST_ANNASSIGN:
    case AST_AUGASSIGN: case AST_RETURN: case AST_RAISE: case AST_ASSERT:
    case AST_IF: case AST_WHILE: case AST_FOR: case AST_TRY: case AST_HANDLER:
    case AST_WITH: case AST_WITHITEM: case AST_MATCH: case AST_MATCHCASE:
        visit_stmt_children(n, w);
        return;
    case AST_FUNCDEF:
        visit_list(&n->u.func.decorators, w);
        visit_list(&n->u.func.params, w);
        visit_opt(&n->u.func.returns, w);
        visit_list(&n->u.func.body, w);
        return;
    case AST_PARAM:
        visit_opt(&n->u.param.annotation, w);
        visit_opt(&n->u.param.default_value, w);
        return;
    case AST_CLASSDEF:
        visit_list(&n->u.cls.decorators, w);
        visit_list(&n->u.cls.bases, w);
        visit_list(&n->u.cls.body, w);
        return;
    case AST_IMPORT: case AST_IMPORTFROM: visit_list(&n->u.import.names, w); return;
    case AST_MODULE: visit_list(&n->u.module.body, w); return;
    case AST__COUNT: break;
    }
    FE_DIE("ast_visit_slots: bad node kind %d", (int)n->kind);
}

typedef struct Adapter {
    void (*fn)(Ast *child, void *data);
    void *data;
} Adapter;

static void child_of_slot(Ast **slot, void *data)
{
    const Adapter *ad = data;
    ad->fn(*slot, ad->data);
}

void ast_visit_children(Ast *n, void (*fn)(Ast *child, void *data), void *data)
{
    Adapter ad = { fn, data };
    ast_visit_slots(n, child_of_slot, NULL, &ad);
}
