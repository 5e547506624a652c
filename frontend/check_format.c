/* check_format.c - str.format and '%' formatting, rewritten as f-strings.
 *
 * Assumes: the format string is a literal, so its fields are known here.
 * Guarantees: the f-string built prints what CPython prints: each field
 *   becomes a part with the format spec CPython applies ('%-10s' is
 *   str(x) with spec '<10'; the mapping of '%' flags was checked against
 *   CPython over every flag, width, precision and type); nested fields of
 *   a spec ({:{width}}) become a spec computed at run time, whose errors
 *   are CPython's.  An argument that is not a constant or a local is
 *   evaluated once and in argument order, as CPython evaluates them.
 * Refuses (with the error CPython would raise, at translation time): a
 *   malformed format string, an index or keyword with no argument, too
 *   many or too few '%' arguments, a '%' type that does not fit its
 *   argument's static type.  Also refuses a non-literal format string, '*'
 *   widths, '!a'/'%a', and argument uses that would evaluate an argument
 *   with effects twice, out of order, or never. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

/* The arguments of one formatting: raw (unchecked) expressions. */
typedef struct FmtArgs {
    Ast **args;          /* positional, then keyword values */
    const char **names;  /* NULL for positional */
    Ast **pristine;      /* copies of free arguments, cloned per extra use */
    int *uses;
    int n, npos;
    int last;            /* highest argument with effects used so far */
    bool bad;
} FmtArgs;

typedef struct FmtCtx {
    Checker *c;
    FmtArgs *a;
    Loc loc;             /* the format string */
    int autonum;         /* -1 manual, 0 unknown, 1 automatic */
    int next;            /* next automatic index */
    bool bytes;          /* b"..." % args: the fields make bytes */
} FmtCtx;

static bool is_free(Checker *c, const Ast *e);

static bool all_free(Checker *c, const AstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!l->items[i] || !is_free(c, l->items[i]))
            return false;
    return true;
}

/* An argument without effects: a constant, a local variable, or a display
 * of those (evaluating it again makes an equal value). */
static bool is_free(Checker *c, const Ast *e)
{
    switch (e->kind) {
    case AST_DICT:
        return all_free(c, &e->u.dict.keys) && all_free(c, &e->u.dict.values);
    case AST_TUPLE:
        return all_free(c, &e->u.seq.items);
    case AST_INT: case AST_FLOAT: case AST_STR: case AST_BOOL: case AST_NONE:
        return true;
    case AST_UNARY:
        return e->u.unary.operand->kind == AST_INT || e->u.unary.operand->kind == AST_FLOAT;
    case AST_NAME: {
        Sym *s = chk_lookup_name(c, e->u.name.id);
        return s && s->kind == SYM_LOCAL;
    }
    default:
        return false;
    }
}

static void args_init(Checker *c, FmtArgs *a, Ast **args, const char **names, int n, int npos)
{
    a->args = args;
    a->names = names;
    a->n = n;
    a->npos = npos;
    a->last = -1;
    a->uses = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *a->uses);
    a->pristine = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *a->pristine);
    for (int i = 0; i < n; i++)
        if (is_free(c, args[i]))
            a->pristine[i] = ast_clone(c->arena, args[i]);
}

/* The expression for one use of argument i. */
static Ast *arg_use(FmtCtx *f, int i, Loc loc)
{
    FmtArgs *a = f->a;
    int k = a->uses[i]++;
    if (a->pristine[i])
        return k == 0 ? a->args[i] : ast_clone(f->c->arena, a->pristine[i]);
    if (k > 0 || i < a->last) {
        chk_error(f->c, loc, "this argument would be evaluated %s: rtrans evaluates a "
                  "formatting argument where it is used; assign it to a variable first",
                  k > 0 ? "more than once" : "out of order");
        a->bad = true;
    }
    a->last = i;
    return a->args[i];
}

static void args_check_unused(FmtCtx *f)
{
    for (int i = 0; i < f->a->n; i++)
        if (!f->a->uses[i] && !f->a->pristine[i]) {
            chk_error(f->c, f->a->args[i]->loc, "this argument is not used by the format "
                      "string; rtrans would not evaluate it");
            f->a->bad = true;
        }
}

static Ast *lit(Checker *c, Loc loc, const char *s, size_t n)
{
    return ast_str(c->arena, loc, arena_strndup(c->arena, s, n), n);
}

/* ------------------------------------------------------------ str.format */

static Ast *format_text(FmtCtx *f, const char *s, size_t n, int depth);

/* arg_name of a field: index, keyword or automatic number; -1 on error. */
static int field_arg(FmtCtx *f, const char *s, size_t n)
{
    Checker *c = f->c;
    if (n == 0) {
        if (f->autonum < 0) {
            chk_error(c, f->loc, "cannot switch from manual field specification to automatic "
                      "field numbering");
            return -1;
        }
        f->autonum = 1;
        int i = f->next++;
        if (i >= f->a->npos) {
            chk_error(c, f->loc, "Replacement index %d out of range for positional args tuple", i);
            return -1;
        }
        return i;
    }
    if (s[0] >= '0' && s[0] <= '9') {
        int i = 0;
        for (size_t k = 0; k < n; k++) {
            if (s[k] < '0' || s[k] > '9' || i > 100000) {
                chk_error(c, f->loc, "unsupported field name '%.*s'", (int)n, s);
                return -1;
            }
            i = i * 10 + (s[k] - '0');
        }
        if (f->autonum > 0) {
            chk_error(c, f->loc, "cannot switch from automatic field numbering to manual field "
                      "specification");
            return -1;
        }
        f->autonum = -1;
        if (i >= f->a->npos) {
            chk_error(c, f->loc, "Replacement index %d out of range for positional args tuple", i);
            return -1;
        }
        return i;
    }
    for (int i = f->a->npos; i < f->a->n; i++)
        if (strlen(f->a->names[i]) == n && memcmp(f->a->names[i], s, n) == 0)
            return i;
    chk_error(c, f->loc, "no keyword argument '%.*s' for the format string (KeyError under "
              "CPython)", (int)n, s);
    return -1;
}

/* .attr and [key] after the argument name, applied to e. */
static Ast *field_accessors(FmtCtx *f, Ast *e, const char *s, size_t n)
{
    Checker *c = f->c;
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        if (s[i] == '.') {
            while (j < n && s[j] != '.' && s[j] != '[')
                j++;
            Ast *at = ast_new(c->arena, AST_ATTR, e->loc);
            at->u.attr.obj = e;
            at->u.attr.attr = arena_strndup(c->arena, s + i + 1, j - i - 1);
            at->u.attr.attr_loc = e->loc;
            e = at;
            i = j;
        } else if (s[i] == '[') {
            while (j < n && s[j] != ']')
                j++;
            if (j >= n) {
                chk_error(c, f->loc, "Missing ']' in format string");
                return NULL;
            }
            const char *k = s + i + 1;
            size_t kl = j - i - 1;
            bool digits = kl > 0;
            for (size_t q = 0; q < kl; q++)
                digits = digits && k[q] >= '0' && k[q] <= '9';
            Ast *key = digits ? ast_new(c->arena, AST_INT, e->loc) : lit(c, e->loc, k, kl);
            if (digits)
                for (size_t q = 0; q < kl; q++)
                    key->u.i = key->u.i * 10 + (k[q] - '0');
            Ast *sub = ast_new(c->arena, AST_SUBSCRIPT, e->loc);
            sub->u.sub.obj = e;
            sub->u.sub.index = key;
            e = sub;
            i = j + 1;
        } else {
            chk_error(c, f->loc, "Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
    }
    return e;
}

/* One replacement field {name!conv:spec} (the text between the braces). */
static bool format_field(FmtCtx *f, Ast *fs, const char *s, size_t n, int depth)
{
    Checker *c = f->c;
    size_t i = 0;
    while (i < n && s[i] != '!' && s[i] != ':') {
        if (s[i] == '[')
            while (i < n && s[i] != ']')
                i++;
        if (i < n)
            i++;
    }
    size_t name_end = i;
    char conv = 0;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) {
            chk_error(c, f->loc, "end of string while looking for conversion specifier");
            return false;
        }
        conv = s[i + 1];
        if (conv == 'a') {
            chk_error(c, f->loc, "the '!a' conversion is not supported");
            return false;
        }
        if (conv != 'r' && conv != 's') {
            chk_error(c, f->loc, "Unknown conversion specifier %c", conv);
            return false;
        }
        i += 2;
        if (i < n && s[i] != ':') {
            chk_error(c, f->loc, "expected ':' after conversion specifier");
            return false;
        }
    }
    /* the value's argument is numbered (and evaluated) before the spec's */
    size_t head = 0;
    while (head < name_end && s[head] != '.' && s[head] != '[')
        head++;
    int k = field_arg(f, s, head);
    if (k < 0)
        return false;
    Ast *e = field_accessors(f, arg_use(f, k, f->loc), s + head, name_end - head);
    if (!e)
        return false;
    Ast *spec = NULL;
    if (i < n && s[i] == ':') {
        if (depth >= 1 && memchr(s + i + 1, '{', n - i - 1)) {
            chk_error(c, f->loc, "Max string recursion exceeded");
            return false;
        }
        spec = format_text(f, s + i + 1, n - i - 1, depth + 1);
        if (!spec)
            return false;
    }
    ast_fstring_push(c->arena, fs, e, conv, spec);
    return true;
}

/* The f-string of format text s (a spec at depth 1); NULL after an error. */
static Ast *format_text(FmtCtx *f, const char *s, size_t n, int depth)
{
    Checker *c = f->c;
    Ast *fs = ast_new(c->arena, AST_FSTRING, f->loc);
    size_t i = 0, start = 0;
    while (i < n) {
        if (s[i] == '}' ) {
            if (i + 1 < n && s[i + 1] == '}') {
                ast_fstring_push(c->arena, fs, lit(c, f->loc, s + start, i + 1 - start), 0, NULL);
                i += 2;
                start = i;
                continue;
            }
            chk_error(c, f->loc, "Single '}' encountered in format string");
            return NULL;
        }
        if (s[i] != '{') {
            i++;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            ast_fstring_push(c->arena, fs, lit(c, f->loc, s + start, i + 1 - start), 0, NULL);
            i += 2;
            start = i;
            continue;
        }
        if (i > start)
            ast_fstring_push(c->arena, fs, lit(c, f->loc, s + start, i - start), 0, NULL);
        size_t j = i + 1;
        int level = 1;
        while (j < n && level > 0) {
            level += s[j] == '{' ? 1 : s[j] == '}' ? -1 : 0;
            j++;
        }
        if (level > 0) {
            chk_error(c, f->loc, i + 1 < n ? "expected '}' before end of string"
                                           : "Single '{' encountered in format string");
            return NULL;
        }
        if (!format_field(f, fs, s + i + 1, j - i - 2, depth))
            return NULL;
        i = start = j;
    }
    if (i > start)
        ast_fstring_push(c->arena, fs, lit(c, f->loc, s + start, i - start), 0, NULL);
    if (fs->u.fstr.parts.n == 0)
        return lit(c, f->loc, "", 0);
    return fs;
}

static Ast *set_err(Checker *c, Ast *e)
{
    e->ty = TT(ERROR);
    return e;
}

/* "literal".format(args...) */
Ast *chk_str_format(Checker *c, Ast *call, Ast *fmt)
{
    AstList *al = &call->u.call.args;
    Ast **args = arena_alloc(c->arena, (size_t)(al->n + 1) * sizeof *args);
    const char **names = arena_alloc(c->arena, (size_t)(al->n + 1) * sizeof *names);
    int npos = chk_npositional(call);
    for (int i = 0; i < al->n; i++) {
        Ast *a = al->items[i];
        if (a->kind == AST_STARRED) {
            chk_error(c, a->loc, "*args and **kwargs are not supported in str.format()");
            return set_err(c, call);
        }
        args[i] = a->kind == AST_KEYWORD ? a->u.kw.value : a;
        names[i] = a->kind == AST_KEYWORD ? a->u.kw.name : NULL;
    }
    FmtArgs fa = { 0 };
    args_init(c, &fa, args, names, al->n, npos);
    FmtCtx f = { c, &fa, fmt->loc, 0, 0, false };
    Ast *fs = format_text(&f, fmt->u.str.s, fmt->u.str.len, 0);
    if (!fs)
        return set_err(c, call);
    args_check_unused(&f);
    if (fa.bad)
        return set_err(c, call);
    return chk_expr(c, fs);
}

/* ------------------------------------------------------------ '%' format */

typedef struct PctSpec {
    char flags[8];
    const char *width, *prec;   /* digits, or NULL */
    size_t nwidth, nprec;
    const char *key;            /* %(key)s */
    size_t nkey;
    char type;
} PctSpec;

static int64_t cp_index(const char *s, size_t byte)
{
    int64_t k = 0;
    for (size_t i = 0; i < byte; i++)
        k += ((unsigned char)s[i] & 0xc0) != 0x80;
    return k;
}

/* Parses the conversion after '%' at s[*pos]; false after an error. */
static bool pct_parse(Checker *c, Loc loc, const char *s, size_t n, size_t *pos, PctSpec *p,
                      bool bytes)
{
    size_t i = *pos;
    memset(p, 0, sizeof *p);
    if (i < n && s[i] == '(') {
        size_t j = i + 1;
        int level = 1;
        while (j < n && level > 0) {
            level += s[j] == '(' ? 1 : s[j] == ')' ? -1 : 0;
            j++;
        }
        if (level > 0) {
            chk_error(c, loc, "incomplete format key");
            return false;
        }
        p->key = s + i + 1;
        p->nkey = j - i - 2;
        i = j;
    }
    int nf = 0;
    while (i < n && strchr("-+ #0", s[i]) && s[i]) {
        if (nf < 7)
            p->flags[nf++] = s[i];
        i++;
    }
    if (i < n && s[i] == '*') {
        chk_error(c, loc, "'*' widths in '%%' formatting are not supported; use an f-string "
                  "with a nested field (f\"{x:{width}}\")");
        return false;
    }
    p->width = s + i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    p->nwidth = (size_t)(s + i - p->width);
    if (i < n && s[i] == '.') {
        i++;
        if (i < n && s[i] == '*') {
            chk_error(c, loc, "'*' precisions in '%%' formatting are not supported");
            return false;
        }
        p->prec = s + i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        p->nprec = (size_t)(s + i - p->prec);
    }
    while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
        i++;
    if (i >= n) {
        chk_error(c, loc, "incomplete format");
        return false;
    }
    p->type = s[i];
    if (!strchr(bytes ? "diouxXeEfFgGcrsab%" : "diouxXeEfFgGcrsa%", p->type) || !p->type) {
        unsigned char ch = (unsigned char)s[i];
        chk_error(c, loc, "unsupported format character '%c' (0x%x) at index %lld",
                  ch < 0x80 ? ch : '?', ch, (long long)cp_index(s, i));
        return false;
    }
    *pos = i + 1;
    return true;
}

static bool has_flag(const PctSpec *p, char fl)
{
    return strchr(p->flags, fl) != NULL;
}

/* The format spec CPython's '%' applies for p (see the file comment). */
static const char *pct_to_spec(Checker *c, const PctSpec *p)
{
    bool left = has_flag(p, '-');
    char t = p->type == 'i' || p->type == 'u' ? 'd' : p->type;
    const char *prec = p->prec ? chk_fmt(c, ".%.*s", (int)p->nprec, p->prec) : "";
    if (t == 'c' || t == 's' || t == 'r')
        return chk_fmt(c, "%c%.*s%s%s", left ? '<' : '>', (int)p->nwidth, p->width,
                       t == 'c' ? "" : prec, t == 'c' ? "c" : "");
    return chk_fmt(c, "%s%s%s%s%.*s%s%c", left ? "<" : "",
                   has_flag(p, '+') ? "+" : has_flag(p, ' ') ? " " : "",
                   has_flag(p, '#') ? "#" : "", has_flag(p, '0') && !left ? "0" : "",
                   (int)p->nwidth, p->width, prec, t);
}

/* The value of argument e for conversion type t, or NULL (reported). */
static Ast *pct_value(Checker *c, Ast *e, char t, Loc loc)
{
    e = chk_expr(c, e);
    TyKind k = e->ty->kind;
    if (k == TY_ERROR || t == 's' || t == 'r')
        return e;
    bool num = k == TY_INT || k == TY_BOOL || k == TY_FLOAT;
    if (strchr("diu", t)) {
        if (!num) {
            chk_error(c, e->loc, "%%%c format: a real number is required, not %s", t,
                      chk_tyname(c, e->ty));
            return NULL;
        }
        if (k == TY_FLOAT)
            return chk_prelude_call(c, "_int_from_float", &e, 1, e->loc);
        return e;
    }
    if (strchr("oxXc", t)) {
        if (k == TY_INT || k == TY_BOOL)
            return e;
        if (t == 'c')
            chk_error(c, e->loc, "%%c requires an int here, not %s (for a one-character str, "
                      "use %%s)", chk_tyname(c, e->ty));
        else
            chk_error(c, e->loc, "%%%c format: an integer is required, not %s", t,
                      chk_tyname(c, e->ty));
        return NULL;
    }
    if (!num) {
        chk_error(c, e->loc, "must be real number, not %s", chk_tyname(c, e->ty));
        return NULL;
    }
    (void)loc;
    return e;
}

/* The argument e of a bytes '%' conversion t as the Latin-1 text it
 * inserts, or NULL (reported): %b and %s take a bytes-like object, %c an
 * int in range(256), the numbers format as for str (ASCII); %r and %a
 * (ascii(repr(x))) are refused. */
static Ast *pct_bytes_value(Checker *c, Ast *e, char t)
{
    if (t == 'r' || t == 'a') {
        chk_error(c, e->loc, "'%%%c' in bytes formatting is not supported: format the repr "
                  "into a str and .encode() it", t);
        return NULL;
    }
    if (t != 'b' && t != 's' && t != 'c')
        return pct_value(c, e, t, e->loc);
    e = chk_expr(c, e);
    if (e->ty->kind == TY_ERROR)
        return NULL;
    if (t == 'c') {
        if (e->ty->kind == TY_INT || e->ty->kind == TY_BOOL)
            return chk_prelude_call(c, "_pct_byte", &e, 1, e->loc);
        chk_error(c, e->loc, "%%c requires an integer in range(256) here, not %s",
                  chk_tyname(c, e->ty));
        return NULL;
    }
    if (!chk_is_bytes_like(c, e->ty)) {
        chk_error(c, e->loc, "%%b requires a bytes-like object, or an object that implements "
                  "__bytes__, not '%s' (for a str, write s.encode())", chk_tyname(c, e->ty));
        return NULL;
    }
    return chk_prelude_call(c, "_buf", &e, 1, e->loc);
}

/* The operand of '%' as arguments: a tuple display's items, a local
 * tuple's items t[0], t[1]..., else the operand itself. */
static int pct_operands(Checker *c, Ast *rhs, Ast ***out, bool *mapping)
{
    *mapping = false;
    if (rhs->kind == AST_TUPLE) {
        *out = rhs->u.seq.items.items;
        return rhs->u.seq.items.n;
    }
    Ast *raw = ast_clone(c->arena, rhs);
    Ast *r = chk_expr(c, rhs);
    *out = arena_alloc(c->arena, sizeof **out * 2);
    (*out)[0] = r;
    if (r->ty->kind == TY_DICT)
        *mapping = true;
    if (r->ty->kind != TY_TUPLE)
        return 1;
    if (!is_free(c, raw)) {
        chk_error(c, rhs->loc, "the tuple of a '%%' formatting must be a tuple display or a "
                  "local variable");
        return -1;
    }
    int n = r->ty->nitems;
    *out = arena_alloc(c->arena, sizeof **out * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Ast *sub = ast_new(c->arena, AST_SUBSCRIPT, rhs->loc);
        sub->u.sub.obj = ast_clone(c->arena, raw);
        sub->u.sub.index = ast_new(c->arena, AST_INT, rhs->loc);
        sub->u.sub.index->u.i = i;
        (*out)[i] = sub;
    }
    return n;
}

/* One '%' conversion as an f-string part. */
static bool pct_field(FmtCtx *f, Ast *fs, const PctSpec *p, Ast *rhs, bool mapping)
{
    Checker *c = f->c;
    Ast *e;
    if (p->key) {
        if (!mapping) {
            chk_error(c, f->loc, "format requires a mapping");
            return false;
        }
        if (f->a->uses[0]++ && !f->a->pristine[0]) {
            chk_error(c, rhs->loc, "the mapping of a '%%' formatting with several keys must "
                      "be a local variable");
            return false;
        }
        e = ast_new(c->arena, AST_SUBSCRIPT, f->loc);
        e->u.sub.obj = f->a->uses[0] > 1 ? ast_clone(c->arena, f->a->pristine[0]) : f->a->args[0];
        e->u.sub.index = lit(c, f->loc, p->key, p->nkey);
        if (f->bytes)   /* b"%(k)d" % {b"k": 1}: a bytes key, as parse_strings makes it */
            e->u.sub.index = ast_call(c->arena, f->loc, ast_name(c->arena, f->loc, "_bytes_lit"),
                                      ast_list1(c->arena, e->u.sub.index));
    } else {
        if (f->next >= f->a->n) {
            chk_error(c, f->loc, "not enough arguments for format string");
            return false;
        }
        e = arg_use(f, f->next++, f->loc);
    }
    if (p->type == 'a') {
        chk_error(c, f->loc, "'%%a' formatting is not supported");
        return false;
    }
    if (p->prec && strchr("diuoxXc", p->type)) {
        chk_error(c, f->loc, "a precision with '%%%c' is not supported; use an f-string", p->type);
        return false;
    }
    e = f->bytes ? pct_bytes_value(c, e, p->type) : pct_value(c, e, p->type, f->loc);
    if (!e)
        return false;
    PctSpec as_str = *p;
    if (f->bytes && strchr("bsc", p->type))
        as_str.type = 's';      /* the value is the bytes' Latin-1 text now */
    const char *spec = pct_to_spec(c, &as_str);
    char conv = as_str.type == 's' ? 's' : as_str.type == 'r' ? 'r' : 0;
    bool plain = conv && !p->nwidth && !p->prec;
    ast_fstring_push(c->arena, fs, e, conv, plain ? NULL : lit(c, f->loc, spec, strlen(spec)));
    return true;
}

/* "literal" % operand, or b"literal" % operand when bytes */
Ast *chk_percent_format(Checker *c, Ast *e, Ast *fmt, bool bytes)
{
    Ast *rhs = e->u.binary.right;
    Ast **items;
    bool mapping;
    Ast *raw_rhs = ast_clone(c->arena, rhs);
    int n = pct_operands(c, rhs, &items, &mapping);
    if (n < 0)
        return set_err(c, e);
    FmtArgs fa = { 0 };
    args_init(c, &fa, items, NULL, n, n);
    if (mapping)
        fa.pristine[0] = is_free(c, raw_rhs) ? raw_rhs : NULL;
    FmtCtx f = { c, &fa, fmt->loc, 0, 0, bytes };
    Ast *fs = ast_new(c->arena, AST_FSTRING, fmt->loc);
    const char *s = fmt->u.str.s;
    size_t len = fmt->u.str.len, i = 0, start = 0;
    bool keyed = false;
    while (i < len) {
        if (s[i] != '%') {
            i++;
            continue;
        }
        if (i > start)
            ast_fstring_push(c->arena, fs, lit(c, fmt->loc, s + start, i - start), 0, NULL);
        i++;
        PctSpec p;
        if (!pct_parse(c, fmt->loc, s, len, &i, &p, f.bytes))
            return set_err(c, e);
        start = i;
        if (p.type == '%') {
            ast_fstring_push(c->arena, fs, lit(c, fmt->loc, "%", 1), 0, NULL);
            continue;
        }
        keyed = keyed || p.key;
        if (!pct_field(&f, fs, &p, rhs, mapping))
            return set_err(c, e);
    }
    if (i > start)
        ast_fstring_push(c->arena, fs, lit(c, fmt->loc, s + start, i - start), 0, NULL);
    if (!keyed && f.next < n && !(mapping && f.next == 0 && n == 1)) {
        chk_error(c, e->loc, "not all arguments converted during string formatting");
        return set_err(c, e);
    }
    if (!keyed && mapping && f.next == 0)
        fa.uses[0] = 1;        /* a dict operand with no field: CPython ignores it */
    if (!keyed)
        args_check_unused(&f);
    if (fa.bad)
        return set_err(c, e);
    if (fs->u.fstr.parts.n == 0)
        fs = lit(c, fmt->loc, "", 0);
    if (f.bytes)    /* a bytes holds its Latin-1 text (runtime/prelude/_bytes.py) */
        return chk_prelude_call(c, "_bytes_lit", &fs, 1, e->loc);
    return chk_expr(c, fs);
}
