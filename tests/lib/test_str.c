/* test_str.c - str objects beyond the CPython tables: storage kinds,
 * builder, hashing, UTF-8 round trips, shared characters, GC safety. */
#include "tests/lib/harness.h"
#include <stdlib.h>
#include <string.h>

/* rt_str_hash("hello"): a constant, so every run and build must agree */
#define TH_HELLO_HASH (-3979091308001563700LL)

START_TEST(str_kinds_are_canonical)
{
    TH_TX_BEGIN(2);
    th_frame[0] = th_str("caf\xc3\xa9");            /* café: Latin-1 */
    ck_assert_int_eq(rt_str_kind(th_frame[0]), RT_STR_KIND1);
    ck_assert_int_eq(rt_str_len(th_frame[0]), 4);
    th_frame[1] = th_str("\xce\xa3x");              /* Σx */
    ck_assert_int_eq(rt_str_kind(th_frame[1]), RT_STR_KIND4);
    /* slicing the wide part away gives a narrow string equal to "x" */
    stm_ref x = rt_str_slice(th_frame[1], 1, INT64_MAX);
    ck_assert_int_eq(rt_str_kind(x), RT_STR_KIND1);
    ck_assert(rt_str_eq(x, th_str("x")));
    ck_assert_int_eq(rt_str_hash(x), rt_str_hash(th_str("x")));
    TH_TX_END();
}
END_TEST

START_TEST(str_builder_join)
{
    TH_TX_BEGIN(3);
    th_frame[0] = th_str("ab");
    th_frame[1] = th_str("\xe2\x82\xac");            /* € */
    int kind = rt_str_kind(th_frame[0]) > rt_str_kind(th_frame[1])
             ? rt_str_kind(th_frame[0]) : rt_str_kind(th_frame[1]);
    th_frame[2] = rt_str_alloc(5, kind);
    int64_t pos = rt_str_copy_into(th_frame[2], 0, th_frame[0]);
    pos = rt_str_copy_into(th_frame[2], pos, th_frame[1]);
    pos = rt_str_copy_into(th_frame[2], pos, th_frame[0]);
    ck_assert_int_eq(pos, 5);
    th_assert_str(th_frame[2], "ab\xe2\x82\xac" "ab", "builder");
    TH_TX_END();
}
END_TEST

START_TEST(str_hash_is_deterministic)
{
    TH_TX_BEGIN(1);
    /* fixed values: the same in every run, thread and build */
    th_frame[0] = th_str("hello");
    int64_t h = rt_str_hash(th_frame[0]);
    ck_assert_int_eq(h, rt_str_hash(th_str("hello")));
    ck_assert_int_eq(h, rt_str_hash(th_frame[0]));          /* cached */
    ck_assert_int_ne(h, rt_str_hash(th_str("hellp")));
    ck_assert_int_eq(rt_str_hash(rt_str_empty()), 0);     /* as CPython */
    ck_assert_int_ne(rt_str_hash(th_str("a")), -1);
    ck_assert_int_eq(h, TH_HELLO_HASH);
    TH_TX_END();
}
END_TEST

START_TEST(str_utf8_round_trip)
{
    TH_TX_BEGIN(1);
    const char *texts[] = { "", "ascii", "caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
                            "\xf0\x9f\x98\x80 x \xc3\xbf", "nul\0inside" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t n = i == 5 ? 10 : strlen(texts[i]);
        th_frame[0] = rt_str_from_utf8(texts[i], n);
        size_t m;
        char *back = rt_str_to_utf8(th_frame[0], &m);
        ck_assert_uint_eq(m, n);
        ck_assert(memcmp(back, texts[i], n) == 0);
        free(back);
    }
    /* lone surrogates cannot be encoded */
    th_frame[0] = rt_chr(0xd800);
    ck_assert_msg((rt_str_to_utf8(th_frame[0], NULL)) == 0, "expected no result");
    char *e = th_take_exc();
    ck_assert_str_eq(e, "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' "
                        "in position 0: surrogates not allowed");
    free(e);
    TH_TX_END();
}
END_TEST

START_TEST(str_chars_are_shared)
{
    TH_TX_BEGIN(1);
    th_frame[0] = th_str("abca");
    ck_assert(rt_str_char_at(th_frame[0], 0) == rt_str_char_at(th_frame[0], 3));
    ck_assert(rt_str_getitem(th_frame[0], -1) == rt_str_char_at(th_frame[0], 0));
    ck_assert_int_eq(rt_str_ord_at(th_frame[0], 1), 'b');
    TH_TX_END();
}
END_TEST

/* Many allocations: references held by the library across collections. */
START_TEST(str_survives_collections)
{
    TH_TX_BEGIN(2);
    th_frame[0] = th_str("x");
    for (int i = 0; i < 20000; i++) {
        th_frame[1] = rt_int_repr(i % 10);
        th_frame[0] = rt_str_concat(th_frame[0], th_frame[1]);
        if (rt_str_len(th_frame[0]) > 200)
            th_frame[0] = rt_str_slice(th_frame[0], 100, INT64_MAX);
    }
    stm_collect(1);
    ck_assert_int_gt(rt_str_len(th_frame[0]), 100);
    char *t = th_utf8(th_frame[0]);
    ck_assert(strstr(t, "0123456789") != NULL);
    free(t);
    TH_TX_END();
}
END_TEST

START_TEST(str_split_returns_lists)
{
    TH_TX_BEGIN(2);
    th_frame[0] = rt_str_split(th_str("  a bb  c "), 0, -1);
    ck_assert_int_eq(th_list_len(th_frame[0]), 3);
    th_assert_str(th_list_get(th_frame[0], 1), "bb", "split[1]");
    th_frame[1] = rt_str_split(th_str("a"), th_str(""), -1);
    ck_assert_msg((th_frame[1]) == 0, "expected no result");
    char *e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: empty separator");
    free(e);
    TH_TX_END();
}
END_TEST

START_TEST(str_extreme_slices)
{
    TH_TX_BEGIN(1);
    th_frame[0] = th_str("abcdef");
    th_assert_str(rt_str_slice_step(th_frame[0], 0, 0, INT64_MIN, 0, 0), "f", "[::-2**63]");
    th_assert_str(rt_str_slice_step(th_frame[0], 0, 0, INT64_MAX, 0, 0), "a", "[::2**63-1]");
    th_assert_str(rt_str_slice_step(th_frame[0], INT64_MIN, INT64_MAX, 2, 1, 1), "ace", "[min:max:2]");
    th_assert_str(rt_str_slice(th_frame[0], INT64_MIN, INT64_MAX), "abcdef", "[min:max]");
    th_assert_str(rt_str_slice(th_frame[0], -2, INT64_MAX), "ef", "[-2:]");
    ck_assert(rt_str_repeat(th_frame[0], INT64_MAX) == 0);
    char *e = th_take_exc();
    ck_assert_str_eq(e, "OverflowError: repeated string is too long");
    free(e);
    TH_TX_END();
}
END_TEST

/* A builder's output may be wider than its text needs ("€".join(["a"])
 * in the prelude allocates kind 4): it must still equal, hash and search
 * like the narrow string. */
START_TEST(str_wide_builder_output_behaves)
{
    TH_TX_BEGIN(3);
    th_frame[0] = th_str("ab");
    th_frame[1] = rt_str_alloc(2, RT_STR_KIND4);
    rt_str_copy_into(th_frame[1], 0, th_frame[0]);
    ck_assert_int_eq(rt_str_kind(th_frame[1]), RT_STR_KIND4);
    ck_assert(rt_str_eq(th_frame[0], th_frame[1]));
    ck_assert(rt_str_eq(th_frame[1], th_frame[0]));
    ck_assert_int_eq(rt_str_cmp(th_frame[0], th_frame[1]), 0);
    ck_assert_int_eq(rt_str_hash(th_frame[0]), rt_str_hash(th_frame[1]));
    ck_assert_int_eq(rt_str_find(th_str("xxab"), th_frame[1], 0, INT64_MAX), 2);
    ck_assert_int_eq(rt_str_rfind(th_str("abab"), th_frame[1], 0, INT64_MAX), 2);
    ck_assert_int_eq(rt_str_find(th_frame[1], th_str("b"), 0, INT64_MAX), 1);
    ck_assert_int_eq(rt_str_count(th_str("ababab"), th_frame[1], 0, INT64_MAX), 3);
    ck_assert(rt_str_startswith(th_str("abc"), th_frame[1], 0, INT64_MAX));
    ck_assert(rt_str_alloc(0, RT_STR_KIND4) == rt_str_empty());
    th_frame[2] = rt_str_split(th_str("1ab2ab3"), th_frame[1], -1);
    ck_assert_int_eq(th_list_len(th_frame[2]), 3);
    TH_TX_END();
}
END_TEST

Suite *th_suite_str(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("str");
    tcase_add_test(tc, str_kinds_are_canonical);
    tcase_add_test(tc, str_builder_join);
    tcase_add_test(tc, str_hash_is_deterministic);
    tcase_add_test(tc, str_utf8_round_trip);
    tcase_add_test(tc, str_chars_are_shared);
    tcase_add_test(tc, str_survives_collections);
    tcase_add_test(tc, str_split_returns_lists);
    tcase_add_test(tc, str_extreme_slices);
    tcase_add_test(tc, str_wide_builder_output_behaves);
    suite_add_tcase(s, tc);
    return s;
}
