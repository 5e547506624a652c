/* test_errors.c - one case per diagnostic of the lexer and the parser:
 * exact message, line and column; then error recovery and the error cap.
 */
#include <stdlib.h>
#include <string.h>

#include "tests/frontend/tests.h"

typedef struct ErrorCase {
    const char *src;
    const char *first;   /* "LINE:COL: message" of the first diagnostic */
    int count;           /* errors expected in all */
} ErrorCase;

static const ErrorCase cases[] = {
    /* ---- lexer: strings */
    {"s = 'abc\nt = 1\n", "1:5: unterminated string literal (detected at line 1)", 1},
    {"s = \"\"\"abc\n\nx\n", "1:5: unterminated triple-quoted string literal (detected at line 3)", 1},
    {"s = \"\"\"abc\n\nx", "1:5: unterminated triple-quoted string literal (detected at line 3)", 1},
    {"s = b'\xc3\xa9'\n", "1:5: bytes can only contain ASCII literal characters", 1},
    {"s = b'x' 'y'\n", "1:5: cannot mix bytes and nonbytes literals", 1},
    {"s = b'\\400'\n", "1:7: octal escape value out of range(0, 256) in a bytes literal", 1},
    {"s = '\\x4'\n", "1:6: truncated \\xXX escape", 1},
    {"s = 'ab\\u12'\n", "1:8: truncated \\uXXXX escape", 1},
    {"s = '\\U0012345'\n", "1:6: truncated \\UXXXXXXXX escape", 1},
    {"s = '\\U00110000'\n", "1:6: illegal Unicode character in \\U escape", 1},
    {"s = '\\ud800'\n", "1:6: surrogate code points in strings are not supported", 1},
    {"s = '\\N{BULLET}'\n", "1:6: \\N{...} escapes are not supported", 1},
    /* ---- lexer: f-strings */
    {"s = f'{x'\n", "1:7: f-string: expecting '}'", 1},
    {"s = f'{ }'\n", "1:9: f-string: empty expression not allowed", 1},
    {"s = f'a}b'\n", "1:8: f-string: single '}' is not allowed", 1},
    {"s = f'{x!z}'\n", "1:9: f-string: invalid conversion character: expected 's', 'r', or 'a'", 1},
    {"s = f'{x!a}'\n", "1:9: f-string conversion '!a' is not supported", 1},
    {"s = f'{a\\\\b}'\n", "1:9: f-string expression part cannot include a backslash", 1},
    {"s = f'{a#b}'\n", "1:9: f-string expression part cannot include '#'", 1},
    {"s = f'{\"\\n\"}'\n", "1:9: f-string expression part cannot include a backslash", 1},
    {"s = f'{x=}'\n", "1:9: self-documenting f-string fields ('=') are not supported", 1},
    {"s = f'{x:{w}'\n", "1:7: f-string: expecting '}'", 1},
    {"s = f'{a +}'\n", "1:11: unexpected end of expression", 1},
    /* ---- lexer: numbers */
    /* up to 2**64 - 1 a literal parses (the checker allows it in rtrans.intmask) */
    {"n = 18446744073709551616\n", "1:5: integer literal too large", 1},
    {"n = 0x10000000000000000\n", "1:5: integer literal too large", 1},
    {"n = 012\n", "1:5: leading zeros in decimal integer literals are not permitted; "
                  "use an 0o prefix for octal integers", 1},
    {"n = 1__0\n", "1:5: invalid decimal literal", 1},
    {"n = 1abc\n", "1:5: invalid decimal literal", 1},
    {"n = 1e\n", "1:5: invalid decimal literal", 1},
    {"n = 0x\n", "1:5: invalid hexadecimal literal", 1},
    {"n = 0xfg\n", "1:5: invalid hexadecimal literal", 1},
    {"n = 0o\n", "1:5: invalid octal literal", 1},
    {"n = 0b2\n", "1:7: invalid digit '2' in binary literal", 1},
    {"n = 0o19\n", "1:8: invalid digit '9' in octal literal", 1},
    {"n = 3j\n", "1:5: complex literals are not supported", 1},
    /* ---- lexer: characters and layout */
    {"x = 1 $ 2\n", "1:7: unexpected character '$'", 1},
    {"x = 1 ? 2\n", "1:7: unexpected character '?'", 1},
    {"x = 1 \xe2\x82\xac 2\n", "1:7: invalid character '\xe2\x82\xac' (U+20AC)", 1},
    {"x = \x01\n", "1:5: invalid non-printable character U+0001", 1},
    {"caf\xc3\xa9 = 1\n", "1:1: non-ASCII identifier 'caf\xc3\xa9' is not supported "
                          "(identifiers are ASCII)", 1},
    {"x = \xce\xb1\n", "1:5: non-ASCII identifier '\xce\xb1' is not supported "
                       "(identifiers are ASCII)", 1},
    {"x = '\xff'\n", "1:6: source is not valid UTF-8 (byte 0xff)", 1},
    {"if x:\n        a\n    b\n", "3:5: unindent does not match any outer indentation level", 1},
    {"if x:\n        a\n\tb\n", "3:1: inconsistent use of tabs and spaces in indentation", 1},
    {"if x:\n \ta\n", "2:1: inconsistent use of tabs and spaces in indentation", 1},
    {"x = (1]\n", "1:7: closing parenthesis ']' does not match opening parenthesis '('", 1},
    {"x = 1)\n", "1:6: unmatched ')'", 1},
    {"x = [1,\n  2\n", "1:5: '[' was never closed", 1},
    {"x = 1 \\ 2\n", "1:7: unexpected character after line continuation character", 1},
    {"x = 1 \\", "1:7: unexpected end of file after line continuation character", 1},
    /* ---- parser: syntax */
    {"x = = 1\n", "1:5: unexpected '='", 1},
    {"x = 1 +\n", "1:8: unexpected end of line", 1},
    {"x = 1\n  y = 2\n", "2:3: unexpected indent", 1},
    {"def f(x x): pass\n", "1:9: unexpected name 'x'", 1},
    {"x = 1 2\n", "1:7: unexpected number", 1},
    {"x = 1 'a'\n", "1:7: unexpected string", 1},
    {"else:\n    pass\n", "1:1: unexpected 'else'", 1},
    {"def f():\n    @dec\nx = 1\n", "3:1: unexpected unindent", 1},
    {"if x:\npass\n", "2:1: expected an indented block after 'if' statement on line 1", 1},
    {"def f():\nreturn\n", "2:1: expected an indented block after function definition on line 1", 1},
    {"class C:\n", "1:9: expected an indented block after class definition on line 1", 1},
    {"for x in y:\n\nz\n", "3:1: expected an indented block after 'for' statement on line 1", 1},
    {"x = (1 +\n", "1:5: '(' was never closed", 1},
    {"@dec\n", "1:5: unexpected end of file", 1},
    {"f(x for x in y, 1)\n", "1:15: unexpected ','", 1},
    {"x = (a as b, c)\n", "1:8: unexpected 'as'", 1},
    {"with (a as b) as c:\n    pass\n", "1:9: unexpected 'as'", 1},
    /* ---- parser: Python's compile-time checks */
    {"f() = 1\n", "1:1: cannot assign to function call", 1},
    {"1 = x\n", "1:1: cannot assign to literal", 1},
    {"a < b = 1\n", "1:1: cannot assign to comparison", 1},
    {"None = 1\n", "1:1: cannot assign to None", 1},
    {"x, f() = 1, 2\n", "1:4: cannot assign to function call", 1},
    {"for f() in x: pass\n", "1:5: cannot assign to function call", 1},
    {"with a as f(): pass\n", "1:11: cannot assign to function call", 1},
    {"[x for 1 in y]\n", "1:8: cannot assign to literal", 1},
    {"del f()\n", "1:5: cannot delete function call", 1},
    {"del *a\n", "1:5: cannot delete starred", 1},
    {"1 += 2\n", "1:1: 'literal' is an illegal expression for augmented assignment", 1},
    {"a, b += 1\n", "1:1: 'tuple' is an illegal expression for augmented assignment", 1},
    {"a, b: int = 1\n", "1:1: only single target (not tuple) can be annotated", 1},
    {"f(): int\n", "1:1: illegal target for annotation", 1},
    {"f(a + 1=2)\n", "1:3: expression cannot contain assignment, perhaps you meant \"==\"?", 1},
    {"f(a=1, a=2)\n", "1:8: keyword argument repeated: a", 1},
    {"f(a=1, b)\n", "1:8: positional argument follows keyword argument", 1},
    {"f(**k, b)\n", "1:8: positional argument follows keyword argument unpacking", 1},
    {"f(**k, *b)\n", "1:8: iterable argument unpacking follows keyword argument unpacking", 1},
    {"def f(a, a): pass\n", "1:10: duplicate argument 'a' in function definition", 1},
    {"def f(a=1, b): pass\n", "1:12: non-default argument follows default argument", 1},
    {"def f(*a, *b): pass\n", "1:11: * argument may appear only once", 1},
    {"def f(a, *): pass\n", "1:10: named arguments must follow bare *", 1},
    {"def f(**k, a): pass\n", "1:12: arguments cannot follow var-keyword argument", 1},
    {"lambda a, a: 0\n", "1:11: duplicate argument 'a' in function definition", 1},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
     "3:1: default 'except:' must be last", 1},
    /* ---- parser: constructs the AST cannot carry, named */
    {"async def f():\n    pass\n", "1:1: 'async def' is not supported", 1},
    {"def f():\n    await g()\n", "2:5: 'await' is not supported", 1},
    {"async for x in y:\n    pass\n", "1:1: 'async for' is not supported", 1},
    {"async with x:\n    pass\n", "1:1: 'async with' is not supported", 1},
    {"n := 10\n", "1:3: unexpected ':=': an assignment expression is written (name := value) "
     "where an expression is expected (a condition, an argument, an item), and a statement "
     "assigns with '='", 1},
    {"def f(a, /, b): pass\n", "1:10: positional-only parameter marker ('/') is not supported", 1},
};

static char *first_error(const DiagCtx *d)
{
    const Diagnostic *g = diag_get(d, 0);
    char *s;
    if (!g)
        return strdup("(no diagnostic)");
    ck_assert_int_gt(asprintf(&s, "%d:%d: %s", g->loc.line, g->loc.col, g->msg), 0);
    return s;
}

START_TEST(test_error_message)
{
    const ErrorCase *c = &cases[_i];
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    parse_string(d, a, "e.py", c->src, strlen(c->src));
    char *got = first_error(d);
    ck_assert_msg(strcmp(got, c->first) == 0, "source %s\n  got      %s\n  expected %s",
                  c->src, got, c->first);
    ck_assert_msg(diag_errors(d) == c->count, "source %s: %d errors, expected %d", c->src,
                  diag_errors(d), c->count);
    ck_assert_int_eq(diag_get(d, 0)->kind, DIAG_ERROR);
    free(got);
    arena_free(a);
    diag_free(d);
}
END_TEST

/* Several errors in one file, each reported once, in order, with the
 * statements between them still parsed. */
START_TEST(test_recovery_reports_each_error)
{
    const char *src =
        "x = = 1\n"                 /* 1 */
        "y = 2 +\n"                 /* 2 */
        "def f(:\n"                 /* 3: the ( stays open ... */
        "    return 1\n"            /* ... through the indented line */
        "if x x:\n"                 /* 5 */
        "    a = 1\n"
        "else:\n"                   /* no second message for the else */
        "    b = 2 2\n"             /* 8 */
        "z = f(1,\n"
        "      2 3)\n"              /* 10 */
        "class C:\n"
        "    def m(self):\n"
        "        return self. \n"   /* 13 */
        "    def n(self) -> int:\n"
        "        return 1\n"
        "w = 99999999999999999999\n" /* 16 */
        "ok = 1\n";
    static const char *expected[] = {
        "1:5: unexpected '='",
        "2:8: unexpected end of line",
        "3:7: unexpected ':'",
        "5:6: unexpected name 'x'",
        "8:11: unexpected number",
        "10:9: unexpected number",
        "13:22: unexpected end of line",
        "16:5: integer literal too large",
    };
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Ast *m = parse_string(d, a, "r.py", src, strlen(src));
    int n = (int)(sizeof expected / sizeof expected[0]);
    for (int i = 0; i < diag_count(d) && i < n; i++) {
        const Diagnostic *g = diag_get(d, i);
        char *got;
        ck_assert_int_gt(asprintf(&got, "%d:%d: %s", g->loc.line, g->loc.col, g->msg), 0);
        ck_assert_msg(strcmp(got, expected[i]) == 0, "error %d: got %s, expected %s", i, got,
                      expected[i]);
        free(got);
    }
    ck_assert_int_eq(diag_count(d), n);
    /* the good statements survive: class C (with n), w and ok */
    ck_assert_ptr_nonnull(m);
    char *dump = dump_string(m);
    ck_assert_msg(strstr(dump, "(class C") && strstr(dump, "(def n") &&
                      strstr(dump, "(name ok)"),
                  "%s", dump);
    free(dump);
    arena_free(a);
    diag_free(d);
}
END_TEST

/* The first diagnostic of generated source. */
static char *error_of_generated(const char *text, size_t len, int *count)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    parse_string(d, a, "g.py", text, len);
    char *s = first_error(d);
    *count = diag_errors(d);
    arena_free(a);
    diag_free(d);
    return s;
}

START_TEST(test_nesting_limits)
{
    char *src = NULL, *got;
    size_t len = 0;
    int count;
    FILE *f = open_memstream(&src, &len);
    for (int i = 0; i < 101; i++)
        fprintf(f, "%*sif x:\n", i, "");
    fprintf(f, "%*spass\n", 101, "");
    fclose(f);
    got = error_of_generated(src, len, &count);
    ck_assert_str_eq(got, "102:102: too many levels of indentation");
    ck_assert_int_eq(count, 1);
    free(got);
    free(src);

    f = open_memstream(&src, &len);
    fputs("x = ", f);
    for (int i = 0; i < 201; i++)
        fputc('[', f);
    for (int i = 0; i < 201; i++)
        fputc(']', f);
    fputc('\n', f);
    fclose(f);
    got = error_of_generated(src, len, &count);
    ck_assert_str_eq(got, "1:205: too many nested parentheses");
    ck_assert_int_eq(count, 1);
    free(got);
    free(src);
}
END_TEST

/* A NUL byte cannot be written in the table's C strings. */
START_TEST(test_null_byte)
{
    static const char src[] = "x = 1\ny = 2\0\n";
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Ast *m = parse_string(d, a, "z.py", src, sizeof src - 1);
    ck_assert_int_eq(diag_errors(d), 1);
    char *got = first_error(d);
    ck_assert_str_eq(got, "2:6: source code cannot contain null bytes");
    free(got);
    ck_assert_int_eq(m->u.module.body.n, 0);
    arena_free(a);
    diag_free(d);
}
END_TEST

START_TEST(test_error_cap)
{
    char *src = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&src, &len);
    for (int i = 0; i < 80; i++)
        fputs("x = = 1\n", f);
    fclose(f);
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    parse_string(d, a, "cap.py", src, len);
    ck_assert_int_eq(diag_errors(d), DIAG_MAX_ERRORS);
    ck_assert(diag_too_many(d));
    const Diagnostic *last = diag_get(d, diag_count(d) - 1);
    ck_assert_int_eq(last->kind, DIAG_NOTE);
    ck_assert_str_eq(last->msg, "too many errors emitted, stopping now");
    free(src);
    arena_free(a);
    diag_free(d);
}
END_TEST

Suite *errors_suite(void)
{
    Suite *s = suite_create("errors");
    TCase *tc = tcase_create("messages");
    tcase_add_loop_test(tc, test_error_message, 0, (int)(sizeof cases / sizeof cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("recovery");
    tcase_add_test(tc, test_recovery_reports_each_error);
    tcase_add_test(tc, test_error_cap);
    tcase_add_test(tc, test_null_byte);
    tcase_add_test(tc, test_nesting_limits);
    suite_add_tcase(s, tc);
    return s;
}
