/* test_gil.c - the GIL twin: mutual exclusion, hand-off fairness, atomic
 * sections, leaving the transactional zone, callbacks, many threads. */
#include "tests/runtime/rtt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

static int64_t plain_counter;           /* protected by the GIL alone */
static atomic_int flag_a, flag_b;

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Each thread increments a plain C counter (a lost update would show if
 * two threads ran at once) and builds its own list, kept only in its
 * shadow stack, while other threads' allocations trigger collections. */
static void *counting_thread(void *arg)
{
    intptr_t id = (intptr_t)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    for (int i = 0; i < 3000; i++) {
        int64_t v = plain_counter;
        f[0] = rtt_node(id * 100000 + i, f[0]);
        plain_counter = v + 1;
        if (i % 16 == 0 || stm_should_break_transaction())
            RTT_BREAK(f);
    }
    int64_t n = 0;
    for (stm_ref o = f[0]; o; o = NODE(o)->next, n++)
        ck_assert_int_eq(NODE(o)->value, id * 100000 + 2999 - n);
    ck_assert_int_eq(n, 3000);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void run_counting(int nthreads)
{
    rtt_setup(NULL);
    stm_unregister_thread();
    rtt_run_threads(nthreads, counting_thread);
    ck_assert_int_eq(plain_counter, (int64_t)nthreads * 3000);
    stm_register_thread();
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_ge(st.commits, (uint64_t)nthreads * 3000 / 16);
    stm_teardown();
}

START_TEST(test_mutual_exclusion)
{
    run_counting(8);
}
END_TEST

START_TEST(test_many_threads)
{
    run_counting(64);
}
END_TEST

/* A spins with transaction-break checks only; B must get the GIL. */
static void *spinner(void *arg)
{
    (void)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    atomic_store(&flag_a, 1);
    while (!atomic_load(&flag_b)) {
        if (stm_should_break_transaction())
            RTT_BREAK(f);
    }
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *late_comer(void *arg)
{
    (void)arg;
    while (!atomic_load(&flag_a))
        usleep(100);
    stm_ref *f = stm_push_frame(1);
    uint64_t t0 = now_ms();
    RTT_START(f);
    uint64_t waited = now_ms() - t0;
    atomic_store(&flag_b, 1);
    ck_assert_msg(waited < 1000, "waited %llu ms for the GIL",
                  (unsigned long long)waited);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *yield_pair(void *arg)
{
    return (intptr_t)arg == 0 ? spinner(arg) : late_comer(arg);
}

START_TEST(test_yield_to_waiter)
{
    rtt_setup(NULL);
    stm_unregister_thread();
    rtt_run_threads(2, yield_pair);
    stm_register_thread();
    stm_teardown();
}
END_TEST

/* Same with stm_safepoint_poll() as the only yield point. */
static void *poll_spinner(void *arg)
{
    (void)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    atomic_store(&flag_a, 1);
    while (!atomic_load(&flag_b))
        stm_safepoint_poll();
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *poll_pair(void *arg)
{
    return (intptr_t)arg == 0 ? poll_spinner(arg) : late_comer(arg);
}

START_TEST(test_yield_at_poll)
{
    rtt_setup(NULL);
    stm_unregister_thread();
    rtt_run_threads(2, poll_pair);
    stm_register_thread();
    stm_teardown();
}
END_TEST

/* Handing the GIL over at a poll is a transaction boundary: the puts made
 * before it are in the queue when the next holder looks (before the fix
 * the yield at a poll kept them pending, so a thread that saw the writes
 * after a put did not find the item: a pypystm queue's join() returned
 * before its results were there). */
static stm_ref poll_queue[1];
static atomic_long seen_len;

static void *poll_putter(void *arg)
{
    (void)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    stm_queue_put(poll_queue[0], rtt_node(7, 0));
    atomic_store(&flag_a, 1);
    while (!atomic_load(&flag_b))
        stm_safepoint_poll();
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *queue_looker(void *arg)
{
    (void)arg;
    while (!atomic_load(&flag_a))
        usleep(100);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    atomic_store(&seen_len, (long)stm_queue_len(poll_queue[0]));
    atomic_store(&flag_b, 1);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *put_poll_pair(void *arg)
{
    return (intptr_t)arg == 0 ? poll_putter(arg) : queue_looker(arg);
}

START_TEST(test_yield_at_poll_publishes_puts)
{
    rtt_setup(NULL);
    stm_register_global_roots(poll_queue, 1);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    poll_queue[0] = stm_queue_create();
    stm_commit_transaction();
    stm_pop_frame(f);
    atomic_store(&seen_len, -1);
    stm_unregister_thread();
    rtt_run_threads(2, put_poll_pair);
    stm_register_thread();
    long seen = atomic_load(&seen_len);
    ck_assert_int_eq(seen, 1);
    stm_teardown();
}
END_TEST

/* Inside an atomic section the holder never breaks, even when asked. */
static void *atomic_holder(void *arg)
{
    (void)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    stm_enter_atomic();
    stm_enter_atomic();
    atomic_store(&flag_a, 1);
    uint64_t t0 = now_ms();
    while (now_ms() - t0 < 60) {
        ck_assert(!stm_should_break_transaction());
        stm_safepoint();
        stm_commit_transaction();               /* ignored inside atomic */
        ck_assert(stm_in_transaction());
        ck_assert_int_eq(atomic_load(&flag_b), 0);
    }
    stm_leave_atomic();
    ck_assert(stm_is_atomic());
    stm_leave_atomic();
    ck_assert(!stm_is_atomic());
    while (!atomic_load(&flag_b))
        if (stm_should_break_transaction())
            RTT_BREAK(f);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *atomic_pair(void *arg)
{
    return (intptr_t)arg == 0 ? atomic_holder(arg) : late_comer(arg);
}

START_TEST(test_atomic_section)
{
    rtt_setup(NULL);
    stm_unregister_thread();
    rtt_run_threads(2, atomic_pair);
    stm_register_thread();
    stm_teardown();
}
END_TEST

/* Leaving the transactional zone lets another thread run meanwhile. */
static void *blocker(void *arg)
{
    (void)arg;
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    f[0] = rtt_list(100);
    atomic_store(&flag_a, 1);
    stm_leave_transactional_zone();
    ck_assert(!stm_in_transaction());
    uint64_t t0 = now_ms();
    while (!atomic_load(&flag_b) && now_ms() - t0 < 5000)
        usleep(1000);                           /* "blocking call" */
    ck_assert_int_eq(atomic_load(&flag_b), 1);
    if (!stm_in_transaction())
        RTT_START(f);
    ck_assert_int_eq(rtt_list_check(f[0]), 100);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *allocator_while_blocked(void *arg)
{
    (void)arg;
    while (!atomic_load(&flag_a))
        usleep(100);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    for (int i = 0; i < 200; i++) {
        f[0] = rtt_list(1000);
        stm_collect(i % 50 == 0);
    }
    atomic_store(&flag_b, 1);
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

static void *zone_pair(void *arg)
{
    return (intptr_t)arg == 0 ? blocker(arg) : allocator_while_blocked(arg);
}

START_TEST(test_leave_zone)
{
    rtt_setup(NULL);
    stm_unregister_thread();
    rtt_run_threads(2, zone_pair);
    stm_register_thread();
    stm_teardown();
}
END_TEST

static int cb_log[8];
static int ncb;

static void record_cb(void *arg)
{
    cb_log[ncb++] = (int)(intptr_t)arg;
}

START_TEST(test_callbacks)
{
    rtt_setup(NULL);
    stm_ref *f = stm_push_frame(1);
    stm_on_commit(record_cb, (void *)1);        /* outside: runs at once */
    ck_assert_int_eq(ncb, 1);
    RTT_START(f);
    stm_on_commit(record_cb, (void *)2);
    stm_on_abort(record_cb, (void *)3);
    stm_on_commit(record_cb, (void *)4);
    ck_assert_int_eq(ncb, 1);
    stm_commit_transaction();
    ck_assert_int_eq(ncb, 3);
    ck_assert_int_eq(cb_log[1], 2);
    ck_assert_int_eq(cb_log[2], 4);
    RTT_START(f);
    stm_commit_transaction();
    ck_assert_int_eq(ncb, 3);                   /* forgotten after commit */
    stm_pop_frame(f);
    stm_teardown();
}
END_TEST

START_TEST(test_allocation_without_gil)
{
    rtt_setup(NULL);
    (void)rtt_node(1, 0);                        /* no transaction: fatal */
}
END_TEST

static stm_ref shared_root[1];
static uint64_t hash_seen[2];

static void *hash_thread(void *arg)
{
    intptr_t id = (intptr_t)arg;
    stm_ref *f = stm_push_frame(1);
    if (id == 1)
        while (!atomic_load(&flag_a))
            usleep(100);
    RTT_START(f);
    if (id == 0) {
        shared_root[0] = rtt_node(9, 0);
        hash_seen[0] = stm_id_hash(shared_root[0]);
        atomic_store(&flag_a, 1);
    } else {
        stm_collect(0);                         /* moves the young object */
        hash_seen[1] = stm_id_hash(shared_root[0]);
    }
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

START_TEST(test_hash_across_threads)
{
    rtt_setup(NULL);
    stm_register_global_roots(shared_root, 1);
    stm_unregister_thread();
    rtt_run_threads(2, hash_thread);
    ck_assert_uint_eq(hash_seen[0], hash_seen[1]);
    stm_register_thread();
    stm_teardown();
}
END_TEST

Suite *rtt_gil_suite(void)
{
    Suite *s = suite_create("gil");
    TCase *tc = tcase_create("gil");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_mutual_exclusion);
    tcase_add_test(tc, test_many_threads);
    tcase_add_test(tc, test_yield_to_waiter);
    tcase_add_test(tc, test_yield_at_poll);
    tcase_add_test(tc, test_yield_at_poll_publishes_puts);
    tcase_add_test(tc, test_atomic_section);
    tcase_add_test(tc, test_leave_zone);
    tcase_add_test(tc, test_callbacks);
    tcase_add_exit_test(tc, test_allocation_without_gil, 70);
    tcase_add_test(tc, test_hash_across_threads);
    suite_add_tcase(s, tc);
    return s;
}
