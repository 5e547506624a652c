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

#ifdef RTRANS_STM
/* ------------------------------------------------- lock elision (STM)
 *
 * Deterministic: the test's thread drives two actor threads in lock-step
 * with semaphores (as tests/runtime/test_stm.c does), so that both hold a
 * section of one lock at the same time.  el_roots: the lock, then one
 * list per actor. */
#include <pthread.h>
#include <semaphore.h>

typedef struct actor {
    pthread_t th;
    sem_t go, done;
    void (*body)(struct actor *);
    int which;                    /* el_roots index of its list */
    volatile int attempts, aborts;
    volatile int seen[4];         /* per attempt, or per check */
} actor;

static stm_ref el_roots[3];
static int el_roots_registered;

static void *actor_main(void *p)
{
    actor *a = p;
    stm_register_thread();
    sem_wait(&a->go);
    a->body(a);
    stm_unregister_thread();
    sem_post(&a->done);
    return NULL;
}

static void actor_start(actor *a, void (*body)(actor *), int which)
{
    memset(a, 0, sizeof *a);
    a->body = body;
    a->which = which;
    sem_init(&a->go, 0, 0);
    sem_init(&a->done, 0, 0);
    ck_assert_int_eq(pthread_create(&a->th, NULL, actor_main, a), 0);
}

/* In an actor: hand control back to the driver until its next step. */
static void actor_yield(actor *a)
{
    sem_post(&a->done);
    sem_wait(&a->go);
}

static void step(actor *a)
{
    sem_post(&a->go);
    sem_wait(&a->done);
}

/* Sets up el_roots, runs actors a (list 1) and b (list 2) in the order
 * given ("abab": whose step is next) and joins them. */
static void el_setup(void);

static void run_actors(actor *a, void (*fa)(actor *), actor *b,
                       void (*fb)(actor *), const char *order)
{
    el_setup();
    actor_start(a, fa, 1);
    actor_start(b, fb, 2);
    for (const char *p = order; *p; p++)
        step(*p == 'a' ? a : b);
    pthread_join(a->th, NULL);
    pthread_join(b->th, NULL);
}

#define ACTOR_TX(a, f)                                  \
    do {                                                \
        if (STM_SETJMP())                               \
            (a)->aborts++;                              \
        stm_start_transaction(f);                       \
        (a)->attempts++;                                \
    } while (0)

/* A committed lock and two lists, from the driver's thread. */
static void el_setup(void)
{
    if (!el_roots_registered) {
        stm_register_global_roots(el_roots, 3);
        el_roots_registered = 1;
    }
    TH_TX_BEGIN(1);
    el_roots[0] = rt_lock_new();
    el_roots[1] = th_list_new();
    el_roots[2] = th_list_new();
    TH_TX_END();
}

static void el_check(int64_t len1, int64_t len2)
{
    TH_TX_BEGIN(1);
    ck_assert(!rt_lock_locked(el_roots[0]));
    ck_assert_int_eq(th_list_len(el_roots[1]), len1);
    ck_assert_int_eq(th_list_len(el_roots[2]), len2);
    el_roots[0] = el_roots[1] = el_roots[2] = 0;
    TH_TX_END();
}

/* Appends to its own list under the lock, pausing inside the section. */
static void el_disjoint(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    a->seen[0] = rt_lock_acquire(el_roots[0], 1, -1.0);
    th_list_append(el_roots[a->which], rt_str_empty());
    a->seen[1] = rt_lock_locked(el_roots[0]);
    if (a->attempts == 1)
        actor_yield(a);
    rt_lock_release(el_roots[0]);
    stm_commit_transaction();
    stm_pop_frame(f);
}

/* Both sections are open at once and touch different lists: neither
 * writes the lock, so both commit at their first attempt (a written lock
 * would make the second writer lose). */
START_TEST(elide_disjoint_sections_commit)
{
    actor a, b;
    run_actors(&a, el_disjoint, &b, el_disjoint, "abab");
    ck_assert_int_eq(a.attempts + a.aborts * 10, 1);
    ck_assert_int_eq(b.attempts + b.aborts * 10, 1);
    ck_assert(a.seen[0] && a.seen[1] && b.seen[0] && b.seen[1]);
    el_check(1, 1);
}
END_TEST

/* Reads the lock free (elided), pauses, then validates: a real holder
 * committed meanwhile, so the first attempt aborts and the retry finds
 * the lock taken (acquire(False), so that it does not wait). */
static void el_elider(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    int got = rt_lock_acquire(el_roots[0], 0, -1.0);
    a->seen[a->attempts - 1] = got;
    if (a->attempts == 1)
        actor_yield(a);
    stm_safepoint();
    if (got) {
        th_list_append(el_roots[a->which], rt_str_empty());
        rt_lock_release(el_roots[0]);
    }
    stm_commit_transaction();
    stm_pop_frame(f);
}

/* In an actor that holds the lock for real: hands control back, then
 * appends to its list and releases the lock in a transaction of its own. */
static void el_release_later(actor *a, stm_ref *f)
{
    actor_yield(a);
    ACTOR_TX(a, f);
    th_list_append(el_roots[a->which], rt_str_empty());
    rt_lock_release(el_roots[0]);
    stm_commit_transaction();
}

/* Takes the lock for real (an atomic section does not elide), commits,
 * and releases it in a later transaction. */
static void el_real_holder(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    stm_enter_atomic();
    a->seen[0] = rt_lock_acquire(el_roots[0], 1, -1.0);
    stm_leave_atomic();
    stm_commit_transaction();
    el_release_later(a, f);
    stm_pop_frame(f);
}

START_TEST(elide_aborts_when_real_holder_commits)
{
    actor a, b;
    /* A reads the lock free, B commits locked = 1, A validates, aborts
       and sees it held, B releases */
    run_actors(&a, el_elider, &b, el_real_holder, "abab");
    ck_assert_int_eq(a.aborts, 1);
    ck_assert_int_eq(a.seen[0], 1);
    ck_assert_int_eq(a.seen[1], 0);
    ck_assert_int_eq(b.aborts, 0);
    el_check(0, 1);
}
END_TEST

/* Elides, then its transaction breaks inside the section (a break point
 * commits): the lock is written as taken before the commit, so the other
 * actor finds it held; the release afterwards is a real one. */
static void el_breaker(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    a->seen[0] = rt_lock_acquire(el_roots[0], 1, -1.0);
    stm_commit_transaction();
    ACTOR_TX(a, f);
    a->seen[1] = rt_lock_locked(el_roots[0]);
    stm_commit_transaction();
    el_release_later(a, f);
    stm_pop_frame(f);
}

static void el_trier(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    a->seen[0] = rt_lock_acquire(el_roots[0], 0, -1.0);
    a->seen[1] = rt_lock_locked(el_roots[0]);
    stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(elide_cancelled_at_a_break)
{
    actor a, b;
    run_actors(&a, el_breaker, &b, el_trier, "aba");
    ck_assert(a.seen[0] && a.seen[1]);
    ck_assert_int_eq(b.seen[0], 0);          /* held for real */
    ck_assert_int_eq(b.seen[1], 1);
    ck_assert_int_eq(a.aborts + b.aborts, 0);
    el_check(1, 0);
}
END_TEST

/* Opens a section of the lock and a nested one of a lock of its own,
 * with another actor's transaction running meanwhile: the break point
 * after the outermost release commits (seen[1]), not the ones inside the
 * sections (seen[0], seen[2]), even after the first release (a section
 * opened before that break point runs to its release). */
static void el_short(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    f[0] = rt_lock_new();
    rt_lock_acquire(el_roots[0], 1, -1.0);
    rt_lock_acquire(f[0], 1, -1.0);
    rt_lock_release(f[0]);
    a->seen[0] = stm_should_break_transaction();
    rt_lock_release(el_roots[0]);
    a->seen[1] = stm_should_break_transaction();
    rt_lock_acquire(el_roots[0], 1, -1.0);
    a->seen[2] = stm_should_break_transaction();
    th_list_append(el_roots[a->which], rt_str_empty());
    rt_lock_release(el_roots[0]);
    a->seen[3] = stm_should_break_transaction();
    stm_commit_transaction();
    stm_pop_frame(f);
}

/* Runs a transaction across the other actor's steps. */
static void el_bystander(actor *a)
{
    stm_ref *f = stm_push_frame(1);
    ACTOR_TX(a, f);
    actor_yield(a);
    stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(elide_release_ends_transaction_when_others_run)
{
    actor a, b;
    run_actors(&a, el_short, &b, el_bystander, "bab");
    ck_assert_int_eq(a.seen[0], 0);
    ck_assert_int_eq(a.seen[1], 1);
    ck_assert_int_eq(a.seen[2], 0);
    ck_assert_int_eq(a.seen[3], 1);
    ck_assert_int_eq(a.aborts + b.aborts, 0);
    el_check(1, 0);
}
END_TEST

/* Alone in the transactional zone, a thread's sections go on in one long
 * transaction: nobody can conflict with them. */
START_TEST(elide_release_alone_keeps_transaction)
{
    el_setup();
    TH_TX_BEGIN(1);
    th_frame[0] = el_roots[0];
    for (int i = 0; i < 3; i++) {
        ck_assert(rt_lock_acquire(th_frame[0], 1, -1.0));
        rt_lock_release(th_frame[0]);
        ck_assert(!stm_should_break_transaction());
    }
    TH_TX_END();
    el_check(0, 0);
}
END_TEST

/* One thread: a Lock is not reentrant, elided or not. */
START_TEST(elide_own_lock_semantics)
{
    el_setup();
    TH_TX_BEGIN(1);
    th_frame[0] = el_roots[0];
    ck_assert(rt_lock_acquire(th_frame[0], 1, -1.0));      /* elided */
    ck_assert(rt_lock_locked(th_frame[0]));
    ck_assert(!rt_lock_acquire(th_frame[0], 0, -1.0));
    rt_lock_release(th_frame[0]);
    ck_assert(!rt_lock_locked(th_frame[0]));
    rt_lock_release(th_frame[0]);
    char *e = th_take_exc();
    ck_assert_str_eq(e, "RuntimeError: release unlocked lock");
    free(e);
    /* a timed acquire of one's own lock takes it for real, waits and
       fails, as CPython's does */
    ck_assert(rt_lock_acquire(th_frame[0], 1, -1.0));
    ck_assert(!rt_lock_acquire(th_frame[0], 1, 0.01));
    TH_TX_RESUME();
    ck_assert(rt_lock_locked(th_frame[0]));
    rt_lock_release(th_frame[0]);
    TH_TX_END();
    el_check(0, 0);
}
END_TEST
#endif

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
#ifdef RTRANS_STM
    tcase_add_test(tc, elide_disjoint_sections_commit);
    tcase_add_test(tc, elide_aborts_when_real_holder_commits);
    tcase_add_test(tc, elide_cancelled_at_a_break);
    tcase_add_test(tc, elide_own_lock_semantics);
    tcase_add_test(tc, elide_release_ends_transaction_when_others_run);
    tcase_add_test(tc, elide_release_alone_keeps_transaction);
#endif
    suite_add_tcase(s, tc);
    return s;
}
