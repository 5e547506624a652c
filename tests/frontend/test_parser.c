/* test_parser.c - parser dumps, precedence, the parse API.
 *
 * Golden files: each tests/frontend/parse/NAME.py must parse without
 * diagnostics and dump exactly as NAME.ast.  The .ast files were made by
 * tests/frontend/ast2sexp.py from CPython's own parser, so they state what
 * Python builds, not what this parser happens to do.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/frontend/tests.h"

#ifndef FRONTEND_TEST_DIR
#error "FRONTEND_TEST_DIR must name tests/frontend"
#endif

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int c;
    while ((c = fgetc(f)) != EOF)
        fputc(c, out);
    fclose(f);
    fclose(out);
    while (len && buf[len - 1] == '\n')
        buf[--len] = '\0';
    return buf;
}

static char *diagnostics_text(const DiagCtx *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    diag_print(d, out);
    fclose(out);
    return buf;
}

/* ------------------------------------------------------------ golden */

static int golden_count;

static void check_golden(const char *name)
{
    char *py, *expected_path;
    ck_assert_int_gt(asprintf(&py, "%s/parse/%s.py", FRONTEND_TEST_DIR, name), 0);
    ck_assert_int_gt(asprintf(&expected_path, "%s/parse/%s.ast", FRONTEND_TEST_DIR, name), 0);
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Ast *m = parse_file(d, a, py);
    char *diags = diagnostics_text(d);
    ck_assert_msg(m && diag_count(d) == 0, "%s.py: unexpected diagnostics:\n%s", name, diags);
    char *got = dump_string(m);
    char *expected = read_all(expected_path);
    ck_assert_msg(strcmp(got, expected) == 0, "%s.py dumps as\n%s\nexpected\n%s", name, got,
                  expected);
    golden_count++;
    free(got);
    free(expected);
    free(diags);
    free(py);
    free(expected_path);
    arena_free(a);
    diag_free(d);
}

START_TEST(test_golden_files)
{
    char *dir;
    ck_assert_int_gt(asprintf(&dir, "%s/parse", FRONTEND_TEST_DIR), 0);
    DIR *dp = opendir(dir);
    ck_assert_msg(dp != NULL, "cannot open %s", dir);
    struct dirent *e;
    while ((e = readdir(dp))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0)
            continue;
        char *name = strndup(e->d_name, n - 3);
        check_golden(name);
        free(name);
    }
    closedir(dp);
    free(dir);
    ck_assert_int_ge(golden_count, 10);
}
END_TEST

/* -------------------------------------------------------- precedence */

/* The dump of expression src, which must parse without error. */
static char *expr_dump(const char *src)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    int file = diag_add_file(d, "e.py", src, strlen(src));
    Ast *e = parse_expression(d, a, src, strlen(src), (Loc){file, 1, 1});
    char *diags = diagnostics_text(d);
    ck_assert_msg(e != NULL, "%s: %s", src, diags);
    char *s = dump_string(e);
    free(diags);
    arena_free(a);
    diag_free(d);
    return s;
}

static const struct { const char *src, *dump; } precedence[] = {
    {"a + b * c", "(binary + (name a) (binary * (name b) (name c)))"},
    {"a - b - c", "(binary - (binary - (name a) (name b)) (name c))"},
    {"a ** b ** c", "(binary ** (name a) (binary ** (name b) (name c)))"},
    {"-a ** b", "(unary - (binary ** (name a) (name b)))"},
    {"a ** -b", "(binary ** (name a) (unary - (name b)))"},
    {"-a * b", "(binary * (unary - (name a)) (name b))"},
    {"~a.b[c](d)", "(unary ~ (call (subscript (attr (name a) b) (name c)) (name d)))"},
    {"a | b ^ c & d << e + f * g",
     "(binary | (name a) (binary ^ (name b) (binary & (name c) (binary << (name d) "
     "(binary + (name e) (binary * (name f) (name g)))))))"},
    {"a // b % c @ d / e",
     "(binary / (binary @ (binary % (binary // (name a) (name b)) (name c)) (name d)) (name e))"},
    {"a >> b << c", "(binary << (binary >> (name a) (name b)) (name c))"},
    {"a < b | c", "(compare < (name a) (binary | (name b) (name c)))"},
    {"not a == b", "(unary not (compare == (name a) (name b)))"},
    {"not a and b", "(boolop and (unary not (name a)) (name b))"},
    {"a or b and c", "(boolop or (name a) (boolop and (name b) (name c)))"},
    {"a or b or c", "(boolop or (boolop or (name a) (name b)) (name c))"},
    {"a < b <= c != d", "(compare < <= != (name a) (name b) (name c) (name d))"},
    {"(a < b) < c", "(compare < (compare < (name a) (name b)) (name c))"},
    {"a is not b not in c in d is e",
     "(compare is not not in in is (name a) (name b) (name c) (name d) (name e))"},
    {"a if b else c if d else e",
     "(ifexp (name b) (name a) (ifexp (name d) (name c) (name e)))"},
    {"a or b if c and d else e",
     "(ifexp (boolop and (name c) (name d)) (boolop or (name a) (name b)) (name e))"},
    {"lambda: a if b else c", "(lambda (params) (ifexp (name b) (name a) (name c)))"},
    {"lambda x, y=1: x + y",
     "(lambda (params (param x nil nil) (param y nil (int 1))) (binary + (name x) (name y)))"},
    {"-9223372036854775808", "(int -9223372036854775808)"},
    {"--9223372036854775808", "(unary - (int -9223372036854775808))"},
    {"-(9223372036854775807)", "(unary - (int 9223372036854775807))"},
    {"-1", "(unary - (int 1))"},
    {"a, *b", "(tuple (name a) (starred * (name b)))"},
    {"a,", "(tuple (name a))"},
    {"(a)", "(name a)"},
    {"f(x)(y)[z].w", "(attr (subscript (call (call (name f) (name x)) (name y)) (name z)) w)"},
    {"2 ** 3 ** -1.5", "(binary ** (int 2) (binary ** (int 3) (unary - (float 1.5))))"},
};

START_TEST(test_precedence)
{
    for (size_t i = 0; i < sizeof precedence / sizeof precedence[0]; i++) {
        char *got = expr_dump(precedence[i].src);
        ck_assert_msg(strcmp(got, precedence[i].dump) == 0, "%s\n  got      %s\n  expected %s",
                      precedence[i].src, got, precedence[i].dump);
        free(got);
    }
}
END_TEST

/* --------------------------------------------------------------- API */

START_TEST(test_two_parses_are_independent)
{
    DiagCtx *d = diag_new();
    Arena *a1 = arena_new(), *a2 = arena_new();
    const char *bad = "if a:\n    x = (1,\n", *good = "y = [1]\n";
    Ast *m1 = parse_string(d, a1, "one.py", bad, strlen(bad));
    ck_assert_int_gt(diag_errors(d), 0);
    int errors = diag_errors(d);
    Ast *m2 = parse_string(d, a2, "two.py", good, strlen(good));
    ck_assert_int_eq(diag_errors(d), errors);   /* nothing left over */
    ck_assert_ptr_nonnull(m1);
    ck_assert_ptr_nonnull(m2);
    char *s = dump_string(m2);
    ck_assert_str_eq(s, "(module\n  (assign (targets (name y)) (list (int 1))))");
    free(s);
    ck_assert_int_eq(m2->loc.file, 1);
    arena_free(a1);
    arena_free(a2);
    diag_free(d);
}
END_TEST

START_TEST(test_partial_module_after_errors)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    const char *src = "x = 1\ny = = 2\nz = 3\ndef f(:\n";
    Ast *m = parse_string(d, a, "p.py", src, strlen(src));
    ck_assert_int_eq(diag_errors(d), 2);
    char *s = dump_string(m);
    ck_assert_str_eq(s, "(module\n  (assign (targets (name x)) (int 1))\n"
                        "  (assign (targets (name z)) (int 3)))");
    free(s);
    arena_free(a);
    diag_free(d);
}
END_TEST

START_TEST(test_parse_file_missing)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    ck_assert_ptr_null(parse_file(d, a, "/nonexistent/dir/x.py"));
    ck_assert_int_eq(diag_errors(d), 1);
    char *s = diagnostics_text(d);
    ck_assert_str_eq(s, "/nonexistent/dir/x.py: error: cannot read file: No such file or "
                        "directory\n1 error generated.\n");
    free(s);
    ck_assert_ptr_null(parse_file(d, a, FRONTEND_TEST_DIR));
    ck_assert_str_eq(diag_get(d, 1)->msg, "cannot read file: Is a directory");
    arena_free(a);
    diag_free(d);
}
END_TEST

START_TEST(test_parse_expression_errors)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    int file = diag_add_file(d, "t.py", "x: 'list[int'\n", 14);
    ck_assert_ptr_null(parse_expression(d, a, "list[int", 8, (Loc){file, 1, 5}));
    ck_assert_int_eq(diag_errors(d), 1);
    const Diagnostic *g = diag_get(d, 0);
    ck_assert_str_eq(g->msg, "'[' was never closed");
    ck_assert_int_eq(g->loc.col, 9);
    ck_assert_ptr_null(parse_expression(d, a, "a +", 3, (Loc){file, 1, 5}));
    ck_assert_str_eq(diag_get(d, 1)->msg, "unexpected end of expression");
    Ast *ok = parse_expression(d, a, "dict[str, Node]", 15, (Loc){file, 1, 5});
    ck_assert_ptr_nonnull(ok);
    ck_assert_int_eq(ok->u.sub.index->u.seq.items.items[1]->loc.col, 15);
    arena_free(a);
    diag_free(d);
}
END_TEST

/* ---------------------------------------------------------- locations */

START_TEST(test_node_locations)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    const char *src = "def f(x: int) -> int:\n    return a.bcd + g(x)[1]\n";
    Ast *m = parse_string(d, a, "l.py", src, strlen(src));
    ck_assert_int_eq(diag_errors(d), 0);
    Ast *def = m->u.module.body.items[0];
    ck_assert_int_eq(def->loc.col, 1);
    ck_assert_int_eq(def->u.func.params.items[0]->loc.col, 7);
    Ast *ret = def->u.func.body.items[0];
    ck_assert_int_eq(ret->loc.line, 2);
    ck_assert_int_eq(ret->loc.col, 5);
    Ast *sum = ret->u.ret.value;
    ck_assert_int_eq(sum->loc.col, 18);                  /* the '+' */
    Ast *attr = sum->u.binary.left;
    ck_assert_int_eq(attr->loc.col, 12);                 /* where a.bcd starts */
    ck_assert_int_eq(attr->u.attr.attr_loc.col, 14);     /* bcd */
    Ast *sub = sum->u.binary.right;
    ck_assert_int_eq(sub->kind, AST_SUBSCRIPT);
    ck_assert_int_eq(sub->loc.col, 20);
    ck_assert_int_eq(sub->u.sub.obj->loc.col, 20);       /* the call g(x) */
    arena_free(a);
    diag_free(d);
}
END_TEST

START_TEST(test_deep_nesting)
{
    /* 200 brackets are accepted, a 5000-term chain of + is refused
     * without crashing, and so is a 3000-deep unary chain */
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    char *src = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&src, &len);
    fputs("x = ", f);
    for (int i = 0; i < 200; i++)
        fputc('(', f);
    fputc('1', f);
    for (int i = 0; i < 200; i++)
        fputc(')', f);
    fputc('\n', f);
    fclose(f);
    ck_assert_ptr_nonnull(parse_string(d, a, "deep.py", src, len));
    ck_assert_int_eq(diag_errors(d), 0);
    free(src);

    f = open_memstream(&src, &len);
    fputs("x = 1", f);
    for (int i = 0; i < 5000; i++)
        fputs(" + 1", f);
    fputs("\ny = ", f);
    for (int i = 0; i < 3000; i++)
        fputs("- ", f);
    fputs("1\n", f);
    fclose(f);
    ck_assert_ptr_null(parse_string(d, a, "long.py", src, len));
    ck_assert_int_eq(diag_errors(d), 1);
    ck_assert_msg(strstr(diag_get(d, 0)->msg, "nesting too deep") != NULL, "%s",
                  diag_get(d, 0)->msg);
    free(src);
    arena_free(a);
    diag_free(d);
}
END_TEST

Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("dumps");
    tcase_add_test(tc, test_golden_files);
    tcase_add_test(tc, test_precedence);
    suite_add_tcase(s, tc);
    tc = tcase_create("api");
    tcase_add_test(tc, test_two_parses_are_independent);
    tcase_add_test(tc, test_partial_module_after_errors);
    tcase_add_test(tc, test_parse_file_missing);
    tcase_add_test(tc, test_parse_expression_errors);
    tcase_add_test(tc, test_node_locations);
    tcase_add_test(tc, test_deep_nesting);
    suite_add_tcase(s, tc);
    return s;
}
