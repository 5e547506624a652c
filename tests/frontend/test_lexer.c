/* test_lexer.c - token streams and token locations.
 *
 * A stream is written one token per word: layout tokens by name (NEWLINE,
 * INDENT, DEDENT, EOF, ERR), names as NAME:x, numbers as INT:42 and
 * FLOAT:1.5, strings as the ast_dump of their node, keywords and
 * operators as written.
 */
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "tests/frontend/tests.h"

typedef struct Lexed {
    DiagCtx *diag;
    Arena *arena;
    ParseCtx ctx;
    Lexer *lx;
} Lexed;

static void lexed_open(Lexed *l, const char *src)
{
    l->diag = diag_new();
    l->arena = arena_new();
    memset(&l->ctx, 0, sizeof l->ctx);
    l->ctx.arena = l->arena;
    l->ctx.diag = l->diag;
    l->ctx.file = diag_add_file(l->diag, "t.py", src, strlen(src));
    l->lx = lex_new(&l->ctx, l->ctx.file);
}

static void lexed_close(Lexed *l)
{
    arena_free(l->arena);
    diag_free(l->diag);
}

static void append(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s);
    while (*len + n + 2 > *cap) {
        *cap = *cap ? 2 * *cap : 256;
        *buf = realloc(*buf, *cap);
        ck_assert_ptr_nonnull(*buf);
    }
    if (*len)
        (*buf)[(*len)++] = ' ';
    memcpy(*buf + *len, s, n + 1);
    *len += n;
}

static char *token_text(const Token *t)
{
    char *s = NULL;
    int n;
    switch (t->kind) {
    case 0: n = asprintf(&s, "EOF"); break;
    case TK_NEWLINE: n = asprintf(&s, "NEWLINE"); break;
    case TK_INDENT: n = asprintf(&s, "INDENT"); break;
    case TK_DEDENT: n = asprintf(&s, "DEDENT"); break;
    case TK_ERRTOK: n = asprintf(&s, "ERR"); break;
    case TK_NAME: n = asprintf(&s, "NAME:%s", t->v.name); break;
    case TK_INT: n = asprintf(&s, "INT:%llu", (unsigned long long)t->v.ival); break;
    case TK_FLOAT: n = asprintf(&s, "FLOAT:%g", t->v.fval); break;
    case TK_STRING: s = dump_string(t->v.str); n = 0; break;
    default: {
        const char *name = lex_token_name(t->kind);
        size_t len = strlen(name);
        n = asprintf(&s, "%.*s", (int)(len - 2), name + 1);   /* strip quotes */
    }
    }
    ck_assert_int_ge(n, 0);
    return s;
}

/* The stream of src; *errors receives the number of diagnostics. */
static char *stream(const char *src, int *errors)
{
    Lexed l;
    lexed_open(&l, src);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    Token t;
    for (int guard = 0; guard < 10000; guard++) {
        int kind = lex_next(l.lx, &t);
        char *s = token_text(&t);
        append(&buf, &len, &cap, s);
        free(s);
        if (kind == 0)
            break;
    }
    if (errors)
        *errors = diag_errors(l.diag);
    lexed_close(&l);
    return buf;
}

#define STREAM_IS(src, expected) \
    do { \
        int errs_; \
        char *got_ = stream(src, &errs_); \
        ck_assert_str_eq(got_, expected); \
        ck_assert_int_eq(errs_, 0); \
        free(got_); \
    } while (0)

/* ---------------------------------------------------------- indentation */

START_TEST(test_simple_line)
{
    STREAM_IS("x = 1\n", "NAME:x = INT:1 NEWLINE EOF");
    STREAM_IS("x = 1", "NAME:x = INT:1 NEWLINE EOF");
    STREAM_IS("", "EOF");
    STREAM_IS("\n\n   \n# only a comment\n", "EOF");
}
END_TEST

START_TEST(test_indent_dedent)
{
    STREAM_IS("if x:\n    y\nz\n",
              "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE EOF");
    STREAM_IS("if a:\n  if b:\n    c\nd\n",
              "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE "
              "DEDENT DEDENT NAME:d NEWLINE EOF");
    STREAM_IS("if a:\n  if b:\n    c\n  d\n",
              "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE "
              "DEDENT NAME:d NEWLINE DEDENT EOF");
}
END_TEST

START_TEST(test_dedent_at_eof)
{
    STREAM_IS("if a:\n  if b:\n    c",
              "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE "
              "DEDENT DEDENT EOF");
    STREAM_IS("if a:\n  b\n\n\n", "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT EOF");
}
END_TEST

START_TEST(test_blank_and_comment_lines)
{
    /* blank lines and comments, at any indentation, change nothing */
    STREAM_IS("if a:\n\n  # c\n        # deeper\n  b\n\n# x\nc\n",
              "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE EOF");
    STREAM_IS("x  # trailing\n", "NAME:x NEWLINE EOF");
}
END_TEST

START_TEST(test_tabs)
{
    STREAM_IS("if a:\n\tif b:\n\t\tc\n\td\n",
              "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE "
              "DEDENT NAME:d NEWLINE DEDENT EOF");
}
END_TEST

START_TEST(test_bracket_joining)
{
    STREAM_IS("x = (1,\n  2)\ny\n", "NAME:x = ( INT:1 , INT:2 ) NEWLINE NAME:y NEWLINE EOF");
    STREAM_IS("f([\n\n# c\n{1:\n2}])\n", "NAME:f ( [ { INT:1 : INT:2 } ] ) NEWLINE EOF");
    /* inside brackets a dedented line is no DEDENT */
    STREAM_IS("if a:\n    x = [1,\n2]\n    y\n",
              "if NAME:a : NEWLINE INDENT NAME:x = [ INT:1 , INT:2 ] NEWLINE NAME:y "
              "NEWLINE DEDENT EOF");
}
END_TEST

START_TEST(test_backslash_continuation)
{
    STREAM_IS("x = 1 + \\\n  2\ny\n", "NAME:x = INT:1 + INT:2 NEWLINE NAME:y NEWLINE EOF");
    STREAM_IS("if a and \\\n        b:\n  c\n",
              "if NAME:a and NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT EOF");
}
END_TEST

START_TEST(test_crlf)
{
    STREAM_IS("if a:\r\n  b\r\nc\r", "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE EOF");
}
END_TEST

/* ------------------------------------------------------ names, operators */

START_TEST(test_keywords)
{
    STREAM_IS("False None True and as assert async await break class continue def "
              "del elif else except finally for from global if import in is lambda "
              "nonlocal not or pass raise return try while with yield",
              "False None True and as assert async await break class continue def "
              "del elif else except finally for from global if import in is lambda "
              "nonlocal not or pass raise return try while with yield NEWLINE EOF");
    /* soft keywords are names */
    STREAM_IS("match case _ print", "NAME:match NAME:case NAME:_ NAME:print NEWLINE EOF");
}
END_TEST

START_TEST(test_operators)
{
    STREAM_IS("a**=b//=c>>=d<<=e->f:=g...h@i@=j!=k==l<=m>=n~o",
              "NAME:a **= NAME:b //= NAME:c >>= NAME:d <<= NAME:e -> NAME:f := NAME:g "
              "... NAME:h @ NAME:i @= NAME:j != NAME:k == NAME:l <= NAME:m >= NAME:n ~ "
              "NAME:o NEWLINE EOF");
    STREAM_IS("+ - * ** / // % << >> & | ^ < > += -= *= /= %= &= |= ^= = ; , . :",
              "+ - * ** / // % << >> & | ^ < > += -= *= /= %= &= |= ^= = ; , . : NEWLINE EOF");
}
END_TEST

/* --------------------------------------------------------------- numbers */

START_TEST(test_numbers)
{
    STREAM_IS("0 00 0_0 42 1_000 0x2a 0X_2A 0o52 0b101010 0B1_0",
              "INT:0 INT:0 INT:0 INT:42 INT:1000 INT:42 INT:42 INT:42 INT:42 INT:2 "
              "NEWLINE EOF");
    STREAM_IS("1.5 .5 5. 1e10 2.5e-3 1_0.0_1 1E+2",
              "FLOAT:1.5 FLOAT:0.5 FLOAT:5 FLOAT:1e+10 FLOAT:0.0025 FLOAT:10.01 FLOAT:100 "
              "NEWLINE EOF");
    /* the magnitude of -2**63 is allowed at the lexer level */
    STREAM_IS("9223372036854775807 9223372036854775808 0x7fffffffffffffff",
              "INT:9223372036854775807 INT:9223372036854775808 INT:9223372036854775807 "
              "NEWLINE EOF");
    /* as in Python 3.11, some keywords may touch a number */
    STREAM_IS("1if x else 2", "INT:1 if NAME:x else INT:2 NEWLINE EOF");
}
END_TEST

/* --------------------------------------------------------------- strings */

START_TEST(test_string_quotes)
{
    STREAM_IS("'a' \"b\" '''c\n'd''' \"\"\"e\"\"\"",
              "(str \"a\") (str \"b\") (str \"c\\n'd\") (str \"e\") NEWLINE EOF");
    STREAM_IS("u'x' R'\\d' r\"\\\"\"", "(str \"x\") (str \"\\\\d\") (str \"\\\\\\\"\") NEWLINE EOF");
}
END_TEST

START_TEST(test_string_escapes)
{
    STREAM_IS("'\\n\\t\\r\\0\\\\\\'\\\"\\a\\b\\f\\v'",
              "(str \"\\n\\t\\r\\x00\\\\'\\\"\\x07\\x08\\x0c\\x0b\") NEWLINE EOF");
    STREAM_IS("'\\x41\\101\\7\\u00e9\\U0001F600'", "(str \"AA\\x07é😀\") NEWLINE EOF");
    /* unknown escapes stay; a backslash-newline disappears */
    STREAM_IS("'\\q\\d' 'a\\\nb'", "(str \"\\\\q\\\\d\") (str \"ab\") NEWLINE EOF");
    STREAM_IS("'é€'", "(str \"é€\") NEWLINE EOF");
}
END_TEST

START_TEST(test_fstrings)
{
    STREAM_IS("f'a{x}b'", "(fstring (str \"a\") (value (name x)) (str \"b\")) NEWLINE EOF");
    STREAM_IS("f'{x!r:>8}{y!s}{{}}{z:.3f}'",
              "(fstring (value (name x) !r :\">8\") (value (name y) !s) (str \"{}\") "
              "(value (name z) :\".3f\")) NEWLINE EOF");
    /* expressions are parsed: strings, brackets and != inside a field */
    STREAM_IS("f\"{d['}']}{a != b}{(lambda: 1)()}\"",
              "(fstring (value (subscript (name d) (str \"}\"))) (value (compare != (name a) "
              "(name b))) (value (call (lambda (params) (int 1))))) NEWLINE EOF");
    /* no field: a plain string; escapes decoded in literal parts only */
    STREAM_IS("f'plain\\t' rf'\\t{x}'",
              "(str \"plain\\t\") (fstring (str \"\\\\t\") (value (name x))) NEWLINE EOF");
    /* a multi-line field of a triple-quoted f-string */
    STREAM_IS("f'''{\n  a +\n  b}'''",
              "(fstring (value (binary + (name a) (name b)))) NEWLINE EOF");
    /* '#' may appear in a string inside a field */
    STREAM_IS("f\"{'#'}{x['#']}\"", "(fstring (str \"#\") (value (subscript (name x) (str \"#\")))) NEWLINE EOF");
    /* a tuple field, nested f-string */
    STREAM_IS("f'{a, b}{f\"{c}\"}'",
              "(fstring (value (tuple (name a) (name b))) (value (fstring (value (name c))))) "
              "NEWLINE EOF");
}
END_TEST

START_TEST(test_adjacent_strings_are_tokens)
{
    STREAM_IS("'a' f'{b}' 'c'",
              "(str \"a\") (fstring (value (name b))) (str \"c\") NEWLINE EOF");
}
END_TEST

/* ------------------------------------------------------------- locations */

static void expect_locs(const char *src, const int (*locs)[2], int n)
{
    Lexed l;
    lexed_open(&l, src);
    Token t;
    for (int i = 0; i < n; i++) {
        lex_next(l.lx, &t);
        ck_assert_msg(t.loc.line == locs[i][0] && t.loc.col == locs[i][1],
                      "token %d of %s at %d:%d, expected %d:%d", i, src, t.loc.line,
                      t.loc.col, locs[i][0], locs[i][1]);
    }
    lexed_close(&l);
}

START_TEST(test_token_locations)
{
    /* tab to column 9; é is one column; a NEWLINE sits at the line's end */
    static const int locs[][2] = {
        {1, 1}, {1, 4}, {1, 5}, {1, 6},            /* if a : NEWLINE */
        {2, 9}, {2, 9}, {2, 11}, {2, 13}, {2, 17}, /* INDENT b = 'é' + */
        {2, 19}, {2, 20},                          /* c NEWLINE */
        {3, 1}, {3, 1},                            /* DEDENT """ (line 3) */
        {4, 6}, {4, 7}, {4, 7},                    /* x NEWLINE, EOF at line end */
    };
    expect_locs("if a:\n\tb = 'é' + c\n\"\"\"s\nt\"\"\" x\n", locs, 16);
}
END_TEST

START_TEST(test_fstring_field_locations)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    const char *src = "s = f'ab{xx + y}'\nt = f'''\n  {\n z}'''\n";
    Ast *m = parse_string(d, a, "t.py", src, strlen(src));
    ck_assert_int_eq(diag_errors(d), 0);
    Ast *fs = m->u.module.body.items[0]->u.assign.value;
    ck_assert_int_eq(fs->kind, AST_FSTRING);
    Ast *sum = fs->u.fstr.parts.items[1];
    ck_assert_int_eq(sum->u.binary.left->loc.line, 1);
    ck_assert_int_eq(sum->u.binary.left->loc.col, 10);
    ck_assert_int_eq(sum->u.binary.right->loc.col, 15);
    ck_assert_int_eq(sum->loc.col, 13);   /* a BINARY is at its operator */
    Ast *fs2 = m->u.module.body.items[1]->u.assign.value;
    Ast *z = fs2->u.fstr.parts.items[1];
    ck_assert_int_eq(z->kind, AST_NAME);
    ck_assert_int_eq(z->loc.line, 4);
    ck_assert_int_eq(z->loc.col, 2);
    arena_free(a);
    diag_free(d);
}
END_TEST

START_TEST(test_token_names)
{
    ck_assert_str_eq(lex_token_name(TK_COLON), "':'");
    ck_assert_str_eq(lex_token_name(TK_NEWLINE), "end of line");
    ck_assert_str_eq(lex_token_name(TK_INDENT), "indent");
    ck_assert_str_eq(lex_token_name(TK_IF), "'if'");
    ck_assert_str_eq(lex_token_name(0), "end of file");
    ck_assert_str_eq(lex_token_name(-5), "token");
}
END_TEST

Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("layout");
    tcase_add_test(tc, test_simple_line);
    tcase_add_test(tc, test_indent_dedent);
    tcase_add_test(tc, test_dedent_at_eof);
    tcase_add_test(tc, test_blank_and_comment_lines);
    tcase_add_test(tc, test_tabs);
    tcase_add_test(tc, test_bracket_joining);
    tcase_add_test(tc, test_backslash_continuation);
    tcase_add_test(tc, test_crlf);
    suite_add_tcase(s, tc);
    tc = tcase_create("tokens");
    tcase_add_test(tc, test_keywords);
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_string_quotes);
    tcase_add_test(tc, test_string_escapes);
    tcase_add_test(tc, test_fstrings);
    tcase_add_test(tc, test_adjacent_strings_are_tokens);
    tcase_add_test(tc, test_token_names);
    suite_add_tcase(s, tc);
    tc = tcase_create("locations");
    tcase_add_test(tc, test_token_locations);
    tcase_add_test(tc, test_fstring_field_locations);
    suite_add_tcase(s, tc);
    return s;
}
