/* test_containers.c - the transactional hashtable and queue, single
 * threaded (both builds): contents, deletion, collections, pruning. */
#include "tests/runtime/rtt.h"

#include <stdlib.h>

size_t stmi_hashtable_index_size(stm_ref table);   /* runtime-internal */

START_TEST(test_hashtable_basics)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_hashtable_create();
    ck_assert_int_eq(stm_hashtable_len(f[0]), 0);
    ck_assert(stm_hashtable_get(f[0], 7) == 0);
    for (int64_t k = 0; k < 1000; k++) {
        stm_ref v = rtt_node(k * 2, 0);          /* young values */
        stm_hashtable_set(f[0], (uint64_t)k * 31, v);
    }
    ck_assert_int_eq(stm_hashtable_len(f[0]), 1000);
    stm_collect(0);
    for (int64_t k = 0; k < 1000; k++) {
        stm_ref v = stm_hashtable_get(f[0], (uint64_t)k * 31);
        ck_assert_int_eq(NODE(v)->value, k * 2);
    }
    /* overwrite does not change the length; delete does */
    stm_hashtable_set(f[0], 31, rtt_node(-1, 0));
    stm_hashtable_set(f[0], 62, 0);
    stm_hashtable_set(f[0], 62, 0);
    ck_assert_int_eq(stm_hashtable_len(f[0]), 999);
    ck_assert(stm_hashtable_get(f[0], 62) == 0);
    stm_collect(1);
    ck_assert_int_eq(NODE(stm_hashtable_get(f[0], 31))->value, -1);
    uint64_t *keys = malloc(2000 * sizeof *keys);
    ck_assert_int_eq(stm_hashtable_keys(f[0], keys, 2000), 999);
    int64_t sum = 0;
    for (int i = 0; i < 999; i++)
        sum += (int64_t)keys[i];
    ck_assert_int_eq(sum, 31 * (999 * 1000 / 2) - 62);
    ck_assert_int_eq(stm_hashtable_keys(f[0], keys, 10), 999);   /* counts all */
    free(keys);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_hashtable_pruning)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_hashtable_create();
    for (uint64_t k = 0; k < 5000; k++)
        stm_hashtable_set(f[0], k, rtt_node((int64_t)k, 0));
    for (uint64_t k = 0; k < 5000; k++)
        ck_assert(stm_hashtable_get(f[0], k + 100000) == 0);   /* misses */
    ck_assert_uint_ge(stmi_hashtable_index_size(f[0]), 10000);
    for (uint64_t k = 0; k < 5000; k += 2)
        stm_hashtable_set(f[0], k, 0);
    stm_commit_transaction();
    RTT_START(f);
    stm_collect(1);
    ck_assert_uint_eq(stmi_hashtable_index_size(f[0]), 2500);
    ck_assert_int_eq(stm_hashtable_len(f[0]), 2500);
    for (uint64_t k = 1; k < 5000; k += 2)
        ck_assert_int_eq(NODE(stm_hashtable_get(f[0], k))->value, (int64_t)k);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_hashtable_dies)
{
    RTT_BEGIN(NULL, 2);
    for (int round = 0; round < 20; round++) {
        f[0] = stm_hashtable_create();
        for (uint64_t k = 0; k < 300; k++)
            stm_hashtable_set(f[0], k, rtt_node((int64_t)k, 0));
        f[0] = 0;
        if (round % 5 == 4)
            stm_collect(1);
    }
    stm_collect(1);
    stm_check_heap();
    RTT_END();
}
END_TEST

START_TEST(test_queue_basics)
{
    RTT_BEGIN(NULL, 3);
    f[0] = stm_queue_create();
    ck_assert(stm_queue_get(f[0]) == 0);
    for (int64_t i = 0; i < 100; i++)
        stm_queue_put(f[0], rtt_node(i, 0));
    ck_assert_int_eq(stm_queue_len(f[0]), 100);
    f[1] = stm_queue_get(f[0]);                  /* its own put */
    ck_assert_int_eq(NODE(f[1])->value, 99);
    stm_commit_transaction();
    RTT_START(f);
    stm_collect(0);
    stm_collect(1);
    int64_t sum = 0, n = 0;
    for (stm_ref it; (it = stm_queue_get(f[0])) != 0; n++)
        sum += NODE(it)->value;
    ck_assert_int_eq(n, 99);
    ck_assert_int_eq(sum, 99 * 98 / 2);
    ck_assert_int_eq(stm_queue_len(f[0]), 0);
    stm_check_heap();
    RTT_END();
}
END_TEST

/* Committed young items (GIL) must survive the next minor collection. */
START_TEST(test_queue_items_survive)
{
    RTT_BEGIN(NULL, 2);
    f[0] = stm_queue_create();
    stm_collect(0);
    for (int64_t i = 0; i < 50; i++)
        stm_queue_put(f[0], rtt_list(10));
    stm_commit_transaction();
    RTT_START(f);
    stm_collect(0);
    for (int i = 0; i < 50; i++) {
        stm_ref it = stm_queue_get(f[0]);
        ck_assert(it != 0);
        ck_assert_int_eq(rtt_list_check(it), 10);
    }
    stm_check_heap();
    RTT_END();
}
END_TEST

Suite *rtt_containers_suite(void)
{
    Suite *s = suite_create("containers");
    TCase *tc = tcase_create("containers");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_hashtable_basics);
    tcase_add_test(tc, test_hashtable_pruning);
    tcase_add_test(tc, test_hashtable_dies);
    tcase_add_test(tc, test_queue_basics);
    tcase_add_test(tc, test_queue_items_survive);
    suite_add_tcase(s, tc);
    return s;
}
