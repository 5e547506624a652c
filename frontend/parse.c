/* parse.c - the parser driver and the checks of the grammar actions.
 *
 * The driver pulls tokens from the lexer and pushes them into the lemon
 * parser (grammar.y).  Module statements are collected in the ParseCtx as
 * they are reduced, so that a parse that ends in an error still returns
 * what came before.  After the parse, one bounded walk refuses trees
 * deeper than PARSE_MAX_DEPTH, so that recursive phases are safe.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "grammar.h"

/* lemon's generated interface (%name parse_lemon) */
void *parse_lemonAlloc(void *(*alloc)(size_t), ParseCtx *ctx);
void parse_lemon(void *parser, int kind, Token tok);
void parse_lemonFree(void *parser, void (*release)(void *));

/* -------------------------------------------------------------- driver */

static void init_ctx(ParseCtx *ctx, DiagCtx *d, Arena *a, int file)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->arena = a;
    ctx->diag = d;
    ctx->file = file;
    ctx->last[0] = ctx->last[1] = ctx->last[2] = -1;
    ctx->recovered_at = -10;
}

/* Literals 2**63 that no unary minus took stay wide: the checker
 * reports them outside rtrans.intmask. */
static void flush_bigints(ParseCtx *ctx)
{
    ctx->bigints.n = 0;
}

/* `x as y` items left outside a with statement's header. */
static void flush_as_items(ParseCtx *ctx)
{
    for (int i = 0; i < ctx->as_items.n; i++)
        diag_error(ctx->diag, ctx->as_items.items[i]->loc, "unexpected 'as'");
    ctx->as_items.n = 0;
}

static bool is_layout(int kind)
{
    return kind == TK_NEWLINE || kind == TK_INDENT || kind == TK_DEDENT;
}

/* Keeps what parse_syntax_error needs to word its message. */
static void note_token(ParseCtx *ctx, int kind, const Token *t)
{
    bool line_start = ctx->last[0] == -1 || is_layout(ctx->last[0]);
    ctx->last[2] = ctx->last[1];
    ctx->last[1] = ctx->last[0];
    ctx->last[0] = kind;
    ctx->ntokens++;
    if (kind == TK_NEWLINE && ctx->last[1] == TK_COLON) {
        ctx->hdr_kind = ctx->line_kind;
        ctx->hdr_no = ctx->line_no;
    }
    if (line_start && kind != 0 && !is_layout(kind)) {
        ctx->line_kind = kind;
        ctx->line_no = t->loc.line;
    }
}

/* ------------------------------------------------------ soft keywords */

/* `match` and `case` are names except where they start a match statement
 * or one of its case clauses.  A line starting with the name `match` is a
 * match statement when it ends with ':' (and is not `match: T = ...` or
 * `match = ...`): that needs the whole line, so its tokens are read ahead
 * into a queue.  A line starting with `case` directly inside a match
 * statement's block is a case clause. */
typedef struct Soft {
    Token *q;                /* tokens read ahead */
    int head, n, cap;
    int depth;               /* INDENT nesting of the current line */
    int *blocks;             /* depths of the open match statements' blocks */
    int nblocks, capblocks;
    bool match_pending;      /* a MATCH was fed: its INDENT opens a block */
    bool line_start;
} Soft;

static int soft_pull(Lexer *lx, Soft *s, Token *t)
{
    if (s->head < s->n) {
        *t = s->q[s->head++];
        return t->kind;
    }
    s->head = s->n = 0;
    return lex_next(lx, t);
}

static void soft_push(Soft *s, const Token *t)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->q = realloc(s->q, (size_t)s->cap * sizeof *s->q);
        if (!s->q)
            FE_DIE("out of memory");
    }
    s->q[s->n++] = *t;
}

/* The current NAME `match` starts a match statement: reads its line. */
static bool match_line(Lexer *lx, Soft *s)
{
    Token t;
    int second = -1, last = -1, kind;
    s->head = s->n = 0;
    do {
        kind = lex_next(lx, &t);
        soft_push(s, &t);
        if (second < 0)
            second = kind;
        if (kind != TK_NEWLINE && kind != 0)
            last = kind;
    } while (kind != TK_NEWLINE && kind != 0);
    return last == TK_COLON && second != TK_COLON && second != TK_EQ && second != TK_NEWLINE;
}

static int soft_keyword(Lexer *lx, Soft *s, Token *t, int kind)
{
    if (s->line_start && kind == TK_NAME) {
        if (strcmp(t->v.name, "case") == 0 && s->nblocks && s->blocks[s->nblocks - 1] == s->depth)
            kind = TK_CASE;
        else if (strcmp(t->v.name, "match") == 0 && s->head >= s->n && match_line(lx, s))
            kind = TK_MATCH;
    }
    if (kind == TK_INDENT) {
        s->depth++;
        if (s->match_pending) {
            if (s->nblocks == s->capblocks) {
                s->capblocks = s->capblocks ? 2 * s->capblocks : 8;
                s->blocks = realloc(s->blocks, (size_t)s->capblocks * sizeof *s->blocks);
                if (!s->blocks)
                    FE_DIE("out of memory");
            }
            s->blocks[s->nblocks++] = s->depth;
        }
    }
    if (kind == TK_DEDENT) {
        s->depth--;
        while (s->nblocks && s->blocks[s->nblocks - 1] > s->depth)
            s->nblocks--;
    }
    if (kind == TK_MATCH)
        s->match_pending = true;
    else if (kind == TK_INDENT || kind == TK_NEWLINE)
        s->match_pending = s->match_pending && kind == TK_NEWLINE;
    s->line_start = kind == TK_NEWLINE || kind == TK_INDENT || kind == TK_DEDENT;
    t->kind = kind;
    return kind;
}

static void run(ParseCtx *ctx, Lexer *lx, int first)
{
    ctx->lexer = lx;
    void *parser = parse_lemonAlloc(malloc, ctx);
    if (!parser)
        FE_DIE("out of memory");
    Token t = {0};
    if (first) {
        note_token(ctx, first, &t);
        parse_lemon(parser, first, t);
    }
    Soft soft = { .line_start = true };
    int kind;
    do {
        kind = soft_pull(lx, &soft, &t);
        if (!first)
            kind = soft_keyword(lx, &soft, &t, kind);
        note_token(ctx, kind, &t);
        parse_lemon(parser, kind, t);
        if (kind == TK_NEWLINE) {
            flush_bigints(ctx);
            flush_as_items(ctx);
        }
    } while (kind != 0 && !diag_too_many(ctx->diag));
    flush_bigints(ctx);
    flush_as_items(ctx);
    free(soft.q);
    free(soft.blocks);
    parse_lemonFree(parser, free);
}

/* ------------------------------------------------------------ depth */

typedef struct DepthWalk {
    ParseCtx *ctx;
    int depth;
    bool exceeded;
} DepthWalk;

static void depth_visit(Ast *node, void *data)
{
    DepthWalk *w = data;
    if (w->exceeded)
        return;
    if (w->depth >= PARSE_MAX_DEPTH) {
        w->exceeded = true;
        diag_error(w->ctx->diag, node->loc,
                   "nesting too deep (more than %d levels of expressions and blocks)",
                   PARSE_MAX_DEPTH);
        return;
    }
    w->depth++;
    ast_visit_children(node, depth_visit, w);
    w->depth--;
}

static bool depth_ok(ParseCtx *ctx, Ast *root)
{
    DepthWalk w = {ctx, 0, false};
    depth_visit(root, &w);
    return !w.exceeded;
}

/* ---------------------------------------------------------------- API */

static Ast *parse_source(DiagCtx *d, Arena *a, int file)
{
    ParseCtx ctx;
    init_ctx(&ctx, d, a, file);
    run(&ctx, lex_new(&ctx, file), 0);
    Ast *module = ast_module(a, (Loc){file, 1, 1}, ctx.body);
    return depth_ok(&ctx, module) ? module : NULL;
}

Ast *parse_string(DiagCtx *d, Arena *a, const char *path, const char *text, size_t len)
{
    return parse_source(d, a, diag_add_file(d, path, text, len));
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    errno = 0;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            FE_DIE("out of memory reading %s", path);
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        cap *= 2;
        buf = realloc(buf, cap);
    }
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (err) {
        free(buf);
        errno = err;
        return NULL;
    }
    *len = n;
    return buf;
}

Ast *parse_file(DiagCtx *d, Arena *a, const char *path)
{
    return parse_file_edited(d, a, path, NULL, NULL);
}

Ast *parse_file_edited(DiagCtx *d, Arena *a, const char *path, ParseEdit edit, void *ctx)
{
    size_t len = 0;
    char *text = read_file(path, &len);
    if (!text) {
        int err = errno;
        int file = diag_add_file(d, path, NULL, 0);
        diag_error(d, (Loc){file, 0, 0}, "cannot read file: %s", strerror(err));
        return NULL;
    }
    if (edit)
        len = edit(ctx, text, len);
    int file = diag_add_file(d, path, text, len);
    free(text);
    return parse_source(d, a, file);
}

/* An expression from [start, end) beginning at loc, in a context that
 * shares arena, diagnostics and file with the caller's. */
static Ast *parse_fragment(DiagCtx *d, Arena *a, int fdepth, const char *start,
                           const char *end, Loc loc)
{
    ParseCtx ctx;
    init_ctx(&ctx, d, a, loc.file);
    ctx.fdepth = fdepth;
    ctx.fragment = true;
    int errors = diag_errors(d);
    run(&ctx, lex_new_fragment(&ctx, start, end, loc), TK_FEXPR);
    if (!ctx.expr || diag_errors(d) != errors || !depth_ok(&ctx, ctx.expr))
        return NULL;
    return ctx.expr;
}

Ast *parse_fstring_expr(ParseCtx *ctx, const char *start, const char *end, Loc loc)
{
    return parse_fragment(ctx->diag, ctx->arena, ctx->fdepth + 1, start, end, loc);
}

Ast *parse_expression(DiagCtx *d, Arena *a, const char *text, size_t len, Loc loc)
{
    return parse_fragment(d, a, 0, text, text + len, loc);
}

/* ------------------------------------------------------- syntax errors */

static const char *header_name(int kind)
{
    switch (kind) {
    case TK_DEF: case TK_ASYNC: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_WITH: return "'with' statement";
    default: return NULL;
    }
}

static bool is_clause_keyword(int kind)
{
    return kind == TK_ELSE || kind == TK_ELIF || kind == TK_EXCEPT || kind == TK_FINALLY;
}

void parse_recovered(ParseCtx *ctx, bool block)
{
    if (block)
        ctx->recovered_at = ctx->ntokens;
}

void parse_syntax_error(ParseCtx *ctx, int kind, const Token *tok)
{
    lex_recover(ctx->lexer);
    /* The lexer reported this one already. */
    if (kind == TK_ERRTOK)
        return;
    /* else/except/... of a compound statement whose header was bad and
     * whose block was skipped: one error is enough. */
    if (is_clause_keyword(kind) && ctx->ntokens - ctx->recovered_at <= 1)
        return;
    Loc loc = tok->loc;
    if (ctx->last[1] == TK_NEWLINE && ctx->last[2] == TK_COLON && kind != TK_INDENT) {
        const char *what = header_name(ctx->hdr_kind);
        if (what)
            diag_error(ctx->diag, loc, "expected an indented block after %s on line %d",
                       what, ctx->hdr_no);
        else
            diag_error(ctx->diag, loc, "expected an indented block");
        return;
    }
    if (kind == 0 && ctx->fragment)
        diag_error(ctx->diag, loc, "unexpected end of expression");
    else if (kind == TK_NAME)
        diag_error_len(ctx->diag, loc, tok->len, "unexpected name '%s'", tok->v.name);
    else if (kind == TK_COLONEQ)    /* CPython: invalid syntax */
        diag_error_len(ctx->diag, loc, tok->len, "unexpected ':=': an assignment expression "
                       "is written (name := value) where an expression is expected (a "
                       "condition, an argument, an item), and a statement assigns with '='");
    else
        diag_error_len(ctx->diag, loc, tok->len, "unexpected %s", lex_token_name(kind));
}

/* ---------------------------------------------------- action helpers */

void parse_push_stmts(ParseCtx *ctx, AstList stmts)
{
    ast_list_append(ctx->arena, &ctx->body, &stmts);
}

Ast *parse_unsupported(ParseCtx *ctx, Loc loc, const char *what, Ast *stand_in)
{
    diag_error(ctx->diag, loc, "%s is not supported", what);
    diag_soften(ctx->diag);     /* the stand-in keeps the tree whole */
    return stand_in;
}

Ast *parse_as_item(ParseCtx *ctx, Loc as_loc, Ast *expr, Ast *target)
{
    Ast *item = ast_withitem(ctx->arena, expr, parse_target(ctx, target, "assign to"));
    item->loc = as_loc;
    ast_list_push(ctx->arena, &ctx->as_items, item);
    return item;
}

/* Takes a parenthesised `x as y` for a with statement's item. */
static Ast *claim_as_item(ParseCtx *ctx, Ast *item)
{
    for (int i = ctx->as_items.n - 1; i >= 0; i--) {
        if (ctx->as_items.items[i] != item)
            continue;
        ctx->as_items.items[i] = ctx->as_items.items[--ctx->as_items.n];
        item->loc = ast_start_loc(item->u.withitem.expr);
        return item;
    }
    return NULL;
}

static Ast *with_item_of(ParseCtx *ctx, Ast *e)
{
    Ast *claimed = e->kind == AST_WITHITEM ? claim_as_item(ctx, e) : NULL;
    return claimed ? claimed : ast_withitem(ctx->arena, e, NULL);
}

Ast *parse_with(ParseCtx *ctx, Loc loc, AstList items)
{
    Ast *only = items.n == 1 && !items.items[0]->u.withitem.target
                    ? items.items[0]->u.withitem.expr
                    : NULL;
    /* A tuple can only be an item when written in parentheses. */
    if (only && only->kind == AST_TUPLE && only->u.seq.items.n > 0) {
        AstList split = {0};
        for (int i = 0; i < only->u.seq.items.n; i++)
            ast_list_push(ctx->arena, &split, with_item_of(ctx, only->u.seq.items.items[i]));
        items = split;
    } else if (only && only->kind == AST_WITHITEM) {
        items = ast_list1(ctx->arena, with_item_of(ctx, only));
    }
    return ast_with(ctx->arena, loc, items, (AstList){0});
}

static void claim_patterns(Ast *n, void *data)
{
    ParseCtx *ctx = data;
    if (n->kind == AST_WITHITEM)
        claim_as_item(ctx, n);
    ast_visit_children(n, claim_patterns, ctx);
}

Ast *parse_case(ParseCtx *ctx, Loc loc, Ast *pattern, Ast *guard)
{
    claim_patterns(pattern, ctx);
    return ast_case(ctx->arena, loc, pattern, guard, (AstList){0});
}

/* Adjacent string literals: one string, or one bytes when all are bytes
 * (Python refuses a mix).  A bytes literal is the call _bytes_lit(text) of
 * the prelude's bytes section (text: Latin-1, one character per byte), so
 * that nothing after the parser takes it for a str constant. */
Ast *parse_strings(ParseCtx *ctx, const AstList *pieces)
{
    int nbytes = 0;
    for (int i = 0; i < pieces->n; i++)
        nbytes += pieces->items[i]->kind == AST_STR && pieces->items[i]->u.str.bytes;
    if (nbytes && nbytes != pieces->n)
        diag_error(ctx->diag, pieces->items[0]->loc, "cannot mix bytes and nonbytes literals");
    Ast *r = ast_join_strings(ctx->arena, pieces);
    if (nbytes != pieces->n || r->kind != AST_STR)
        return r;
    r->u.str.bytes = false;
    return ast_call(ctx->arena, r->loc, ast_name(ctx->arena, r->loc, "_bytes_lit"),
                    ast_list1(ctx->arena, r));
}

Ast *parse_int_literal(ParseCtx *ctx, const Token *tok)
{
    Ast *n = ast_int(ctx->arena, tok->loc, (int64_t)tok->v.ival);
    /* From 2**63 up a literal is held modulo 2**64 and marked wide: the
     * checker accepts it inside rtrans.intmask(...) only.  -2**63 is an
     * ordinary int: parse_negate folds it. */
    if (tok->v.ival >= (uint64_t)1 << 63) {
        n->wide = 1;
        if (tok->v.ival == (uint64_t)1 << 63)
            ast_list_push(ctx->arena, &ctx->bigints, n);
    }
    return n;
}

Ast *parse_negate(ParseCtx *ctx, Loc loc, Ast *operand)
{
    for (int i = ctx->bigints.n - 1; i >= 0; i--) {
        if (ctx->bigints.items[i] != operand)
            continue;
        ctx->bigints.items[i] = ctx->bigints.items[--ctx->bigints.n];
        operand->loc = loc;   /* now the literal -9223372036854775808 */
        operand->wide = 0;
        return operand;
    }
    return ast_unary(ctx->arena, loc, OP_NEG, operand);
}

/* What a construct is called in "cannot assign to ..." messages. */
static const char *describe(const Ast *e)
{
    switch (e->kind) {
    case AST_INT: case AST_FLOAT: case AST_STR: return "literal";
    case AST_FSTRING: return "f-string expression";
    case AST_BOOL: return e->u.i ? "True" : "False";
    case AST_NONE: return "None";
    case AST_CALL: return "function call";
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_LAMBDA: return "lambda";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_GENEXP: return "generator expression";
    case AST_STARRED: return "starred";
    case AST_TUPLE: return "tuple";
    case AST_LIST: return "list";
    default: return "expression";
    }
}

Ast *parse_target(ParseCtx *ctx, Ast *e, const char *context)
{
    switch (e->kind) {
    case AST_NAME: case AST_ATTR: case AST_SUBSCRIPT:
        return e;
    case AST_TUPLE: case AST_LIST:
        for (int i = 0; i < e->u.seq.items.n; i++)
            parse_target(ctx, e->u.seq.items.items[i], context);
        return e;
    case AST_STARRED:
        if (e->u.unary.op == OP_MUL && strcmp(context, "delete") != 0) {
            parse_target(ctx, e->u.unary.operand, context);
            return e;
        }
        break;
    default:
        break;
    }
    diag_error(ctx->diag, ast_start_loc(e), "cannot %s %s", context, describe(e));
    return e;
}

Ast *parse_assign(ParseCtx *ctx, AstList targets, Ast *value)
{
    for (int i = 0; i < targets.n; i++)
        parse_target(ctx, targets.items[i], "assign to");
    return ast_assign(ctx->arena, ast_start_loc(targets.items[0]), targets, value);
}

Ast *parse_annassign(ParseCtx *ctx, Ast *target, Ast *annotation, Ast *value)
{
    if (target->kind == AST_TUPLE || target->kind == AST_LIST)
        diag_error(ctx->diag, ast_start_loc(target), "only single target (not %s) can be annotated",
                   describe(target));
    else if (target->kind != AST_NAME && target->kind != AST_ATTR &&
             target->kind != AST_SUBSCRIPT)
        diag_error(ctx->diag, ast_start_loc(target), "illegal target for annotation");
    return ast_annassign(ctx->arena, ast_start_loc(target), target, annotation, value);
}

Ast *parse_augassign(ParseCtx *ctx, OpTok op, Ast *target, Ast *value)
{
    if (target->kind != AST_NAME && target->kind != AST_ATTR &&
        target->kind != AST_SUBSCRIPT)
        diag_error(ctx->diag, ast_start_loc(target),
                   "'%s' is an illegal expression for augmented assignment",
                   describe(target));
    return ast_augassign(ctx->arena, ast_start_loc(target), op.op, target, value);
}

Ast *parse_del(ParseCtx *ctx, Loc loc, AstList targets)
{
    for (int i = 0; i < targets.n; i++)
        parse_target(ctx, targets.items[i], "delete");
    return ast_seq(ctx->arena, AST_DEL, loc, targets);
}

Ast *parse_keyword_arg(ParseCtx *ctx, Ast *name, Ast *value)
{
    if (name->kind != AST_NAME) {
        diag_error(ctx->diag, ast_start_loc(name),
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
        return value;
    }
    return ast_keyword(ctx->arena, name->loc, name->u.name.id, value);
}

/* Python's order: positional and *x, then keywords and **x, with *x still
 * allowed among the keywords; no keyword twice. */
static void check_call_args(ParseCtx *ctx, const AstList *args)
{
    bool keyword = false, kwunpack = false;
    for (int i = 0; i < args->n; i++) {
        const Ast *a = args->items[i];
        if (a->kind == AST_KEYWORD) {
            keyword = true;
            for (int j = 0; j < i; j++) {
                const Ast *b = args->items[j];
                if (b->kind == AST_KEYWORD && strcmp(b->u.kw.name, a->u.kw.name) == 0) {
                    diag_error(ctx->diag, a->loc, "keyword argument repeated: %s",
                               a->u.kw.name);
                    break;
                }
            }
        } else if (a->kind == AST_STARRED && a->u.unary.op == OP_POW) {
            kwunpack = true;
        } else if (a->kind == AST_STARRED) {
            if (kwunpack)
                diag_error(ctx->diag, a->loc,
                           "iterable argument unpacking follows keyword argument unpacking");
        } else if (kwunpack) {
            diag_error(ctx->diag, a->loc,
                       "positional argument follows keyword argument unpacking");
        } else if (keyword) {
            diag_error(ctx->diag, a->loc, "positional argument follows keyword argument");
        }
    }
}

Ast *parse_call(ParseCtx *ctx, Ast *func, AstList args)
{
    check_call_args(ctx, &args);
    return ast_call(ctx->arena, func->loc, func, args);
}

/* Python's rules for parameter lists (def and lambda). */
static void check_params(ParseCtx *ctx, const AstList *params)
{
    bool seen_default = false, seen_star = false, seen_kwstar = false;
    for (int i = 0; i < params->n; i++) {
        const Ast *p = params->items[i];
        const char *name = p->u.param.name;
        for (int j = 0; name && j < i; j++) {
            const char *other = params->items[j]->u.param.name;
            if (other && strcmp(other, name) == 0) {
                diag_error(ctx->diag, p->loc,
                           "duplicate argument '%s' in function definition", name);
                break;
            }
        }
        if (seen_kwstar) {
            diag_error(ctx->diag, p->loc, "arguments cannot follow var-keyword argument");
            return;
        }
        if (p->u.param.star == 2) {
            seen_kwstar = true;
        } else if (p->u.param.star == 1) {
            if (seen_star)
                diag_error(ctx->diag, p->loc, "* argument may appear only once");
            seen_star = true;
            bool named = i + 1 < params->n && params->items[i + 1]->u.param.star == 0;
            if (!name && !named)
                diag_error(ctx->diag, p->loc, "named arguments must follow bare *");
        } else if (p->u.param.default_value) {
            seen_default = true;
        } else if (seen_default && !seen_star) {
            diag_error(ctx->diag, p->loc, "non-default argument follows default argument");
        }
    }
}

Ast *parse_funcdef(ParseCtx *ctx, Loc loc, const char *name, AstList params,
                   Ast *returns)
{
    check_params(ctx, &params);
    return ast_funcdef(ctx->arena, loc, name, params, returns, (AstList){0});
}

Ast *parse_lambda(ParseCtx *ctx, Loc loc, AstList params, Ast *body)
{
    check_params(ctx, &params);
    return ast_lambda(ctx->arena, loc, params, body);
}

Ast *parse_try(ParseCtx *ctx, Loc loc, AstList body, AstList handlers,
               AstList orelse, AstList finalbody)
{
    for (int i = 0; i + 1 < handlers.n; i++)
        if (!handlers.items[i]->u.handler.type) {
            diag_error(ctx->diag, handlers.items[i]->loc, "default 'except:' must be last");
            break;
        }
    return ast_try(ctx->arena, loc, body, handlers, orelse, finalbody);
}
