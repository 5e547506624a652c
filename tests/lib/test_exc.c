/* test_exc.c - raising from C and the traceback report. */
#include "tests/lib/harness.h"
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

START_TEST(exc_raise_formats)
{
    TH_TX_BEGIN(1);
    rt_raise(RT_EXC_KEY_ERROR, "'%s' %d", "k\xc3\xa9y", 42);
    char *e = th_take_exc();
    ck_assert_str_eq(e, "KeyError: 'k\xc3\xa9y' 42");
    free(e);
    rt_raise_str(RT_EXC_RUNTIME_ERROR, 0);
    e = th_take_exc();
    ck_assert_str_eq(e, "RuntimeError: ");
    free(e);
    rt_raise_errno(EACCES, th_str("/root/x"));
    e = th_take_exc();
    ck_assert_str_eq(e, "PermissionError: [Errno 13] Permission denied: '/root/x'");
    free(e);
    ck_assert_str_eq(rt_exc_kind_name(RT_EXC_ZERO_DIVISION_ERROR), "ZeroDivisionError");
    TH_TX_END();
}
END_TEST

static char src_path[] = "/tmp/rtlib-tb-XXXXXX";
static rt_tbloc loc_main, loc_f, loc_g, loc_missing;
static char *report;

/* Inevitable first: a transaction that may still abort keeps its output
 * until it commits (io_defer.c), and this one reads it back before. */
static void print_it(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = stm_tl.exc;
    stm_tl.exc = 0;
    stm_become_inevitable("test: read the report back");
    rt_print_exception(f[0]);
    stm_pop_frame(f);
}

static char *capture_stderr(void (*fn)(void))
{
    char path[] = "/tmp/rtlib-err-XXXXXX";
    int t = mkstemp(path);
    int saved = dup(2);
    dup2(t, 2);
    fn();
    dup2(saved, 2);
    close(saved);
    lseek(t, 0, SEEK_SET);
    char *buf = calloc(1, 65536);
    ssize_t n = read(t, buf, 65535);
    buf[n > 0 ? n : 0] = 0;
    close(t);
    unlink(path);
    return buf;
}

START_TEST(exc_traceback_like_cpython)
{
    int fd = mkstemp(src_path);
    const char *src = "def g():\n    raise ValueError('bad')\n\n"
                      "def f(n):\n    g() if n == 0 else f(n - 1)\n\nf(6)\n";
    ck_assert(write(fd, src, strlen(src)) > 0);
    close(fd);
    loc_main = (rt_tbloc){ src_path, "<module>", 7 };
    loc_f = (rt_tbloc){ src_path, "f", 5 };
    loc_g = (rt_tbloc){ src_path, "g", 2 };
    loc_missing = (rt_tbloc){ "/nonexistent/m.py", "h", 3 };
    static const rt_tbloc loc_scaffold = { "?", "__program_init", 0 };
    TH_TX_BEGIN(1);
    rt_raise(RT_EXC_VALUE_ERROR, "bad");
    rt_tb_add(&loc_g);
    for (int i = 0; i < 7; i++)
        rt_tb_add(&loc_f);
    rt_tb_add(&loc_main);
    rt_tb_add(&loc_scaffold);            /* no source line: not shown */
    report = capture_stderr(print_it);
    char expected[2048];
    snprintf(expected, sizeof expected,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 7, in <module>\n    f(6)\n"
             "  File \"%s\", line 5, in f\n    g() if n == 0 else f(n - 1)\n"
             "  File \"%s\", line 5, in f\n    g() if n == 0 else f(n - 1)\n"
             "  File \"%s\", line 5, in f\n    g() if n == 0 else f(n - 1)\n"
             "  [Previous line repeated 4 more times]\n"
             "  File \"%s\", line 2, in g\n    raise ValueError('bad')\n"
             "ValueError: bad\n", src_path, src_path, src_path, src_path, src_path);
    ck_assert_str_eq(report, expected);
    free(report);

    /* a new exception starts a new trace; unreadable files print no line */
    rt_raise_str(RT_EXC_EOF_ERROR, rt_str_empty());
    rt_tb_add(&loc_missing);
    report = capture_stderr(print_it);
    ck_assert_str_eq(report, "Traceback (most recent call last):\n"
                             "  File \"/nonexistent/m.py\", line 3, in h\nEOFError\n");
    free(report);
    TH_TX_END();
    unlink(src_path);
}
END_TEST

/* STM: an abort frees the temporaries of the aborted transaction and
 * restores the traceback as it was when the transaction started. */
static int abort_round;
static const rt_tbloc loc_abort = { "x.py", "f", 1 };

START_TEST(exc_abort_restores_state)
{
    abort_round = 0;
    TH_TX_BEGIN(1);
    if (abort_round == 0) {
        rt_tb_reset();
        rt_tb_add(&loc_abort);
        stm_commit_transaction();
        if (STM_SETJMP()) { /* retry */ }
        stm_start_transaction(th_frame);
    }
    if (abort_round < 3) {
        ck_assert_int_eq(rt_tb_depth(), 1);
        ck_assert_int_eq(rt_tmp_pending(), 0);
        rt_tb_add(&loc_abort);
        rt_cbuf b = {0};
        rt_cbuf_append(&b, "temporary", 9);
        th_frame[0] = rt_str_upper(th_str("abc"));
#ifdef RTRANS_STM
        ck_assert_int_eq(rt_tmp_pending(), 1);
        abort_round++;
        stm_abort_transaction();
#else
        abort_round = 3;
        rt_cbuf_free(&b);
        rt_tb_reset();
        rt_tb_add(&loc_abort);
#endif
    }
    ck_assert_int_eq(rt_tb_depth(), 1);
    ck_assert_int_eq(rt_tmp_pending(), 0);
    rt_tb_reset();
    TH_TX_END();
}
END_TEST

START_TEST(exc_marker_misuse_raises)
{
    TH_TX_BEGIN(1);
    th_frame[0] = th_str("label");
    stm_ref *top = stm_tl.ss_top;
    rt_rtrans_push_marker(7, th_frame[0]);
    ck_assert(stm_tl.ss_top == top + 2);
    rt_rtrans_update_marker(8);
    ck_assert_int_eq(STM_MARKER_VALUE(top[0]), 8);
    rt_rtrans_pop_marker();
    ck_assert(stm_tl.ss_top == top);
    rt_rtrans_pop_marker();
    char *e = th_take_exc();
    ck_assert_str_eq(e, "RuntimeError: rtrans.pop_marker() without a matching "
                        "rtrans.push_marker() in the same function");
    free(e);
    ck_assert(stm_tl.ss_top == top);
    rt_rtrans_update_marker(9);
    e = th_take_exc();
    ck_assert(e != NULL);
    free(e);
    ck_assert(th_frame[0] != 0 && !STM_IS_MARKER(th_frame[0]));
    TH_TX_END();
}
END_TEST

Suite *th_suite_exc(void)
{
    Suite *s = suite_create("exc");
    TCase *tc = tcase_create("exc");
    tcase_add_test(tc, exc_raise_formats);
    tcase_add_test(tc, exc_traceback_like_cpython);
    tcase_add_test(tc, exc_abort_restores_state);
    tcase_add_test(tc, exc_marker_misuse_raises);
    suite_add_tcase(s, tc);
    return s;
}
