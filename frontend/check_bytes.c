/* check_bytes.c - bytes and bytearray: when the prelude needs its bytes
 * section, the constructors (dispatched on the argument's type) and the
 * calls that make bytes from other types (str.encode, int.to_bytes,
 * int.from_bytes, bytes.fromhex).  A bytes literal is parsed as a call of
 * the section's _bytes_lit (parse.c: parse_strings).
 *
 * The two classes and their helpers are written in Python, in
 * runtime/prelude/_bytes.py.  Checking that section costs every program
 * that has it, so the prelude gets it only when a module's text mentions
 * one of the words below or holds a bytes literal (chk_text_uses_bytes);
 * a false alarm only costs time.  A program that uses bytes without any of
 * them cannot exist: every bytes value starts at one of these spellings. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

static bool ident_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_';
}

/* The word w starts at p, standing alone (not part of a longer name). */
static bool word_at(const char *text, const char *end, const char *p, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(end - p) >= n && memcmp(p, w, n) == 0 &&
           (p == text || !ident_char(p[-1])) && (p + n == end || !ident_char(p[n]));
}

/* A string prefix holding b or B (b, rb, bR, ...) ends just before the
 * quote at q. */
static bool bytes_prefix_before(const char *text, const char *q)
{
    const char *p = q;
    bool b = false;
    while (p > text && q - p < 2 && p[-1] && strchr("bBrR", p[-1])) {
        p--;
        b = b || p[0] == 'b' || p[0] == 'B';
    }
    return b && (p == text || !ident_char(p[-1]));
}

/* A literal binary mode of open() ("rb", 'w+b', ...) starts at the quote
 * q: a binary file's reads are bytes. */
static bool binary_mode_at(const char *q, const char *end)
{
    const char *p = q + 1;
    bool b = false;
    while (p < end && p - q <= 4 && *p && strchr("rwaxb+t", *p))
        b |= *p++ == 'b';
    return b && p < end && *p == *q;
}

bool chk_text_uses_bytes(const char *text, size_t n)
{
    /* BinaryIO and .buffer (sys.stdin.buffer) give binary files */
    static const char *const words[] = { "bytes", "bytearray", "encode", "to_bytes",
                                         "from_bytes", "BinaryIO", "buffer" };
    const char *end = text + n;
    for (const char *p = text; p < end; p++) {
        if (*p == '\'' || *p == '"') {
            if (bytes_prefix_before(text, p) || binary_mode_at(p, end))
                return true;
            continue;
        }
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            if (*p == words[i][0] && word_at(text, end, p, words[i]))
                return true;
    }
    return false;
}

/* A module's text that mentions bytes: the prelude's section, parsed and
 * appended to the prelude's statements (before any is declared). */
void chk_load_bytes_section(Checker *c, const char *prelude_path)
{
    const char *slash = strrchr(prelude_path, '/');
    int dir = slash ? (int)(slash - prelude_path) : 0;
    const char *path = slash ? chk_fmt(c, "%.*s/_bytes.py", dir, prelude_path) : "_bytes.py";
    Ast *ast = parse_file(c->diag, c->arena, path);
    if (!ast)
        return;
    AstList *body = &c->prelude->ast->u.module.body;
    for (int i = 0; i < ast->u.module.body.n; i++)
        ast_list_push(c->arena, body, ast->u.module.body.items[i]);
}

static bool is_prelude_class(Checker *c, const Type *t, const char *name)
{
    return t->kind == TY_CLASS && t->cls->is_builtin && t->cls->module == c->prelude &&
           strcmp(t->cls->name, name) == 0;
}

/* The text of a bytes literal b"..." (parse_strings makes it the call
 * _bytes_lit("...")), or NULL when e is no bytes literal. */
Ast *chk_bytes_literal_text(Ast *e)
{
    if (e->kind != AST_CALL || e->ty || e->u.call.func->kind != AST_NAME ||
        strcmp(e->u.call.func->u.name.id, "_bytes_lit") != 0 || e->u.call.args.n != 1 ||
        e->u.call.args.items[0]->kind != AST_STR)
        return NULL;
    return e->u.call.args.items[0];
}

bool chk_is_bytes_like(Checker *c, const Type *t)
{
    return is_prelude_class(c, t, "bytes") || is_prelude_class(c, t, "bytearray");
}

/* The call re-pointed at the prelude function fname with the receiver
 * (if any) as its first argument and the call's own arguments after. */
static Ast *call_as(Checker *c, Ast *call, Ast *recv, const char *fname)
{
    AstList args = { 0 };
    if (recv)
        ast_list_push(c->arena, &args, recv);
    for (int i = 0; i < call->u.call.args.n; i++)
        ast_list_push(c->arena, &args, call->u.call.args.items[i]);
    call->u.call.args = args;
    return chk_call_func(c, call, chk_prelude_sym(c, fname)->func);
}

/* bytes(x) or bytearray(x) with one positional argument: the helper for
 * x's type (an int size, a bytes-like copy, else an iterable of ints). */
static const char *ctor_of_one(Checker *c, Ast *call, bool ba)
{
    Ast *x = call->u.call.args.items[0] = chk_intenum_value(c, chk_expr(c, call->u.call.args.items[0]));
    Type *t = x->ty;
    if (t->kind == TY_INT || t->kind == TY_BOOL)
        return ba ? "_bytearray_of_size" : "_bytes_of_size";
    if (chk_is_bytes_like(c, t))
        return ba ? "_bytearray_of_buf" : "_bytes_of_buf";
    if (t->kind == TY_STR) {
        chk_error(c, x->loc, "string argument without an encoding (write %s(s, \"utf-8\") "
                  "or s.encode())", ba ? "bytearray" : "bytes");
        return NULL;
    }
    if (t->kind == TY_ERROR)
        return NULL;
    call->u.call.args.items[0] = chk_iter_as_list(c, x, TT(INT));
    return ba ? "_bytearray_of_ints" : "_bytes_of_ints";
}

/* bytes(...) and bytearray(...); NULL when cls is neither. */
Ast *chk_bytes_ctor(Checker *c, Ast *call, ClassInfo *cls)
{
    if (!chk_is_bytes_like(c, cls->type) || (c->mod && c->mod->is_prelude))
        return NULL;   /* the prelude's own bytes(s) passes the storage */
    bool ba = strcmp(cls->name, "bytearray") == 0;
    int npos = chk_npositional(call);
    const char *f;
    if (npos == 0 && call->u.call.args.n == 0) {
        Ast *size = chk_synth(c, AST_INT, call->loc, TT(INT));
        size->u.i = 0;
        ast_list_push(c->arena, &call->u.call.args, size);
        f = ba ? "_bytearray_of_size" : "_bytes_of_size";
    } else if (npos == 1 && call->u.call.args.n == 1) {
        f = ctor_of_one(c, call, ba);
    } else {
        f = ba ? "_bytearray_of_str" : "_bytes_of_str";   /* (s, encoding[, errors]) */
    }
    if (!f) {
        call->ty = TT(ERROR);
        return call;
    }
    return call_as(c, call, NULL, f);
}

/* The builtin class or function a name stands for here, if it is the
 * prelude's: "bytes", "bytearray" or "int". */
static const char *builtin_named(Checker *c, const Ast *obj)
{
    if (obj->kind != AST_NAME)
        return NULL;
    Sym *s = chk_lookup_name(c, obj->u.name.id);
    if (!s)
        return NULL;
    if (s->kind == SYM_CLASS && chk_is_bytes_like(c, s->cls->type))
        return s->cls->name;
    if (s->kind == SYM_BUILTIN && s->builtin == BI_INT)
        return "int";
    return NULL;
}

/* bytes.fromhex(s), bytearray.fromhex(s), int.from_bytes(b, ...),
 * s.encode(...), n.to_bytes(...): calls of the prelude's helpers; NULL
 * when the call is none of these. */
Ast *chk_bytes_call(Checker *c, Ast *call, Ast *f)
{
    const char *attr = f->u.attr.attr;
    bool from = strcmp(attr, "fromhex") == 0 || strcmp(attr, "from_bytes") == 0;
    if (!from && strcmp(attr, "encode") != 0 && strcmp(attr, "to_bytes") != 0)
        return NULL;
    if (!symtab_get(c->prelude->syms, "bytes"))
        return NULL;   /* no bytes section: no such call (it is an error later) */
    if (from) {
        const char *cls = builtin_named(c, f->u.attr.obj);
        bool hex = strcmp(attr, "fromhex") == 0;
        if (!cls || hex != (strcmp(cls, "int") != 0))
            return NULL;
        return call_as(c, call, NULL, hex ? chk_fmt(c, "_%s_fromhex", cls) : "_int_from_bytes");
    }
    /* `self` of self.encode() in __init__ is not a use by itself (as in
     * check_call.c's library_method_function) */
    bool sfa = c->self_field_access;
    c->self_field_access = f->u.attr.obj->kind == AST_NAME;
    Ast *obj = f->u.attr.obj = chk_expr(c, f->u.attr.obj);
    c->self_field_access = sfa;
    bool enc = strcmp(attr, "encode") == 0;
    if (obj->ty->kind != (enc ? TY_STR : TY_INT))
        return NULL;
    return call_as(c, call, obj, enc ? "_str_encode" : "_int_to_bytes");
}
