/* test_liveness.c - progress, in both builds (issue 14, items 1 and 4).
 *
 * Spinning: threads spin on a flag, each in a transaction that allocates
 * nothing, until the main thread sets it; every spinner must see it.
 * With few segments the main thread must first get one from the
 * spinners, with many the spinners must see its commit.  Variants: a
 * break point every 16 iterations, one at every iteration, the flag read
 * inside an atomic section (entering one is a break point), and a loop
 * with no break point at all (only the poll of its back-edge, as
 * generated code has in every loop).  Each runs with 2, 4 and 16 threads
 * on 1, 2 and 8 segments (the GIL build has one lock).  A spinner gives
 * up after GIVE_UP_NS, so a regression fails instead of hanging; the
 * bounds asserted are generous (CI machines are loaded), the design's are
 * a few milliseconds (docs/runtime.md, "Liveness").
 *
 * Many threads: 1000 threads registered and alive at once, each doing a
 * little shared and private work; the totals must be exact. */
#include "tests/runtime/rtt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

enum { SPIN_EVERY_16, SPIN_EVERY, SPIN_ATOMIC, SPIN_POLL_ONLY, SPIN_ELIDED };

#define GIVE_UP_NS ((uint64_t)10 * 1000 * 1000 * 1000)
#define BOUND_NS   ((uint64_t)3 * 1000 * 1000 * 1000)

static stm_ref roots[2];                 /* 0: the flag, 1: a counter */
static atomic_int spinning, gave_up, saw;
static _Atomic uint64_t commit_ns, worst_ns, doomed_abort_ns;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int64_t read_counter(stm_ref c)
{
    stm_read(c);
    return COUNTER(c)->value;
}

static void add_to_counter(stm_ref c, int64_t d)
{
    stm_read(c);
    stm_write(c);
    COUNTER(c)->value += d;
}

/* Counters referenced from global roots, committed before threads start. */
static void make_counters(void)
{
    stm_register_global_roots(roots, 2);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    for (int i = 0; i < 2; i++)
        roots[i] = stm_allocate(sizeof(tcounter), TT_COUNTER);
    stm_commit_transaction();
    stm_pop_frame(f);
}

static void note_seen(void)
{
    uint64_t d = now_ns() - atomic_load(&commit_ns);
    uint64_t w = atomic_load(&worst_ns);
    while (d > w && !atomic_compare_exchange_weak(&worst_ns, &w, d)) {
    }
    atomic_fetch_add(&saw, 1);
}

/* One iteration's break point (or none), as generated code has them. */
#define SPIN_BREAK(kind, n, f)                                          \
    do {                                                                \
        bool at_bp = (kind) == SPIN_EVERY || (kind) == SPIN_ATOMIC      \
                     || (kind) == SPIN_ELIDED                           \
                     || ((kind) == SPIN_EVERY_16 && (n) % 16 == 0);     \
        if (at_bp && stm_should_break_transaction())                    \
            RTT_BREAK(f);                                               \
    } while (0)

/* SPIN_ELIDED: the spinner stays inside an elided lock section (its
 * cancel takes no real lock here), which break points do not end on
 * another thread's first request, and polls in one step of the program,
 * which never yield (an interpreter's loop). */
static __thread bool spin_elided;

static void spin_cancel(void)
{
    spin_elided = false;
    stm_elision_leave();
}

static void spin_forget(void *arg)
{
    (void)arg;
    spin_elided = false;
}

static void spin_enter_section(void)
{
    if (!spin_elided && stm_elision_enter(spin_cancel)) {
        spin_elided = true;
        stm_on_abort(spin_forget, NULL);
    }
}

static void *spinner(void *arg)
{
    int kind = (int)(intptr_t)arg;
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    volatile bool counted = false;
    volatile unsigned n = 0;
    uint64_t deadline = now_ns() + GIVE_UP_NS;
    RTT_START(f);
    if (!counted) {
        counted = true;
        atomic_fetch_add(&spinning, 1);
    }
    for (;; n++) {
        if (kind == SPIN_ELIDED) {
            spin_enter_section();
            if (STM_UNLIKELY(stm_tl.poll))
                stm_safepoint_in_step();
        } else {
            stm_safepoint_poll();        /* the loop's back-edge */
        }
        SPIN_BREAK(kind, n, f);
        if (kind == SPIN_EVERY_16 && n % 16 != 0)
            continue;
        if (kind == SPIN_ATOMIC)
            stm_enter_atomic();
        int64_t v = read_counter(roots[0]);
        if (kind == SPIN_ATOMIC)
            stm_leave_atomic();
        if (v) {
            note_seen();
            break;
        }
        if (n % 1024 == 0 && now_ns() > deadline) {
            atomic_fetch_add(&gave_up, 1);
            break;
        }
    }
    if (spin_elided)
        spin_cancel();                   /* the section's release */
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    return NULL;
}

static void wait_for_spinners(int n)
{
    uint64_t deadline = now_ns() + GIVE_UP_NS;
    while (atomic_load(&spinning) < n && now_ns() < deadline)
        usleep(1000);
    ck_assert_msg(atomic_load(&spinning) == n,
                  "only %d of %d spinners got to run", atomic_load(&spinning), n);
}

/* The main thread sets the flag: returns how long it waited for a
 * segment (GIL: the lock). */
static uint64_t set_flag(void)
{
    stm_ref *f = stm_push_frame(1);
    uint64_t t0 = now_ns();
    RTT_START(f);
    uint64_t waited = now_ns() - t0;
    stm_write(roots[0]);
    COUNTER(roots[0])->value = 1;
    atomic_store(&commit_ns, now_ns());
    stm_commit_transaction();
    stm_pop_frame(f);
    return waited;
}

/* Every test starts from a fresh runtime with nsegs segments, the counters
 * made and every flag and time of the previous test cleared. */
static void setup_spin(int nsegs)
{
    stm_config cfg = {.segments = nsegs};
    rtt_setup(&cfg);
    make_counters();
    atomic_store(&spinning, 0);
    atomic_store(&gave_up, 0);
    atomic_store(&saw, 0);
    atomic_store(&worst_ns, 0);
    atomic_store(&doomed_abort_ns, 0);
    atomic_store(&commit_ns, UINT64_MAX / 2);
}

/* Returns how many transactions yielded their segment at a poll. */
static uint64_t run_spin(int kind, int nsegs, int nthreads)
{
    setup_spin(nsegs);
    pthread_t *ts = calloc((size_t)nthreads, sizeof *ts);
    for (int i = 0; i < nthreads; i++)
        ck_assert_int_eq(pthread_create(&ts[i], NULL, spinner, (void *)(intptr_t)kind), 0);
    wait_for_spinners(nthreads);
    usleep(20 * 1000);
    uint64_t waited = set_flag();
    for (int i = 0; i < nthreads; i++)
        pthread_join(ts[i], NULL);
    free(ts);
    ck_assert_msg(atomic_load(&gave_up) == 0,
                  "kind %d, %d segments, %d threads: %d spinners never saw the flag",
                  kind, nsegs, nthreads, atomic_load(&gave_up));
    ck_assert_int_eq(atomic_load(&saw), nthreads);
    ck_assert_msg(waited < BOUND_NS, "waited %.3f s for a segment", waited / 1e9);
    ck_assert_msg(atomic_load(&worst_ns) < BOUND_NS, "a spinner saw the flag after %.3f s",
                  atomic_load(&worst_ns) / 1e9);
    stm_stats st;
    stm_get_stats(&st);
    stm_teardown();
    return st.yields;
}

static void run_spin_matrix(int kind)
{
    static const int segs[] = {1, 2, 8}, threads[] = {2, 4, 16};
#ifdef RTRANS_STM
    int nsegs = 3;
#else
    int nsegs = 1;                       /* one lock, whatever is asked */
#endif
    for (int s = 0; s < nsegs; s++)
        for (int k = 0; k < 3; k++)
            run_spin(kind, segs[s], threads[k]);
}

START_TEST(test_spin_break_every_16)
{
    run_spin_matrix(SPIN_EVERY_16);
}
END_TEST

START_TEST(test_spin_break_every_iteration)
{
    run_spin_matrix(SPIN_EVERY);
}
END_TEST

START_TEST(test_spin_atomic_read)
{
    run_spin_matrix(SPIN_ATOMIC);
}
END_TEST

/* Spinners inside elided sections (GIL: no elision, the same spin) end
 * their transactions when others need them to, within the bound. */
START_TEST(test_spin_inside_elided_section)
{
    run_spin_matrix(SPIN_ELIDED);
}
END_TEST

START_TEST(test_spin_poll_only)
{
    run_spin_matrix(SPIN_POLL_ONLY);
#ifdef RTRANS_STM
    /* on one segment the loops must have handed it over at their polls */
    ck_assert_uint_gt(run_spin(SPIN_POLL_ONLY, 1, 2), 0);
#endif
}
END_TEST

/* ----------------------------------------------------------------- steps */

/* A loop inside one step of the program (a library operation, or what an
 * interpreter runs between two break points) polls with
 * stm_safepoint_in_step(): asked to end by a thread that waits for the
 * segment (GIL: the lock), it keeps running until the step ends at a
 * break point, so the step stays atomic.  It used to yield at such polls:
 * an interpreter's dict probe loop published a half-done insertion and
 * another thread's update was lost. */
#define STEP_NS ((uint64_t)60 * 1000 * 1000)

static _Atomic uint64_t step_end_ns;

static void *step_runner(void *arg)
{
    (void)arg;
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    volatile bool stepped = false;
    uint64_t deadline = now_ns() + GIVE_UP_NS;
    RTT_START(f);
    if (!stepped) {
        stepped = true;
        atomic_fetch_add(&spinning, 1);
        uint64_t t0 = now_ns();
        while (now_ns() - t0 < STEP_NS)
            if (STM_UNLIKELY(stm_tl.poll))
                stm_safepoint_in_step();
        atomic_store(&step_end_ns, now_ns());
    }
    for (volatile unsigned n = 0;; n++) {
        if (stm_should_break_transaction())
            RTT_BREAK(f);
        if (read_counter(roots[0])) {
            note_seen();
            break;
        }
        if (n % 1024 == 0 && now_ns() > deadline) {
            atomic_fetch_add(&gave_up, 1);
            break;
        }
    }
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    return NULL;
}

START_TEST(test_poll_in_step_keeps_the_transaction)
{
    setup_spin(1);
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, step_runner, NULL), 0);
    wait_for_spinners(1);
    usleep(5 * 1000);
    set_flag();
    pthread_join(t, NULL);
    ck_assert_int_eq(atomic_load(&gave_up), 0);
    ck_assert_int_eq(atomic_load(&saw), 1);
    ck_assert_msg(atomic_load(&commit_ns) > atomic_load(&step_end_ns),
                  "another thread ran inside the step");
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_eq(st.yields, 0);
    stm_teardown();
}
END_TEST

/* ---------------------------------------------------------- many threads */

#define MANY 1000

static pthread_barrier_t all_alive;

static void *many_worker(void *arg)
{
    int64_t id = (int64_t)(intptr_t)arg;
    stm_register_thread();
    pthread_barrier_wait(&all_alive);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    f[0] = rtt_list(20 + id % 7);                 /* private */
    ck_assert_int_eq(rtt_list_check(f[0]), 20 + id % 7);
    add_to_counter(roots[0], 1);                   /* shared */
    RTT_BREAK(f);
    add_to_counter(roots[1], id);
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    return NULL;
}

START_TEST(test_1000_threads_alive_at_once)
{
    setup_spin(2);
    stm_unregister_thread();
    ck_assert_int_eq(pthread_barrier_init(&all_alive, NULL, MANY), 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_t *ts = calloc(MANY, sizeof *ts);
    for (intptr_t i = 0; i < MANY; i++)
        ck_assert_int_eq(pthread_create(&ts[i], &attr, many_worker, (void *)i), 0);
    for (int i = 0; i < MANY; i++)
        pthread_join(ts[i], NULL);
    free(ts);
    pthread_attr_destroy(&attr);
    pthread_barrier_destroy(&all_alive);
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    ck_assert_int_eq(read_counter(roots[0]), MANY);
    ck_assert_int_eq(read_counter(roots[1]), (int64_t)MANY * (MANY - 1) / 2);
    stm_check_heap();
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_teardown();
}
END_TEST

#ifdef RTRANS_STM
/* A long transaction that is doomed learns it early (issue 14, item 2b):
 * it reads the flag, then works inside an atomic section (so it cannot
 * commit at a break point) for up to GIVE_UP_NS, polling at its loop's
 * back-edge only; the main thread commits a write to the flag.  The pacer
 * finds the transaction lagging the log and sets its poll word, its next
 * poll validates and aborts it: within a tick or two by design, asserted
 * under BOUND_NS; before, it found out at its commit, after all the
 * work. */

static void *doomed_worker(void *arg)
{
    (void)arg;
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    volatile int attempts = 0;
    uint64_t deadline = now_ns() + GIVE_UP_NS;
    RTT_START(f);
    if (++attempts > 1 && !atomic_load(&doomed_abort_ns))
        atomic_store(&doomed_abort_ns, now_ns());
    stm_enter_atomic();
    int64_t v = read_counter(roots[0]);
    if (attempts == 1)
        atomic_store(&spinning, 1);
    volatile uint64_t work = 0;
    for (unsigned n = 0; attempts == 1; n++) {
        stm_safepoint_poll();            /* the loop's back-edge */
        work += n * (uint64_t)v;
        if (n % 1024 == 0 && now_ns() > deadline) {
            atomic_fetch_add(&gave_up, 1);
            break;
        }
    }
    stm_leave_atomic();
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    return NULL;
}

START_TEST(test_doomed_transaction_learns_early)
{
    setup_spin(2);
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, doomed_worker, NULL), 0);
    wait_for_spinners(1);
    usleep(20 * 1000);
    set_flag();
    uint64_t committed = atomic_load(&commit_ns);
    pthread_join(t, NULL);
    ck_assert_msg(atomic_load(&gave_up) == 0, "the doomed transaction never aborted");
    uint64_t learnt = atomic_load(&doomed_abort_ns);
    ck_assert_msg(learnt != 0, "the doomed transaction committed");
    ck_assert_msg(learnt - committed < BOUND_NS, "the doomed transaction aborted %.3f s late",
                  (learnt - committed) / 1e9);
    stm_teardown();
}
END_TEST
#endif

Suite *rtt_liveness_suite(void)
{
    Suite *s = suite_create("liveness");
    TCase *tc = tcase_create("liveness");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_spin_break_every_16);
    tcase_add_test(tc, test_spin_break_every_iteration);
    tcase_add_test(tc, test_spin_atomic_read);
    tcase_add_test(tc, test_spin_poll_only);
    tcase_add_test(tc, test_spin_inside_elided_section);
    tcase_add_test(tc, test_poll_in_step_keeps_the_transaction);
    tcase_add_test(tc, test_1000_threads_alive_at_once);
#ifdef RTRANS_STM
    tcase_add_test(tc, test_doomed_transaction_learns_early);
#endif
    suite_add_tcase(s, tc);
    return s;
}
