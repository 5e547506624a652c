/* lexer.c - Python 3 tokens for the lemon parser.
 *
 * Invariants:
 *  - lx->p only moves forward; loc_at() turns a position into a Loc with
 *    a cache that is valid for non-decreasing positions (the slow path
 *    restarts from the beginning, it is never needed in practice).
 *  - A logical line ends with exactly one NEWLINE; blank and comment-only
 *    lines produce nothing; INDENT/DEDENT come before the first token of a
 *    line.  Inside brackets (and in fragments) newlines are whitespace.
 *  - Every error is reported here with its exact location.  Input that
 *    cannot become a token yields TK_ERRTOK, which the parser recovers from
 *    silently; input that can (a bad escape, a too-large literal) yields
 *    the token so that parsing goes on without follow-up errors.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "grammar.h"

enum {
    MAX_BRACKETS = 200,     /* as CPython's tokenizer */
    MAX_INDENT = 100,
    MAX_FSTRING_DEPTH = 8,
};

typedef struct Level {
    int col;
    bool phantom;           /* pushed after a bad unindent: no DEDENT */
} Level;

typedef struct Bracket {
    char ch;
    Loc loc;
} Bracket;

struct Lexer {
    ParseCtx *ctx;
    Arena *arena;
    DiagCtx *diag;
    int file;
    const char *start, *p, *end;
    bool fragment;
    /* loc_at cache */
    const char *cpos;
    int cline, ccol;
    Loc origin;             /* Loc of start */
    /* indentation */
    Level *levels;
    int nlevels, caplevels;
    int pending_dedents;
    bool pending_indent;
    Loc pending_loc;
    bool at_bol;
    char indent_style;      /* 0 until the first indented line, ' ' or '\t' */
    bool mixed_reported;
    /* brackets */
    Bracket *brackets;
    int nbrackets, capbrackets;
    bool recovering;        /* a syntax error inside brackets: see lex_recover */
    int last_kind;          /* -1 before the first token */
    bool eof_prepared;      /* the end-of-input sequence is queued */
};

/* --------------------------------------------------------------- helpers */

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_ident(int c) { return is_alpha(c) || is_digit(c); }

static int peek(const Lexer *lx, const char *p, int k)
{
    return p + k < lx->end ? (unsigned char)p[k] : 0;
}

/* Display column after character c at column col (both from 1). */
static int advance_col(int col, unsigned char c)
{
    if (c == '\t')
        return ((col - 1) / 8 + 1) * 8 + 1;
    if ((c & 0xC0) == 0x80)
        return col;
    return col + 1;
}

static Loc loc_at(Lexer *lx, const char *p)
{
    if (p < lx->cpos) {
        lx->cpos = lx->start;
        lx->cline = lx->origin.line;
        lx->ccol = lx->origin.col;
    }
    for (; lx->cpos < p; lx->cpos++) {
        if (*lx->cpos == '\n') {
            lx->cline++;
            lx->ccol = 1;
        } else {
            lx->ccol = advance_col(lx->ccol, (unsigned char)*lx->cpos);
        }
    }
    return (Loc){lx->file, lx->cline, lx->ccol};
}

/* Columns from loc to p when p is on loc's line, else to the line's end. */
static int span(Lexer *lx, Loc loc, const char *p)
{
    Loc e = loc_at(lx, p);
    return e.line == loc.line && e.col > loc.col ? e.col - loc.col : 1;
}

static int make(Token *t, int kind, Loc loc, int len)
{
    t->kind = kind;
    t->loc = loc;
    t->len = len > 0 ? len : 1;
    return kind;
}

uint32_t lex_decode_utf8(const char *p, int *n)
{
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) {
        *n = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *n = 2;
        return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *n = 3;
        return (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    }
    *n = 4;
    return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
           (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

static size_t encode_utf8(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the valid UTF-8 sequence at s, or 0. */
static int utf8_valid_len(const unsigned char *s, const unsigned char *end)
{
    int n;
    uint32_t min;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        n = 2, min = 0x80;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF)
        n = 3, min = 0x800;
    else if (s[0] >= 0xF0 && s[0] <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (end - s < n)
        return 0;
    for (int i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    int len;
    uint32_t cp = lex_decode_utf8((const char *)s, &len);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

/* A rough test for characters Python accepts in identifiers, only used to
 * choose between "non-ASCII identifier" and "invalid character". */
static bool is_unicode_letter(uint32_t cp)
{
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           cp >= 0x10000;
}

/* --------------------------------------------------------------- creation */

static Lexer *lexer_alloc(ParseCtx *ctx, const char *start, const char *end, Loc loc)
{
    Lexer *lx = arena_alloc(ctx->arena, sizeof *lx);
    lx->ctx = ctx;
    lx->arena = ctx->arena;
    lx->diag = ctx->diag;
    lx->file = loc.file;
    lx->start = lx->p = lx->cpos = start;
    lx->end = end;
    lx->origin = loc;
    lx->cline = loc.line;
    lx->ccol = loc.col;
    lx->caplevels = 8;
    lx->levels = arena_alloc(lx->arena, (size_t)lx->caplevels * sizeof *lx->levels);
    lx->nlevels = 1;
    lx->last_kind = -1;
    return lx;
}

/* Python refuses a whole file that is not UTF-8 or contains NUL bytes;
 * so do we, pointing at the first offending byte. */
static bool validate_source(Lexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->start;
    const unsigned char *end = (const unsigned char *)lx->end;
    while (s < end) {
        if (*s == 0) {
            diag_error(lx->diag, loc_at(lx, (const char *)s),
                       "source code cannot contain null bytes");
            return false;
        }
        int n = utf8_valid_len(s, end);
        if (!n) {
            diag_error(lx->diag, loc_at(lx, (const char *)s),
                       "source is not valid UTF-8 (byte 0x%02x)", *s);
            return false;
        }
        s += n;
    }
    return true;
}

Lexer *lex_new(ParseCtx *ctx, int file)
{
    size_t len;
    const char *text = diag_file_text(ctx->diag, file, &len);
    FE_ASSERT(text);
    const char *start = text;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        start += 3;   /* a UTF-8 byte order mark is not part of line 1 */
    Lexer *lx = lexer_alloc(ctx, start, text + len, (Loc){file, 1, 1});
    lx->at_bol = true;
    if (!validate_source(lx))
        lx->end = lx->p;   /* nothing to lex: the error says why */
    lx->cpos = lx->start;
    lx->cline = 1;
    lx->ccol = 1;
    return lx;
}

Lexer *lex_new_fragment(ParseCtx *ctx, const char *start, const char *end, Loc loc)
{
    Lexer *lx = lexer_alloc(ctx, start, end, loc);
    lx->fragment = true;
    if (!validate_source(lx))
        lx->end = lx->p;
    lx->cpos = lx->start;
    lx->cline = loc.line;
    lx->ccol = loc.col;
    return lx;
}

/* ------------------------------------------------------------ token names */

static const char *const token_names[] = {
    [0] = "end of file",
    [TK_NEWLINE] = "end of line", [TK_INDENT] = "indent", [TK_DEDENT] = "unindent",
    [TK_ERRTOK] = "invalid token", [TK_FEXPR] = "start of expression",
    [TK_NAME] = "name", [TK_INT] = "number", [TK_FLOAT] = "number",
    [TK_STRING] = "string",
    [TK_FALSE] = "'False'", [TK_NONE] = "'None'", [TK_TRUE] = "'True'",
    [TK_AND] = "'and'", [TK_AS] = "'as'", [TK_ASSERT] = "'assert'",
    [TK_ASYNC] = "'async'", [TK_AWAIT] = "'await'", [TK_BREAK] = "'break'",
    [TK_CLASS] = "'class'", [TK_CONTINUE] = "'continue'", [TK_DEF] = "'def'",
    [TK_DEL] = "'del'", [TK_ELIF] = "'elif'", [TK_ELSE] = "'else'",
    [TK_EXCEPT] = "'except'", [TK_FINALLY] = "'finally'", [TK_FOR] = "'for'",
    [TK_FROM] = "'from'", [TK_GLOBAL] = "'global'", [TK_IF] = "'if'",
    [TK_IMPORT] = "'import'", [TK_IN] = "'in'", [TK_IS] = "'is'",
    [TK_LAMBDA] = "'lambda'", [TK_NONLOCAL] = "'nonlocal'", [TK_NOT] = "'not'",
    [TK_OR] = "'or'", [TK_PASS] = "'pass'", [TK_RAISE] = "'raise'",
    [TK_RETURN] = "'return'", [TK_TRY] = "'try'", [TK_WHILE] = "'while'",
    [TK_WITH] = "'with'", [TK_YIELD] = "'yield'", [TK_MATCH] = "'match'",
    [TK_CASE] = "'case'",
    [TK_PLUS] = "'+'", [TK_MINUS] = "'-'", [TK_STAR] = "'*'", [TK_DSTAR] = "'**'",
    [TK_SLASH] = "'/'", [TK_DSLASH] = "'//'", [TK_PERCENT] = "'%'", [TK_AT] = "'@'",
    [TK_LSHIFT] = "'<<'", [TK_RSHIFT] = "'>>'", [TK_AMP] = "'&'", [TK_BAR] = "'|'",
    [TK_CARET] = "'^'", [TK_TILDE] = "'~'", [TK_COLONEQ] = "':='",
    [TK_LT] = "'<'", [TK_GT] = "'>'", [TK_LE] = "'<='", [TK_GE] = "'>='",
    [TK_EQEQ] = "'=='", [TK_NE] = "'!='",
    [TK_LPAREN] = "'('", [TK_RPAREN] = "')'", [TK_LBRACKET] = "'['",
    [TK_RBRACKET] = "']'", [TK_LBRACE] = "'{'", [TK_RBRACE] = "'}'",
    [TK_COMMA] = "','", [TK_COLON] = "':'", [TK_DOT] = "'.'", [TK_SEMI] = "';'",
    [TK_EQ] = "'='", [TK_ARROW] = "'->'", [TK_ELLIPSIS] = "'...'",
    [TK_PLUSEQ] = "'+='", [TK_MINUSEQ] = "'-='", [TK_STAREQ] = "'*='",
    [TK_SLASHEQ] = "'/='", [TK_DSLASHEQ] = "'//='", [TK_PERCENTEQ] = "'%='",
    [TK_DSTAREQ] = "'**='", [TK_ATEQ] = "'@='", [TK_AMPEQ] = "'&='",
    [TK_BAREQ] = "'|='", [TK_CARETEQ] = "'^='", [TK_LSHIFTEQ] = "'<<='",
    [TK_RSHIFTEQ] = "'>>='",
};

const char *lex_token_name(int kind)
{
    if (kind < 0 || (size_t)kind >= sizeof token_names / sizeof token_names[0] ||
        !token_names[kind])
        return "token";
    return token_names[kind];
}

/* --------------------------------------------------------------- keywords */

static const struct { const char *text; int kind; } keywords[] = {
    {"False", TK_FALSE}, {"None", TK_NONE}, {"True", TK_TRUE},
    {"and", TK_AND}, {"as", TK_AS}, {"assert", TK_ASSERT}, {"async", TK_ASYNC},
    {"await", TK_AWAIT}, {"break", TK_BREAK}, {"class", TK_CLASS},
    {"continue", TK_CONTINUE}, {"def", TK_DEF}, {"del", TK_DEL},
    {"elif", TK_ELIF}, {"else", TK_ELSE}, {"except", TK_EXCEPT},
    {"finally", TK_FINALLY}, {"for", TK_FOR}, {"from", TK_FROM},
    {"global", TK_GLOBAL}, {"if", TK_IF}, {"import", TK_IMPORT}, {"in", TK_IN},
    {"is", TK_IS}, {"lambda", TK_LAMBDA}, {"nonlocal", TK_NONLOCAL},
    {"not", TK_NOT}, {"or", TK_OR}, {"pass", TK_PASS}, {"raise", TK_RAISE},
    {"return", TK_RETURN}, {"try", TK_TRY}, {"while", TK_WHILE},
    {"with", TK_WITH}, {"yield", TK_YIELD},
};

static int keyword(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].text[0] == s[0] && strncmp(keywords[i].text, s, n) == 0 &&
            keywords[i].text[n] == '\0')
            return keywords[i].kind;
    return 0;
}

/* ----------------------------------------------------------- indentation */

static void push_level(Lexer *lx, int col, bool phantom)
{
    if (lx->nlevels == lx->caplevels) {
        lx->levels = arena_grow(lx->arena, lx->levels,
                                (size_t)lx->caplevels * sizeof *lx->levels,
                                (size_t)lx->caplevels * 2 * sizeof *lx->levels);
        lx->caplevels *= 2;
    }
    lx->levels[lx->nlevels++] = (Level){col, phantom};
}

static void check_mixed(Lexer *lx, bool spaces, bool tabs, const char *p)
{
    char style = tabs ? '\t' : spaces ? ' ' : 0;
    if (!style || lx->mixed_reported)
        return;
    if ((spaces && tabs) || (lx->indent_style && lx->indent_style != style)) {
        lx->mixed_reported = true;
        Loc line = loc_at(lx, p);
        line.col = 1;
        diag_error(lx->diag, line, "inconsistent use of tabs and spaces in indentation");
        return;
    }
    lx->indent_style = style;
}

static void indent_to(Lexer *lx, int col, const char *p)
{
    Loc loc = loc_at(lx, p);
    lx->pending_loc = loc;
    if (col > lx->levels[lx->nlevels - 1].col) {
        if (lx->nlevels == MAX_INDENT + 1)   /* once, at the first level too many */
            diag_error(lx->diag, loc, "too many levels of indentation");
        push_level(lx, col, false);
        lx->pending_indent = true;
        return;
    }
    while (lx->nlevels > 1 && lx->levels[lx->nlevels - 1].col > col) {
        if (!lx->levels[lx->nlevels - 1].phantom)
            lx->pending_dedents++;
        lx->nlevels--;
    }
    if (lx->levels[lx->nlevels - 1].col != col) {
        diag_error(lx->diag, loc, "unindent does not match any outer indentation level");
        push_level(lx, col, true);
    }
}

/* At the start of a line outside brackets: skips blank and comment-only
 * lines, then measures the indentation of the next one. */
static void start_line(Lexer *lx)
{
    for (;;) {
        const char *p = lx->p;
        int col = 0;
        bool spaces = false, tabs = false;
        for (; p < lx->end; p++) {
            if (*p == ' ')
                col++, spaces = true;
            else if (*p == '\t')
                col = (col / 8 + 1) * 8, tabs = true;
            else if (*p == '\f')
                col = 0;
            else
                break;
        }
        if (p < lx->end && (*p == '#' || *p == '\n')) {
            const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
            lx->p = nl ? nl + 1 : lx->end;
            continue;
        }
        lx->p = p;
        if (p == lx->end)
            return;
        check_mixed(lx, spaces, tabs, p);
        indent_to(lx, col, p);
        return;
    }
}

/* ------------------------------------------------------------ whitespace */

/* Skips spaces, comments and backslash continuations; stops at a newline,
 * a token or the end.  Returns false after reporting a stray backslash. */
static bool skip_space(Lexer *lx)
{
    for (;;) {
        const char *p = lx->p;
        while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        lx->p = p;
        if (p < lx->end && *p == '#') {
            const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
            lx->p = nl ? nl : lx->end;
            continue;
        }
        if (p < lx->end && *p == '\\') {
            if (peek(lx, p, 1) == '\n' && p + 2 < lx->end) {
                lx->p = p + 2;
                continue;
            }
            diag_error(lx->diag, loc_at(lx, p),
                       peek(lx, p, 1) == '\n' || p + 1 == lx->end
                           ? "unexpected end of file after line continuation character"
                           : "unexpected character after line continuation character");
            lx->p = p + 1;
            return false;
        }
        return true;
    }
}

/* --------------------------------------------------------------- numbers */

/* Digits of base with single underscores between them.  Returns the end;
 * *bad is set on a misplaced underscore. */
static const char *scan_digits(Lexer *lx, const char *p, int base, bool *bad)
{
    for (;;) {
        int c = peek(lx, p, 0);
        bool digit = base == 16 ? (is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'))
                                : (c >= '0' && c < '0' + (base < 10 ? base : 10));
        if (digit) {
            p++;
        } else if (c == '_') {
            int next = peek(lx, p, 1);
            bool ok = base == 16 ? (is_digit(next) || ((next | 32) >= 'a' && (next | 32) <= 'f'))
                                 : (next >= '0' && next < '0' + (base < 10 ? base : 10));
            if (!ok)
                *bad = true;
            p++;
        } else {
            return p;
        }
    }
}

/* Accumulates digits (underscores skipped); false when above 2**64 - 1
 * (parse_int_literal marks those from 2**63 up: rtrans.intmask only). */
static bool number_value(const char *s, const char *e, int base, uint64_t *out)
{
    const uint64_t limit = UINT64_MAX;
    uint64_t v = 0;
    for (; s < e; s++) {
        int c = (unsigned char)*s, d;
        if (c == '_')
            continue;
        d = is_digit(c) ? c - '0' : (c | 32) - 'a' + 10;
        if (v > (limit - (uint64_t)d) / (uint64_t)base)
            return false;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    *out = v;
    return true;
}

/* Python 3.11 accepts a number directly followed by some keywords
 * ("1if x else 2"); anything else glued to a number is an error. */
static bool keyword_follows(Lexer *lx, const char *p)
{
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    const char *e = p;
    while (e < lx->end && is_ident(*e))
        e++;
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strlen(ok[i]) == (size_t)(e - p) && memcmp(ok[i], p, (size_t)(e - p)) == 0)
            return true;
    return false;
}

/* An identifier character or digit glued to the literal: report the whole
 * run and skip it.  Returns true if there was one. */
static bool glued(Lexer *lx, const char **pp, Loc loc, const char *kind)
{
    const char *p = *pp;
    if (p >= lx->end || !is_ident(*p) || (is_alpha(*p) && keyword_follows(lx, p)))
        return false;
    while (p < lx->end && is_ident(*p))
        p++;
    diag_error_len(lx->diag, loc, span(lx, loc, p), "invalid %s literal", kind);
    *pp = p;
    return true;
}

static int int_token(Lexer *lx, Token *t, Loc loc, const char *e, const char *digits,
                     int base)
{
    uint64_t v = 0;
    if (!number_value(digits, e, base, &v)) {
        diag_error_len(lx->diag, loc, span(lx, loc, e), "integer literal too large");
        v = 0;
    }
    t->v.ival = v;
    return make(t, TK_INT, loc, span(lx, loc, e));
}

static int lex_based(Lexer *lx, Token *t, Loc loc)
{
    const char *s = lx->p;
    int x = s[1] | 32;
    int base = x == 'x' ? 16 : x == 'o' ? 8 : 2;
    const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    bool bad = false;
    const char *digits = s + 2;
    if (peek(lx, digits, 0) == '_')
        digits++;   /* 0x_ff is allowed */
    const char *e = scan_digits(lx, digits, base, &bad);
    if (base < 10 && is_digit(peek(lx, e, 0))) {
        diag_error(lx->diag, loc_at(lx, e), "invalid digit '%c' in %s literal", *e, kind);
        while (e < lx->end && is_ident(*e))
            e++;
        lx->p = e;
        return make(t, TK_ERRTOK, loc, 1);
    }
    if (e == digits || bad) {
        while (e < lx->end && is_ident(*e))
            e++;
        lx->p = e;
        diag_error_len(lx->diag, loc, span(lx, loc, e), "invalid %s literal", kind);
        return make(t, TK_ERRTOK, loc, 1);
    }
    lx->p = e;
    if (glued(lx, &lx->p, loc, kind))
        return make(t, TK_ERRTOK, loc, 1);
    return int_token(lx, t, loc, e, digits, base);
}

static int float_token(Lexer *lx, Token *t, Loc loc, const char *s, const char *e)
{
    char *buf = malloc((size_t)(e - s) + 1);
    if (!buf)
        FE_DIE("out of memory");
    size_t n = 0;
    for (const char *q = s; q < e; q++)
        if (*q != '_')
            buf[n++] = *q;
    buf[n] = '\0';
    t->v.fval = strtod(buf, NULL);
    free(buf);
    return make(t, TK_FLOAT, loc, span(lx, loc, e));
}

/* Digits, fraction and exponent of a decimal literal at s; returns the
 * end.  An 'e' that starts a keyword ("1else") is not an exponent. */
static const char *scan_decimal(Lexer *lx, const char *s, bool *is_float, bool *bad)
{
    const char *p = is_digit(*s) ? scan_digits(lx, s, 10, bad) : s;
    if (peek(lx, p, 0) == '.') {
        *is_float = true;
        p++;
        if (is_digit(peek(lx, p, 0)))
            p = scan_digits(lx, p, 10, bad);
    }
    if ((peek(lx, p, 0) | 32) != 'e')
        return p;
    const char *q = p + 1;
    if (peek(lx, q, 0) == '+' || peek(lx, q, 0) == '-')
        q++;
    if (is_digit(peek(lx, q, 0))) {
        *is_float = true;
        return scan_digits(lx, q, 10, bad);
    }
    if (!keyword_follows(lx, p))
        *bad = true;
    return p;
}

static int lex_number(Lexer *lx, Token *t, Loc loc)
{
    const char *s = lx->p;
    if (s[0] == '0' && strchr("xXoObB", peek(lx, s, 1)) && peek(lx, s, 1))
        return lex_based(lx, t, loc);
    bool bad = false, is_float = false;
    const char *p = scan_decimal(lx, s, &is_float, &bad);
    if ((peek(lx, p, 0) | 32) == 'j') {
        lx->p = p + 1;
        diag_error_len(lx->diag, loc, span(lx, loc, lx->p),
                       "complex literals are not supported");
        t->v.fval = 0;
        return make(t, TK_FLOAT, loc, span(lx, loc, lx->p));
    }
    lx->p = p;
    if (bad) {
        while (lx->p < lx->end && is_ident(*lx->p))
            lx->p++;
        diag_error_len(lx->diag, loc, span(lx, loc, lx->p), "invalid decimal literal");
        return make(t, TK_ERRTOK, loc, 1);
    }
    if (glued(lx, &lx->p, loc, "decimal"))
        return make(t, TK_ERRTOK, loc, 1);
    if (is_float)
        return float_token(lx, t, loc, s, p);
    const char *q = s;
    while (q < p && (*q == '0' || *q == '_'))
        q++;
    if (s[0] == '0' && q < p)
        diag_error_len(lx->diag, loc, span(lx, loc, p),
                       "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers");
    return int_token(lx, t, loc, p, s, 10);
}

/* --------------------------------------------------------------- strings */

enum { STR_RAW = 1, STR_F = 2, STR_BYTES = 4 };

/* Flags of a string prefix, or -1 if s[0..n) is not one. */
static int string_prefix(const char *s, size_t n)
{
    int flags = 0;
    if (n > 2)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int c = s[i] | 32, f;
        if (c == 'r')
            f = STR_RAW;
        else if (c == 'f')
            f = STR_F;
        else if (c == 'b')
            f = STR_BYTES;
        else if (c == 'u' && n == 1)
            f = 0;
        else
            return -1;
        if (flags & f)
            return -1;
        flags |= f;
    }
    return (flags & STR_F) && (flags & STR_BYTES) ? -1 : flags;
}

static int hex_value(int c)
{
    if (is_digit(c))
        return c - '0';
    c |= 32;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* \xhh \uhhhh \Uhhhhhhhh at p (p[0] == '\\'); ndigits hex digits. */
static const char *decode_hex(Lexer *lx, const char *p, const char *end, int ndigits,
                              char *out, size_t *n)
{
    uint32_t cp = 0;
    for (int i = 0; i < ndigits; i++) {
        int v = p + 2 + i < end ? hex_value((unsigned char)p[2 + i]) : -1;
        if (v < 0) {
            diag_error_len(lx->diag, loc_at(lx, p), 2 + i, "truncated \\%c%s escape",
                           p[1], ndigits == 2 ? "XX" : ndigits == 4 ? "XXXX" : "XXXXXXXX");
            return p + 2 + i;
        }
        cp = cp << 4 | (uint32_t)v;
    }
    if (cp > 0x10FFFF) {
        diag_error_len(lx->diag, loc_at(lx, p), 2 + ndigits,
                       "illegal Unicode character in \\U escape");
        return p + 2 + ndigits;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        diag_error_len(lx->diag, loc_at(lx, p), 2 + ndigits,
                       "surrogate code points in strings are not supported");
        return p + 2 + ndigits;
    }
    *n += encode_utf8(cp, out + *n);
    return p + 2 + ndigits;
}

/* Decodes the escape at p (p[0] == '\\', p + 1 < end) into out[*n...].
 * Returns the position after it.  Decoded text is never longer than the
 * escape it comes from, so out can be sized by the literal's length. */
static const char *decode_escape(Lexer *lx, const char *p, const char *end,
                                 char *out, size_t *n)
{
    static const char simple_from[] = "\n\\'\"abfnrtv";
    static const char simple_to[] = "\0\\'\"\a\b\f\n\r\t\v";
    int c = (unsigned char)p[1];
    const char *s = strchr(simple_from, c);
    if (c && s) {
        if (c != '\n')   /* backslash-newline: a line continuation */
            out[(*n)++] = simple_to[s - simple_from];
        return p + 2;
    }
    if (c >= '0' && c <= '7') {
        uint32_t cp = 0;
        const char *q = p + 1;
        for (int i = 0; i < 3 && q < end && *q >= '0' && *q <= '7'; i++, q++)
            cp = cp * 8 + (uint32_t)(*q - '0');
        *n += encode_utf8(cp, out + *n);
        return q;
    }
    if (c == 'x' || c == 'u' || c == 'U')
        return decode_hex(lx, p, end, c == 'x' ? 2 : c == 'u' ? 4 : 8, out, n);
    if (c == 'N') {
        const char *q = p + 2;
        if (q < end && *q == '{')
            while (q < end && *q++ != '}')
                ;
        diag_error_len(lx->diag, loc_at(lx, p), (int)(q - p),
                       "\\N{...} escapes are not supported");
        return q;
    }
    /* Unknown escapes stay as written, as in Python. */
    out[(*n)++] = '\\';
    return p + 1;
}

/* Decoded contents of [s, e) of a plain or raw string. */
static Ast *string_node(Lexer *lx, Loc loc, const char *s, const char *e, bool raw)
{
    char *out = arena_alloc(lx->arena, (size_t)(e - s) + 1);
    size_t n = 0;
    while (s < e) {
        if (*s == '\\' && !raw && s + 1 < e) {
            s = decode_escape(lx, s, e, out, &n);
            continue;
        }
        out[n++] = *s++;
    }
    out[n] = '\0';
    return ast_str(lx->arena, loc, out, n);
}

/* Decoded contents of [s, e) of a bytes literal, as an AST_STR marked
 * bytes: byte value v becomes code point v (so the text is Latin-1, held
 * UTF-8 encoded like every AST_STR) and the checker makes it a bytes. */
static Ast *bytes_node(Lexer *lx, Loc loc, const char *s, const char *e, bool raw)
{
    char *out = arena_alloc(lx->arena, 2 * (size_t)(e - s) + 1);
    size_t n = 0;
    while (s < e) {
        if ((unsigned char)*s >= 0x80) {
            diag_error_len(lx->diag, loc, 1, "bytes can only contain ASCII literal characters");
            break;
        }
        bool esc = *s == '\\' && !raw && s + 1 < e;
        if (!esc || s[1] == 'u' || s[1] == 'U' || s[1] == 'N') {
            out[n++] = *s++;   /* \u, \U and \N are no escapes in bytes */
            continue;
        }
        const char *at = s;
        size_t was = n;
        s = decode_escape(lx, s, e, out, &n);
        if (n > was && (unsigned char)out[was] >= 0xC4) {   /* a code point >= 256 */
            diag_error_len(lx->diag, loc_at(lx, at), (int)(s - at),
                           "octal escape value out of range(0, 256) in a bytes literal");
            n = was;
        }
    }
    out[n] = '\0';
    Ast *r = ast_str(lx->arena, loc, out, n);
    r->u.str.bytes = true;
    return r;
}

/* ------------------------------------------------------------- f-strings */

/* The end of a string literal inside a replacement field, which starts
 * at p (a quote); end if it is not closed. */
static const char *skip_inner_string(const char *p, const char *end)
{
    char q = *p;
    bool triple = end - p >= 3 && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    while (p < end) {
        if (*p == q && (!triple || (end - p >= 3 && p[1] == q && p[2] == q)))
            return p + (triple ? 3 : 1);
        p++;
    }
    return end;
}

/* Scans a replacement field's expression from p to the '!', ':' or '}'
 * that ends it at bracket depth 0.  Returns that position (end if none);
 * *bad is set after reporting what Python forbids in the expression. */
static const char *scan_field_expr(Lexer *lx, const char *p, const char *end, bool *bad)
{
    int depth = 0;
    while (p < end) {
        char c = *p;
        if (c == '\'' || c == '"') {
            /* '#' may appear in a string there, a backslash may not */
            const char *e = skip_inner_string(p, end);
            const char *bs = memchr(p, '\\', (size_t)(e - p));
            if (bs && !*bad) {
                *bad = true;
                diag_error(lx->diag, loc_at(lx, bs),
                           "f-string expression part cannot include a backslash");
            }
            p = e;
            continue;
        }
        if ((c == '\\' || c == '#') && !*bad) {
            *bad = true;
            diag_error(lx->diag, loc_at(lx, p),
                       c == '\\' ? "f-string expression part cannot include a backslash"
                                 : "f-string expression part cannot include '#'");
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']') && depth > 0)
            depth--;
        else if (c == '}' && depth-- == 0)
            return p;
        else if (depth == 0 && (c == ':' || (c == '!' && peek(lx, p, 1) != '=')))
            return p;
        else if (depth == 0 && c == '=' && peek(lx, p, 1) != '=' &&
                 !strchr("=!<>", p[-1]) && !*bad) {
            *bad = true;
            diag_error(lx->diag, loc_at(lx, p),
                       "self-documenting f-string fields ('=') are not supported");
        }
        p++;
    }
    return end;
}

static bool all_space(const char *s, const char *e)
{
    for (; s < e; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\f')
            return false;
    return true;
}

/* The conversion after '!' at p; returns the position after it. */
static const char *field_conversion(Lexer *lx, const char *p, const char *end, char *conv)
{
    int c = p + 1 < end ? (unsigned char)p[1] : 0;
    if (c == 'r' || c == 's')
        *conv = (char)c;
    else if (c == 'a')
        diag_error_len(lx->diag, loc_at(lx, p), 2, "f-string conversion '!a' is not supported");
    else
        diag_error(lx->diag, loc_at(lx, p),
                   "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    return p + 1 < end ? p + 2 : end;
}

static Ast *fstring_node(Lexer *lx, Loc loc, const char *s, const char *e, bool raw);

/* The format spec after ':' at p, up to the closing '}': a string, or an
 * f-string of its own when it holds nested replacement fields
 * (f"{x:{width}.{prec}f}").  Returns the '}' (or end). */
static const char *field_spec(Lexer *lx, const char *p, const char *end, bool raw, Ast **spec)
{
    const char *s = p + 1, *q = s;
    int depth = 0;
    bool nested = false;
    for (; q < end; q++) {
        if (*q == '{') {
            nested = true;
            depth++;
        } else if (*q == '}') {
            if (depth == 0)
                break;
            depth--;
        }
    }
    if (nested)
        *spec = fstring_node(lx, loc_at(lx, s), s, q, raw);
    else
        *spec = ast_str(lx->arena, loc_at(lx, s), arena_strndup(lx->arena, s, (size_t)(q - s)),
                        (size_t)(q - s));
    return q;
}

/* A replacement field starting at p ('{'); returns the position after it. */
static const char *fstring_field(Lexer *lx, Ast *fs, const char *p, const char *end, bool raw)
{
    Loc brace = loc_at(lx, p);
    bool bad = false;
    const char *e = scan_field_expr(lx, p + 1, end, &bad);
    if (e >= end) {
        diag_error(lx->diag, brace, "f-string: expecting '}'");
        return end;
    }
    Ast *expr = NULL;
    if (all_space(p + 1, e)) {
        diag_error(lx->diag, loc_at(lx, e), "f-string: empty expression not allowed");
    } else if (!bad) {
        if (lx->ctx->fdepth >= MAX_FSTRING_DEPTH)
            diag_error(lx->diag, brace, "f-strings nested too deeply");
        else
            expr = parse_fstring_expr(lx->ctx, p + 1, e, loc_at(lx, p + 1));
    }
    char conv = 0;
    Ast *spec = NULL;
    if (*e == '!')
        e = field_conversion(lx, e, end, &conv);
    if (e < end && *e == ':')
        e = field_spec(lx, e, end, raw, &spec);
    if (e >= end || *e != '}') {
        diag_error(lx->diag, brace, "f-string: expecting '}'");
        return end;
    }
    if (!expr)
        expr = ast_new(lx->arena, AST_NONE, brace);   /* stands in after an error */
    ast_fstring_push(lx->arena, fs, expr, conv, spec);
    return e + 1;
}

/* Literal text from p up to a replacement field or the end; returns the
 * position where it stopped. */
static const char *fstring_literal(Lexer *lx, Ast *fs, const char *p, const char *end, bool raw)
{
    Loc loc = loc_at(lx, p);
    char *out = arena_alloc(lx->arena, (size_t)(end - p) + 1);
    size_t n = 0;
    while (p < end) {
        if (*p == '{' || *p == '}') {
            if (peek(lx, p, 1) == *p) {
                out[n++] = *p;
                p += 2;
                continue;
            }
            if (*p == '{')
                break;
            diag_error(lx->diag, loc_at(lx, p), "f-string: single '}' is not allowed");
            p++;
            continue;
        }
        if (*p == '\\' && !raw && p + 1 < end) {
            p = decode_escape(lx, p, end, out, &n);
            continue;
        }
        out[n++] = *p++;
    }
    out[n] = '\0';
    if (n)
        ast_fstring_push(lx->arena, fs, ast_str(lx->arena, loc, out, n), 0, NULL);
    return p;
}

static Ast *fstring_node(Lexer *lx, Loc loc, const char *s, const char *e, bool raw)
{
    Ast *fs = ast_new(lx->arena, AST_FSTRING, loc);
    while (s < e) {
        if (*s == '{' && peek(lx, s, 1) != '{')
            s = fstring_field(lx, fs, s, e, raw);
        else
            s = fstring_literal(lx, fs, s, e, raw);
    }
    /* Normalised like a concatenation: no field makes it a STR. */
    AstList one = ast_list1(lx->arena, fs);
    return ast_join_strings(lx->arena, &one);
}

/* A string literal whose opening quote is at q; loc is where its prefix
 * starts. */
static int lex_string(Lexer *lx, Token *t, Loc loc, const char *q, int flags)
{
    char quote = *q;
    bool triple = peek(lx, q, 1) == quote && peek(lx, q, 2) == quote;
    const char *s = q + (triple ? 3 : 1), *p = s;
    for (;;) {
        if (p >= lx->end || (*p == '\n' && !triple)) {
            /* Python counts a final newline as part of the last line. */
            Loc at = loc_at(lx, p >= lx->end && p > s && p[-1] == '\n' ? p - 1 : p);
            diag_error(lx->diag, loc, "unterminated %sstring literal (detected at line %d)",
                       triple ? "triple-quoted " : "", at.line);
            lx->p = p;
            return make(t, TK_ERRTOK, loc, 1);
        }
        if (*p == '\\') {
            p += p + 1 < lx->end ? 2 : 1;
            continue;
        }
        if (*p == quote && (!triple || (peek(lx, p, 1) == quote && peek(lx, p, 2) == quote)))
            break;
        p++;
    }
    const char *e = p;
    lx->p = p + (triple ? 3 : 1);
    bool raw = flags & STR_RAW;
    if (flags & STR_BYTES)
        t->v.str = bytes_node(lx, loc, s, e, raw);
    else
        t->v.str = flags & STR_F ? fstring_node(lx, loc, s, e, raw) : string_node(lx, loc, s, e, raw);
    return make(t, TK_STRING, loc, span(lx, loc, lx->p));
}

/* ------------------------------------------------------------ names, etc */

static int non_ascii_name(Lexer *lx, Token *t, Loc loc, const char *s)
{
    const char *p = s;
    while (p < lx->end) {
        int n = 1;
        if ((unsigned char)*p >= 0x80) {
            if (!is_unicode_letter(lex_decode_utf8(p, &n)))
                break;
        } else if (!is_ident(*p)) {
            break;
        }
        p += n;
    }
    lx->p = p;
    diag_error_len(lx->diag, loc, span(lx, loc, p),
                   "non-ASCII identifier '%.*s' is not supported (identifiers are ASCII)",
                   (int)(p - s), s);
    t->v.name = arena_strndup(lx->arena, s, (size_t)(p - s));
    return make(t, TK_NAME, loc, span(lx, loc, p));
}

static int lex_name(Lexer *lx, Token *t, Loc loc)
{
    const char *s = lx->p, *p = s;
    while (p < lx->end && is_ident(*p))
        p++;
    if (p < lx->end && (*p == '\'' || *p == '"')) {
        int flags = string_prefix(s, (size_t)(p - s));
        if (flags >= 0)
            return lex_string(lx, t, loc, p, flags);
    }
    if (p < lx->end && (unsigned char)*p >= 0x80) {
        int n;
        if (is_unicode_letter(lex_decode_utf8(p, &n)))
            return non_ascii_name(lx, t, loc, s);
    }
    lx->p = p;
    int kw = keyword(s, (size_t)(p - s));
    if (kw)
        return make(t, kw, loc, (int)(p - s));
    t->v.name = arena_strndup(lx->arena, s, (size_t)(p - s));
    return make(t, TK_NAME, loc, (int)(p - s));
}

static int bad_character(Lexer *lx, Token *t, Loc loc)
{
    const char *s = lx->p;
    int n = 1;
    uint32_t cp = lex_decode_utf8(s, &n);
    if (cp >= 0x80 && is_unicode_letter(cp))
        return non_ascii_name(lx, t, loc, s);
    lx->p = s + n;
    if (cp < 0x20 || cp == 0x7F)
        diag_error(lx->diag, loc, "invalid non-printable character U+%04X", (unsigned)cp);
    else if (cp < 0x80)
        diag_error(lx->diag, loc, "unexpected character '%c'", (int)cp);
    else
        diag_error(lx->diag, loc, "invalid character '%.*s' (U+%04X)", n, s, (unsigned)cp);
    return make(t, TK_ERRTOK, loc, 1);
}

/* ------------------------------------------------------------- operators */

static const struct { const char *text; int kind; } operators[] = {
    {"**=", TK_DSTAREQ}, {"//=", TK_DSLASHEQ}, {">>=", TK_RSHIFTEQ},
    {"<<=", TK_LSHIFTEQ}, {"...", TK_ELLIPSIS},
    {"**", TK_DSTAR}, {"//", TK_DSLASH}, {">>", TK_RSHIFT}, {"<<", TK_LSHIFT},
    {"<=", TK_LE}, {">=", TK_GE}, {"==", TK_EQEQ}, {"!=", TK_NE},
    {"->", TK_ARROW}, {":=", TK_COLONEQ}, {"+=", TK_PLUSEQ}, {"-=", TK_MINUSEQ},
    {"*=", TK_STAREQ}, {"/=", TK_SLASHEQ}, {"%=", TK_PERCENTEQ}, {"&=", TK_AMPEQ},
    {"|=", TK_BAREQ}, {"^=", TK_CARETEQ}, {"@=", TK_ATEQ},
    {"+", TK_PLUS}, {"-", TK_MINUS}, {"*", TK_STAR}, {"/", TK_SLASH},
    {"%", TK_PERCENT}, {"@", TK_AT}, {"&", TK_AMP}, {"|", TK_BAR},
    {"^", TK_CARET}, {"~", TK_TILDE}, {"<", TK_LT}, {">", TK_GT},
    {"(", TK_LPAREN}, {")", TK_RPAREN}, {"[", TK_LBRACKET}, {"]", TK_RBRACKET},
    {"{", TK_LBRACE}, {"}", TK_RBRACE}, {",", TK_COMMA}, {":", TK_COLON},
    {".", TK_DOT}, {";", TK_SEMI}, {"=", TK_EQ},
};

static char closer_of(char open)
{
    return open == '(' ? ')' : open == '[' ? ']' : '}';
}

/* Tracks nesting; returns false (after reporting) for a bad closer. */
static bool track_bracket(Lexer *lx, char c, Loc loc)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->nbrackets == MAX_BRACKETS)
            diag_error(lx->diag, loc, "too many nested parentheses");
        if (lx->nbrackets == lx->capbrackets) {
            int cap = lx->capbrackets ? 2 * lx->capbrackets : 16;
            lx->brackets = arena_grow(lx->arena, lx->brackets,
                                      (size_t)lx->nbrackets * sizeof *lx->brackets,
                                      (size_t)cap * sizeof *lx->brackets);
            lx->capbrackets = cap;
        }
        lx->brackets[lx->nbrackets++] = (Bracket){c, loc};
        return lx->nbrackets <= MAX_BRACKETS;
    }
    if (c != ')' && c != ']' && c != '}')
        return true;
    if (lx->recovering) {
        if (lx->nbrackets > 0)
            lx->nbrackets--;
        return true;
    }
    if (lx->nbrackets == 0) {
        diag_error(lx->diag, loc, "unmatched '%c'", c);
        return false;
    }
    Bracket open = lx->brackets[--lx->nbrackets];
    if (closer_of(open.ch) != c) {
        diag_error(lx->diag, loc,
                   "closing parenthesis '%c' does not match opening parenthesis '%c'",
                   c, open.ch);
        return false;
    }
    return true;
}

static int lex_operator(Lexer *lx, Token *t, Loc loc)
{
    const char *s = lx->p;
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        const char *op = operators[i].text;
        if (op[0] != s[0])
            continue;
        size_t n = strlen(op);
        if ((size_t)(lx->end - s) < n || memcmp(s, op, n) != 0)
            continue;
        lx->p = s + n;
        if (n == 1 && !track_bracket(lx, *s, loc))
            return make(t, TK_ERRTOK, loc, 1);
        return make(t, operators[i].kind, loc, (int)n);
    }
    return bad_character(lx, t, loc);
}

/* ------------------------------------------------------------ main loop */

static int lex_token(Lexer *lx, Token *t)
{
    const char *s = lx->p;
    unsigned char c = (unsigned char)*s;
    Loc loc = loc_at(lx, s);
    if (is_alpha(c))
        return lex_name(lx, t, loc);
    if (is_digit(c) || (c == '.' && is_digit(peek(lx, s, 1))))
        return lex_number(lx, t, loc);
    if (c == '\'' || c == '"')
        return lex_string(lx, t, loc, s, 0);
    if (c >= 0x80)
        return bad_character(lx, t, loc);
    return lex_operator(lx, t, loc);
}

/* Where "end of file" is: the end of the last line. */
static Loc eof_loc(Lexer *lx)
{
    const char *p = lx->end;
    if (!lx->fragment && p > lx->start && p[-1] == '\n')
        p--;
    return loc_at(lx, p);
}

/* Queues what ends the input: NEWLINE if a line is open, DEDENTs. */
static int at_end(Lexer *lx, Token *t)
{
    Loc loc = eof_loc(lx);
    if (lx->recovering)
        lx->nbrackets = 0;
    if (lx->nbrackets > 0) {
        Bracket b = lx->brackets[lx->nbrackets - 1];
        diag_error(lx->diag, b.loc, "'%c' was never closed", b.ch);
        lx->nbrackets = 0;
        return make(t, TK_ERRTOK, b.loc, 1);
    }
    if (lx->fragment)
        return make(t, 0, loc, 1);
    if (!lx->eof_prepared) {
        lx->eof_prepared = true;
        for (; lx->nlevels > 1; lx->nlevels--)
            if (!lx->levels[lx->nlevels - 1].phantom)
                lx->pending_dedents++;
        lx->pending_loc = loc;
        int last = lx->last_kind;
        if (last != -1 && last != TK_NEWLINE && last != TK_DEDENT)
            return make(t, TK_NEWLINE, loc, 1);
    }
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return make(t, TK_DEDENT, loc, 1);
    }
    return make(t, 0, loc, 1);
}

/* Indentation column of the next line that is not blank, or -1 at the
 * end of the input. */
static int next_line_indent(const Lexer *lx)
{
    const char *p = lx->p;
    while (p < lx->end) {
        int col = 0;
        for (; p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'); p++)
            col = *p == '\t' ? (col / 8 + 1) * 8 : *p == ' ' ? col + 1 : 0;
        if (p < lx->end && *p != '#' && *p != '\n')
            return col;
        const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
        p = nl ? nl + 1 : lx->end;
    }
    return -1;
}

/* While recovering, a line indented no deeper than the statement in error
 * starts a new statement: the brackets left open are abandoned there. */
static bool next_line_ends_recovery(const Lexer *lx)
{
    return next_line_indent(lx) <= lx->levels[lx->nlevels - 1].col;
}

void lex_recover(Lexer *lx)
{
    if (lx->nbrackets > 0 && !lx->fragment)
        lx->recovering = true;
}

static int next_token(Lexer *lx, Token *t)
{
    for (;;) {
        if (lx->pending_dedents > 0 && !lx->eof_prepared) {
            lx->pending_dedents--;
            return make(t, TK_DEDENT, lx->pending_loc, 1);
        }
        if (lx->pending_indent) {
            lx->pending_indent = false;
            return make(t, TK_INDENT, lx->pending_loc, 1);
        }
        if (lx->at_bol) {
            lx->at_bol = false;
            start_line(lx);
            continue;
        }
        if (!skip_space(lx))
            return make(t, TK_ERRTOK, loc_at(lx, lx->p - 1), 1);
        if (lx->p >= lx->end)
            return at_end(lx, t);
        if (*lx->p != '\n')
            return lex_token(lx, t);
        Loc loc = loc_at(lx, lx->p);
        lx->p++;
        if (lx->recovering && lx->nbrackets > 0 && next_line_ends_recovery(lx))
            lx->nbrackets = 0;
        if (lx->nbrackets > 0 || lx->fragment)
            continue;
        lx->recovering = false;
        lx->at_bol = true;
        return make(t, TK_NEWLINE, loc, 1);
    }
}

int lex_next(Lexer *lx, Token *t)
{
    memset(t, 0, sizeof *t);
    int kind = next_token(lx, t);
    lx->last_kind = kind;
    return kind;
}
