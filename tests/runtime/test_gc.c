/* test_gc.c - garbage collector tests, compiled into both the GIL and the
 * STM suite.  Each test runs single-threaded inside one transaction (or a
 * few), so they check the collector, not concurrency. */
#include "tests/runtime/rtt.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define REF(x) ((uintptr_t)(x))

START_TEST(test_minor_survival)
{
    RTT_BEGIN(NULL, 2);
    f[0] = rtt_list(5000);
    uintptr_t before = REF(f[0]);
    stm_collect(0);
    ck_assert_uint_ne(REF(f[0]), before);      /* the head moved */
    ck_assert_int_eq(rtt_list_check(f[0]), 5000);
    uintptr_t moved = REF(f[0]);
    stm_collect(0);
    ck_assert_uint_eq(REF(f[0]), moved);       /* old objects never move */
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_major_survival_with_cycles)
{
    RTT_BEGIN(NULL, 3);
    f[0] = rtt_list(3000);
    /* every node's `other` points 7 nodes ahead, wrapping to the head */
    stm_ref o = f[0];
    for (int i = 0; o; i++, o = NODE(o)->next) {
        stm_ref target = o;
        for (int k = 0; k < 7 && target; k++)
            target = NODE(target)->next;
        stm_gc_wb(o);
        NODE(o)->other = target ? target : f[0];
    }
    for (int round = 0; round < 3; round++) {
        stm_collect(1);
        stm_check_heap();
    }
    ck_assert_int_eq(rtt_list_check(f[0]), 3000);
    int64_t n = 0;
    for (o = f[0]; o; o = NODE(o)->next, n++) {
        stm_ref other = NODE(o)->other;
        ck_assert(other != 0);
        int64_t v = NODE(o)->value;
        int64_t expect = v >= 7 ? v - 7 : 2999;
        ck_assert_int_eq(NODE(other)->value, expect);
    }
    ck_assert_int_eq(n, 3000);
    RTT_END();
}
END_TEST

START_TEST(test_remembered_set)
{
    RTT_BEGIN(NULL, 2);
    f[0] = rtt_node(1, 0);
    stm_collect(0);                             /* f[0] is old now */
    stm_ref young = rtt_node(2, 0);
    stm_gc_wb(f[0]);
    NODE(f[0])->next = young;                   /* only path to the young node */
    stm_check_heap();
    stm_collect(0);
    ck_assert_int_eq(NODE(NODE(f[0])->next)->value, 2);
    stm_check_heap();
    /* a second young object stored after the collection needs the barrier
       again: the flag was put back */
    young = rtt_node(3, 0);
    stm_gc_wb(f[0]);
    NODE(f[0])->other = young;
    stm_collect(0);
    ck_assert_int_eq(NODE(NODE(f[0])->other)->value, 3);
    stm_check_heap();
    RTT_END();
}
END_TEST

/* The checker must notice a missing write barrier (G1). */
START_TEST(test_checker_catches_missing_barrier)
{
    RTT_BEGIN(NULL, 2);
    f[0] = rtt_node(1, 0);
    stm_collect(0);
    stm_ref young = rtt_node(2, 0);
    NODE(f[0])->next = young;                   /* no barrier: a bug */
    stm_check_heap();                           /* aborts */
    RTT_END();
}
END_TEST

/* RTRANS_HEAP_CHECK=1: every collection ends with the heap checker, so the
 * same bug is caught by the next collection, without a stm_check_heap. */
START_TEST(test_heap_check_env_catches_missing_barrier)
{
    setenv("RTRANS_HEAP_CHECK", "1", 1);
    RTT_BEGIN(NULL, 2);
    f[0] = rtt_node(1, 0);
    stm_collect(0);
    stm_ref young = rtt_node(2, 0);
    NODE(f[0])->next = young;                   /* no barrier: a bug */
    stm_collect(0);                             /* aborts */
    RTT_END();
}
END_TEST

/* ... and a correct program runs through checked minor and major
 * collections. */
START_TEST(test_heap_check_env_clean)
{
    setenv("RTRANS_HEAP_CHECK", "1", 1);
    stm_config cfg = {.nursery_size = 64 * 1024};
    RTT_BEGIN(&cfg, 2);
    for (int round = 0; round < 20; round++) {
        f[0] = rtt_list(2000);                  /* several minor collections */
        if (round % 5 == 0)
            stm_collect(1);
        ck_assert_int_eq(rtt_list_check(f[0]), 2000);
    }
    RTT_END();
}
END_TEST

START_TEST(test_unreachable_reclaimed)
{
    stm_config cfg = {.heap_limit = 48u << 20};
    RTT_BEGIN(&cfg, 2);
    size_t rss0 = rtt_rss();
    /* 2 GB of garbage in total: nursery garbage, objects that survive one
       minor collection and die old, and large arrays; the counter changes
       after each break's restart point, so it must not live in a register */
    for (volatile int round = 0; round < 200; round++) {
        f[0] = rtt_list(20000);                 /* 640 KB */
        stm_collect(0);                         /* ... becomes old garbage */
        f[1] = stm_allocate_var(TT_BYTES, 300000);
        for (int i = 0; i < 200; i++)
            (void)rtt_node(i, 0);
        f[0] = 0;
        if (stm_should_break_transaction())
            RTT_BREAK(f);
    }
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_gt(st.major_collections, 0);
    ck_assert_uint_ge(st.minor_collections, 200);
    size_t rss1 = rtt_rss();
    ck_assert_msg(rss1 < rss0 + (200u << 20), "resident memory grew from %zu to %zu",
                  rss0, rss1);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_large_objects)
{
    RTT_BEGIN(NULL, 3);
    f[0] = stm_allocate_var(TT_REFARRAY, 50000);          /* young large */
    ck_assert_int_eq(ARR(f[0])->length, 50000);
    for (int64_t i = 0; i < 50000; i += 97) {
        stm_ref n = rtt_node(i, 0);             /* a safe point: barrier */
        stm_gc_wb_card(f[0], i);
        ARR(f[0])->items[i] = n;
    }
    stm_check_heap();
    stm_collect(0);
    for (int64_t i = 0; i < 50000; i++) {
        stm_ref n = ARR(f[0])->items[i];
        if (i % 97)
            ck_assert(n == 0);
        else
            ck_assert_int_eq(NODE(n)->value, i);
    }
    /* dead large objects give their memory back */
    for (int i = 0; i < 300; i++)
        f[1] = stm_allocate_var(TT_BYTES, 1 << 20);
    stm_collect(1);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_cards)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_allocate_var(TT_REFARRAY, 100000);
    stm_collect(0);                             /* old, card-marked */
    for (int round = 0; round < 3; round++) {
        for (int64_t i = round; i < 100000; i += 1013) {
            stm_ref n = rtt_node(i * 10 + round, 0);
            stm_gc_wb_card(f[0], i);
            ARR(f[0])->items[i] = n;
        }
        stm_check_heap();
        stm_collect(0);
        stm_check_heap();
    }
    for (int64_t i = 0; i < 100000; i++) {
        stm_ref n = ARR(f[0])->items[i];
        int64_t r = i % 1013;
        if (r < 3)
            ck_assert_int_eq(NODE(n)->value, i * 10 + r);
        else
            ck_assert(n == 0);
    }
    /* whole-object barrier on a carded array still works */
    stm_ref n = rtt_node(-5, 0);
    stm_gc_wb(f[0]);
    ARR(f[0])->items[5] = n;
    stm_collect(0);
    ck_assert_int_eq(NODE(ARR(f[0])->items[5])->value, -5);
    stm_collect(1);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_item_references)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_allocate_var(TT_PAIRS, 300);
    for (int64_t i = 0; i < 300; i++) {
        stm_ref n = rtt_node(i * 3, 0);
        stm_gc_wb(f[0]);
        PAIRS(f[0])->items[i].key = i;
        PAIRS(f[0])->items[i].value = n;
    }
    stm_collect(0);
    stm_collect(1);
    for (int64_t i = 0; i < 300; i++) {
        ck_assert_int_eq(PAIRS(f[0])->items[i].key, i);
        ck_assert_int_eq(NODE(PAIRS(f[0])->items[i].value)->value, i * 3);
    }
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_id_hash)
{
    RTT_BEGIN(NULL, 3);
    f[0] = rtt_node(1, 0);
    f[1] = rtt_node(2, 0);
    uint64_t h0 = stm_id_hash(f[0]);
    uint64_t h1 = stm_id_hash(f[1]);
    ck_assert_uint_ne(h0, h1);
    ck_assert_uint_eq(stm_id_hash(f[0]), h0);
    uintptr_t young = REF(f[0]);
    stm_collect(0);
    ck_assert_uint_ne(REF(f[0]), young);
    ck_assert_uint_eq(stm_id_hash(f[0]), h0);   /* survives the move */
    ck_assert_uint_eq(stm_id_hash(f[1]), h1);
    ck_assert_int_eq(NODE(f[0])->value, 1);
    stm_collect(1);
    ck_assert_uint_eq(stm_id_hash(f[0]), h0);
    /* hashed objects that die leave nothing behind */
    for (int i = 0; i < 10000; i++)
        (void)stm_id_hash(rtt_node(i, 0));
    stm_collect(0);
    stm_collect(1);
    stm_check_heap();
    /* many distinct hashes */
    f[2] = stm_allocate_var(TT_REFARRAY, 1000);
    uint64_t *hs = malloc(1000 * sizeof *hs);
    for (int i = 0; i < 1000; i++) {
        stm_ref n = rtt_node(i, 0);
        stm_gc_wb_card(f[2], i);
        ARR(f[2])->items[i] = n;
        hs[i] = stm_id_hash(n);
    }
    stm_collect(0);
    for (int i = 0; i < 1000; i++) {
        ck_assert_uint_eq(stm_id_hash(ARR(f[2])->items[i]), hs[i]);
        for (int k = 0; k < i; k++)
            ck_assert_uint_ne(hs[i], hs[k]);
    }
    free(hs);
    RTT_END();
}
END_TEST

static stm_ref globals[3];

START_TEST(test_global_roots)
{
    rtt_setup(NULL);
    stm_register_global_roots(globals, 3);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    globals[0] = rtt_list(1000);
    globals[2] = stm_allocate_finalizer(sizeof(tfinal), TT_FINAL);
    FINAL(globals[2])->id = 42;
    stm_collect(0);
    ck_assert_int_eq(rtt_list_check(globals[0]), 1000);
    stm_collect(1);
    ck_assert_int_eq(rtt_list_check(globals[0]), 1000);
    ck_assert_int_eq(rtt_finalized, 0);
    globals[2] = 0;
    stm_collect(1);
    ck_assert_int_eq(rtt_finalized, 1);
    ck_assert_int_eq(rtt_finalized_ids, 42);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_finalizers)
{
    RTT_BEGIN(NULL, 3);
    f[0] = stm_allocate_finalizer(sizeof(tfinal), TT_FINAL);
    FINAL(f[0])->id = 5;
    stm_ref dead = stm_allocate_finalizer(sizeof(tfinal), TT_FINAL);
    FINAL(dead)->id = 7;
    stm_collect(0);
    ck_assert_int_eq(rtt_finalized, 1);        /* died young */
    ck_assert_int_eq(rtt_finalized_ids, 7);
    ck_assert_int_eq(FINAL(f[0])->id, 5);
    f[0] = 0;
    stm_collect(1);
    ck_assert_int_eq(rtt_finalized, 2);        /* died old */
    ck_assert_int_eq(rtt_finalized_ids, 12);
    f[1] = stm_allocate_finalizer(sizeof(tfinal), TT_FINAL);
    FINAL(f[1])->id = 100;
    RTT_END();
    ck_assert_int_eq(rtt_finalized, 3);        /* teardown runs the rest */
    ck_assert_int_eq(rtt_finalized_ids, 112);
}
END_TEST

START_TEST(test_var_sizes)
{
    RTT_BEGIN(NULL, 2);
    ck_assert_uint_eq(stm_object_size(TT_BYTES, 0), 16);
    ck_assert_uint_eq(stm_object_size(TT_BYTES, 1), 24);
    ck_assert_uint_eq(stm_object_size(TT_BYTES, 8), 24);
    ck_assert_uint_eq(stm_object_size(TT_REFARRAY, 3), 40);
    ck_assert_uint_eq(stm_object_size(TT_NODE, 0), sizeof(tnode));
    f[0] = stm_allocate_var(TT_BYTES, 0);
    ck_assert_int_eq(BYTES(f[0])->length, 0);
    f[1] = stm_allocate_var(TT_BYTES, 20000);
    for (int i = 0; i < 20000; i++)
        ck_assert_int_eq(BYTES(f[1])->items[i], 0);     /* zero-filled */
    memset((char *)stm_addr(f[1]) + 16, 0xab, 20000);
    stm_collect(0);
    ck_assert_int_eq(BYTES(f[1])->items[19999], 0xab);
    RTT_END();
}
END_TEST

/* stm_allocate_items is stm_allocate_var with the layout given as
 * constants: the same sizes (consecutive nursery objects are that far
 * apart), the length stored, and counts past the nursery's object limit
 * handed to stm_allocate_var. */
START_TEST(test_allocate_items)
{
    RTT_BEGIN(NULL, 2);
    stm_collect(0);                             /* room for what follows */
    for (int64_t n = 0; n <= 40; n++) {
        stm_ref a = stm_allocate_items(TT_BYTES, n, offsetof(tbytes, items), 1,
                                       offsetof(tbytes, length));
        ck_assert_int_eq(BYTES(a)->length, n);
        stm_ref b = stm_allocate_items(TT_REFARRAY, n, offsetof(trefarray, items),
                                       sizeof(stm_ref), offsetof(trefarray, length));
        ck_assert_uint_eq(REF(b) - REF(a), stm_object_size(TT_BYTES, n));
        ck_assert_int_eq(ARR(b)->length, n);
    }
    f[0] = stm_allocate_items(TT_BYTES, 20000, offsetof(tbytes, items), 1,
                              offsetof(tbytes, length));
    ck_assert_int_eq(BYTES(f[0])->length, 20000);
    for (int i = 0; i < 20000; i++)
        ck_assert_int_eq(BYTES(f[0])->items[i], 0);
    stm_collect(0);
    ck_assert_int_eq(BYTES(f[0])->length, 20000);
    stm_check_heap();
    RTT_END();
}
END_TEST

/* The pages of young large objects that die are reused at the next
 * allocation, merged with free neighbours, instead of fresh pages being
 * faulted in until the next major collection (both builds; in the STM
 * build the transaction keeps running across the minor collections). */
START_TEST(test_dead_large_pages_reused)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_allocate_var(TT_BYTES, 100000);
    uintptr_t first = REF(f[0]);
    f[1] = stm_allocate_var(TT_BYTES, 100000);
    ck_assert_uint_gt(REF(f[1]), first);
    for (int round = 0; round < 50; round++) {
        f[0] = f[1] = 0;
        stm_collect(0);
        f[0] = stm_allocate_var(TT_BYTES, 100000);
        ck_assert_uint_eq(REF(f[0]), first);
        f[1] = stm_allocate_var(TT_BYTES, 100000);
    }
    f[0] = f[1] = 0;
    stm_collect(0);
    f[0] = stm_allocate_var(TT_BYTES, 200000);  /* both runs, merged */
    ck_assert_uint_eq(REF(f[0]), first);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_gc_stress)
{
    setenv("RTRANS_GC_STRESS", "1", 1);
    RTT_BEGIN(NULL, 3);
    f[0] = rtt_list(3000);
    f[1] = stm_allocate_var(TT_REFARRAY, 500);
    for (int i = 0; i < 500; i++) {
        stm_ref n = rtt_node(i, f[0]);
        stm_gc_wb_card(f[1], i);
        ARR(f[1])->items[i] = n;
    }
    ck_assert_int_eq(rtt_list_check(f[0]), 3000);
    for (int i = 0; i < 500; i++) {
        stm_ref n = ARR(f[1])->items[i];
        ck_assert_int_eq(NODE(n)->value, i);
        ck_assert(NODE(n)->next == f[0]);
    }
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_ge(st.minor_collections, 25);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_heap_limit)
{
    stm_config cfg = {.heap_limit = 16u << 20};
    RTT_BEGIN(&cfg, 1);
    for (;;)
        f[0] = rtt_node(0, f[0]);               /* everything stays alive */
}
END_TEST

START_TEST(test_huge_allocation)
{
    stm_config cfg = {.heap_limit = 16u << 20};
    RTT_BEGIN(&cfg, 1);
    f[0] = stm_allocate_var(TT_BYTES, (int64_t)1 << 40);
    RTT_END();
}
END_TEST

START_TEST(test_shadow_stack_overflow)
{
    stm_config cfg = {.shadow_stack_slots = 4096};
    RTT_BEGIN(&cfg, 1);
    for (;;)
        (void)stm_push_frame(16);
}
END_TEST

static int recurse(int depth)
{
    volatile char buf[512];
    buf[0] = (char)depth;
    if (depth < 0)
        return 0;
    return recurse(depth + 1) + buf[0];
}

START_TEST(test_c_stack_exhaustion)
{
    RTT_BEGIN(NULL, 1);
    ck_assert(stm_tl.c_stack_limit != NULL);
    (void)recurse(0);
    RTT_END();
}
END_TEST

START_TEST(test_stats)
{
    RTT_BEGIN(NULL, 1);
    stm_stats a, b;
    stm_get_stats(&a);
    f[0] = rtt_list(100);
    stm_collect(0);
    stm_commit_transaction();
    RTT_START(f);
    stm_get_stats(&b);
    ck_assert_uint_eq(b.minor_collections, a.minor_collections + 1);
    ck_assert_uint_gt(b.commits, a.commits);
    ck_assert_uint_ge(b.bytes_allocated, a.bytes_allocated + 100 * sizeof(tnode));
    RTT_END();
}
END_TEST

Suite *rtt_gc_suite(void)
{
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("gc");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_minor_survival);
    tcase_add_test(tc, test_major_survival_with_cycles);
    tcase_add_test(tc, test_remembered_set);
    tcase_add_test_raise_signal(tc, test_checker_catches_missing_barrier, SIGABRT);
    tcase_add_test_raise_signal(tc, test_heap_check_env_catches_missing_barrier, SIGABRT);
    tcase_add_test(tc, test_heap_check_env_clean);
    tcase_add_test(tc, test_unreachable_reclaimed);
    tcase_add_test(tc, test_large_objects);
    tcase_add_test(tc, test_cards);
    tcase_add_test(tc, test_item_references);
    tcase_add_test(tc, test_id_hash);
    tcase_add_test(tc, test_global_roots);
    tcase_add_test(tc, test_finalizers);
    tcase_add_test(tc, test_var_sizes);
    tcase_add_test(tc, test_allocate_items);
    tcase_add_test(tc, test_dead_large_pages_reused);
    tcase_add_test(tc, test_gc_stress);
    tcase_add_test(tc, test_stats);
    suite_add_tcase(s, tc);

    TCase *lim = tcase_create("limits");
    tcase_set_timeout(lim, 30);
    tcase_add_exit_test(lim, test_heap_limit, 3);
    tcase_add_exit_test(lim, test_huge_allocation, 3);
    tcase_add_exit_test(lim, test_shadow_stack_overflow, 3);
    tcase_add_exit_test(lim, test_c_stack_exhaustion, 3);
    suite_add_tcase(s, lim);
    return s;
}
