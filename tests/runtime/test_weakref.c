/* test_weakref.c - weak references (both builds): a target lives while
 * something else reaches it, minor collections promote it, the major
 * collection clears it and queues the reference for its callback; and a
 * stress run with threads collecting while others create and drop. */
#include "tests/runtime/rtt.h"

#include <stdatomic.h>

/* Takes the queued references, marking each one's data node taken
 * (value -1): a second take of one is a failure. */
static int64_t take_cleared(_Atomic int64_t *failures)
{
    int64_t n = 0;
    stm_ref w;
    while ((w = stm_weakref_next_cleared()) != 0) {
        stm_ref d = stm_weakref_data(w);
        if (stm_weakref_get(w) != 0 || NODE(d)->value < 0)
            atomic_fetch_add(failures, 1);
        stm_write(d);
        NODE(d)->value = -1;
        n++;
    }
    return n;
}

START_TEST(test_weakref_lives_while_reached)
{
    RTT_BEGIN(NULL, 4);
    f[0] = rtt_node(1, 0);                       /* young target, kept */
    f[1] = stm_weakref_new(f[0], 0);
    f[2] = stm_weakref_new(rtt_node(2, 0), f[0]); /* target dropped at once */
    stm_collect(0);                              /* minor: both promoted */
    ck_assert(stm_weakref_get(f[1]) == f[0]);
    ck_assert_int_eq(NODE(stm_weakref_get(f[2]))->value, 2);
    ck_assert(stm_weakref_data(f[2]) == f[0]);
    RTT_BREAK(f);
    size_t before = stm_weakrefs_cleared();
    stm_collect(1);
    ck_assert(stm_weakref_get(f[1]) == f[0]);
    ck_assert(stm_weakref_get(f[2]) == 0);       /* cleared ... */
    ck_assert_uint_eq(stm_weakrefs_cleared(), before + 1);
    ck_assert(stm_weakref_next_cleared() == f[2]); /* ... and queued: it has data */
    ck_assert(stm_weakref_next_cleared() == 0);
    ck_assert(stm_weakref_data(f[2]) == f[0]);   /* data stays */
    stm_check_heap();
    RTT_END();
}
END_TEST

/* A cycle reached only weakly dies whole; no data: not queued. */
START_TEST(test_weakref_cycle_dies)
{
    RTT_BEGIN(NULL, 3);
    f[0] = rtt_node(1, 0);
    NODE(f[0])->next = rtt_node(2, f[0]);
    f[1] = stm_weakref_new(f[0], 0);
    f[2] = stm_weakref_new(NODE(f[0])->next, 0);
    RTT_BREAK(f);
    stm_collect(1);
    ck_assert(stm_weakref_get(f[1]) != 0);       /* f[0] still holds it */
    stm_write(f[0]);
    f[0] = 0;
    RTT_BREAK(f);
    stm_collect(1);
    ck_assert(stm_weakref_get(f[1]) == 0);
    ck_assert(stm_weakref_get(f[2]) == 0);
    ck_assert(stm_weakref_next_cleared() == 0);
    stm_check_heap();
    RTT_END();
}
END_TEST

/* A dead weak reference with data is not queued; a queued one stays alive
 * (a root) until taken, and so does its data. */
START_TEST(test_weakref_queue_roots)
{
    RTT_BEGIN(NULL, 2);
    f[0] = rtt_node(7, 0);
    stm_weakref_new(f[0], rtt_node(8, 0));       /* dies with its target */
    f[1] = stm_weakref_new(rtt_node(9, 0), rtt_node(10, 0));
    RTT_BREAK(f);
    f[0] = 0;
    RTT_BREAK(f);
    stm_collect(1);
    f[1] = 0;                                    /* only the queue holds it */
    RTT_BREAK(f);
    stm_collect(1);
    stm_collect(1);
    stm_ref w = stm_weakref_next_cleared();
    ck_assert(w != 0);
    ck_assert(stm_weakref_get(w) == 0);
    ck_assert_int_eq(NODE(stm_weakref_data(w))->value, 10);
    ck_assert(stm_weakref_next_cleared() == 0);
    stm_check_heap();
    RTT_END();
}
END_TEST

/* A weak reference created by the transaction that collects is still
 * new: it keeps its target until a collection after the commit. */
START_TEST(test_weakref_new_keeps_target)
{
    RTT_BEGIN(NULL, 1);
    f[0] = stm_weakref_new(rtt_node(3, 0), 0);
    stm_collect(1);
#ifdef RTRANS_STM
    ck_assert_int_eq(NODE(stm_weakref_get(f[0]))->value, 3);
    RTT_BREAK(f);
    stm_collect(1);
#endif
    /* the GIL build has no new objects: its first collection clears it */
    ck_assert(stm_weakref_get(f[0]) == 0);
    RTT_END();
}
END_TEST

/* Threads create targets and weak references, keep every other target,
 * commit, and collect now and then while the others run; a kept target
 * must stay readable through its reference, a dropped one must read 0
 * after a collection that follows its commit.  A cleared reference with
 * data is taken once, by whichever thread drains (a take makes the
 * transaction inevitable, so an abort never takes one twice). */
#define WR_THREADS 4
#define WR_ROUNDS 150
static _Atomic int64_t wr_taken, wr_failures;

static void *weak_thread(void *arg)
{
    int id = (int)(intptr_t)arg;
    stm_ref *f = stm_push_frame(4);
    RTT_START(f);
    for (volatile int i = 0; i < WR_ROUNDS; i++) {
        int64_t v = id * 100000 + i;
        f[0] = rtt_node(v, 0);                    /* kept */
        f[1] = stm_weakref_new(f[0], 0);
        f[3] = rtt_node(v, 0);
        f[2] = stm_weakref_new(rtt_node(-v, rtt_node(v, 0)), f[3]);  /* dropped */
        RTT_BREAK(f);
        if (i % 10 == id % 10)
            stm_collect(1);
        else
            stm_collect(0);
        stm_ref t = stm_weakref_get(f[1]);
        if (t != f[0] || NODE(t)->value != v)
            atomic_fetch_add(&wr_failures, 1);
        if (i % 10 == id % 10 && stm_weakref_get(f[2]) != 0)
            atomic_fetch_add(&wr_failures, 1);
        atomic_fetch_add(&wr_taken, take_cleared(&wr_failures));
        RTT_BREAK(f);
    }
    stm_commit_transaction();
    stm_pop_frame(f);
    return NULL;
}

START_TEST(test_weakref_threads_stress)
{
    rtt_setup(NULL);
    wr_taken = wr_failures = 0;
    stm_unregister_thread();
    rtt_run_threads(WR_THREADS, weak_thread);
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    stm_collect(1);
    atomic_fetch_add(&wr_taken, take_cleared(&wr_failures));
    stm_check_heap();
    stm_commit_transaction();
    stm_pop_frame(f);
    ck_assert_int_eq(wr_failures, 0);
    /* each thread's own collections cleared and queued its last one; a
       dropped weak reference that died itself before a collection is
       not queued (its callback would have nobody to tell) */
    ck_assert_int_ge(wr_taken, (int64_t)WR_THREADS * (WR_ROUNDS / 10));
    ck_assert_int_le(wr_taken, (int64_t)WR_THREADS * WR_ROUNDS);
    stm_teardown();
}
END_TEST

Suite *rtt_weakref_suite(void)
{
    Suite *s = suite_create("weakref");
    TCase *tc = tcase_create("weakref");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_weakref_lives_while_reached);
    tcase_add_test(tc, test_weakref_cycle_dies);
    tcase_add_test(tc, test_weakref_queue_roots);
    tcase_add_test(tc, test_weakref_new_keeps_target);
    tcase_add_test(tc, test_weakref_threads_stress);
    suite_add_tcase(s, tc);
    return s;
}
