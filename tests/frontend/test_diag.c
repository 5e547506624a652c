/* test_diag.c - diagnostics formatting, the source table, the arena. */
#include <stdlib.h>
#include <string.h>

#include "tests/frontend/tests.h"

static char *printed(const DiagCtx *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    diag_print(d, out);
    fclose(out);
    return buf;
}

START_TEST(test_error_with_caret)
{
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "a.py", "x = 1\ny = foo(2)\n", 16);
    diag_error_len(d, (Loc){f, 2, 5}, 3, "name '%s' is not defined", "foo");
    char *s = printed(d);
    ck_assert_str_eq(s, "a.py:2:5: error: name 'foo' is not defined\n"
                        "y = foo(2)\n"
                        "    ^~~\n"
                        "1 error generated.\n");
    free(s);
    diag_free(d);
}
END_TEST

START_TEST(test_tabs_are_expanded)
{
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "t.py", "if x:\n\ty = z\n", 13);
    diag_error(d, (Loc){f, 2, 13}, "bad");
    char *s = printed(d);
    ck_assert_str_eq(s, "t.py:2:13: error: bad\n"
                        "        y = z\n"
                        "            ^\n"
                        "1 error generated.\n");
    free(s);
    diag_free(d);
}
END_TEST

START_TEST(test_kinds_and_summary)
{
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "k.py", "abc\n", 4);
    diag_warning(d, (Loc){f, 1, 1}, "w1");
    diag_error(d, (Loc){f, 1, 2}, "e1");
    diag_note(d, (Loc){f, 1, 3}, "n1");
    diag_error(d, (Loc){f, 0, 0}, "whole file");
    diag_error(d, (Loc){-1, 0, 0}, "no file at all");
    ck_assert_int_eq(diag_errors(d), 3);
    ck_assert_int_eq(diag_warnings(d), 1);
    ck_assert_int_eq(diag_count(d), 5);
    char *s = printed(d);
    ck_assert_str_eq(s, "k.py:1:1: warning: w1\nabc\n^\n"
                        "k.py:1:2: error: e1\nabc\n ^\n"
                        "k.py:1:3: note: n1\nabc\n  ^\n"
                        "k.py: error: whole file\n"
                        "rtrans: error: no file at all\n"
                        "1 warning and 3 errors generated.\n");
    free(s);
    diag_free(d);
}
END_TEST

/* Errors found out of order print in source order, each with its notes;
 * the soft count tells later phases whether they may run. */
START_TEST(test_sort_and_soft)
{
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "s.py", "a\nb\nc\n", 6);
    diag_error(d, (Loc){f, 3, 1}, "third");
    diag_note(d, (Loc){f, 1, 1}, "note of third");
    diag_error(d, (Loc){f, 1, 1}, "first");
    diag_soften(d);
    diag_error(d, (Loc){f, 2, 1}, "second");
    ck_assert_int_eq(diag_hard_errors(d), 2);
    diag_sort(d);
    ck_assert_str_eq(diag_get(d, 0)->msg, "first");
    ck_assert_str_eq(diag_get(d, 1)->msg, "second");
    ck_assert_str_eq(diag_get(d, 2)->msg, "third");
    ck_assert_str_eq(diag_get(d, 3)->msg, "note of third");
    diag_free(d);
}
END_TEST

START_TEST(test_summary_forms)
{
    DiagCtx *d = diag_new();
    char *s = printed(d);
    ck_assert_str_eq(s, "");
    free(s);
    int f = diag_add_file(d, "k.py", "", 0);
    diag_warning(d, (Loc){f, 0, 0}, "w");
    s = printed(d);
    ck_assert_str_eq(s, "k.py: warning: w\n1 warning generated.\n");
    free(s);
    diag_error(d, (Loc){f, 0, 0}, "e");
    diag_error(d, (Loc){f, 0, 0}, "e");
    diag_warning(d, (Loc){f, 0, 0}, "w");
    s = printed(d);
    ck_assert(strstr(s, "2 warnings and 2 errors generated.\n") != NULL);
    free(s);
    diag_free(d);
}
END_TEST

START_TEST(test_tilde_stops_at_line_end)
{
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "m.py", "s = '''abc\ndef'''\n", 18);
    diag_error_len(d, (Loc){f, 1, 5}, 40, "long token");
    char *s = printed(d);
    ck_assert_str_eq(s, "m.py:1:5: error: long token\ns = '''abc\n    ^~~~~~\n"
                        "1 error generated.\n");
    free(s);
    diag_free(d);
}
END_TEST

/* A line of 1000 columns is shown as 120 of them around the column, with
 * "..." where it is cut, the caret still under the column. */
START_TEST(test_long_line_window)
{
    char text[1002];
    for (int i = 0; i < 1000; i++)
        text[i] = (char)('a' + i % 26);
    text[1000] = '\n';
    text[1001] = '\0';
    DiagCtx *d = diag_new();
    int f = diag_add_file(d, "w.py", text, 1001);
    diag_error_len(d, (Loc){f, 1, 500}, 3, "middle");
    diag_error_len(d, (Loc){f, 1, 3}, 2, "start");
    diag_error(d, (Loc){f, 1, 999}, "end");
    char *s = printed(d);
    char *want = NULL;
    size_t len = 0;
    FILE *w = open_memstream(&want, &len);
    fprintf(w, "w.py:1:500: error: middle\n...%.120s...\n%*s^~~\n", text + 439, 3 + 60, "");
    fprintf(w, "w.py:1:3: error: start\n%.120s...\n  ^~\n", text);
    fprintf(w, "w.py:1:999: error: end\n...%.120s\n%*s^\n", text + 880, 3 + 118, "");
    fprintf(w, "3 errors generated.\n");
    fclose(w);
    ck_assert_str_eq(s, want);
    free(want);
    free(s);
    diag_free(d);
}
END_TEST

START_TEST(test_source_table)
{
    DiagCtx *d = diag_new();
    int a = diag_add_file(d, "a.py", "one\r\ntwo\rthree", 14);
    int b = diag_add_file(d, "b.py", NULL, 0);
    ck_assert_int_eq(diag_file_count(d), 2);
    ck_assert_str_eq(diag_file_path(d, b), "b.py");
    size_t len;
    ck_assert_str_eq(diag_file_text(d, a, &len), "one\ntwo\nthree");
    ck_assert_int_eq((int)len, 13);
    const char *line = diag_line_text(d, a, 3, &len);
    ck_assert_int_eq((int)len, 5);
    ck_assert(strncmp(line, "three", 5) == 0);
    ck_assert_ptr_null(diag_line_text(d, a, 4, &len));
    ck_assert_ptr_null(diag_file_path(d, 7));
    diag_free(d);
}
END_TEST

START_TEST(test_arena)
{
    Arena *a = arena_new();
    char *s = arena_strdup(a, "hello");
    ck_assert_str_eq(s, "hello");
    ck_assert_str_eq(arena_printf(a, "%s-%d", s, 42), "hello-42");
    long double *big = arena_alloc(a, 1 << 20);   /* a chunk of its own */
    ck_assert_ptr_nonnull(big);
    ck_assert(((uintptr_t)big & (_Alignof(max_align_t) - 1)) == 0);
    big[(1 << 20) / sizeof *big - 1] = 1.0L;
    char *small = arena_alloc(a, 3);
    ck_assert_int_eq(small[0] | small[1] | small[2], 0);
    int *grown = arena_grow(a, NULL, 0, 4 * sizeof(int));
    grown[3] = 7;
    grown = arena_grow(a, grown, 4 * sizeof(int), 8 * sizeof(int));
    ck_assert_int_eq(grown[3], 7);
    ck_assert_int_eq(grown[7], 0);
    ck_assert(arena_bytes(a) >= (1 << 20));
    arena_free(a);
}
END_TEST

Suite *diag_suite(void)
{
    Suite *s = suite_create("diag");
    TCase *tc = tcase_create("format");
    tcase_add_test(tc, test_error_with_caret);
    tcase_add_test(tc, test_tabs_are_expanded);
    tcase_add_test(tc, test_kinds_and_summary);
    tcase_add_test(tc, test_summary_forms);
    tcase_add_test(tc, test_sort_and_soft);
    tcase_add_test(tc, test_tilde_stops_at_line_end);
    tcase_add_test(tc, test_long_line_window);
    tcase_add_test(tc, test_source_table);
    tcase_add_test(tc, test_arena);
    suite_add_tcase(s, tc);
    return s;
}
