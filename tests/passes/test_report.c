/* test_report.c - the barrier report: the text format on hand-built IR
 * (golden file), and on a real program compiled in-process
 * (tests/passes/data/report_demo.py), whose HTML page is rendered by
 * headless Chromium: the DOM after the page's script ran must show the
 * marks the notes describe. */
#include "tests/passes/tp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int c;
    while ((c = fgetc(f)) != EOF)
        fputc(c, out);
    fclose(f);
    fclose(out);
    return buf;
}

static char *report_of(const IrModule *m, const char *suffix)
{
    char path[] = "/tmp/rtrans-report-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    char named[sizeof path + 8];
    snprintf(named, sizeof named, "%s%s", path, suffix);
    ck_assert_int_eq(rename(path, named), 0);
    ck_assert_int_eq(pass_barrier_report(m, named, stderr), 0);
    char *text = slurp(named);
    unlink(named);
    ck_assert_ptr_nonnull(text);
    return text;
}

/* ------------------------------------------------------ hand-built IR */

static void build_demo(Tp *t)
{
    IrType p[] = { ir_ref(t->s_node), ir_ref(t->s_str), ir_type(IRK_I64) };
    tp_func(t, "demo", p, 3);
    int32_t b1 = tp_block(t), b2 = tp_block(t), b3 = tp_block(t), b4 = tp_block(t);
    int32_t v = tp_vreg(t, ir_type(IRK_I64), "v"), o = tp_vreg(t, ir_ref(t->s_node), "o");
    tp_emit(t, 0, IR_GETFIELD, v, 0, -1, -1, t->s_node, NODE_VALUE);
    tp_emit(t, 0, IR_ALLOC, o, -1, -1, -1, t->s_node, 0);
    tp_emit(t, 0, IR_SETFIELD, -1, o, 0, -1, t->s_node, NODE_NEXT);
    tp_emit(t, 0, IR_SETFIELD, -1, 0, v, -1, t->s_node, NODE_VALUE);
    int32_t a1[] = { 1 };
    tp_call(t, 0, IR_CALL_EXTERN, -1, t->x_print, a1, 1);
    tp_term(t, 0, TERM_EXC, -1, b1, -1);
    tp_emit(t, b1, IR_BREAKPOINT, -1, -1, -1, -1, -1, 0);
    tp_term(t, b1, TERM_JUMP, -1, b2, -1);
    int32_t w = tp_vreg(t, ir_type(IRK_I64), "w"), c = tp_vreg(t, ir_type(IRK_BOOL), NULL);
    tp_emit(t, b2, IR_GETFIELD, w, 0, -1, -1, t->s_node, NODE_VALUE);   /* loop header */
    tp_emit(t, b2, IR_LT, c, w, 2, -1, -1, 0);
    tp_term(t, b2, TERM_BRANCH, c, b3, b4);
    tp_emit(t, b3, IR_POLL, -1, -1, -1, -1, -1, 0);
    tp_term(t, b3, TERM_JUMP, -1, b2, -1);
    tp_term(t, b4, TERM_RETURN, -1, -1, -1);
}

/* Item loads of a card-marked array: a card read each, none after a
 * whole read. */
static void build_items(Tp *t)
{
    IrType p[] = { ir_ref(t->s_cards), ir_ref(t->s_cards), ir_type(IRK_I64) };
    tp_func(t, "items", p, 3);
    int32_t x = tp_vreg(t, ir_ref(t->s_node), "x");
    tp_emit(t, 0, IR_GETITEM, x, 0, 2, -1, t->s_cards, 0);
    tp_emit(t, 0, IR_GETITEM, x, 0, 2, -1, t->s_cards, 0);
    int32_t cp[] = { 0, 2, 1, 2, 2 };
    tp_call(t, 0, IR_ARRAYCOPY, -1, t->s_cards, cp, 5);
    tp_emit(t, 0, IR_GETITEM, x, 0, 2, -1, t->s_cards, 0);
    tp_term(t, 0, TERM_RETURN, -1, -1, -1);
}

START_TEST(test_text_golden)
{
    ck_assert_int_eq(chdir(TP_SRCDIR), 0);
    Tp t;
    tp_init(&t);
    t.m->files[0] = "tests/passes/data/report_ir.py";
    build_demo(&t);
    build_items(&t);
    tp_run_stm(&t);
    char *text = report_of(t.m, ".txt");
    tp_golden("report_text", text);
    free(text);
    tp_free(&t);
}
END_TEST

START_TEST(test_unwritable_path)
{
    Tp t;
    tp_init(&t);
    char *buf = NULL;
    size_t len = 0;
    FILE *err = open_memstream(&buf, &len);
    ck_assert_int_eq(pass_barrier_report(t.m, "/nonexistent-dir/r.txt", err), -1);
    fclose(err);
    ck_assert_msg(strstr(buf, "rtrans: cannot write /nonexistent-dir/r.txt: ") == buf,
                  "got: %s", buf);
    free(buf);
    tp_free(&t);
}
END_TEST

/* --------------------------------------------------------- a program */

static IrModule *compile_demo(DiagCtx **diag, Arena **arena)
{
    return tp_compile(TP_SRCDIR "/tests/passes/data/report_demo.py", diag, arena);
}

static int32_t demo_file(const IrModule *m)
{
    for (int32_t i = 0; i < m->nfiles; i++)
        if (strstr(m->files[i], "report_demo.py"))
            return i;
    ck_abort_msg("no report_demo.py among the module's files");
    return -1;
}

/* The <tr> of line `line` of file `file` in the page. */
static char *row_of(const char *html, int32_t file, int line)
{
    char id[64];
    snprintf(id, sizeof id, "id=\"f%dL%d\"", file, line);
    const char *start = strstr(html, id);
    ck_assert_msg(start != NULL, "no row %s", id);
    while (start > html && strncmp(start, "<tr", 3) != 0)
        start--;
    const char *end = strstr(start, "</tr>");
    ck_assert_ptr_nonnull(end);
    return strndup(start, (size_t)(end - start));
}

START_TEST(test_text_program)
{
    DiagCtx *diag;
    Arena *arena;
    IrModule *m = compile_demo(&diag, &arena);
    char *text = report_of(m, ".txt");
    static const char *const want[] = {
        "\nfunction projected  (",
        /* the loop's read barrier left the loop */
        "elided a.balance                    read barrier hoisted before the loop (line 28)",
        "placed a.balance                    hoisted out of the loop (from line 29)",
        /* the clock makes the transaction inevitable (print does not: its
         * output waits for the commit); the break point is a break */
        "inevitable placed before rt_time_time()",
        "break      break  transaction_break_point()",
        "\nprogram totals: placed against naive",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!strstr(text, want[i])) {
            fputs(text, stderr);
            ck_abort_msg("the text report (on stderr) lacks \"%s\"", want[i]);
        }
    free(text);
    ir_module_free(m);
    arena_free(arena);
    diag_free(diag);
}
END_TEST

static char *chromium_dom(const char *html_path)
{
    const char *chromium = getenv("CHROMIUM") ? getenv("CHROMIUM") : "/usr/bin/chromium";
    if (access(chromium, X_OK) != 0)
        ck_abort_msg("%s is missing: apt-get install chromium (./build.sh test does)", chromium);
    char profile[] = "/tmp/rtrans-chromium-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(profile));
    char *cmd = NULL;
    ck_assert_int_ge(asprintf(&cmd, "%s --headless --no-sandbox --disable-gpu "
                              "--disable-background-networking --disable-component-update "
                              "--disable-sync --no-first-run --user-data-dir=%s "
                              "--dump-dom file://%s 2>/dev/null; rm -rf %s",
                              chromium, profile, html_path, profile), 0);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char *dom = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&dom, &len);
    int c;
    while ((c = fgetc(p)) != EOF)
        fputc(c, out);
    fclose(out);
    int status = pclose(p);
    free(cmd);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "chromium failed");
    return dom;
}

static void expected_marks(const IrModule *m, int *all, int *placed)
{
    *all = *placed = 0;
    for (int32_t i = 0; i < m->nnotes; i++)
        if (m->notes[i].why != IRW_NONE) {
            (*all)++;
            *placed += ir_whys[m->notes[i].why].placed;
        }
}

START_TEST(test_html_in_chromium)
{
    DiagCtx *diag;
    Arena *arena;
    IrModule *m = compile_demo(&diag, &arena);
    char path[] = "/tmp/rtrans-report-XXXXXX.html";
    int fd = mkstemps(path, 5);
    ck_assert_int_ge(fd, 0);
    close(fd);
    ck_assert_int_eq(pass_barrier_report(m, path, stderr), 0);
    char *dom = chromium_dom(path);
    unlink(path);
    int all, placed;
    expected_marks(m, &all, &placed);
    /* the script ran and counted every listing mark */
    char want[128];
    snprintf(want, sizeof want, "data-shown=\"%d\" data-placed=\"%d\"", all, placed);
    const char *shown = strstr(dom, "id=\"shown\"");
    ck_assert_msg(strstr(dom, want) != NULL, "expected %s in the DOM, got %.200s", want,
                  shown ? shown : "(no #shown)");
    int32_t file = demo_file(m);
    char *row = row_of(dom, file, 29);          /* gain += a.balance // 20 */
    ck_assert_msg(strstr(row, "class=\"mark read elided\" data-why=\"HOISTED_OUT\""), "%s", row);
    free(row);
    row = row_of(dom, file, 28);                /* the loop: the hoisted barrier */
    ck_assert_msg(strstr(row, "class=\"line hot\""), "%s", row);
    ck_assert_msg(strstr(row, "class=\"mark read placed\" data-why=\"HOISTED\""), "%s", row);
    free(row);
    row = row_of(dom, file, 34);                /* src.balance -= amount: one barrier */
    ck_assert_msg(strstr(row, "class=\"mark write placed\""), "%s", row);
    ck_assert_msg(strstr(row, "class=\"mark read elided\" data-why=\"WRITTEN\""), "%s", row);
    free(row);
    row = row_of(dom, file, 35);                /* transaction_break_point() */
    ck_assert_msg(strstr(row, "class=\"mark break placed\" data-why=\"BREAKPOINT\""), "%s", row);
    free(row);
    row = row_of(dom, file, 44);                /* print(..., time.time()) */
    ck_assert_msg(strstr(row, "class=\"mark inevitable placed\""), "%s", row);
    free(row);
    free(dom);
    ir_module_free(m);
    arena_free(arena);
    diag_free(diag);
}
END_TEST

Suite *tp_report_suite(void)
{
    Suite *s = suite_create("barrier-report");
    TCase *tc = tcase_create("report");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_text_golden);
    tcase_add_test(tc, test_unwritable_path);
    tcase_add_test(tc, test_text_program);
    tcase_add_test(tc, test_html_in_chromium);
    suite_add_tcase(s, tc);
    return s;
}
