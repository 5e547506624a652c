/* test_thread.c - threads and locks. */
#include "tests/lib/harness.h"
#include "runtime/lib/rtlib-int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static stm_ref lock_root[1];
static int lock_root_registered;
static int64_t worker_ident;

/* Appends to the shared list under the lock; sleeps while holding it now
 * and then so that the other worker blocks in acquire. */
static void worker(stm_ref list)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = list;
    for (int i = 0; i < 500; i++) {
        rt_lock_acquire(lock_root[0], 1, -1.0);
        TH_TX_RESUME_F(f);
        if (i % 100 == 0) {
            rt_time_sleep(0.001);
            TH_TX_RESUME_F(f);
        }
        th_list_append(f[0], rt_str_empty());
        rt_lock_release(lock_root[0]);
    }
    worker_ident = rt_thread_get_ident();
    if (stm_is_root_frame())
        stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(thread_lock_protects_list)
{
    TH_TX_BEGIN(3);
    if (!lock_root_registered) {
        stm_register_global_roots(lock_root, 1);
        lock_root_registered = 1;
    }
    lock_root[0] = rt_lock_new();
    th_frame[0] = th_list_new();
    th_frame[1] = rt_thread_new_named(worker, th_frame[0], "worker");
    th_frame[2] = rt_thread_new_named(worker, th_frame[0], NULL);
    rt_thread_start(th_frame[1]);
    rt_thread_start(th_frame[2]);
    rt_thread_join(th_frame[1]);
    TH_TX_RESUME();
    rt_thread_join(th_frame[2]);
    TH_TX_RESUME();
    rt_thread_join(th_frame[2]);            /* joining again returns at once */
    TH_TX_RESUME();
    ck_assert_int_eq(th_list_len(th_frame[0]), 1000);
    ck_assert(!rt_lock_locked(lock_root[0]));
    ck_assert_int_ne(worker_ident, rt_thread_get_ident());
    lock_root[0] = 0;
    TH_TX_END();
}
END_TEST

START_TEST(thread_misuse_raises)
{
    TH_TX_BEGIN(2);
    th_frame[0] = th_list_new();
    th_frame[1] = rt_thread_new_named(worker, th_frame[0], "w");
    rt_thread_join(th_frame[1]);
    char *e = th_take_exc();
    ck_assert_str_eq(e, "RuntimeError: cannot join thread before it is started");
    free(e);
    th_frame[0] = rt_lock_new();
    ck_assert(rt_lock_acquire(th_frame[0], 0, -1.0));
    ck_assert(rt_lock_locked(th_frame[0]));
    ck_assert(!rt_lock_acquire(th_frame[0], 0, -1.0));
    rt_lock_release(th_frame[0]);
    ck_assert(!rt_lock_locked(th_frame[0]));
    rt_lock_release(th_frame[0]);
    e = th_take_exc();
    ck_assert_str_eq(e, "RuntimeError: release unlocked lock");
    free(e);
    ck_assert_int_eq(rt_thread_stack_size(100), 0);
    e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: size not valid: 100 bytes");
    free(e);
    ck_assert_int_eq(rt_thread_stack_size(1 << 20), 0);
    ck_assert_int_eq(rt_thread_stack_size(0), 1 << 20);
    TH_TX_END();
}
END_TEST

static void failing(stm_ref arg)
{
    (void)arg;
    rt_raise(RT_EXC_VALUE_ERROR, "boom");
}

static char *captured;

static void start_and_join_failing(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = rt_thread_new_named(failing, 0, "failing");
    rt_thread_start(f[0]);
    rt_thread_join(f[0]);
    TH_TX_RESUME_F(f);
    rt_thread_start(f[0]);
    captured = th_take_exc();
    if (stm_is_root_frame())
        stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(thread_uncaught_exception_report)
{
    char path[] = "/tmp/rtlib-thr-XXXXXX";
    int t = mkstemp(path);
    int saved = dup(2);
    dup2(t, 2);
    TH_TX_BEGIN(1);
    start_and_join_failing();
    TH_TX_END();
    dup2(saved, 2);
    close(saved);
    char buf[4096] = "";
    ssize_t n = pread(t, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = 0;
    close(t);
    unlink(path);
    ck_assert_msg(strncmp(buf, "Exception in thread Thread-", 27) == 0, "got: %s", buf);
    ck_assert_msg(strstr(buf, " (failing):\nValueError: boom\n") != NULL, "got: %s", buf);
    ck_assert_str_eq(captured, "RuntimeError: threads can only be started once");
    free(captured);
}
END_TEST

/* A thread waiting for stdin in a *_blocking read lets the others run:
 * the writer can only produce the line if the reader left the zone (in
 * the GIL build it would otherwise wait forever for the GIL). */
static int pipe_fds[2];

static void pipe_writer(stm_ref list)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = list;
    rt_time_sleep(0.05);
    TH_TX_RESUME_F(f);
    th_list_append(f[0], rt_str_empty());
    stm_commit_transaction();        /* publish before the reader can wake */
    if (write(pipe_fds[1], "line\n", 5) != 5)
        abort();
    stm_pop_frame(f);
}

START_TEST(thread_blocking_read_lets_others_run)
{
    ck_assert_int_eq(pipe(pipe_fds), 0);
    int saved = dup(0);
    dup2(pipe_fds[0], 0);
    rt_io_reset_stdin();
    TH_TX_BEGIN(3);
    th_frame[0] = th_list_new();
    th_frame[1] = rt_thread_new_named(pipe_writer, th_frame[0], "writer");
    rt_thread_start(th_frame[1]);
    stm_ref line = rt_file_readline_blocking(0);
    TH_TX_RESUME();
    th_frame[2] = line;
    th_assert_str(th_frame[2], "line\n", "line from the pipe");
    ck_assert_int_eq(th_list_len(th_frame[0]), 1);
    rt_thread_join(th_frame[1]);
    TH_TX_RESUME();
    TH_TX_END();
    dup2(saved, 0);
    close(saved);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    rt_io_reset_stdin();
}
END_TEST

/* Several threads build strings (temporaries, formatting, splitting) and
 * append to one shared list: in the STM build they run in parallel and
 * conflict on the list, so transactions abort in the middle of library
 * calls; every result must still be right and no temporary may leak. */
static int hammer_bad;

static void hammer(stm_ref list)
{
    stm_ref *f = stm_push_frame(3);
    f[0] = list;
    /* The first iteration of the transaction started here: an abort
     * resumes there.  (i itself changes after the restart point, so it is
     * indeterminate after an abort: at -O0 it kept its later value and
     * the aborted iterations' items were lost.) */
    volatile int first = 0;
    for (int i = 0; i < 300; i++) {
        f[1] = rt_format_float(i * 0.5, th_str(">12,.3f"));
        f[2] = rt_str_split(rt_str_concat(f[1], th_str(" x y")), 0, -1);
        if (th_list_len(f[2]) != 3)
            hammer_bad = 1;
        f[1] = rt_str_upper(th_list_get(f[2], 1));
        th_list_append(f[0], f[1]);
        if (i % 50 == 0) {
            rt_rtrans_transaction_break_point();
            if (!stm_in_transaction()) {
                first = i + 1;
                if (STM_SETJMP()) { /* retry */ }
                stm_start_transaction(f);
                i = first - 1;
            }
        }
    }
    if (rt_tmp_pending() != 0)
        hammer_bad = 2;
    if (stm_is_root_frame())
        stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(thread_hammer_strings)
{
    enum { NT = 4 };
    hammer_bad = 0;
    TH_TX_BEGIN(NT + 1);
    th_frame[0] = th_list_new();
    for (int k = 0; k < NT; k++) {
        th_frame[k + 1] = rt_thread_new_named(hammer, th_frame[0], "hammer");
        rt_thread_start(th_frame[k + 1]);
    }
    for (int k = 0; k < NT; k++) {
        rt_thread_join(th_frame[k + 1]);
        TH_TX_RESUME();
    }
    ck_assert_int_eq(hammer_bad, 0);
    ck_assert_int_eq(th_list_len(th_frame[0]), NT * 300);
    for (int64_t i = 0, n = th_list_len(th_frame[0]); i < n; i++)
        th_assert_str(th_list_get(th_frame[0], i), "X", "hammered item");
    TH_TX_END();
}
END_TEST

Suite *th_suite_thread(void)
{
    Suite *s = suite_create("threading");
    TCase *tc = tcase_create("threading");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, thread_lock_protects_list);
    tcase_add_test(tc, thread_misuse_raises);
    tcase_add_test(tc, thread_uncaught_exception_report);
    tcase_add_test(tc, thread_blocking_read_lets_others_run);
    tcase_add_test(tc, thread_hammer_strings);
    suite_add_tcase(s, tc);
    return s;
}
